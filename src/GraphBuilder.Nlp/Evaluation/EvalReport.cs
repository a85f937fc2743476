using System.Globalization;

namespace GraphBuilder.Nlp;

/// <summary>Scores of an extraction against the gold over a set of articles (micro-averaged).</summary>
public sealed class EvalReport
{
    internal EvalReport(IReadOnlyList<ArticleEvaluation> articles)
    {
        ArticleResults = articles;
        EntitiesByType = Enum.GetValues<EntityType>().ToDictionary(t => t, t => Sum(articles.Select(a => a.Entities[t])));
        RelationsByPredicate = Enum.GetValues<RelationPredicate>().ToDictionary(p => p, p => Sum(articles.Select(a => a.Relations[p])));
        Entities = Sum(EntitiesByType.Values);
        Relations = Sum(RelationsByPredicate.Values);
        StatusCorrect = articles.Sum(a => a.StatusCorrect);
        TitlesCorrect = articles.Count(a => a.Metadata.Title);
        PublishedCorrect = articles.Count(a => a.Metadata.Published);
        SourcesCorrect = articles.Count(a => a.Metadata.Source);
    }

    public int Articles => ArticleResults.Count;

    public PrecisionRecall Entities { get; }

    public IReadOnlyDictionary<EntityType, PrecisionRecall> EntitiesByType { get; }

    public PrecisionRecall Relations { get; }

    public IReadOnlyDictionary<RelationPredicate, PrecisionRecall> RelationsByPredicate { get; }

    /// <summary>Matched relations whose status (asserted/hedged) agrees with the gold.</summary>
    public int StatusCorrect { get; }

    /// <summary>Status agreement over matched relations; 1.0 when no relation matched.</summary>
    public double StatusAccuracy => Relations.TruePositives == 0 ? 1.0 : StatusCorrect / (double)Relations.TruePositives;

    public int TitlesCorrect { get; }

    public int PublishedCorrect { get; }

    public int SourcesCorrect { get; }

    internal IReadOnlyList<ArticleEvaluation> ArticleResults { get; }

    /// <summary>Writes the summary table; <paramref name="verbose"/> adds, per article, the missed and spurious entities and relations.</summary>
    public void Write(TextWriter writer, bool verbose = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(Invariant($"Articles: {Articles}   metadata correct: title {TitlesCorrect}/{Articles}, published {PublishedCorrect}/{Articles}, source {SourcesCorrect}/{Articles}"));
        writer.WriteLine();
        writer.WriteLine(Invariant($"{"",-22} {"P",6} {"R",6} {"F1",6} {"TP",5} {"FP",5} {"FN",5}"));
        WriteRow(writer, "Entities", Entities);
        foreach (var (type, score) in EntitiesByType)
        {
            WriteRow(writer, "  " + type.ToWire(), score);
        }

        WriteRow(writer, "Relations", Relations);
        foreach (var (predicate, score) in RelationsByPredicate)
        {
            WriteRow(writer, "  " + predicate.ToWire(), score);
        }

        writer.WriteLine();
        writer.WriteLine(Invariant($"Status accuracy (matched relations): {StatusAccuracy:0.000} ({StatusCorrect}/{Relations.TruePositives})"));
        if (!verbose)
        {
            return;
        }

        foreach (var article in ArticleResults)
        {
            writer.WriteLine();
            writer.WriteLine($"== {article.Article}");
            foreach (var entity in article.MissedEntities)
            {
                writer.WriteLine($"  missed entity    {entity.Id} ({entity.Type.ToWire()}) \"{entity.Name}\"");
            }

            foreach (var entity in article.SpuriousEntities)
            {
                writer.WriteLine($"  spurious entity  {entity.Id} ({entity.Type.ToWire()}) \"{entity.Name}\"");
            }

            foreach (var relation in article.MissedRelations)
            {
                writer.WriteLine($"  missed           {Triple(relation)}  \"{relation.Evidence}\"");
            }

            foreach (var relation in article.SpuriousRelations)
            {
                writer.WriteLine($"  spurious         {Triple(relation)}  \"{relation.Evidence}\"");
            }

            foreach (var (gold, predicted) in article.StatusMismatches)
            {
                writer.WriteLine($"  wrong status     {Triple(gold)}: gold {gold.Status.ToWire()}, predicted {predicted.Status.ToWire()}");
            }
        }
    }

    private static void WriteRow(TextWriter writer, string label, PrecisionRecall score) =>
        writer.WriteLine(Invariant($"{label,-22} {score.Precision,6:0.000} {score.Recall,6:0.000} {score.F1,6:0.000} {score.TruePositives,5} {score.FalsePositives,5} {score.FalseNegatives,5}"));

    private static string Triple(GoldRelation relation) =>
        $"{relation.Subject} {relation.Predicate.ToWire()} {relation.Object} ({relation.Status.ToWire()})";

    private static PrecisionRecall Sum(IEnumerable<PrecisionRecall> scores) => scores.Aggregate(default(PrecisionRecall), (a, b) => a + b);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
