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
        source ??= Publisher.FromHeader(headerLines) ?? sourceFromLine ?? Publisher.FromAttribution(body);
        return new Article(ArticleIdentity.Compute(title, body), fileName, title, published, source, hints.Url, body);
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
