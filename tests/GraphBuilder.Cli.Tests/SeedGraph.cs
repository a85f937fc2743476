using GraphBuilder.Bolt;
using GraphBuilder.Ingest;
using GraphBuilder.Nlp;
using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

/// <summary>
/// The graph built from the five real articles in ../shared/articles, once per test run, under an id namespace of
/// its own: other test assemblies write to the same database at the same time, so the assertions look only at
/// rows of this namespace, and disposal removes exactly what it wrote.
/// </summary>
public sealed class SeedGraph : IAsyncLifetime
{
    private readonly Neo4jFixture _neo4j = new();

    public string Namespace { get; } = Neo4jFixture.UniqueName("cli") + ":";

    public IDriver Driver => _neo4j.Driver;

    internal Neo4jFixture Neo4j => _neo4j;

    internal IngestProgress Progress { get; } = new();

    /// <summary>Ids of the seed articles by file name (namespace included).</summary>
    internal Dictionary<string, string> ArticleIds { get; } = new(StringComparer.Ordinal);

    /// <summary>The namespaced id of an entity of the seed graph.</summary>
    public string Id(string entityId) => Namespace + entityId;

    public async Task InitializeAsync()
    {
        await _neo4j.InitializeAsync();
        var options = new IngestOptions { BatchSize = 2, IdNamespace = Namespace };
        var (inputs, unmatched) = IngestInputs.Expand([SharedData.Articles]);
        Assert.Empty(unmatched);
        Assert.Equal(5, inputs.Count);

        var connection = _neo4j.Connection;
        var target = new Neo4jTarget(GraphDatabase.Driver(connection.BoltUri, AuthTokens.Basic(connection.User, connection.Password)), null, null);
        await using var sink = new Neo4jGraphSink(target, options);
        await new IngestPipeline(ExtractionPipeline.CreateDefault(), sink, options, new NearDuplicateDetector())
            .RunAsync(inputs, Progress, null, CancellationToken.None);

        await using var session = Driver.AsyncSession();
        var cursor = await session.RunAsync("MATCH (a:Article) WHERE a.id STARTS WITH $ns RETURN a.file AS file, a.id AS id", new Dictionary<string, object?> { ["ns"] = Namespace });
        foreach (var record in await cursor.ToListAsync())
        {
            ArticleIds[record.Get<string>("file")] = record.Get<string>("id");
        }
    }

    public async Task DisposeAsync()
    {
        try
        {
            await DeleteNamespaceAsync(Driver, Namespace);
        }
        finally
        {
            await _neo4j.DisposeAsync();
        }
    }

    /// <summary>Removes every node (and so every relationship) whose id carries the namespace.</summary>
    internal static async Task DeleteNamespaceAsync(IDriver driver, string idNamespace)
    {
        var parameters = new Dictionary<string, object?> { ["ns"] = idNamespace };
        await using var session = driver.AsyncSession();
        await (await session.RunAsync("MATCH (e:Evidence) WHERE e.subject STARTS WITH $ns DETACH DELETE e", parameters)).ConsumeAsync();
        await (await session.RunAsync("MATCH (n) WHERE (n:Article OR n:Entity) AND n.id STARTS WITH $ns DETACH DELETE n", parameters)).ConsumeAsync();
    }
}
