using GraphBuilder.Graph;
using GraphBuilder.Nlp;

namespace GraphBuilder.Ingest;

/// <summary>An extracted article on its way to the graph, with the earlier article it nearly duplicates, if any.</summary>
/// <param name="Extractor">Fingerprint of the extraction pipeline that produced it (<see cref="ExtractionPipeline.Fingerprint"/>).</param>
/// <param name="Replaces">The article is in the graph already: this extraction replaces the one there.</param>
internal sealed record ExtractedArticle(ArticleExtraction Extraction, string? DuplicateOf, string? Extractor = null, bool Replaces = false);

/// <summary>Where extracted articles go: the Neo4j graph, or nowhere in a dry run.</summary>
internal interface IGraphSink : IAsyncDisposable
{
    /// <summary>Creates the uniqueness constraints if missing.</summary>
    Task EnsureSchemaAsync(CancellationToken cancellationToken);

    /// <summary>Whether an article with this content id is already in the graph, and whether this extractor (a fingerprint) wrote it.</summary>
    Task<StoredArticle> FindArticleAsync(string articleId, string extractor, CancellationToken cancellationToken);

    /// <summary>Writes the batch in ONE transaction: after an exception nothing of it is in the graph.</summary>
    Task WriteBatchAsync(IReadOnlyList<ExtractedArticle> batch, CancellationToken cancellationToken);
}

/// <summary>The dry-run sink: the graph is empty and stays so.</summary>
internal sealed class DryRunSink : IGraphSink
{
    public Task EnsureSchemaAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<StoredArticle> FindArticleAsync(string articleId, string extractor, CancellationToken cancellationToken) => Task.FromResult(StoredArticle.Absent);

    public Task WriteBatchAsync(IReadOnlyList<ExtractedArticle> batch, CancellationToken cancellationToken) => Task.CompletedTask;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
