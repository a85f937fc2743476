using GraphBuilder.Nlp.Pipeline;

namespace GraphBuilder.Nlp.Classification;

/// <summary>Receives the features of one mention pair: a fixed prefix, optionally followed by a (stemmed, lower-case) word.</summary>
internal interface IFeatureSink
{
    void Add(string prefix);

    void Add(string prefix, ReadOnlySpan<char> word);
}

/// <summary>
/// The features of a (subject, object) mention pair inside one sentence, for the relation classifier: the words
/// between the two mentions (with their order), the words around them, hyphenated compounds ("-backed"), the
/// entity types, the distance and the number of other names between. Words are lower-cased and stemmed; nothing
/// here depends on one article's names, so what is learned carries over to other articles.
/// </summary>
internal static class PairFeatures
{
    /// <summary>Pairs further apart than this many words get only the "far" feature instead of the words between.</summary>
    internal const int MaxWordsBetween = 15;

    private const int ContextWords = 3;

    public static void Collect(Document document, Sentence sentence, Mention subject, bool subjectIsCountry, Mention obj, bool objectIsCountry, IReadOnlyList<Mention> sentenceMentions, IFeatureSink sink)
    {
        var subjectFirst = subject.Start < obj.Start;
        var (first, second) = subjectFirst ? (subject, obj) : (obj, subject);
        sink.Add("bias");
        sink.Add(subjectFirst ? "order:ab" : "order:ba");
        sink.Add(TypeFeature("ta:", subject.Type, subjectIsCountry));
        sink.Add(TypeFeature("tb:", obj.Type, objectIsCountry));

        var wordsBetween = 0;
        for (var t = first.EndToken; t < second.FirstToken; t++)
        {
            if (IsWord(document, t))
            {
                wordsBetween++;
            }
        }

        sink.Add(DistanceFeature(wordsBetween));
        if (wordsBetween > MaxWordsBetween)
        {
            sink.Add("far");
        }
        else if (wordsBetween == 0)
        {
            sink.Add("adjacent");
        }
        else
        {
            var firstWord = -1;
            var lastWord = -1;
            for (var t = first.EndToken; t < second.FirstToken; t++)
            {
                if (!IsWord(document, t))
                {
                    continue;
                }

                var word = document.TokenSpan(t);
                sink.Add("bw:", word);
                sink.Add(subjectFirst ? "ab:bw:" : "ba:bw:", word);
                firstWord = firstWord < 0 ? t : firstWord;
                lastWord = t;
            }

            sink.Add("bwf:", document.TokenSpan(firstWord));
            sink.Add("bwl:", document.TokenSpan(lastWord));
        }

        var seen = 0;
        for (var t = first.FirstToken - 1; t >= sentence.FirstToken && seen < ContextWords; t--)
        {
            if (IsWord(document, t))
            {
                sink.Add(seen == 0 ? "pre1:" : "pre:", document.TokenSpan(t));
                if (seen == 0)
                {
                    sink.Add("pre:", document.TokenSpan(t));
                }

                seen++;
            }
        }

        seen = 0;
        for (var t = second.EndToken; t < sentence.EndToken && seen < ContextWords; t++)
        {
            if (IsWord(document, t))
            {
                sink.Add(seen == 0 ? "post1:" : "post:", document.TokenSpan(t));
                if (seen == 0)
                {
                    sink.Add("post:", document.TokenSpan(t));
                }

                seen++;
            }
        }

        if (HyphenatedWord(document, subject) is { Length: > 0 } subjectCompound)
        {
            sink.Add("ahyph:", subjectCompound);
            sink.Add(subjectFirst ? "ab:ahyph:" : "ba:ahyph:", subjectCompound);
        }

        if (HyphenatedWord(document, obj) is { Length: > 0 } objectCompound)
        {
            sink.Add("bhyph:", objectCompound);
        }

        var between = 0;
        foreach (var m in sentenceMentions)
        {
            if (m.Start >= first.End && m.End <= second.Start && m.Entity != subject.Entity && m.Entity != obj.Entity)
            {
                between++;
            }
        }

        sink.Add(between switch { 0 => "mb:0", 1 => "mb:1", 2 => "mb:2", _ => "mb:3" });

        // Which actors usually do what to whom is learned too ("isis" is far more often opposed than backed).
        sink.Add("sid:", subject.Entity!.Id);
        sink.Add("oid:", obj.Entity!.Id);
        sink.Add("shead:", document.TokenSpan(subject.EndToken - 1));
        sink.Add("ohead:", document.TokenSpan(obj.EndToken - 1));
    }

