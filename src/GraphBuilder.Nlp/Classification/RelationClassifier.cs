using System.Globalization;
using System.Reflection;

namespace GraphBuilder.Nlp.Classification;

/// <summary>
/// A logistic-regression relation classifier over <see cref="PairFeatures"/>: one weight vector per predicate,
/// stored sparse as text ("SUPPORTS TAB bw:back TAB 1.25") so that a model can be read, diffed and retrained with
/// <c>graphbuilder train</c>. The model shipped in the assembly was trained on gold-annotated articles.
/// </summary>
internal sealed class RelationClassifier
{
    internal const string EmbeddedName = "GraphBuilder.Nlp.Classification.relation-classifier.tsv";
    internal const double DefaultThreshold = 0.5;

    private static readonly Lazy<RelationClassifier> s_embedded = new(LoadEmbedded);

    private const int Predicates = 4;

    /// <summary>The weights by feature, one row of <see cref="Predicates"/> per feature: one lookup scores all predicates.</summary>
    private readonly Dictionary<ulong, int> _rows = [];
    private readonly float[] _table;

    internal RelationClassifier(Dictionary<ulong, float>[] weights, double threshold)
    {
        Threshold = threshold;
        FeatureCount = weights.Sum(w => w.Count);
        foreach (var feature in weights.SelectMany(w => w.Keys))
        {
            _rows.TryAdd(feature, _rows.Count);
        }

        _table = new float[_rows.Count * Predicates];
        for (var p = 0; p < Predicates; p++)
        {
            foreach (var (feature, weight) in weights[p])
            {
                _table[(_rows[feature] * Predicates) + p] = weight;
            }
        }
    }

    /// <summary>Probability at or above which a pair is taken as a relation.</summary>
    public double Threshold { get; }

    /// <summary>How many (predicate, feature) weights the model holds.</summary>
    public int FeatureCount { get; }

    public static RelationClassifier Embedded => s_embedded.Value;

    public double Probability(RelationPredicate predicate, List<ulong> features)
    {
        Span<double> probabilities = stackalloc double[Predicates];
        Probabilities(features, probabilities);
        return probabilities[(int)predicate];
    }

    /// <summary>The probability of every predicate (indexed by <see cref="RelationPredicate"/>) for one feature set.</summary>
    public void Probabilities(List<ulong> features, Span<double> probabilities)
    {
        Span<double> z = stackalloc double[Predicates];
        z.Clear();
        foreach (var feature in features)
        {
            if (_rows.TryGetValue(feature, out var row))
            {
                var weights = _table.AsSpan(row * Predicates, Predicates);
                for (var p = 0; p < Predicates; p++)
                {
                    z[p] += weights[p];
                }
            }
        }

        for (var p = 0; p < Predicates; p++)
        {
            probabilities[p] = 1 / (1 + Math.Exp(-Math.Clamp(z[p], -30, 30)));
        }
    }

    public float Weight(RelationPredicate predicate, ulong feature) =>
        _rows.TryGetValue(feature, out var row) ? _table[(row * Predicates) + (int)predicate] : 0f;

    public static RelationClassifier Load(string path)
    {
        using var reader = new StreamReader(path);
        try
        {
            return Load(reader);
        }
        catch (FormatException e)
        {
            throw new FormatException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>Reads the text form: '#' comment lines, an optional "threshold TAB value" line, then PREDICATE TAB feature TAB weight.</summary>
    /// <exception cref="FormatException">A line is not in that form.</exception>
    public static RelationClassifier Load(TextReader reader)
    {
        var weights = Enum.GetValues<RelationPredicate>().Select(_ => new Dictionary<ulong, float>()).ToArray();
        var threshold = DefaultThreshold;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length == 2 && fields[0] == "threshold" && double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var t))
            {
                threshold = t;
                continue;
            }

            if (fields.Length != 3 || !float.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            {
                throw new FormatException($"line {lineNumber}: expected PREDICATE<TAB>feature<TAB>weight");
            }

            RelationPredicate predicate;
            try
            {
                predicate = NlpWireNames.ParsePredicate(fields[0]);
            }
            catch (FormatException)
            {
                throw new FormatException($"line {lineNumber}: unknown predicate '{fields[0]}'");
            }

            weights[(int)predicate][HashingFeatureSink.HashOfName(fields[1])] = weight;
        }

        return new RelationClassifier(weights, threshold);
    }

    private static RelationClassifier LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(EmbeddedName)
            ?? throw new InvalidOperationException($"The embedded relation model {EmbeddedName} is missing.");
        using var reader = new StreamReader(stream);
        return Load(reader);
    }
}
