using GraphBuilder.Bolt;

namespace GraphBuilder.Graph;

/// <summary>What one <see cref="GraphWriter.WriteAsync"/> changed (counters of the committed attempt only).</summary>
public readonly record struct GraphWriteResult(int Articles, int Statements, int NodesCreated, int RelationshipsCreated, int PropertiesSet);

/// <summary>Whether an article is in the graph, and if so whether the extractor asked about wrote it.</summary>
public enum StoredArticle
{
    Absent,
    SameExtractor,

    /// <summary>Written by another extractor, or before articles recorded theirs.</summary>
    OtherExtractor,
}

/// <summary>
/// Upserts articles, entities, mentions, evidence and the aggregated relations into Neo4j. Writes are idempotent and
/// order-independent: ids are deterministic, lists are sorted, and relation properties are recomputed from their
/// evidence on every write. Writing an article already in the graph replaces its earlier extraction in the same
/// transaction. Safe to use from several writers at once (one transaction per batch, managed retries).
/// </summary>
public sealed class GraphWriter
{
    private static readonly string[] ConstrainedLabels = ["Article", "Entity", "Evidence"];

    private readonly IDriver _driver;
    private readonly string? _database;

    /// <param name="database">Database name on Neo4j 4+; null for the default (and on 3.x).</param>
    public GraphWriter(IDriver driver, string? database = null)
    {
        ArgumentNullException.ThrowIfNull(driver);
        _driver = driver;
        _database = database;
    }

    /// <summary>Test seam: runs after each statement inside the batch transaction.</summary>
    internal Func<CypherStatement, Task>? AfterStatement { get; set; }

    /// <summary>Creates the uniqueness constraints on Article.id, Entity.id and Evidence.id and the index on Entity.matchKey; existing ones are left alone.</summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        var server = await _driver.GetServerInfoAsync(cancellationToken).ConfigureAwait(false);
        var session = OpenSession();
        await using (session.ConfigureAwait(false))
        {
            var version = ServerMajorVersion(server.Agent);
            foreach (var statement in ConstraintStatements(version).Append(MatchKeyIndexStatement(version)))
            {
                try
                {
                    var cursor = await session.RunAsync(statement, null, cancellationToken).ConfigureAwait(false);
                    await cursor.ConsumeAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (ClientException e) when (e.Code.Contains("AlreadyExists", StringComparison.Ordinal))
                {
                    // Neo4j 4.x reports an equivalent existing constraint as an error; 3.x and 5.x (IF NOT EXISTS) do not.
                }
            }
        }
    }

    /// <summary>Writes one batch of articles in one transaction; retried as a whole on transient errors (deadlocks).</summary>
    public async Task<GraphWriteResult> WriteAsync(IReadOnlyCollection<GraphArticle> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            return default;
        }

        // Reject bad input before a session is opened; the statements themselves are built inside the transaction.
        foreach (var article in articles)
        {
            GraphStatements.Validate(article);
        }

        var session = OpenSession();
        await using (session.ConfigureAwait(false))
        {
            return await session.ExecuteWriteAsync(
                async tx =>
                {
                    // Read inside the transaction (and again on a retry), so the ids it resolves to are the ones it writes.
                    var resolved = await EntityMatchKeys.ResolveAsync(tx, articles, cancellationToken).ConfigureAwait(false);
                    var stored = await StoredExtractions.ReadAsync(tx, resolved, cancellationToken).ConfigureAwait(false);
                    var statements = GraphStatements.ForBatch(resolved, stored);
                    int nodes = 0, relationships = 0, properties = 0;
                    foreach (var statement in statements)
                    {
                        var cursor = await tx.RunAsync(statement.Text, statement.Parameters, cancellationToken).ConfigureAwait(false);
                        var counters = (await cursor.ConsumeAsync(cancellationToken).ConfigureAwait(false)).Counters;
                        nodes += counters.NodesCreated;
                        relationships += counters.RelationshipsCreated;
                        properties += counters.PropertiesSet;
                        if (AfterStatement is { } hook)
                        {
                            await hook(statement).ConfigureAwait(false);
                        }
                    }

                    return new GraphWriteResult(articles.Count, statements.Count, nodes, relationships, properties);
                },
                cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Whether an article with this content id is already in the graph, whoever extracted it.</summary>
    public async Task<bool> ContainsArticleAsync(string contentId, CancellationToken cancellationToken = default) =>
        await FindArticleAsync(contentId, extractor: "", cancellationToken).ConfigureAwait(false) != StoredArticle.Absent;

    /// <summary>Whether an article with this content id is in the graph, and whether <paramref name="extractor"/> (a fingerprint) wrote it.</summary>
    public async Task<StoredArticle> FindArticleAsync(string contentId, string extractor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentId);
        ArgumentNullException.ThrowIfNull(extractor);
        var session = OpenSession(AccessMode.Read);
        await using (session.ConfigureAwait(false))
        {
            return await session.ExecuteReadAsync(
                async tx =>
                {
                    var cursor = await tx.RunAsync(
                        "MATCH (a:Article {id: $id}) RETURN a.extractor AS extractor",
                        new Dictionary<string, object?> { ["id"] = contentId },
                        cancellationToken).ConfigureAwait(false);
                    var records = await cursor.ToListAsync(cancellationToken).ConfigureAwait(false);
                    return records.Count == 0 ? StoredArticle.Absent
                        : records[0].Get<string?>("extractor") == extractor ? StoredArticle.SameExtractor
                        : StoredArticle.OtherExtractor;
                },
                cancellationToken).ConfigureAwait(false);
        }
    }

    internal static IEnumerable<string> ConstraintStatements(int serverMajorVersion) =>
        ConstrainedLabels.Select(label => serverMajorVersion >= 5
            ? $"CREATE CONSTRAINT {label.ToLowerInvariant()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
            : $"CREATE CONSTRAINT ON (n:{label}) ASSERT n.id IS UNIQUE");

    /// <summary>The index behind <see cref="GraphEntity.MatchKey"/> look-ups.</summary>
    internal static string MatchKeyIndexStatement(int serverMajorVersion) => serverMajorVersion >= 5
        ? "CREATE INDEX entity_match_key IF NOT EXISTS FOR (n:Entity) ON (n.matchKey)"
        : "CREATE INDEX ON :Entity(matchKey)";

    /// <summary>Major version from an agent string such as "Neo4j/3.1.1" or "Neo4j/5.26.0"; 0 if it cannot be read.</summary>
    internal static int ServerMajorVersion(string agent)
    {
        var slash = agent.IndexOf('/', StringComparison.Ordinal);
        var version = slash < 0 ? agent : agent[(slash + 1)..];
        var dot = version.IndexOf('.', StringComparison.Ordinal);
        return int.TryParse(dot < 0 ? version : version[..dot], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var major)
            ? major
            : 0;
    }

    private IAsyncSession OpenSession(AccessMode mode = AccessMode.Write) =>
        _driver.AsyncSession(options =>
        {
            options.Database = _database;
            options.DefaultAccessMode = mode;
        });
}
