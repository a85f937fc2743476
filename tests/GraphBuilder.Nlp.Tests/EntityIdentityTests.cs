using static GraphBuilder.Nlp.Tests.TestExtraction;

namespace GraphBuilder.Nlp.Tests;

/// <summary>
/// Entity identity across writers' variants: country-for-demonym and one-letter typos of known organisations, and
/// generic descriptions that can only mean the one armed group the article names. Sentences written for these tests.
/// </summary>
public class EntityIdentityTests
{
    [Theory]
    [InlineData("The Syria Democratic Forces said they had reached the dam.", "sdf")]
    [InlineData("Fighters of the Hash al-Shaabi said they had reached the dam.", "pmu")]
    public void Variant_names_join_the_known_organisation(string body, string id)
    {
        var extraction = Extract(body);

        Assert.True(extraction.Entities.Any(e => e.Id == id), Describe(extraction));
        Assert.DoesNotContain(extraction.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void Kurdish_fighters_are_the_one_kurdish_group_the_article_names()
    {
        var extraction = Extract("The Peshmerga massed south of the river on Monday. Kurdish fighters captured Qaraqosh on Tuesday.");

        Assert.True(Has(extraction, "peshmerga", RelationPredicate.Captured, "qaraqosh"), Describe(extraction));
        Assert.DoesNotContain(extraction.Entities, e => e.Id == "kurdish-forces");
    }

    [Fact]
    public void Kurdish_forces_stay_unnamed_when_two_kurdish_groups_are_named()
    {
        var extraction = Extract("The Peshmerga and the YPG met in Duhok on Monday. Kurdish forces captured Qaraqosh on Tuesday.");

        Assert.True(Has(extraction, "kurdish-forces", RelationPredicate.Captured, "qaraqosh"), Describe(extraction));
    }

    [Fact]
    public void A_lower_case_group_name_after_the_is_the_group()
    {
        var extraction = Extract("It was unclear whether the town had fallen to the peshmerga by nightfall.");

        Assert.Contains(extraction.Entities, e => e.Id == "peshmerga");
    }

    [Fact]
    public void A_name_given_in_quotes_after_called_is_a_group_not_a_person()
    {
        var extraction = Extract("Arab tribes formed a joint command against ISIS called \"Jaysh al-Sanadid,\" local sources said.");

        var group = Assert.Single(extraction.Entities, e => e.Name.StartsWith("Jaysh", StringComparison.Ordinal));
        Assert.Equal(EntityType.Organization, group.Type);
    }

    [Fact]
    public void A_sentence_initial_participle_is_no_part_of_a_name()
    {
        var extraction = Extract("Named Operation Dawn Shield, the push began on Monday near Mosul.");

        Assert.DoesNotContain(extraction.Entities, e => e.Name.StartsWith("Named", StringComparison.Ordinal));
    }

    [Fact]
    public void An_article_led_name_that_reports_is_an_outlet()
    {
        var extraction = Extract("Al Masira, quoting a local commander, reports that the road to Mosul is open.");

        var outlet = Assert.Single(extraction.Entities, e => e.Name == "Al Masira");
        Assert.Equal(EntityType.Organization, outlet.Type);
    }

    [Fact]
    public void A_first_name_spelt_differently_joins_the_known_person_and_a_news_head_joins_the_known_outlet()
    {
        var extraction = Extract("Kurdish President Massoud Barzani spoke in Erbil, the Rudaw News agency reported.");

        Assert.Contains(extraction.Entities, e => e.Id == "masoud-barzani" && e.Type == EntityType.Person);
        Assert.Single(extraction.Entities, e => e.Type == EntityType.Person);
        var outlet = Assert.Single(extraction.Entities, e => e.Id == "rudaw");
        Assert.Equal("Rudaw News", outlet.Name);
    }
}
