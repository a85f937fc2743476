using System.Collections.Frozen;
using GraphBuilder.Nlp.Pipeline;

namespace GraphBuilder.Nlp.Text;

/// <summary>
/// Sentence boundaries: terminal punctuation followed by a capitalised word, quote or number (unless the word before
/// is an abbreviation or an initial); closing quotes and brackets stay with their sentence; line breaks end a
/// sentence unless the next line plainly continues it (starts lower-case after a line without a full stop).
/// </summary>
internal sealed class SentenceSplitter : IPipelineStage
{
    private static readonly FrozenSet<string> s_abbreviations = FrozenSet.ToFrozenSet(
    [
        "mr", "mrs", "ms", "dr", "prof", "col", "gen", "lt", "maj", "capt", "cpt", "sgt", "brig", "cmdr", "adm", "gov",
        "sen", "rep", "rev", "st", "mt", "ft", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr", "jan",
        "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "fig", "al", "pres",
    ], StringComparer.OrdinalIgnoreCase);

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var tokens = document.Tokens;
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var next = i + 1;
            var boundary = false;
            if (next < tokens.Count && (tokens[next].LineBreakBefore) && !ContinuesLine(document, i, next))
            {
                boundary = true;
            }
            else if (IsTerminal(document, i))
            {
                // closing quotes and brackets after the full stop belong to this sentence
                while (next < tokens.Count && !tokens[next].LineBreakBefore && IsCloser(document, next))
                    next++;
                boundary = next >= tokens.Count || tokens[next].LineBreakBefore || StartsSentence(document, next);
                if (boundary)
                    i = next - 1;
            }
            if (boundary || next >= tokens.Count)
            {
                var end = i + 1;
                if (end > first)
                    document.Sentences.Add(new Sentence(first, end, tokens[first].Start, tokens[end - 1].End));
                first = end;
            }
        }
    }

    private static bool ContinuesLine(Document document, int last, int next)
    {
        if (document.Tokens[next].ParagraphBefore && IsEndPunctuation(document.Text[document.Tokens[last].Start]))
            return false;
        var span = document.TokenSpan(next);
        return char.IsLower(span[0]) && !IsEndPunctuation(document.Text[document.Tokens[last].End - 1])
               && document.Tokens[last].Kind == TokenKind.Word;
    }

    private static bool IsEndPunctuation(char c) => c is '.' or '!' or '?' or ':' or '…';

    private static bool IsTerminal(Document document, int i)
    {
        var token = document.Tokens[i];
        var span = document.TokenSpan(i);
        if (token.Kind == TokenKind.Word)
        {
            // A dotted acronym ending the sentence: "... in the U.S. The ..." is rare; only split before a clear opener.
            return false;
        }
        if (span is "!" or "?" or "…" or "...")
            return true;
        if (span is not ".")
            return false;
        if (i == 0)
            return false;
        var previous = document.Tokens[i - 1];
        if (previous.End != token.Start || previous.Kind != TokenKind.Word)
            return true;
        var word = document.TokenSpan(i - 1);
        if (word.Length == 1 && char.IsUpper(word[0]))
            return false; // an initial: "J. Smith"
        return !s_abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static bool IsCloser(Document document, int i)
    {
        var span = document.TokenSpan(i);
        if (span.Length != 1)
            return false;
        var c = span[0];
        return c is '”' or '’' or ')' or ']' || (c is '"' or '\'' && !document.Tokens[i].SpaceBefore);
    }

    private static bool StartsSentence(Document document, int i)
    {
        var span = document.TokenSpan(i);
        var c = span[0];
        return char.IsUpper(c) || char.IsDigit(c) || c is '“' or '"' or '‘' or '\'' or '(' or '[' or '*' or '—' or '-';
    }
}
