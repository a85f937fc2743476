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
            if (word is "al" or "el" or "ar" or "as" or "ad" or "an" or "at" or "ash" or "az" or "the")
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
