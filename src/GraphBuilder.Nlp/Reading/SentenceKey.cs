namespace GraphBuilder.Nlp;

/// <summary>
/// Normalises a sentence for deterministic evidence ids: the same sentence reported twice, with different quotes,
/// dashes, spacing, case or closing punctuation, gives the same key.
/// </summary>
public static class SentenceKey
{
    public static string Normalise(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var folded = TextFolding.Fold(sentence);
        var end = folded.Length;
        while (end > 0 && (char.IsPunctuation(folded[end - 1]) || folded[end - 1] == ' ') && folded[end - 1] != ')')
        {
            end--;
        }

        var start = 0;
        while (start < end && (folded[start] is '"' or '\'' or ' ' or '-'))
        {
            start++;
        }

        return folded[start..end];
    }
}
