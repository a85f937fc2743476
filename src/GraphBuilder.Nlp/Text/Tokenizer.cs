using GraphBuilder.Nlp.Pipeline;

namespace GraphBuilder.Nlp.Text;

/// <summary>
/// Splits the text into word, number and punctuation tokens by character offsets. Hyphenated compounds
/// ("Iran-backed", "al-Ba’ah"), inner apostrophes ("Shi'ite"), dotted acronyms ("U.S.", "U.S-backed") and
/// web addresses stay one token; a possessive 's is its own token; "Iraq.Moreover" is three tokens.
/// </summary>
internal sealed class Tokenizer : IPipelineStage
{
    public void Process(Document document, CancellationToken cancellationToken)
    {
        var text = document.Text.AsSpan();
        var tokens = document.Tokens;
        var i = 0;
        var space = false;
        var newlines = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                if (c == '\n')
                    newlines++;
                i++;
                continue;
            }
            var start = i;
            TokenKind kind;
            if (char.IsLetterOrDigit(c))
            {
                i = ScanWord(text, i);
                kind = char.IsDigit(c) && IsNumber(text[start..i]) ? TokenKind.Number : TokenKind.Word;
            }
            else if (IsApostrophe(c) && i + 1 < text.Length && (text[i + 1] == 's' || text[i + 1] == 'S')
                     && start > 0 && char.IsLetterOrDigit(text[start - 1]) && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])))
            {
                i += 2;
                kind = TokenKind.Word;
            }
            else if (c == '.' && i + 2 < text.Length && text[i + 1] == '.' && text[i + 2] == '.')
            {
                i += 3;
                kind = TokenKind.Punctuation;
            }
            else
            {
                i++;
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            }
            tokens.Add(new Token(start, i, kind, space, newlines > 0, newlines > 1));
            space = false;
            newlines = 0;
        }
    }

    private static bool IsNumber(ReadOnlySpan<char> token)
    {
        foreach (var ch in token)
        {
            if (!char.IsDigit(ch) && ch != ',' && ch != '.')
                return false;
        }
        return true;
    }

    internal static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ' or '`';

    internal static bool IsHyphen(char c) => c is '-' or '‐' or '‑';

    private static int ScanWord(ReadOnlySpan<char> text, int i)
    {
        var start = i;
        i++;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (IsHyphen(c) && char.IsLetterOrDigit(next))
            {
                i++;
                continue;
            }
            if (IsApostrophe(c) && char.IsLetter(next))
            {
                // Possessive 's and 'S are split off; inner apostrophes (Shi'ite, al-Ba’ah) are kept.
                var afterS = i + 2 < text.Length ? text[i + 2] : '\0';
                if ((next == 's' || next == 'S') && !char.IsLetter(afterS))
                    break;
                i++;
                continue;
            }
            if (c == '@' && char.IsLetterOrDigit(next))
            {
                i++;
                continue;
            }
            if (c == '.')
            {
                // "U.S", "U.N." : single capitals joined by dots form one acronym token, final dot included.
                if (IsSingleCapitalBefore(text, start, i))
                {
                    if (char.IsUpper(next))
                    {
                        i++;
                        continue;
                    }
                    if (next is '-' && i + 2 < text.Length && char.IsLetter(text[i + 2]) && i - start >= 2)
                    {
                        i++;
                        continue;
                    }
                    if (i - start >= 3)
                        return i + 1;
                    break;
                }
                // Domains, e-mail addresses and decimals: a dot followed by a lower-case letter or a digit.
                if ((char.IsLower(next) || char.IsDigit(next)) && !char.IsUpper(text[i - 1]) && LooksLikeAddressOrNumber(text, start, i))
                {
                    i++;
                    continue;
                }
            }
            break;
        }
        return i;
    }

    private static bool IsSingleCapitalBefore(ReadOnlySpan<char> text, int start, int dot) =>
        dot - 1 >= start && char.IsUpper(text[dot - 1]) && (dot - 1 == start || text[dot - 2] == '.');

    private static bool LooksLikeAddressOrNumber(ReadOnlySpan<char> text, int start, int dot)
    {
        var word = text[start..dot];
        if (char.IsDigit(word[0]))
            return true;
        if (word.Contains('@') || word.Contains('.') || word.StartsWith("www", StringComparison.OrdinalIgnoreCase))
            return true;
        // "site.com", "list.ru": the part after the dot is a short lower-case suffix followed by a non-letter.
        var j = dot + 1;
        while (j < text.Length && char.IsLower(text[j]))
            j++;
        return j - dot - 1 is >= 2 and <= 4 && (j == text.Length || !char.IsLetter(text[j]))
               && (j == text.Length || text[j] is '/' or '.' or ' ' or '\n' or ')' or '>' or ',');
    }
}
