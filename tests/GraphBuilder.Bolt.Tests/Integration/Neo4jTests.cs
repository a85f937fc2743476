using GraphBuilder.Testing;

namespace GraphBuilder.Bolt.Tests.Integration;

// Run alone: the streaming-memory test measures the process's heap, which tests running beside it would grow.
[CollectionDefinition(Neo4jCollection.Name, DisableParallelization = true)]
public sealed class Neo4jTests : Neo4jCollection;
