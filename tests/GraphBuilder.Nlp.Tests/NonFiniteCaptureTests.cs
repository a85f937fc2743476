using static GraphBuilder.Nlp.Tests.TestExtraction;

namespace GraphBuilder.Nlp.Tests;

/// <summary>
/// Captures and entries whose verb is not a plain finite verb: gerund adjuncts, a campaign's aim with its leader
/// named after it, an entry into a place given in apposition (sentences written for these tests).
/// </summary>
public class NonFiniteCaptureTests
{
    [Fact]
    public void A_gerund_after_a_time_preposition_takes_the_clause_subject()
    {
        var extraction = Extract("The Peshmerga advanced toward Mosul on Monday after retaking the hilltop village of Kharaba.");

        var place = Assert.Single(extraction.Entities, e => e.Name == "Kharaba").Id;
        Assert.True(Has(extraction, "peshmerga", RelationPredicate.Captured, place), Describe(extraction));
    }

    [Fact]
    public void The_leader_of_an_operation_to_free_a_place_captured_it()
    {
        var extraction = Extract("The operation to retake Kharaba was led by the Peshmerga, officials said.");

        var place = Assert.Single(extraction.Entities, e => e.Name == "Kharaba").Id;
        var relation = Assert.Single(extraction.Relations, r => r.Predicate == RelationPredicate.Captured && r.Object == place);
        Assert.Equal("peshmerga", relation.Subject);
        Assert.Equal(RelationStatus.Asserted, relation.Status);
    }

    [Fact]
    public void Entering_a_groups_capital_of_a_place_is_entering_the_place()
    {
        var extraction = Extract("By nightfall the SDF had entered the Islamic State group's de facto capital of Raqqa from the north.");

        Assert.True(Has(extraction, "sdf", RelationPredicate.CrossedInto, "raqqa"), Describe(extraction));
    }

    [Fact]
    public void Launching_an_operation_to_retake_a_place_is_a_hedged_capture()
    {
        var extraction = Extract("On Tuesday the Iraqi army began an offensive to retake the ISIS-held town of Qarnabil and two nearby villages.");

        var place = Assert.Single(extraction.Entities, e => e.Name == "Qarnabil").Id;
        var relation = Assert.Single(extraction.Relations, r => r.Predicate == RelationPredicate.Captured && r.Object == place);
        Assert.Equal("iraqi-army", relation.Subject);
        Assert.Equal(RelationStatus.Hedged, relation.Status);
    }

    [Fact]
    public void Largely_capturing_a_place_is_no_capture()
    {
        var extraction = Extract("Government troops have largely captured the mountain town of Qarnabil.");

        Assert.DoesNotContain(extraction.Relations, r => r.Predicate == RelationPredicate.Captured);
    }

    [Fact]
    public void A_group_in_the_battle_saying_a_place_has_fallen_captured_it_and_a_bystander_saying_so_did_not()
    {
        var extraction = Extract(
            "Rebels pushed into the village of Qarnabil on Friday. The Hamza Brigade, a rebel group fighting in the battle, said Qarnabil had fallen by dusk. "
            + "Reuters said Qarnabil had fallen.");

        var place = Assert.Single(extraction.Entities, e => e.Name == "Qarnabil");
        Assert.Equal(EntityType.Location, place.Type);
        Assert.True(Has(extraction, "hamza-brigade", RelationPredicate.Captured, place.Id), Describe(extraction));
        Assert.False(Has(extraction, "reuters", RelationPredicate.Captured, place.Id), Describe(extraction));
    }

    [Theory]
    [InlineData("Manbij, the main town of Aleppo province, fell into ISIS's hands after a short siege.")]
    [InlineData("Manbij, the main town of Aleppo province, fell into the hands of ISIS in the summer.")]
    [InlineData("The siege began months after ISIS overran Manbij.")]
    public void Falling_into_a_groups_hands_or_being_overrun_is_the_groups_capture_of_the_place_not_of_its_province(string sentence)
    {
        var extraction = Extract(sentence);

        Assert.True(Has(extraction, "isis", RelationPredicate.Captured, "manbij"), Describe(extraction));
        Assert.DoesNotContain(extraction.Relations, r => r.Predicate == RelationPredicate.Captured && r.Object != "manbij");
    }

    [Fact]
    public void A_leader_announcing_a_campaign_to_retake_a_place_captures_nothing()
    {
        var extraction = Extract("Prime Minister Haider al-Abadi announced a campaign to take back Manbij.");

        Assert.DoesNotContain(extraction.Relations, r => r.Predicate == RelationPredicate.Captured);
    }

    [Fact]
    public void The_object_of_a_participle_before_the_verb_is_not_the_one_entering()
    {
        var extraction = Extract("On Tuesday the SDF fighters battling ISIS entered Raqqa from the east. Militias fighting ISIS push into Tabqa.");

        Assert.True(Has(extraction, "sdf", RelationPredicate.CrossedInto, "raqqa"), Describe(extraction));
        Assert.DoesNotContain(extraction.Relations, r => r.Subject == "isis" && r.Predicate == RelationPredicate.CrossedInto);
    }

    [Fact]
    public void A_bid_to_reclaim_a_stronghold_is_the_clause_actors_hedged_capture_of_the_place_just_entered()
    {
        var extraction = Extract("The SDF have entered Raqqa from the north, in a bid to reclaim the group's biggest stronghold in Syria.");

        var relation = Assert.Single(extraction.Relations, r => r.Predicate == RelationPredicate.Captured);
        Assert.Equal("sdf", relation.Subject);
        Assert.Equal("raqqa", relation.Object);
        Assert.Equal(RelationStatus.Hedged, relation.Status);
    }

    [Fact]
    public void The_agents_of_a_parenthetical_backing_list_do_not_own_the_campaign()
    {
        var extraction = Extract("The Iraqi army, supported by Kataib Hezbollah fighters and Kurdish Peshmerga forces, launched an offensive to retake Kharaba.");

        var place = Assert.Single(extraction.Entities, e => e.Name == "Kharaba").Id;
        var relation = Assert.Single(extraction.Relations, r => r.Predicate == RelationPredicate.Captured && r.Object == place);
        Assert.Equal("iraqi-army", relation.Subject);
        Assert.Equal(RelationStatus.Hedged, relation.Status);
    }

    [Fact]
    public void An_unnamed_object_of_a_control_verb_is_the_subject_of_its_infinitive()
    {
        var extraction = Extract("Islamic State militants ambushed Peshmerga forces near the river, allowing the militants to seize Kharaba.");

        var place = Assert.Single(extraction.Entities, e => e.Name == "Kharaba").Id;
        var relation = Assert.Single(extraction.Relations, r => r.Predicate == RelationPredicate.Captured && r.Object == place);
        Assert.Equal("isis", relation.Subject);
    }

    [Fact]
    public void An_unresolved_object_of_a_control_verb_lends_the_capture_to_nobody_before_it()
    {
        var extraction = Extract("Coalition air strikes on the Islamic State fuelled the advance, allowing the military to retake Kharaba.");

        var place = Assert.Single(extraction.Entities, e => e.Name == "Kharaba").Id;
        Assert.DoesNotContain(extraction.Relations, r => r.Predicate == RelationPredicate.Captured && r.Object == place);
    }
}
