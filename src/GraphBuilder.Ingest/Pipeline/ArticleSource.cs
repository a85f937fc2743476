using System.Runtime.CompilerServices;
using System.Text;
using GraphBuilder.Nlp;

namespace GraphBuilder.Ingest;

/// <summary>Reads the articles of one input, turning every way it can go wrong into an <see cref="IngestFailure"/>.</summary>
internal static class ArticleSource
{
    public static async IAsyncEnumerable<Article> ReadAsync(
        IngestInput input,
        long maxArticleBytes,
        TextReader? standardInput,
        Action<string, string> fail,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var isJsonLines = input.IsStandardInput || input.Path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);
        if (!isJsonLines && input.Length > maxArticleBytes)
        {
            fail(input.Path, $"too large: {input.Length:N0} bytes, the limit is {maxArticleBytes:N0} (Ingest:MaxArticleBytes)");
            yield break;
        }

        var articles = input.IsStandardInput
            ? ArticleReader.ReadJsonLinesAsync(standardInput ?? Console.In, "stdin", cancellationToken)
            : ArticleReader.ReadAsync(input.Path, cancellationToken);
        await using var enumerator = articles.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            Article article;
            try
            {
                if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                {
                    yield break;
                }

                article = enumerator.Current;
            }
            catch (ArticleReadException e)
            {
                fail(e.Path, e.Reason);
                yield break;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InvalidDataException)
            {
                fail(input.Path, e.Message);
                yield break;
            }

            // A JSON-lines file is a stream of articles: the size limit holds for each one, not the file.
            if (isJsonLines && Encoding.UTF8.GetByteCount(article.Body) is var bytes && bytes > maxArticleBytes)
            {
                fail(article.FileName, $"too large: body of {bytes:N0} bytes, the limit is {maxArticleBytes:N0} (Ingest:MaxArticleBytes)");
                continue;
            }

            yield return article;
        }
    }
}
