using System.Collections.Frozen;
using GraphBuilder.Nlp.Data;

namespace GraphBuilder.Nlp.Relations;

/// <summary>Verb lemmas from inflected forms: irregular table, then suffix rules checked against WordNet's verbs.</summary>
internal static class Morphology
{
    private static readonly FrozenDictionary<string, string> s_irregular = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["took"] = "take", ["taken"] = "take", ["taking"] = "take", ["fought"] = "fight", ["overran"] = "overrun",
        ["struck"] = "strike", ["seized"] = "seize", ["drove"] = "drive", ["driven"] = "drive", ["gave"] = "give",
        ["given"] = "give", ["went"] = "go", ["gone"] = "go", ["began"] = "begin", ["begun"] = "begin", ["led"] = "lead",
        ["held"] = "hold", ["won"] = "win", ["beat"] = "beat", ["beaten"] = "beat", ["shot"] = "shoot", ["sent"] = "send",
        ["met"] = "meet", ["made"] = "make", ["brought"] = "bring", ["came"] = "come", ["ran"] = "run", ["swept"] = "sweep",
        ["retook"] = "retake", ["retaken"] = "retake", ["overtook"] = "overtake", ["withdrew"] = "withdraw",
        ["withdrawn"] = "withdraw", ["lost"] = "lose", ["losing"] = "lose", ["fell"] = "fall", ["fallen"] = "fall", ["fled"] = "flee", ["sent"] = "send", ["stormed"] = "storm", ["entered"] = "enter", ["crossed"] = "cross",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Every inflected form of the given lemmas (regular rules plus the irregular table), for allocation-free lookup
    /// of trigger verbs in the token loop.
    /// </summary>
    internal static FrozenDictionary<string, string> InflectionTable(IEnumerable<string> lemmas)
    {
        var forms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var lemma in lemmas)
        {
            void Add(string form) => forms.TryAdd(form, lemma);
            Add(lemma);
            Add(lemma + "s");
            Add(lemma + "es");
            if (lemma.EndsWith('y') && lemma.Length > 1 && "aeiou".IndexOf(lemma[^2], StringComparison.Ordinal) < 0)
            {
                Add(lemma[..^1] + "ies");
                Add(lemma[..^1] + "ied");
                Add(lemma + "ing");
            }
            else if (lemma.EndsWith('e'))
            {
                Add(lemma + "d");
                Add(lemma[..^1] + "ing");
            }
            else
            {
                Add(lemma + "ed");
                Add(lemma + "ing");
                Add(lemma + lemma[^1] + "ed");
                Add(lemma + lemma[^1] + "ing");
            }
        }
        foreach (var (form, lemma) in s_irregular)
        {
            if (lemmas.Contains(lemma))
                forms[form] = lemma;
        }
        return forms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    internal static string VerbLemma(string word, Lexicon lexicon)
    {
        var lower = word.ToLowerInvariant();
        if (s_irregular.TryGetValue(lower, out var lemma))
            return lemma;
        foreach (var (suffix, replacement) in new[] { ("ies", "y"), ("ied", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", "") })
        {
            if (lower.Length > suffix.Length + 2 && lower.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = lower[..^suffix.Length] + replacement;
                if (lexicon.IsVerb(stem))
                    return stem;
                // doubled final consonant: "targetted", "backing" is fine, "stopped" -> "stop"
                if (replacement.Length == 0 && stem.Length > 3 && stem[^1] == stem[^2] && lexicon.IsVerb(stem.AsSpan(0, stem.Length - 1)))
                    return stem.Substring(0, stem.Length - 1);
            }
        }
        return lower;
    }
}
