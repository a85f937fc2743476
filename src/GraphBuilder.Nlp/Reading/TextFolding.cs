using System.Buffers;
using System.Globalization;

namespace GraphBuilder.Nlp;

/// <summary>
/// Folds the spelling noise that news text carries (curly quotes, dash variants, diacritics, odd spaces)
/// so that two renderings of the same words compare equal.
/// </summary>
internal static class TextFolding
{
    /// <summary>Maps one character to its plain form; returns '\0' for characters to drop (combining marks).</summary>
    public static char FoldChar(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' or '\u02BB' or '`' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u2002' or '\u2003' or '\t' => ' ',
        '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD' => '\0',
        '\u02BE' or '\u02BF' => '\'',
        >= LatinFirst and <= LatinLast => LatinBase[c - LatinFirst],
        '\u1E0C' or '\u1E0D' => 'd',
        '\u1E24' or '\u1E25' => 'h',
        '\u1E62' or '\u1E63' => 's',
        '\u1E6C' or '\u1E6D' => 't',
        '\u1E92' or '\u1E93' => 'z',
        _ => c,
    };

    private const char LatinFirst = '\u00C0';
    private const char LatinLast = '\u017F';

    // Base letters of U+00C0..U+017F (Latin-1 letters and Latin Extended-A). String normalisation cannot be used to
    // strip accents: the build runs with invariant globalization, where FormD decomposition is not available.
    private const string LatinBase =
        "aaaaaaaceeeeiiiidnooooo\u00D7ouuuuy\u00DEsaaaaaaaceeeeiiiidnooooo\u00F7ouuuuy\u00FEy" +
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    /// <summary>Lower-cases, strips diacritics and folds quotes, dashes and spaces; collapses whitespace runs.</summary>
    public static string Fold(string text) => Rewrite(text, fold: true);

    /// <summary>Unicode spaces become plain spaces, runs collapse to one, invisible characters go, ends are trimmed; line breaks and case stay.</summary>
    public static string CollapseSpaces(string text) => Rewrite(text, fold: false);

    private static string Rewrite(string text, bool fold)
    {
        // The result is never longer than the input, so one rented buffer holds it.
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        try
        {
            var length = 0;
            var pendingSpace = false;
            foreach (var raw in text)
            {
                // Combining marks start at U+0300; below that no lookup is needed.
                if (fold && raw >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                var c = fold ? FoldChar(raw) : raw switch
                {
                    '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD' => '\0',
                    '\n' => '\n',
                    _ when char.IsWhiteSpace(raw) => ' ',
                    _ => raw,
                };
                if (c == '\0')
                {
                    continue;
                }

                if (c == ' ' || (fold && char.IsWhiteSpace(c)))
                {
                    pendingSpace = length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    buffer[length++] = ' ';
                    pendingSpace = false;
                }

                buffer[length++] = fold ? char.ToLowerInvariant(c) : c;
            }

            var result = buffer.AsSpan(0, length);
            return result.SequenceEqual(text) ? text : new string(result);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
