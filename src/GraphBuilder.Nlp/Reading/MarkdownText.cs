using System.Text;
using System.Text.RegularExpressions;

namespace GraphBuilder.Nlp;

/// <summary>Turns one line of Markdown (or Markdown-flavoured plain text) into the words a reader sees.</summary>
internal static partial class MarkdownText
{
    [GeneratedRegex(@"!\[[^\]]*\]\((?:[^()]|\([^)]*\))*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)|\[([^\]]+)\]\[[^\]]*\]")]
    private static partial Regex Link();

    [GeneratedRegex(@"^\s*\[[^\]]+\]:\s*\S+")]
    private static partial Regex LinkDefinition();

    [GeneratedRegex(@"<(?:https?://|mailto:)[^>\s]+>")]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?=\S))")]
    private static partial Regex BlockPrefix();

    [GeneratedRegex(@"^\s*(?:[-*_]\s*){3,}$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"\s+#+\s*$")]
    private static partial Regex ClosingHashes();

    /// <summary>Returns the visible text of a line, with spaces normalised; <c>null</c> for lines that show nothing (images, rules, link definitions).</summary>
    public static string? ToPlain(string line)
    {
        var first = FirstNonSpace(line);
        if (first is '-' or '*' or '_' or '[' && (Rule().IsMatch(line) || LinkDefinition().IsMatch(line)))
        {
            return null;
        }

        var text = line;
        if (text.Contains('[', StringComparison.Ordinal))
        {
            text = Image().Replace(text, string.Empty);
            text = Link().Replace(text, m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
        }

        if (text.Contains('<', StringComparison.Ordinal))
        {
            text = AutoLink().Replace(text, string.Empty);
        }

        if (FirstNonSpace(text) is '#' or '>' or '-' or '*' or '+' && BlockPrefix().Match(text) is { Success: true } prefix)
        {
            text = ClosingHashes().Replace(text[prefix.Length..], string.Empty);
        }

        if (text.Contains('*', StringComparison.Ordinal) || text.Contains('_', StringComparison.Ordinal))
        {
            text = Strong().Replace(text, "$2");
            text = Emphasis().Replace(text, m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
        }

        var collapsed = TextFolding.CollapseSpaces(text);
        return collapsed.Length == 0 && line.Trim().Length > 0 ? null : collapsed;
    }

    private static char FirstNonSpace(string line)
    {
        foreach (var c in line)
        {
            if (!char.IsWhiteSpace(c))
            {
                return c;
            }
        }

        return '\0';
    }
}