    /// <summary>"Iran-backed": the word joined by a hyphen right after the mention, if any.</summary>
    internal static ReadOnlySpan<char> HyphenatedWord(Document document, Mention mention)
    {
        var text = document.Text.AsSpan();
        var at = mention.End;
        if (at + 1 >= text.Length || text[at] is not ('-' or '‑'))
        {
            return [];
        }

        var end = at + 1;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[(at + 1)..end];
    }

    private static bool IsWord(Document document, int token)
    {
        var t = document.Tokens[token];
        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        var span = document.TokenSpan(token);
        foreach (var c in span)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string TypeFeature(string prefix, EntityType type, bool country) => (prefix, type, country) switch
    {
        ("ta:", EntityType.Person, _) => "ta:P",
        ("ta:", EntityType.Organization, _) => "ta:O",
        ("ta:", EntityType.Location, true) => "ta:Lc",
        ("ta:", _, _) => "ta:L",
        (_, EntityType.Person, _) => "tb:P",
        (_, EntityType.Organization, _) => "tb:O",
        (_, EntityType.Location, true) => "tb:Lc",
        _ => "tb:L",
    };

    private static string DistanceFeature(int words) => (Math.Min(words, 12) / 3) switch
    {
        0 => "dist:0",
        1 => "dist:1",
        2 => "dist:2",
        3 => "dist:3",
        _ => "dist:4",
    };

    /// <summary>Lower-cases and strips one inflection suffix (-ing, -ed, -es, -s) from words longer than four letters.</summary>
    internal static int Stem(ReadOnlySpan<char> word, Span<char> destination)
    {
        var length = Math.Min(word.Length, destination.Length);
        for (var i = 0; i < length; i++)
        {
            destination[i] = char.ToLowerInvariant(word[i]);
        }

        var stem = destination[..length];
        if (stem.Length > 4)
        {
            if (stem.EndsWith("ing"))
            {
                return length - 3;
            }

            if (stem.EndsWith("ed") || stem.EndsWith("es"))
            {
                return length - 2;
            }

            if (stem.EndsWith("s"))
            {
                return length - 1;
            }
        }

        return length;
    }
}

/// <summary>Hashes each feature (FNV-1a over prefix and stemmed word) without allocating.</summary>
internal sealed class HashingFeatureSink : IFeatureSink
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public List<ulong> Features { get; } = new(64);

    public void Add(string prefix) => Features.Add(Hash(prefix, []));

    public void Add(string prefix, ReadOnlySpan<char> word) => Features.Add(HashOf(prefix, word));

    /// <summary>The hash of the feature <paramref name="prefix"/> + the stemmed <paramref name="word"/>.</summary>
    internal static ulong HashOf(string prefix, ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[48];
        var length = PairFeatures.Stem(word, buffer);
        return Hash(prefix, buffer[..length]);
    }

    internal static ulong Hash(ReadOnlySpan<char> prefix, ReadOnlySpan<char> word)
    {
        var hash = Offset;
        foreach (var c in prefix)
        {
            hash = (hash ^ c) * Prime;
        }

        foreach (var c in word)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    /// <summary>The hash of a feature written out as text ("bw:backed"); the hash runs over the characters in order, so it equals the split form's.</summary>
    internal static ulong HashOfName(string feature) => Hash(feature, []);
}

/// <summary>Writes each feature out as text, for training and for the model file.</summary>
internal sealed class NamingFeatureSink : IFeatureSink
{
    public List<string> Features { get; } = [];

    public void Add(string prefix) => Features.Add(prefix);

    public void Add(string prefix, ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[48];
        var length = PairFeatures.Stem(word, buffer);
        Features.Add(string.Concat(prefix, buffer[..length]));
    }
}
