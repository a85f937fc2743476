namespace GraphBuilder.Nlp;

/// <summary>Reads articles from .txt, .md, .html and .jsonl files.</summary>
public static class ArticleReader
{
    public static IAsyncEnumerable<Article> ReadAsync(string path, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    public static IAsyncEnumerable<Article> ReadJsonLinesAsync(TextReader reader, string sourceName, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();
}

/// <summary>An article that cannot be read: names the file and what is wrong with it.</summary>
public sealed class ArticleReadException(string path, string reason, Exception? inner = null)
    : Exception($"{path}: {reason}", inner)
{
    public string Path { get; } = path;

    public string Reason { get; } = reason;
}
