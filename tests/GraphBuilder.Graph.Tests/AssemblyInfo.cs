namespace GraphBuilder.Graph.Tests;
