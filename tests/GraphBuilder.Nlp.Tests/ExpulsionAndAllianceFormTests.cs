using static GraphBuilder.Nlp.Tests.TestExtraction;

namespace GraphBuilder.Nlp.Tests;

/// <summary>Expulsion, alliance and hostility forms on sentences written for these tests.</summary>
public class ExpulsionAndAllianceFormTests
{
    [Theory]
    [InlineData("The Syrian army had driven the rebels out of Palmyra in March.", "syrian-army", "palmyra")]
    [InlineData("Kurdish Peshmerga fighters pushed the militants from Sinjar on Monday.", "peshmerga", "sinjar")]
    public void Driving_an_enemy_out_of_a_place_captures_the_place(string sentence, string captor, string place)
    {
        var extraction = ExtractWithRulesOnly(sentence);

        Assert.True(Has(extraction, captor, RelationPredicate.Captured, place), Describe(extraction));
    }

    [Fact]
    public void A_drive_measured_in_minutes_is_a_distance_not_a_capture()
    {
        var extraction = ExtractWithRulesOnly("Islamic State still holds villages within a 20-minute drive of Kirkuk.");

        Assert.False(Has(extraction, "isis", RelationPredicate.Captured, "kirkuk"), Describe(extraction));
    }

    [Fact]
    public void Coordinated_holders_in_apposition_to_possessive_backers_back_the_possessor()
    {
        var extraction = ExtractWithRulesOnly("Qatar and Turkey, Hamas's staunchest backers, called for a ceasefire.");

        Assert.True(Has(extraction, "qatar", RelationPredicate.Supports, "hamas"), Describe(extraction));
        Assert.True(Has(extraction, "turkiye", RelationPredicate.Supports, "hamas"), Describe(extraction));
    }

    [Fact]
    public void A_copula_with_a_possessive_ally_backs_the_possessor()
    {
        var extraction = ExtractWithRulesOnly("Hezbollah is Syria's closest regional ally.");

        Assert.True(Has(extraction, "hezbollah", RelationPredicate.Supports, "syria"), Describe(extraction));
        Assert.False(Has(extraction, "syria", RelationPredicate.Supports, "hezbollah"), Describe(extraction));
    }

    [Fact]
    public void Joining_on_the_side_of_an_actor_backs_it()
    {
        var extraction = ExtractWithRulesOnly("The Peshmerga joined the fighting on the side of the YPG near Sinjar.");

        Assert.True(Has(extraction, "peshmerga", RelationPredicate.Supports, "ypg"), Describe(extraction));
    }

    [Fact]
    public void A_spokesman_on_behalf_of_an_actor_is_no_backing()
    {
        var extraction = ExtractWithRulesOnly("Turkey issued a statement on behalf of the Free Syrian Army.");

        Assert.False(Has(extraction, "turkiye", RelationPredicate.Supports, "fsa"), Describe(extraction));
    }

    [Fact]
    public void A_possessive_pronoun_unit_conjoined_with_the_subject_acts_with_it()
    {
        var extraction = ExtractWithRulesOnly("Hezbollah said its fighters and the Syrian army entered the small town of Qusayr.");

        Assert.True(Has(extraction, "hezbollah", RelationPredicate.CrossedInto, "qusar"), Describe(extraction));
        Assert.True(Has(extraction, "syrian-army", RelationPredicate.CrossedInto, "qusar"), Describe(extraction));
    }

    [Fact]
    public void A_demonym_opening_a_named_unit_leaves_the_unit_as_subject()
    {
        var extraction = ExtractWithRulesOnly("The Jordanian air force crossed into Syria on Monday.");

        Assert.True(Has(extraction, "jordanian-air-force", RelationPredicate.CrossedInto, "syria"), Describe(extraction));
        Assert.False(Has(extraction, "jordan", RelationPredicate.CrossedInto, "syria"), Describe(extraction));
    }

    [Fact]
    public void A_country_opening_a_reported_clause_without_that_owns_the_strikes()
    {
        var extraction = ExtractWithRulesOnly("France said Turkey had carried out strikes against the YPG.");

        Assert.True(Has(extraction, "turkiye", RelationPredicate.Opposes, "ypg"), Describe(extraction));
        Assert.False(Has(extraction, "france", RelationPredicate.Opposes, "ypg"), Describe(extraction));
    }

    [Fact]
    public void Strikes_launched_to_support_an_actor_do_not_oppose_it()
    {
        var extraction = ExtractWithRulesOnly("Iran launched strikes to support the Iraqi army near Tikrit.");

        Assert.False(Has(extraction, "iran", RelationPredicate.Opposes, "iraqi-army"), Describe(extraction));
        Assert.True(Has(extraction, "iran", RelationPredicate.Supports, "iraqi-army"), Describe(extraction));
    }

    [Fact]
    public void Backing_an_actor_against_another_makes_both_oppose_it()
    {
        var extraction = ExtractWithRulesOnly("France backs the Peshmerga against ISIS in northern Iraq.");

        Assert.True(Has(extraction, "france", RelationPredicate.Supports, "peshmerga"), Describe(extraction));
        Assert.True(Has(extraction, "france", RelationPredicate.Opposes, "isis"), Describe(extraction));
        Assert.True(Has(extraction, "peshmerga", RelationPredicate.Opposes, "isis"), Describe(extraction));
    }

    [Fact]
    public void A_pronoun_guessed_as_a_jihadist_group_does_not_back_its_enemy()
    {
        var extraction = ExtractWithRulesOnly("ISIS lost more ground near Raqqa on Sunday. Western officials say they will assist the SDF throughout the offensive.");

        Assert.False(Has(extraction, "isis", RelationPredicate.Supports, "sdf"), Describe(extraction));
    }

