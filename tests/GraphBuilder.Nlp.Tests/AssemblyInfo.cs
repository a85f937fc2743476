namespace GraphBuilder.Nlp.Tests;
