using System.ComponentModel.DataAnnotations;
using GraphBuilder.Graph;
using GraphBuilder.Nlp;

namespace GraphBuilder.Ingest;

/// <summary>
/// Everything GraphBuilder can be configured with: bound from the <c>GraphBuilder</c> section of
/// appsettings.json, then environment variables (<c>GRAPHBUILDER__NEO4J__URI</c>, or the short
/// <c>NEO4J_URI</c>/<c>NEO4J_USER</c>/<c>NEO4J_PASSWORD</c>/<c>NEO4J_DATABASE</c>), then command-line flags.
/// </summary>
public sealed class GraphBuilderOptions
{
    public const string SectionName = "GraphBuilder";

    public Neo4jOptions Neo4j { get; set; } = new();

    public IngestOptions Ingest { get; set; } = new();

    public WorkerOptions Worker { get; set; } = new();

    public override string ToString() => $"Neo4j {{ {Neo4j} }}, Ingest {{ {Ingest} }}, Worker {{ {Worker} }}";
}

public sealed class Neo4jOptions
{
    /// <summary>bolt://host:port. When empty, the embedded-default Neo4j is provisioned and started.</summary>
    public string? Uri { get; set; }

    public string User { get; set; } = "neo4j";

    public string? Password { get; set; }

    /// <summary>Database name for Neo4j 4+; ignored by 3.x servers, which have one database.</summary>
    public string? Database { get; set; }

    public bool UsesEmbeddedDefault => string.IsNullOrWhiteSpace(Uri);

    /// <summary>Never shows the password, nor credentials written into the URI's user-info part.</summary>
    public override string ToString() =>
        $"Uri = {(UsesEmbeddedDefault ? "(embedded default)" : RedactUserInfo(Uri!))}, User = {User}, " +
        $"Password = {(string.IsNullOrEmpty(Password) ? "(none)" : "***")}, Database = {Database ?? "(default)"}";

    internal static string RedactUserInfo(string uri) =>
        System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.UserInfo.Length > 0
            ? uri.Replace(parsed.UserInfo + "@", "***@", StringComparison.Ordinal)
            : uri;
}

public sealed class IngestOptions
{
    /// <summary>Articles written per transaction.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>Files larger than this are reported as failed instead of being read.</summary>
    [Range(1, long.MaxValue)]
    public long MaxArticleBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Extraction workers; 0 means one per core.</summary>
    [Range(0, 256)]
    public int Parallelism { get; set; }

    /// <summary>Capacity of each bounded channel between pipeline stages: bounds memory whatever the input size.</summary>
    [Range(1, 100_000)]
    public int ChannelCapacity { get; set; } = 64;

    /// <summary>
    /// Prefix put in front of every article, entity and evidence id written, so independent graphs
    /// (tenants, test runs) can share one database. Empty for the normal single graph.
    /// </summary>
    public string IdNamespace { get; set; } = "";

    /// <summary>
    /// Extra organisation gazetteers (tab-separated: id, type, name, aliases separated by '|', country code) that
    /// extend the built-in list, so users can teach the extractor their own actors and their aliases.
    /// </summary>
    public List<string> OrganizationFiles { get; set; } = [];

    /// <summary>A relation model written by <c>graphbuilder train</c>; empty for the model shipped with GraphBuilder.</summary>
    public string? RelationModelFile { get; set; }

    /// <summary>
    /// Re-extract articles already in the graph even when the extractor that wrote them is this one. Without it only
    /// those written by another extractor (another version, relation model or organisation list) are re-extracted.
    /// </summary>
    public bool Reextract { get; set; }

    /// <summary>An article the graph holds already, written by this same extractor, is skipped unless <see cref="Reextract"/>.</summary>
    internal bool Skips(StoredArticle stored) => stored == StoredArticle.SameExtractor && !Reextract;

    internal int EffectiveParallelism => Parallelism > 0 ? Parallelism : Environment.ProcessorCount;

    public override string ToString() =>
        $"BatchSize = {BatchSize}, MaxArticleBytes = {MaxArticleBytes}, Parallelism = {(Parallelism > 0 ? Parallelism : "auto")}, " +
        $"ChannelCapacity = {ChannelCapacity}, IdNamespace = {(IdNamespace.Length == 0 ? "(none)" : IdNamespace)}, " +
        $"OrganizationFiles = [{string.Join(", ", OrganizationFiles)}], RelationModelFile = {(string.IsNullOrEmpty(RelationModelFile) ? "(built-in)" : RelationModelFile)}, Reextract = {Reextract}";

    internal NlpOptions ToNlpOptions()
    {
        var options = new NlpOptions { RelationModelFile = string.IsNullOrEmpty(RelationModelFile) ? null : RelationModelFile };
        foreach (var file in OrganizationFiles)
            options.OrganizationFiles.Add(file);
        return options;
    }
}

public sealed class WorkerOptions
{
    public string? Inbox { get; set; }

    /// <summary>Rescan period; the file-system watcher only shortens the wait.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A file is taken once its size and write time have not changed for this long.</summary>
    public TimeSpan StableAfter { get; set; } = TimeSpan.FromSeconds(1);

    public override string ToString() =>
        $"Inbox = {Inbox ?? "(none)"}, PollInterval = {PollInterval}, StableAfter = {StableAfter}";
}
