using GraphBuilder.Testing;

namespace GraphBuilder.Graph.Tests;

[CollectionDefinition(Neo4jCollection.Name)]
public sealed class Neo4jTests : Neo4jCollection;
