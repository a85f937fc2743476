using System.Globalization;
using System.Text;

namespace GraphBuilder.Nlp.Data;

/// <summary>Normalisation keys for matching names across spellings.</summary>
internal static class NameKey
{
    /// <summary>
    /// Case-, accent-, quote- and hyphen-insensitive form: "al-Ba’ah" and "Al Ba'ah" give "al baah".
    /// </summary>
    internal static string Normalize(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = FoldChar(raw);
            if (c == '\0')
                continue;
            if (c == ' ')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>
    /// Transliteration key: normalised, Arabic article dropped, vowel runs to one 'a', doubled consonants single,
    /// final h dropped, mobilisation/mobilization folded. "Qasim Musla" and "Qassem Mesleh" share a key.
    /// </summary>
    internal static string Fold(ReadOnlySpan<char> text)
    {
        var normalized = Normalize(text).Replace("isation", "ization", StringComparison.Ordinal)
            .Replace("ise ", "ize ", StringComparison.Ordinal);
        var builder = new StringBuilder(normalized.Length);
        foreach (var word in normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (IsArticle(word))
                continue;
            if (builder.Length > 0)
                builder.Append(' ');
            var wordStart = builder.Length;
            var last = '\0';
            foreach (var ch in word)
            {
                var c = ch is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' && builder.Length > wordStart ? 'a' : ch;
                if (c == last)
                    continue;
                builder.Append(c);
                last = c;
            }
            if (builder.Length - wordStart > 2 && builder[^1] == 'h')
                builder.Length--;
        }
        return builder.ToString();
    }

    private static bool IsArticle(string word) => word is "al" or "el" or "ar" or "as" or "ad" or "an" or "at" or "ash" or "az" or "the";

    /// <summary>A normalised name without its Arabic or English articles: "az zabadani" gives "zabadani".</summary>
    internal static string WithoutArticles(string normalized) =>
        string.Join(' ', normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !IsArticle(w)));

    /// <summary>Levenshtein distance: insertions, deletions and substitutions of one character each cost one.</summary>
    internal static int EditDistance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        Span<int> row = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            row[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    /// <summary>Lower-case ASCII slug with hyphens: "Tall ‘Afar" gives "tall-afar".</summary>
    internal static string Slug(ReadOnlySpan<char> text)
    {
        var normalized = Normalize(text);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (char.IsAsciiLetterOrDigit(c))
                builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
        }
        return builder.ToString().Trim('-');
    }

    private const string Accented = "àáâãäåāăąçćĉčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšșţťŧțùúûüũūŭůűųŵýÿŷźżžḩḥḍṣṭẓḑḏṯẖǧ";
    private const string Plain = "aaaaaaaaaccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssssttttuuuuuuuuuuwyyyzzzhhdstzddthg";

    private static char FoldChar(char c)
    {
        if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            return c;
        if (char.IsAsciiLetterUpper(c))
            return (char)(c | 0x20);
        if (char.IsWhiteSpace(c) || c is '-' or '‐' or '‑' or '–' or '_' or '/')
            return ' ';
        if (c is '\'' or '’' or '‘' or 'ʼ' or 'ʿ' or 'ʾ' or '`' or '.' or '´')
            return '\0';
        if (c < 128)
            return char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ';
        // A table, not string.Normalize: the library runs with InvariantGlobalization, where Normalize is unavailable.
        var index = Accented.IndexOf(char.ToLowerInvariant(c), StringComparison.Ordinal);
        if (index >= 0)
            return Plain[index];
        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            return '\0';
        return char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ';
    }
}
