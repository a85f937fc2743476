using static GraphBuilder.Nlp.Tests.TestExtraction;

namespace GraphBuilder.Nlp.Tests;

/// <summary>
/// Captures and entries written as nouns with their agent after the place, as dispatches of forces, and the guards that keep
/// a prevented or supported capture from its wrong subject (sentences written for these tests).
/// </summary>
public class PlaceRelationFormTests
{
    [Fact]
    public void The_agent_after_a_capture_nouns_place_took_it()
    {
        var extraction = Extract("The seizure of Manbij, some 30 kilometres west of the Euphrates, by the SDF cut the last supply route of the jihadists.");

        Assert.True(Has(extraction, "sdf", RelationPredicate.Captured, "manbij"), Describe(extraction));
    }

    [Fact]
    public void A_capture_noun_with_a_described_city_and_an_agent_takes_the_city_named_before()
    {
        var extraction = Extract("Gunmen overran the Iraqi city of Mosul on Tuesday. The capture of the northern city by the Islamic State alarmed Baghdad.");

        Assert.True(Has(extraction, "isis", RelationPredicate.Captured, "mosul"), Describe(extraction));
    }

    [Fact]
    public void A_verb_after_the_place_ends_a_capture_nouns_phrase()
    {
        var extraction = ExtractWithRulesOnly("The recapture of Manbij, welcomed by the SDF, drew praise.");

        Assert.False(Has(extraction, "sdf", RelationPredicate.Captured, "manbij"), Describe(extraction));
    }

    [Fact]
    public void A_prevented_capture_is_not_the_preventers()
    {
        var extraction = ExtractWithRulesOnly("The Syrian army is trying to prevent Jaish al-Islam taking control of Douma and Harasta.");

        Assert.DoesNotContain(extraction.Relations, r => r.Predicate == RelationPredicate.Captured);
    }

    [Fact]
    public void Forces_sent_or_deployed_to_a_country_enter_it()
    {
        var sent = ExtractWithRulesOnly("Last spring Hezbollah sent several thousand fighters to Syria.");
        var deployed = ExtractWithRulesOnly("Over the winter Hezbollah deployed fresh units in Syria.");
        var purpose = ExtractWithRulesOnly("Hezbollah denies sending its men to fight in Syria.");

        Assert.True(Has(sent, "hezbollah", RelationPredicate.CrossedInto, "syria"), Describe(sent));
        Assert.True(Has(deployed, "hezbollah", RelationPredicate.CrossedInto, "syria"), Describe(deployed));
        Assert.Equal(RelationStatus.Hedged, Assert.Single(purpose.Relations, r => r.Predicate == RelationPredicate.CrossedInto).Status);
    }

    [Fact]
    public void A_force_sent_from_where_it_is_based_or_a_delegation_enters_nothing()
    {
        var based = ExtractWithRulesOnly("The Pentagon plans to send commandos based in Iraq on the raid.");
        var delegation = ExtractWithRulesOnly("Iran sent a delegation to Iraq on Monday.");

        Assert.DoesNotContain(based.Relations, r => r.Predicate == RelationPredicate.CrossedInto);
        Assert.DoesNotContain(delegation.Relations, r => r.Predicate == RelationPredicate.CrossedInto);
    }

    [Fact]
    public void A_sought_or_expected_capture_is_hedged()
    {
        var sought = ExtractWithRulesOnly("For months the Syrian army has sought to wrest control of Qusayr.");
        var expected = ExtractWithRulesOnly("The Syrian army expects to seize Qusayr before the winter.");

        Assert.Equal(RelationStatus.Hedged, Assert.Single(sought.Relations, r => r.Predicate == RelationPredicate.Captured).Status);
        Assert.Equal(RelationStatus.Hedged, Assert.Single(expected.Relations, r => r.Predicate == RelationPredicate.Captured).Status);
    }
}
