using Xunit;

namespace GraphBuilder.Testing;

/// <summary>
/// Base of the "neo4j" test collection. xunit only honours a collection definition declared in the test assembly
/// itself, so each test assembly that talks to Neo4j declares (once):
/// <code>
/// [CollectionDefinition(Neo4jCollection.Name)]
/// public sealed class Neo4jTests : Neo4jCollection;
/// </code>
/// and marks its test classes <c>[Collection(Neo4jCollection.Name)]</c>, taking a <see cref="Neo4jFixture"/> in the
/// constructor. All of them then share one server and one driver; use <see cref="Neo4jFixture.UniqueName"/> for ids
/// and labels, because every test (and every test assembly) writes to the same database.
/// </summary>
public abstract class Neo4jCollection : ICollectionFixture<Neo4jFixture>
{
    public const string Name = "neo4j";
}
