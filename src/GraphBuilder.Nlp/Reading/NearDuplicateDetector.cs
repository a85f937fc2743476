namespace GraphBuilder.Nlp;

/// <summary>An earlier article that a new one nearly duplicates, with the estimated Jaccard similarity of their word shingles.</summary>
public sealed record NearDuplicateMatch(string DuplicateOfId, double Similarity);

/// <summary>
/// Recognises near-duplicate articles (a re-published story with a paragraph added or cut) by MinHash over
/// five-word shingles of the folded text, with locality-sensitive banding so each lookup touches few candidates.
/// Thread-safe.
/// </summary>
public sealed class NearDuplicateDetector
{
    /// <summary>
    /// Estimated shingle Jaccard at or above which two articles count as near-duplicates. Five-word shingles of unrelated
    /// stories, even on the same topic, share almost nothing (under 0.05); a re-publication that keeps most paragraphs of a
    /// story twice its length scores about 0.35.
    /// </summary>
    public const double DefaultThreshold = 0.3;

    internal const int ShingleWords = 5;
    private const int HashCount = 128;

    // 64 bands of 2 rows: a pair at similarity 0.3 shares a band with probability 0.997, at 0.05 with 0.15.
    private const int Bands = 64;
    private const int RowsPerBand = HashCount / Bands;

    private static readonly ulong[] Seeds = CreateSeeds();

    private readonly Lock _gate = new();
    private readonly List<(string Id, ulong[] Signature)> _articles = [];
    private readonly Dictionary<(int Band, ulong Key), List<int>> _buckets = [];
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public NearDuplicateDetector(double threshold = DefaultThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1.0);
        Threshold = threshold;
    }

    public double Threshold { get; }

    /// <summary>
    /// Finds the most similar earlier article at or above the threshold, then remembers this one.
    /// An id seen before is not compared with itself and is not added twice.
    /// </summary>
    public NearDuplicateMatch? Add(string articleId, string text)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        var signature = Signature(text);
        lock (_gate)
        {
            var match = FindLocked(articleId, signature);
            if (_known.Add(articleId))
            {
                var index = _articles.Count;
                _articles.Add((articleId, signature));
                for (var band = 0; band < Bands; band++)
                {
                    var key = (band, BandKey(signature, band));
                    if (!_buckets.TryGetValue(key, out var members))
                    {
                        _buckets[key] = members = [];
                    }

                    members.Add(index);
                }
            }

            return match;
        }
    }

    /// <summary>MinHash estimate of the shingle Jaccard similarity of two texts.</summary>
    public static double EstimateSimilarity(string first, string second) => Similarity(Signature(first), Signature(second));

    /// <summary>The exact Jaccard similarity of the two texts' shingle sets (for checking the estimate).</summary>
    internal static double ExactSimilarity(string first, string second)
    {
        var a = Shingles(first);
        var b = Shingles(second);
        if (a.Count == 0 && b.Count == 0)
        {
            return 1.0;
        }

        var intersection = a.Count(b.Contains);
        return intersection / (double)(a.Count + b.Count - intersection);
    }

    private NearDuplicateMatch? FindLocked(string articleId, ulong[] signature)
    {
        NearDuplicateMatch? best = null;
        var seen = new HashSet<int>();
        for (var band = 0; band < Bands; band++)
        {
            if (!_buckets.TryGetValue((band, BandKey(signature, band)), out var members))
            {
                continue;
            }

            foreach (var index in members)
            {
                var (id, other) = _articles[index];
                if (!seen.Add(index) || id == articleId)
                {
                    continue;
                }

                var similarity = Similarity(signature, other);
                if (similarity >= Threshold && (best is null || similarity > best.Similarity))
                {
                    best = new NearDuplicateMatch(id, similarity);
                }
            }
        }

        return best;
    }

    private static double Similarity(ulong[] a, ulong[] b)
    {
        var equal = 0;
        for (var i = 0; i < HashCount; i++)
        {
            if (a[i] == b[i])
            {
                equal++;
            }
        }

        return equal / (double)HashCount;
    }

    private static ulong BandKey(ulong[] signature, int band)
    {
        var key = 14695981039346656037UL;
        for (var row = band * RowsPerBand; row < (band + 1) * RowsPerBand; row++)
        {
            key = Mix(key ^ signature[row]);
        }

        return key;
    }

    private static ulong[] Signature(string text)
    {
        var signature = new ulong[HashCount];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var shingle in Shingles(text))
        {
            for (var i = 0; i < HashCount; i++)
            {
                var value = Mix(shingle ^ Seeds[i]);
                if (value < signature[i])
                {
                    signature[i] = value;
                }
            }
        }

        return signature;
    }

    /// <summary>Hashes of every run of <see cref="ShingleWords"/> consecutive folded words (the whole text when shorter).</summary>
    private static HashSet<ulong> Shingles(string text)
    {
        var words = Words(text);
        var shingles = new HashSet<ulong>();
        var count = Math.Max(1, words.Count - ShingleWords + 1);
        for (var start = 0; start < count && words.Count > 0; start++)
        {
            var hash = 14695981039346656037UL;
            for (var i = start; i < Math.Min(words.Count, start + ShingleWords); i++)
            {
                hash = Mix(hash ^ words[i]);
            }

            shingles.Add(hash);
        }

        return shingles;
    }

    /// <summary>FNV-1a hashes of the letter/digit runs of the folded text.</summary>
    private static List<ulong> Words(string text)
    {
        var folded = TextFolding.Fold(text);
        var words = new List<ulong>(folded.Length / 5);
        var hash = 14695981039346656037UL;
        var inWord = false;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ c) * 1099511628211UL;
                inWord = true;
            }
            else if (inWord)
            {
                words.Add(hash);
                hash = 14695981039346656037UL;
                inWord = false;
            }
        }

        if (inWord)
        {
            words.Add(hash);
        }

        return words;
    }

    /// <summary>SplitMix64 finaliser: a fast, well-distributed 64-bit mix.</summary>
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private static ulong[] CreateSeeds()
    {
        var seeds = new ulong[HashCount];
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < seeds.Length; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }

        return seeds;
    }
}
