using static GraphBuilder.Nlp.Tests.TestExtraction;

namespace GraphBuilder.Nlp.Tests;

/// <summary>Which actor "the X-backed forces" stands for, on sentences written for these tests.</summary>
public class BackedDescriptionTests
{
    [Fact]
    public void Turkish_backed_forces_are_not_the_group_they_fight()
    {
        var extraction = ExtractWithRulesOnly("Clashes broke out between Turkish-backed groups and the Syrian Democratic Forces (SDF) near Manbij. "
                                              + "The SDF said the Turkish-backed forces had tried to storm the village of Arima.");

        Assert.False(Has(extraction, "turkiye", RelationPredicate.Supports, "sdf"), Describe(extraction));
        Assert.False(Has(extraction, "sdf", RelationPredicate.CrossedInto, "arima"), Describe(extraction));
    }

    [Fact]
    public void A_backed_group_in_the_lead_is_not_the_article_s_main_organisation()
    {
        var extraction = ExtractWithRulesOnly("A Turkish-backed Syrian group says it will soon move into Manbij. "
                                              + "The Syrian Democratic Forces (SDF) still hold the town. The SDF have dug trenches around it.");

        Assert.False(Has(extraction, "turkiye", RelationPredicate.Supports, "sdf"), Describe(extraction));
    }

    [Fact]
    public void An_attacker_named_only_by_a_description_is_not_the_actor_of_the_previous_sentence()
    {
        var extraction = ExtractWithRulesOnly("The Syrian Democratic Forces (SDF) let government troops deploy along the border. "
                                              + "The Syrian army units have since been attacked by Turkish-backed groups.");

        Assert.False(Has(extraction, "sdf", RelationPredicate.Opposes, "syrian-army"), Describe(extraction));
    }
}
