using System.Text;
using System.Text.RegularExpressions;

namespace GraphBuilder.Nlp;

/// <summary>Metadata known before the text is parsed (HTML meta tags, JSON Lines fields); each wins over what the text suggests.</summary>
internal sealed record ArticleHints(string? Title = null, string? Published = null, string? Source = null, string? Url = null)
{
    public static readonly ArticleHints None = new();
}

/// <summary>
/// Parses article text (plain text, Markdown, or text already taken out of HTML): finds title, date and publisher,
/// drops boilerplate and returns the cleaned body, which starts with the title as its own paragraph.
/// </summary>
internal static partial class ArticleTextParser
{
    private const int HeaderLineCount = 6;
    private const int HeaderChars = 240;
    private const int MaxTitleLength = 300;

    /// <summary>A line that is only a site name and a date: "Global Research, June 02, 2017".</summary>
    [GeneratedRegex(@"^(?:[\w&.'’-]+\s*){0,5}[,|–—-]?\s*$")]
    private static partial Regex NameOnly();

    public static Article Parse(string fileName, string text, ArticleHints hints)
    {
        var lines = SplitLines(text);
        (lines, hints) = TakeFrontMatter(lines, hints);
        string? title = hints.Title is { } hinted ? TextFolding.CollapseSpaces(hinted) : null;
        var published = PublishedDate.Normalise(hints.Published);
        var source = string.IsNullOrWhiteSpace(hints.Source) ? null : hints.Source.Trim();
        string? sourceFromLine = null;

        var paragraphs = new List<List<string>>();
        var current = new List<string>();
        var headerLines = new List<string>();
        var titleSeen = false;

        foreach (var rawLine in lines)
        {
            var line = MarkdownText.ToPlain(rawLine);
            if (line is null)
            {
                continue;
            }

            if (line.Length == 0)
            {
                CloseParagraph(paragraphs, ref current);
                continue;
            }

            sourceFromLine ??= Publisher.FromSourceLine(line);
            var verdict = Boilerplate.Classify(line);
            if (verdict == LineVerdict.EndOfArticle)
            {
                break;
            }

            if (verdict == LineVerdict.Drop)
            {
                continue;
            }

            if (!titleSeen)
            {
                // A date above the title ("June 4, 2017" or "Published: June 4, 2017") is metadata, not the title.
                if (IsDatelineOnly(line, ref published, allowSiteName: false))
                {
                    continue;
                }

                line = TakeTitleLine(line, ref published);
                if (line.Length == 0)
                {
                    continue;
                }

                titleSeen = true;

                if (title is null && line.Length <= MaxTitleLength)
                {
                    title = line;
                }

                if (title is not null && SameText(title, line))
                {
                    // The title is its own paragraph, whatever follows it on the next line.
                    CloseParagraph(paragraphs, ref current);
                    current.Add(line);
                    CloseParagraph(paragraphs, ref current);
                    continue;
                }
            }
            else if (headerLines.Count < HeaderLineCount)
            {
                if (IsDatelineOnly(line, ref published, allowSiteName: true))
                {
                    continue;
                }

                if (published is null && PublishedDate.TryFind(Head(line), out var iso, out _, out _))
                {
                    published = iso;
                }

                headerLines.Add(Head(line));
            }

            current.Add(Boilerplate.StripEmails(line));
        }

        CloseParagraph(paragraphs, ref current);

        var body = Join(paragraphs, title);
        source ??= Publisher.FromHeader(headerLines) ?? sourceFromLine ?? Publisher.FromTrailingTag(body) ?? Publisher.FromAttribution(body);
        return new Article(ArticleIdentity.Compute(title, body), fileName, title, published, source, hints.Url, body);
    }

    /// <summary>
    /// Markdown front matter (a block between "---" lines at the very top, with "title:", "date:", "source:", "url:"
    /// and similar keys) gives metadata and is not part of the body.
    /// </summary>
    private static (string[] Lines, ArticleHints Hints) TakeFrontMatter(string[] lines, ArticleHints hints)
    {
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            return (lines, hints);
        }

        var close = Array.FindIndex(lines, 1, line => line.Trim() is "---" or "...");
        if (close < 0)
        {
            return (lines, hints);
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.AsSpan(1, close - 1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                fields.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim().Trim('"', '\''));
            }
        }

        string? Field(params string[] keys) =>
            keys.Select(key => fields.GetValueOrDefault(key)).FirstOrDefault(value => !string.IsNullOrEmpty(value));

        var fromFrontMatter = new ArticleHints(
            hints.Title ?? Field("title", "headline"),
            hints.Published ?? Field("published", "date", "publishdate", "published_at"),
            hints.Source ?? Field("source", "publisher", "site", "site_name"),
            hints.Url ?? Field("url", "link", "canonical"));
        return (lines[(close + 1)..], fromFrontMatter);
    }

    /// <summary>Removes a date label from the title line ("date 2017-06-01 Iraqi Shia Force ...") and keeps the date.</summary>
    private static string TakeTitleLine(string line, ref string? published)
    {
        var label = PublishedDate.DateLabel().Match(line);
        if (!label.Success || !PublishedDate.TryFind(line, out var iso, out var index, out var length) || index != label.Length)
        {
            return line;
        }

        published ??= iso;
        return line[(index + length)..].TrimStart(' ', ',', '|', '-', '–', '—', ':');
    }

    /// <summary>"Published: June 4, 2017" or "Global Research, June 02, 2017": a date line that is not part of the story.</summary>
    private static bool IsDatelineOnly(string line, ref string? published, bool allowSiteName)
    {
        if (!PublishedDate.TryFind(line, out var iso, out var index, out var length))
        {
            return false;
        }

        var rest = line.Remove(index, length);
        var labelled = PublishedDate.DateLabel().Match(rest);
        if (labelled.Success)
        {
            rest = rest[labelled.Length..];
        }

        if (rest.Trim().Length > 0 && !(allowSiteName && NameOnly().IsMatch(rest)))
        {
            return false;
        }

        published ??= iso;
        return true;
    }

    private static string Head(string line) => line.Length <= HeaderChars ? line : line[..HeaderChars];

    private static bool SameText(string a, string b) =>
        string.Equals(TextFolding.Fold(a), TextFolding.Fold(b), StringComparison.Ordinal);

    private static void CloseParagraph(List<List<string>> paragraphs, ref List<string> current)
    {
        if (current.Count > 0)
        {
            paragraphs.Add(current);
            current = [];
        }
    }

    private static string Join(List<List<string>> paragraphs, string? title)
    {
        var builder = new StringBuilder();
        if (title is not null && (paragraphs.Count == 0 || !SameText(string.Join(' ', paragraphs[0]), title)))
        {
            builder.Append(title);
        }

        foreach (var paragraph in paragraphs)
        {
            if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }

            builder.AppendJoin('\n', paragraph);
        }

        return builder.ToString();
    }

    private static string[] SplitLines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
}
