using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

/// <summary>The "neo4j" collection of this assembly: the shared server, plus the seed graph the saved queries run on.</summary>
[CollectionDefinition(Neo4jCollection.Name)]
public sealed class Neo4jTests : Neo4jCollection, ICollectionFixture<SeedGraph>;
