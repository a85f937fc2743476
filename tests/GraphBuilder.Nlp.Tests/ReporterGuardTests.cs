using GraphBuilder.Nlp.Pipeline;
using GraphBuilder.Nlp.Relations;

namespace GraphBuilder.Nlp.Tests;

/// <summary>News outlets and monitors report relations and are never parties to them (original sentences only).</summary>
public sealed class ReporterGuardTests
{
    private static readonly ExtractionPipeline RulesOnly = ExtractionPipeline.CreateRulesOnly();

    [Fact]
    public void Relations_naming_an_outlet_are_dropped_but_its_declared_side_is_kept()
    {
        var document = RulesOnly.Run("Tigris News and the pro-Front Rudaw said the Northern Brigade had praised the Southern Front.");
        var tigris = Entity(document, "Tigris News");
        var rudaw = Entity(document, "Rudaw");
        var brigade = Entity(document, "Northern Brigade");
        var front = Entity(document, "Southern Front");
        document.Relations.Clear();
        document.Relations.Add(Relation(tigris, RelationPredicate.Opposes, brigade, "said"));
        document.Relations.Add(Relation(brigade, RelationPredicate.Opposes, rudaw, "said"));
        var side = document.Text.IndexOf("pro-Front Rudaw", StringComparison.Ordinal);
        document.Relations.Add(Relation(rudaw, RelationPredicate.Supports, front, "pro-") with { EvidenceStart = side, EvidenceEnd = side + 15 });
        document.Relations.Add(Relation(rudaw, RelationPredicate.Supports, brigade, "pro-"));
        document.Relations.Add(Relation(brigade, RelationPredicate.Supports, front, "praised"));

        new ReporterGuard(RulesOnly.Gazetteer).Process(document, CancellationToken.None);

        Assert.Equal(
            [(rudaw, RelationPredicate.Supports, front), (brigade, RelationPredicate.Supports, front)],
            document.Relations.Select(r => (r.Subject, r.Predicate, r.Object)));
    }

    [Fact]
    public void A_known_outlet_in_a_sentence_the_rules_read_gets_no_relation()
    {
        var extraction = TestExtraction.Extract("A Kurdistan 24 reporter, Aram Saleh, met the Peshmerga and the YPG near the front. Pro-YPG media sources confirmed to Rudaw that ISIS had attacked the Peshmerga.");

        Assert.DoesNotContain(extraction.Relations, r => r.Subject is "rudaw" or "kurdistan-24" || r.Object is "rudaw" or "kurdistan-24");
        Assert.True(TestExtraction.Has(extraction, "isis", RelationPredicate.Opposes, "peshmerga"), TestExtraction.Describe(extraction));
    }

    private static EntityCluster Entity(Document document, string name) =>
        document.Mentions.First(m => document.Text[m.Start..m.End] == name).Entity!;

    private static RelationCandidate Relation(EntityCluster subject, RelationPredicate predicate, EntityCluster obj, string trigger) =>
        new(subject, predicate, obj, RelationStatus.Asserted, 0, 10, 0, trigger, 0.8);
}
