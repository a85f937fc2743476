using GraphBuilder.Nlp;

namespace GraphBuilder.Ingest;

/// <summary>An extracted article on its way to the graph, with the earlier article it nearly duplicates, if any.</summary>
internal sealed record ExtractedArticle(ArticleExtraction Extraction, string? DuplicateOf);

/// <summary>Where extracted articles go: the Neo4j graph, or nowhere in a dry run.</summary>
internal interface IGraphSink : IAsyncDisposable
{
    /// <summary>Creates the uniqueness constraints if missing.</summary>
    Task EnsureSchemaAsync(CancellationToken cancellationToken);

    /// <summary>Whether an article with this content id is already in the graph.</summary>
    Task<bool> ContainsArticleAsync(string articleId, CancellationToken cancellationToken);

    /// <summary>Writes the batch in ONE transaction: after an exception nothing of it is in the graph.</summary>
    Task WriteBatchAsync(IReadOnlyList<ExtractedArticle> batch, CancellationToken cancellationToken);
}

/// <summary>The dry-run sink: the graph is empty and stays so.</summary>
internal sealed class DryRunSink : IGraphSink
{
    public Task EnsureSchemaAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<bool> ContainsArticleAsync(string articleId, CancellationToken cancellationToken) => Task.FromResult(false);

    public Task WriteBatchAsync(IReadOnlyList<ExtractedArticle> batch, CancellationToken cancellationToken) => Task.CompletedTask;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
