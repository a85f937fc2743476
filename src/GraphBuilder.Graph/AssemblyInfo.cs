namespace GraphBuilder.Graph;
