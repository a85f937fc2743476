using System.Globalization;
using GraphBuilder.Nlp.Pipeline;

namespace GraphBuilder.Nlp.Classification;

/// <summary>Options of <see cref="RelationModelTrainer"/>; the defaults are the ones the shipped model was trained with.</summary>
public sealed class RelationTrainingOptions
{
    public int Epochs { get; set; } = 15;

    public double LearningRate { get; set; } = 0.2;

    public double L2 { get; set; } = 1e-3;

    public double Threshold { get; set; } = 0.6;

    /// <summary>Weights smaller than this in magnitude are left out of the model file.</summary>
    public double MinimumWeight { get; set; } = 0.05;
}

/// <summary>
/// Trains the relation classifier on gold-annotated articles: each folder holds <c>articles/</c> and <c>gold/</c>
/// (the layout of <c>../shared</c>). The rule pipeline finds and resolves the mentions; every pair of named mentions
/// in a sentence is an example, labelled with the gold relations between the gold entities the pair's entities
/// match (the same matching as <c>eval</c>). Logistic regression by stochastic gradient descent, one weight vector
/// per predicate; a fixed shuffle seed makes training reproducible.
/// </summary>
public static class RelationModelTrainer
{
    private sealed record Example(string[] Features, RelationPredicate[] Allowed, HashSet<RelationPredicate> Labels);

    /// <returns>The number of examples and of positive examples trained on.</returns>
    /// <exception cref="FileNotFoundException">A gold file names an article that is not there.</exception>
    public static async Task<(int Examples, int Positives)> TrainAsync(
        IReadOnlyList<string> setDirectories,
        string outputPath,
        RelationTrainingOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(setDirectories);
        options ??= new RelationTrainingOptions();
        var pipeline = ExtractionPipeline.CreateRulesOnly();
        var examples = new List<Example>();
        var articles = 0;
        foreach (var set in setDirectories)
        {
            var articleDirectory = Path.Combine(set, "articles");
            foreach (var goldPath in Directory.EnumerateFiles(Path.Combine(set, "gold"), "*.json").Order(StringComparer.Ordinal))
            {
                var gold = await GoldReader.ReadAsync(goldPath, cancellationToken).ConfigureAwait(false);
                var articlePath = Path.Combine(articleDirectory, gold.Article);
                if (!File.Exists(articlePath))
                {
                    throw new FileNotFoundException($"{goldPath} names article '{gold.Article}', which is not in {articleDirectory}.", articlePath);
                }

                await foreach (var article in ArticleReader.ReadAsync(articlePath, cancellationToken).ConfigureAwait(false))
                {
                    AddExamples(pipeline, article, gold, examples, cancellationToken);
                    articles++;
                    break;
                }
            }
        }

        var weights = Train(examples, options);
        await WriteAsync(outputPath, weights, options, setDirectories, articles, examples, cancellationToken).ConfigureAwait(false);
        return (examples.Count, examples.Count(e => e.Labels.Count > 0));
    }

    private static void AddExamples(ExtractionPipeline pipeline, Article article, GoldDocument gold, List<Example> examples, CancellationToken cancellationToken)
    {
        var document = pipeline.Run(article.Body, cancellationToken);
        var ids = new Dictionary<EntityCluster, string>();
        var extraction = ExtractionResult.From(article, document, ids);
        var goldIdOf = ArticleScorer.MatchEntities(gold.Entities, GoldDocument.FromExtraction(extraction).Entities);
        var goldRelations = gold.Relations.Select(r => (r.Subject, r.Predicate, r.Object)).ToHashSet();
        string? GoldId(EntityCluster cluster) => ids.TryGetValue(cluster, out var id) ? goldIdOf.GetValueOrDefault(id) : null;

        foreach (var (s, mentions) in RelationClassifierStage.NamedMentionsBySentence(document))
        {
            var sentence = document.Sentences[s];
            foreach (var pair in RelationClassifierStage.Pairs(mentions, pipeline.Gazetteer))
            {
                var sink = new NamingFeatureSink();
                PairFeatures.Collect(document, sentence, pair.Subject, pair.SubjectIsCountry, pair.Object, pair.ObjectIsCountry, mentions, sink);
                var subject = GoldId(pair.Subject.Entity!);
                var obj = GoldId(pair.Object.Entity!);
                var labels = subject is null || obj is null
                    ? []
                    : pair.Predicates.Where(p => goldRelations.Contains((subject, p, obj))).ToHashSet();
                examples.Add(new Example([.. sink.Features], pair.Predicates, labels));
            }
        }
    }

    private static Dictionary<string, double>[] Train(List<Example> examples, RelationTrainingOptions options)
    {
        var weights = Enum.GetValues<RelationPredicate>().Select(_ => new Dictionary<string, double>(StringComparer.Ordinal)).ToArray();
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(1);
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var example = examples[index];
                foreach (var predicate in example.Allowed)
                {
                    var w = weights[(int)predicate];
                    var z = 0.0;
                    foreach (var feature in example.Features)
                    {
                        z += w.GetValueOrDefault(feature);
                    }

                    var gradient = (example.Labels.Contains(predicate) ? 1.0 : 0.0) - (1 / (1 + Math.Exp(-Math.Clamp(z, -30, 30))));
                    foreach (var feature in example.Features)
                    {
                        w[feature] = (w.GetValueOrDefault(feature) * (1 - options.L2)) + (options.LearningRate * gradient);
                    }
                }
            }
        }

        return weights;
    }

    private static async Task WriteAsync(
        string outputPath,
        Dictionary<string, double>[] weights,
        RelationTrainingOptions options,
        IReadOnlyList<string> sets,
        int articles,
        List<Example> examples,
        CancellationToken cancellationToken)
    {
        var lines = new List<string>
        {
            "# GraphBuilder relation classifier: logistic regression over PairFeatures, one weight vector per predicate.",
            "# Written by `graphbuilder train`; retrain rather than edit. Lines: PREDICATE<TAB>feature<TAB>weight.",
            $"# Trained on {articles} gold-annotated articles from {sets.Count} folder(s): {string.Join(", ", sets.Select(s => Path.GetFileName(Path.TrimEndingDirectorySeparator(s))))}",
            $"# {examples.Count} mention pairs, {examples.Count(e => e.Labels.Count > 0)} with a gold relation; epochs {options.Epochs}, learning rate {options.LearningRate.ToString(CultureInfo.InvariantCulture)}, L2 {options.L2.ToString(CultureInfo.InvariantCulture)}",
            "threshold\t" + options.Threshold.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var predicate in Enum.GetValues<RelationPredicate>())
        {
            lines.AddRange(weights[(int)predicate]
                .Where(w => Math.Abs(w.Value) >= options.MinimumWeight)
                .OrderBy(w => w.Key, StringComparer.Ordinal)
                .Select(w => $"{predicate.ToWire()}\t{w.Key}\t{w.Value.ToString("0.####", CultureInfo.InvariantCulture)}"));
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        await File.WriteAllLinesAsync(outputPath, lines, cancellationToken).ConfigureAwait(false);
    }
}
