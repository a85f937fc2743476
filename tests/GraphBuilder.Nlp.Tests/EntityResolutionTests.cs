using static GraphBuilder.Nlp.Tests.TestExtraction;

namespace GraphBuilder.Nlp.Tests;

/// <summary>How shortened and variant names join the full name or the known entity. Sentences written for these tests.</summary>
public class EntityResolutionTests
{
    [Fact]
    public void A_two_word_family_name_is_the_person_named_in_full()
    {
        var extraction = Extract("Major General Salim Karim Abu Zaid said the bridge was held. \"We will advance,\" Abu Zaid said.");

        Assert.Single(extraction.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void A_middle_name_used_alone_is_the_person_but_not_after_a_place_preposition()
    {
        var extraction = Extract("Colonel Nabil Aleppo Haddad, a spokesman for the army, said the road was open. Aleppo told reporters the convoy had passed.");

        Assert.Single(extraction.Entities, e => e.Type == EntityType.Person);
        Assert.DoesNotContain(extraction.Entities, e => e.Type == EntityType.Location && e.Name == "Aleppo");
    }

    [Fact]
    public void A_group_name_is_not_the_surname_of_a_person_named_after_it()
    {
        var extraction = Extract("Houthi fighters shelled the port. Yahya Saree al-Houthi, a commander, said the strikes would go on.");

        Assert.Contains(extraction.Entities, e => e.Id == "houthis" && e.Type == EntityType.Organization);
    }

    [Fact]
    public void A_capitalised_name_spelling_a_known_body_is_that_body_with_its_acronym()
    {
        var extraction = Extract("Iraqi forces entered the town on Monday. Later the Iraqi Security Forces (ISF) said it was secure, and the ISF set up checkpoints.");

        var force = Assert.Single(extraction.Entities, e => e.Type == EntityType.Organization);
        Assert.Equal("iraqi-security-forces", force.Id);
        Assert.Contains("ISF", force.Aliases.Append(force.Name));
    }
}
