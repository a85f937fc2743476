namespace GraphBuilder.Testing;
