namespace GraphBuilder.Nlp.Tests;

/// <summary>Runs the default pipeline over a sentence written for a test and looks up what it extracted.</summary>
internal static class TestExtraction
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    // precision guards of the rules are checked without the trained classifier stage, which has its own threshold and tests
    private static readonly ExtractionPipeline RulesOnly = ExtractionPipeline.CreateRulesOnly();

    internal static ArticleExtraction Extract(string body) =>
        Pipeline.Extract(new Article("test", "test.txt", null, null, null, null, body));

    internal static ArticleExtraction ExtractWithRulesOnly(string body) =>
        RulesOnly.Extract(new Article("test", "test.txt", null, null, null, null, body));

    /// <summary>The entity that lists this surface form as its name or an alias.</summary>
    internal static ExtractedEntity? Named(ArticleExtraction extraction, string surface) =>
        extraction.Entities.FirstOrDefault(e => e.Name == surface || e.Aliases.Contains(surface));

    internal static bool Has(ArticleExtraction extraction, string subject, RelationPredicate predicate, string obj) =>
        extraction.Relations.Any(r => r.Subject == subject && r.Predicate == predicate && r.Object == obj);

    internal static string Describe(ArticleExtraction extraction) =>
        string.Join("; ", extraction.Relations.Select(r => $"{r.Subject} {r.Predicate.ToWire()} {r.Object}"))
        + " | " + string.Join("; ", extraction.Entities.Select(e => $"{e.Id}:{e.Type}"));
}
