using GraphBuilder.Testing;

namespace GraphBuilder.Bolt.Tests.Integration;

[CollectionDefinition(Neo4jCollection.Name)]
public sealed class Neo4jTests : Neo4jCollection;
