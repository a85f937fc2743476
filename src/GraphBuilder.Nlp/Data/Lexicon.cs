using System.Collections.Frozen;

namespace GraphBuilder.Nlp.Data;

/// <summary>English word classes from WordNet (lower-case lemmas only) plus a small closed-class list.</summary>
internal sealed class Lexicon
{
    private static readonly FrozenSet<string> s_functionWords = FrozenSet.ToFrozenSet(
    [
        "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "them", "their", "his",
        "her", "we", "our", "us", "you", "your", "i", "my", "me", "and", "or", "but", "if", "of", "in", "on", "at", "by",
        "for", "with", "from", "to", "into", "as", "after", "before", "while", "although", "though", "since", "when",
        "where", "which", "who", "whom", "whose", "what", "there", "here", "however", "meanwhile", "moreover", "both",
        "some", "any", "all", "each", "every", "no", "not", "also", "up", "down", "over", "under", "about", "against",
        "between", "despite", "according", "than", "then", "so", "yet", "because", "during", "until", "within",
        "without", "via", "per", "among", "amid", "near", "is", "are", "was", "were", "be", "been", "has", "have", "had",
        "will", "would", "can", "could", "may", "might", "should", "must", "shall", "do", "does", "did", "on", "off",
        "eight", "two", "three", "four", "five", "six", "seven", "nine", "ten", "one", "once", "up", "just",
    ], StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, LexicalClass> _classes;
    private readonly FrozenDictionary<string, LexicalClass>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    internal Lexicon(FrozenDictionary<string, LexicalClass> classes)
    {
        _classes = classes;
        _lookup = classes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    internal static Lexicon Load(string path)
    {
        var map = new Dictionary<string, LexicalClass>(160_000, StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
                map[line[..tab]] = (LexicalClass)byte.Parse(line.AsSpan(tab + 1), provider: null);
        }
        return new Lexicon(map.ToFrozenDictionary(StringComparer.Ordinal));
    }

    internal int Count => _classes.Count;

    /// <summary>Word classes of a word; the lookup folds case (WordNet lemmas are lower-case).</summary>
    internal LexicalClass Classes(ReadOnlySpan<char> word)
    {
        if (word.Length > 64)
            return LexicalClass.None;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        if (_lookup.TryGetValue(lower, out var classes))
            return classes;
        // WordNet lists lemmas: try the plural and inflected forms' stems ("officials", "fighters", "clashed")
        if (lower.Length > 4 && lower.EndsWith("ies") && _lookup.TryGetValue(string.Concat(lower[..^3], "y"), out classes))
            return classes;
        if (lower.Length > 3 && lower.EndsWith("es") && _lookup.TryGetValue(lower[..^2], out classes))
            return classes;
        if (lower.Length > 3 && lower[^1] == 's' && lower[^2] != 's' && _lookup.TryGetValue(lower[..^1], out classes))
            return classes;
        if (lower.Length > 4 && lower.EndsWith("ed") && (_lookup.TryGetValue(lower[..^2], out classes) || _lookup.TryGetValue(lower[..^1], out classes)))
            return classes;
        if (lower.Length > 5 && lower.EndsWith("ing") && (_lookup.TryGetValue(lower[..^3], out classes) || _lookup.TryGetValue(string.Concat(lower[..^3], "e"), out classes)))
            return classes;
        return LexicalClass.None;
    }

    internal static bool IsFunctionWord(ReadOnlySpan<char> word) =>
        s_functionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>A word English uses as an ordinary (lower-case) word: a capitalised form of it is not by itself a name.</summary>
    internal bool IsCommonWord(ReadOnlySpan<char> word) => IsFunctionWord(word) || Classes(word) != LexicalClass.None;

    internal bool IsVerb(ReadOnlySpan<char> lemma) => (Classes(lemma) & LexicalClass.Verb) != 0;
}
