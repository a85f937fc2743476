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
}
