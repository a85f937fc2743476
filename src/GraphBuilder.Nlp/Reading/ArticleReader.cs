using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace GraphBuilder.Nlp;

/// <summary>Reads articles from .txt, .md, .html and .jsonl files.</summary>
public static class ArticleReader
{
    /// <summary>Article files (and JSON Lines lines) larger than this are refused: a news article is a few kilobytes.</summary>
    public const long MaxFileBytes = 5 * 1024 * 1024;

    // A file is taken as binary when more than this share of its characters are NULs, other control characters or undecodable bytes.
    private const double MaxNonTextShare = 0.10;

    private static readonly UTF8Encoding Utf8Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The file extensions <see cref="ReadAsync"/> understands.</summary>
    public static IReadOnlyList<string> SupportedExtensions { get; } = [".txt", ".md", ".markdown", ".html", ".htm", ".jsonl"];

    /// <summary>Reads the article(s) in a file, or in every supported file of a folder (ordinal order). A .jsonl file yields one article per line.</summary>
    /// <exception cref="ArticleReadException">The file is missing, empty, too large, binary, of an unknown type, or has bad JSON lines.</exception>
    public static async IAsyncEnumerable<Article> ReadAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path)
                .Where(IsSupportedFile)
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                await foreach (var article in ReadFileAsync(file, cancellationToken).ConfigureAwait(false))
                {
                    yield return article;
                }
            }

            yield break;
        }

        await foreach (var article in ReadFileAsync(path, cancellationToken).ConfigureAwait(false))
        {
            yield return article;
        }
    }

    /// <summary>
    /// Reads one article per line (fields title, body, published, source, url; "text"/"content" and "date" are accepted too).
    /// Good lines are all returned; bad lines are reported together afterwards in one <see cref="ArticleReadException"/>.
    /// </summary>
    public static async IAsyncEnumerable<Article> ReadJsonLinesAsync(
        TextReader reader,
        string sourceName,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var fileName = System.IO.Path.GetFileName(sourceName);
        var errors = new List<string>();
        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (line.Length > MaxFileBytes)
            {
                errors.Add($"line {lineNumber}: {line.Length:N0} characters, over the {MaxFileBytes:N0} limit for one article");
                continue;
            }

            Article? article;
            try
            {
                article = ParseJsonLine(line, fileName, lineNumber);
            }
            catch (JsonException e)
            {
                errors.Add($"line {lineNumber}: invalid JSON ({e.Message})");
                continue;
            }
            catch (FormatException e)
            {
                errors.Add($"line {lineNumber}: {e.Message}");
                continue;
            }

            yield return article;
        }

        if (errors.Count > 0)
        {
            throw new ArticleReadException(sourceName, string.Join("; ", errors));
        }
    }

    /// <summary>Whether <see cref="ReadAsync"/> reads files with this name's extension.</summary>
    public static bool IsSupportedFile(string path) =>
        SupportedExtensions.Contains(System.IO.Path.GetExtension(path).ToLowerInvariant());

    private static async IAsyncEnumerable<Article> ReadFileAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var extension = System.IO.Path.GetExtension(path).ToLowerInvariant();
        if (!IsSupportedFile(path))
        {
            throw new ArticleReadException(path, $"unsupported file type '{extension}' (expected {string.Join(", ", SupportedExtensions)})");
        }

        if (extension == ".jsonl")
        {
            // JSON Lines batches are streamed: the size limit applies to each line (article), not to the file.
            var count = 0;
            await using var stream = await OpenJsonLinesAsync(path, cancellationToken).ConfigureAwait(false);
            using var reader = new StreamReader(stream, Utf8Lenient, detectEncodingFromByteOrderMarks: true);
            await foreach (var article in ReadJsonLinesAsync(reader, path, cancellationToken).ConfigureAwait(false))
            {
                count++;
                yield return article;
            }

            if (count == 0)
            {
                throw new ArticleReadException(path, "file is empty");
            }

            yield break;
        }

        var text = await ReadTextAsync(path, cancellationToken).ConfigureAwait(false);
        var fileName = System.IO.Path.GetFileName(path);
        var parsed = extension is ".html" or ".htm"
            ? HtmlArticleParser.Parse(fileName, text)
            : ArticleTextParser.Parse(fileName, text, ArticleHints.None);
        if (parsed.Body.Length == 0)
        {
            throw new ArticleReadException(path, "no article text left after removing markup and boilerplate");
        }

        yield return parsed;
    }

    /// <summary>Reads a file as UTF-8 text, refusing missing, empty, oversized and binary files.</summary>
    internal static async Task<string> ReadTextAsync(string path, CancellationToken cancellationToken)
    {
        var length = FileLength(path);
        if (length > MaxFileBytes)
        {
            throw new ArticleReadException(path, $"file is {length:N0} bytes, over the {MaxFileBytes:N0}-byte limit");
        }

        var bytes = await IoAsync(path, () => File.ReadAllBytesAsync(path, cancellationToken)).ConfigureAwait(false);
        return DecodeText(path, bytes);
    }

    internal static string DecodeText(string path, ReadOnlySpan<byte> bytes)
    {
        var text = Utf8Lenient.GetString(bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArticleReadException(path, "file is empty");
        }

        EnsureText(path, text);
        return text;
    }

    /// <summary>Opens a JSON Lines file after checking that its first kilobytes are text.</summary>
    private static async Task<FileStream> OpenJsonLinesAsync(string path, CancellationToken cancellationToken)
    {
        FileLength(path);
        var stream = await IoAsync(path, () => Task.FromResult(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true))).ConfigureAwait(false);
        try
        {
            var head = new byte[(int)Math.Min(8192, stream.Length)];
            await stream.ReadExactlyAsync(head, cancellationToken).ConfigureAwait(false);
            EnsureText(path, Utf8Lenient.GetString(head));
            stream.Position = 0;
            return stream;
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static long FileLength(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? info.Length : throw new ArticleReadException(path, "file not found");
    }

    private static async Task<T> IoAsync<T>(string path, Func<Task<T>> read)
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ArticleReadException(path, $"cannot be read ({e.Message})", e);
        }
    }

    private static void EnsureText(string path, string text)
    {
        var nonText = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')))
            {
                nonText++;
            }
        }

        if (nonText > text.Length * MaxNonTextShare)
        {
            throw new ArticleReadException(path, $"not a text file ({nonText:N0} of {text.Length:N0} characters are NUL, control or invalid UTF-8)");
        }
    }

    private static Article ParseJsonLine(string line, string fileName, int lineNumber)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"expected a JSON object, found {root.ValueKind}");
        }

        var body = Field(root, "body", "text", "content")
                   ?? throw new FormatException("no \"body\" field");
        if (string.IsNullOrWhiteSpace(body))
        {
            throw new FormatException("empty \"body\"");
        }

        var title = Field(root, "title", "headline");
        var hints = new ArticleHints(
            title,
            Field(root, "published", "date", "published_at", "publishedAt"),
            Field(root, "source", "publisher", "site"),
            Field(root, "url", "link"));
        var name = Field(root, "article", "file", "fileName") ?? $"{fileName}#{lineNumber}";
        // The body may repeat the title as its first line; the parser then keeps it once, as the title paragraph.
        var text = title is null || StartsWithLine(body, title) ? body : title + "\n\n" + body;
        return ArticleTextParser.Parse(name, text, hints);
    }

    private static bool StartsWithLine(string body, string line)
    {
        var trimmed = body.AsSpan().TrimStart();
        return trimmed.StartsWith(line.AsSpan().Trim(), StringComparison.Ordinal)
               && (trimmed.Length == line.Trim().Length || trimmed[line.Trim().Length] is '\n' or '\r');
    }

    private static string? Field(JsonElement root, params string[] names)
    {
        foreach (var name in names)
        {
            if (root.TryGetProperty(name, out var value))
            {
                return value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString(),
                    JsonValueKind.Null or JsonValueKind.Undefined => null,
                    _ => throw new FormatException($"field \"{name}\" must be a string, found {value.ValueKind}"),
                };
            }
        }

        return null;
    }
}

/// <summary>An article that cannot be read: names the file and what is wrong with it.</summary>
public sealed class ArticleReadException(string path, string reason, Exception? inner = null)
    : Exception($"{path}: {reason}", inner)
{
    public string Path { get; } = path;

    public string Reason { get; } = reason;
}
