using static GraphBuilder.Nlp.Tests.TestExtraction;

namespace GraphBuilder.Nlp.Tests;

/// <summary>Backing, hostility and hand-over forms on sentences written for these tests (round 2 of the relation rules).</summary>
public class RelationRound2Tests
{
    [Fact]
    public void A_demonym_modifying_support_after_with_backs_the_clause_actor_and_is_no_object()
    {
        var extraction = Extract("The Syrian army began a new offensive on Idlib with Russian air support.");

        Assert.True(Has(extraction, "russia", RelationPredicate.Supports, "syrian-army"), Describe(extraction));
        Assert.False(Has(extraction, "syrian-army", RelationPredicate.Opposes, "russia"), Describe(extraction));
    }

    [Fact]
    public void A_parenthetical_with_help_phrase_backs_the_subject()
    {
        var extraction = Extract("The Syrian army, with Iranian help, recaptured the town of Khanasser.");

        Assert.True(Has(extraction, "iran", RelationPredicate.Supports, "syrian-army"), Describe(extraction));
    }
}
