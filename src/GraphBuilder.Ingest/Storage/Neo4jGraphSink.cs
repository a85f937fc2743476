using GraphBuilder.Graph;

namespace GraphBuilder.Ingest;

/// <summary>Writes to Neo4j through <see cref="GraphWriter"/>, applying the configured id namespace. Owns the connection.</summary>
internal sealed class Neo4jGraphSink(Neo4jTarget target, IngestOptions options) : IGraphSink
{
    private readonly GraphWriter _writer = new(target.Driver, target.Database);

    public Task EnsureSchemaAsync(CancellationToken cancellationToken) => _writer.EnsureSchemaAsync(cancellationToken);

    public Task<StoredArticle> FindArticleAsync(string articleId, string extractor, CancellationToken cancellationToken) =>
        _writer.FindArticleAsync(options.IdNamespace + articleId, extractor, cancellationToken);

    public async Task WriteBatchAsync(IReadOnlyList<ExtractedArticle> batch, CancellationToken cancellationToken) =>
        await _writer.WriteAsync(batch.Select(a => GraphArticleMapper.Map(a, options.IdNamespace)).ToList(), cancellationToken).ConfigureAwait(false);

    public ValueTask DisposeAsync() => target.DisposeAsync();
}