    [Fact]
    public void Possessive_backers_after_a_preposition_cover_every_conjunct()
    {
        var extraction = ExtractWithRulesOnly("Egypt has good relations with Qatar and Turkey, Hamas's main backers in the region.");

        Assert.True(Has(extraction, "qatar", RelationPredicate.Supports, "hamas"), Describe(extraction));
        Assert.True(Has(extraction, "turkiye", RelationPredicate.Supports, "hamas"), Describe(extraction));
        Assert.False(Has(extraction, "egypt", RelationPredicate.Supports, "hamas"), Describe(extraction));
    }

    [Fact]
    public void A_quantified_relative_hangs_on_the_unnamed_groups_not_the_name_before_it()
    {
        var extraction = ExtractWithRulesOnly("Russia has bombed rebel groups fighting Assad, many of which are backed by Qatar.");

        Assert.False(Has(extraction, "qatar", RelationPredicate.Supports, "bashar-al-assad"), Describe(extraction));
    }

    [Fact]
    public void The_liberation_of_a_town_is_never_credited_to_a_jihadist_group()
    {
        var extraction = ExtractWithRulesOnly("ISIS fighters fled the area overnight. This means the complete liberation of Baiji, a local commander said.");

        Assert.False(Has(extraction, "isis", RelationPredicate.Captured, "baiji"), Describe(extraction));
    }

    [Fact]
    public void Forcing_an_actor_to_withdraw_from_a_place_opposes_it_and_takes_the_place()
    {
        var extraction = ExtractWithRulesOnly("After a week of street fighting the Syrian army forced the Nusra Front to withdraw from Kafr Zita.");

        Assert.True(Has(extraction, "syrian-army", RelationPredicate.Opposes, "nusra-front"), Describe(extraction));
        Assert.True(Has(extraction, "syrian-army", RelationPredicate.Captured, "kafr-zayta"), Describe(extraction));
    }

    [Fact]
    public void Forcing_an_actor_to_retreat_towards_a_place_takes_nothing()
    {
        var extraction = ExtractWithRulesOnly("The YPG forced ISIS to retreat to the outskirts of Hasakah.");

        Assert.True(Has(extraction, "ypg", RelationPredicate.Opposes, "isis"), Describe(extraction));
        Assert.DoesNotContain(extraction.Relations, r => r.Predicate == RelationPredicate.Captured);
    }

    [Fact]
    public void A_possible_forced_withdrawal_is_hedged()
    {
        var extraction = ExtractWithRulesOnly("With more reinforcements the Syrian army could force Jaish al-Islam to pull out of Douma.");

        Assert.Contains(extraction.Relations, r => r.Subject == "syrian-army" && r.Predicate == RelationPredicate.Captured && r.Object == "douma" && r.Status == RelationStatus.Hedged);
    }

    [Fact]
    public void Airstrikes_forcing_a_retreat_take_no_ground()
    {
        var extraction = ExtractWithRulesOnly("Russian airstrikes forced the Nusra Front to abandon Kafr Zita.");

        Assert.True(Has(extraction, "russia", RelationPredicate.Opposes, "nusra-front"), Describe(extraction));
        Assert.False(Has(extraction, "russia", RelationPredicate.Captured, "kafr-zayta"), Describe(extraction));
    }

    [Theory]
    [InlineData("The capture of the town was a joint operation between the YPG and the Peshmerga.")]
    [InlineData("Two soldiers died during a joint operation being conducted by the Peshmerga and the YPG.")]
    public void A_joint_operation_between_or_by_two_actors_is_mutual_support(string text)
    {
        var extraction = ExtractWithRulesOnly(text);

        Assert.True(Has(extraction, "ypg", RelationPredicate.Supports, "peshmerga"), Describe(extraction));
        Assert.True(Has(extraction, "peshmerga", RelationPredicate.Supports, "ypg"), Describe(extraction));
    }

    [Fact]
    public void A_joint_operation_by_one_actor_names_no_partner()
    {
        var extraction = ExtractWithRulesOnly("A joint operation by the Peshmerga in Kirkuk ended.");

        Assert.Empty(extraction.Relations);
    }

    [Fact]
    public void A_possessive_owner_of_coordination_with_partners_supports_each()
    {
        var extraction = ExtractWithRulesOnly("Officials in Amman criticised Hezbollah's coordination with the Syrian army and the IRGC near Deraa.");

        Assert.True(Has(extraction, "hezbollah", RelationPredicate.Supports, "syrian-army"), Describe(extraction));
        Assert.True(Has(extraction, "hezbollah", RelationPredicate.Supports, "irgc"), Describe(extraction));
        Assert.False(Has(extraction, "jordan", RelationPredicate.Supports, "syrian-army"), Describe(extraction));
    }

    [Theory]
    [InlineData("The Syrian army pushed further east into Deir ez-Zor province on Sunday.")]
    [InlineData("Two days later the Syrian army pushed east into Deir ez-Zor province.")]
    public void A_push_with_a_direction_before_into_is_an_entry(string text)
    {
        var extraction = ExtractWithRulesOnly(text);

        Assert.True(Has(extraction, "syrian-army", RelationPredicate.CrossedInto, "deir-ez-zor"), Describe(extraction));
        Assert.False(Has(extraction, "syrian-army", RelationPredicate.Captured, "deir-ez-zor"), Describe(extraction));
    }
}
