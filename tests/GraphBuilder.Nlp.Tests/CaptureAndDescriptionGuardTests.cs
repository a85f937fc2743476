using static GraphBuilder.Nlp.Tests.TestExtraction;

namespace GraphBuilder.Nlp.Tests;

/// <summary>Precision guards on what may be taken and on which group a description stands for, on sentences written for these tests.</summary>
public class CaptureAndDescriptionGuardTests
{
    [Theory]
    [InlineData("ISIS fighters tried for months to seize the dam on the River Tigris near Samarra.", "isis")]
    [InlineData("The Iraqi army pushed north on Monday. Two Tigris River bridges were recaptured.", "iraqi-army")]
    public void A_river_is_never_captured_only_what_lies_on_it(string text, string actor)
    {
        var extraction = ExtractWithRulesOnly(text);

        Assert.False(Has(extraction, actor, RelationPredicate.Captured, "tigris"), Describe(extraction));
    }

    [Fact]
    public void A_river_can_still_be_crossed()
    {
        var extraction = ExtractWithRulesOnly("The Syrian army crossed the Orontes River on Monday.");

        Assert.True(Has(extraction, "syrian-army", RelationPredicate.CrossedInto, "orontes"), Describe(extraction));
    }

    [Fact]
    public void A_backed_description_is_not_the_group_its_sentence_names_apart()
    {
        var extraction = ExtractWithRulesOnly("The SDF held the town of Tal Tamr for years. According to a statement by the SDF, the Turkish-backed forces shelled the villages around it on Sunday.");

        Assert.False(Has(extraction, "turkiye", RelationPredicate.Supports, "sdf"), Describe(extraction));
    }

    [Fact]
    public void A_singular_backed_description_still_means_the_main_actor_when_its_sentence_names_no_one_else()
    {
        var extraction = ExtractWithRulesOnly("The SDF held the town of Tal Tamr for years. Residents said the US-backed alliance cleared the villages around it on Sunday.");

        Assert.True(Has(extraction, "united-states", RelationPredicate.Supports, "sdf"), Describe(extraction));
    }

    [Fact]
    public void A_killing_by_an_unnamed_agent_is_nobody_s_attack()
    {
        var extraction = ExtractWithRulesOnly("Yesterday a U.S. soldier training Peshmerga units was killed by a roadside bomb near Kirkuk, a Pentagon official said.");

        Assert.False(Has(extraction, "united-states", RelationPredicate.Opposes, "peshmerga"), Describe(extraction));
    }

    [Fact]
    public void A_killing_by_a_named_agent_is_still_its_attack()
    {
        var extraction = ExtractWithRulesOnly("Peshmerga fighters were killed by ISIS near Kirkuk.");

        Assert.True(Has(extraction, "isis", RelationPredicate.Opposes, "peshmerga"), Describe(extraction));
    }

    [Fact]
    public void Kurdish_militants_are_not_the_jihadist_group_named_earlier()
    {
        var extraction = ExtractWithRulesOnly("The Nusra Front overran the area last spring. Iranian drones struck Kurdish militants near the lake.");

        Assert.False(Has(extraction, "iran", RelationPredicate.Opposes, "nusra-front"), Describe(extraction));
    }

    [Fact]
    public void An_army_s_allied_militants_are_not_the_jihadist_group_named_earlier()
    {
        var extraction = ExtractWithRulesOnly("The Nusra Front held the area last spring. Later the Syrian army and its allied militants stormed the hills near Kessab.");

        Assert.False(Has(extraction, "nusra-front", RelationPredicate.Supports, "syrian-army"), Describe(extraction));
    }

    [Fact]
    public void Bare_militants_still_stand_for_the_jihadist_group()
    {
        var extraction = ExtractWithRulesOnly("The Nusra Front overran the area last spring. Iranian drones struck the militants near the lake.");

        Assert.True(Has(extraction, "iran", RelationPredicate.Opposes, "nusra-front"), Describe(extraction));
    }

    [Fact]
    public void An_assault_on_a_city_is_no_aim_to_take_it()
    {
        var extraction = ExtractWithRulesOnly("The Nusra Front launched an assault on Hama on Tuesday.");

        Assert.False(Has(extraction, "nusra-front", RelationPredicate.Captured, "hama"), Describe(extraction));
    }

    [Fact]
    public void An_offensive_on_villages_around_a_town_does_not_aim_at_the_town()
    {
        var extraction = ExtractWithRulesOnly("The Nusra Front launched an offensive on the villages surrounding the town of Suran.");

        Assert.False(Has(extraction, "nusra-front", RelationPredicate.Captured, "suran"), Describe(extraction));
    }

    [Fact]
    public void An_offensive_on_a_town_is_a_hedged_capture()
    {
        var extraction = ExtractWithRulesOnly("The Syrian army launched an offensive on the town of Suran on Friday.");

        Assert.Contains(extraction.Relations, r => r.Subject == "syrian-army" && r.Predicate == RelationPredicate.Captured && r.Object == "suran" && r.Status == RelationStatus.Hedged);
    }

    [Fact]
    public void A_speaker_is_not_the_owner_of_the_deed_he_reports()
    {
        var extraction = ExtractWithRulesOnly("The SDF advanced on Monday. SDF spokesman Colonel Ahmed Darwish said the seizure of the Tishrin dam isolates the militants.");

        Assert.False(Has(extraction, "ahmed-darwish", RelationPredicate.Captured, "tishrin-dam"), Describe(extraction));
    }
}
