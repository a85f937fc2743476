using static GraphBuilder.Nlp.Tests.TestExtraction;

namespace GraphBuilder.Nlp.Tests;

/// <summary>
/// Unknown capitalised names are typed from the evidence around them, never a person by default
/// (sentences written for these tests).
/// </summary>
public class EvidenceTypingTests
{
    [Fact]
    public void A_place_governed_by_town_of_stays_a_place_when_a_speaker_role_follows_the_comma()
    {
        var extraction = Extract("Troops pushed toward the border town of Qarnabil, the officer said on Sunday.");

        var place = Assert.Single(extraction.Entities, e => e.Name == "Qarnabil");
        Assert.Equal(EntityType.Location, place.Type);
    }

    [Fact]
    public void A_name_before_area_or_after_area_known_as_is_a_place()
    {
        var extraction = Extract(
            "The fighters later held the Wadi Tarmeen area. Many families sheltered in an area known as Jabal Soukra, far from the front.");

        Assert.Equal(EntityType.Location, Assert.Single(extraction.Entities, e => e.Name == "Wadi Tarmeen").Type);
        Assert.Equal(EntityType.Location, Assert.Single(extraction.Entities, e => e.Name == "Jabal Soukra").Type);
    }

    [Fact]
    public void An_uncued_two_word_name_is_no_person()
    {
        var extraction = Extract("Convoys moved supplies through Tell Burak and then on past Marj Sahl before dawn.");

        Assert.DoesNotContain(extraction.Entities, e => e.Name == "Marj Sahl" && e.Type == EntityType.Person);
    }

    [Fact]
    public void A_full_name_after_a_role_or_with_its_surname_reused_is_a_person()
    {
        var extraction = Extract(
            "The commander of the brigade, Farhad Yilmaz, visited the troops. Reporters later met Dilan Korkmaz. Korkmaz described the damage.");

        Assert.Equal(EntityType.Person, Assert.Single(extraction.Entities, e => e.Name == "Farhad Yilmaz").Type);
        Assert.Equal(EntityType.Person, Assert.Single(extraction.Entities, e => e.Name == "Dilan Korkmaz").Type);
    }

    [Fact]
    public void A_hyphenated_rank_is_a_title_not_part_of_the_name()
    {
        var extraction = Extract("Lieutenant-Colonel Karim Haddad told reporters the road was open.");

        var person = Assert.Single(extraction.Entities, e => e.Type == EntityType.Person);
        Assert.Equal("Karim Haddad", person.Name);
    }

    [Theory]
    [InlineData("Secretary of State Mike Ransom said the talks would go on.", "Mike Ransom")]
    [InlineData("Minister of Foreign Affairs Leila Haddad said the border stays shut.", "Leila Haddad")]
    public void The_office_after_a_title_is_not_part_of_the_name(string sentence, string name)
    {
        var extraction = Extract(sentence);

        Assert.Equal(name, Assert.Single(extraction.Entities, e => e.Type == EntityType.Person).Name);
    }

    [Fact]
    public void The_object_of_a_control_verb_is_a_place()
    {
        var extraction = Extract("By Friday the army controlled Qarnabil.");

        Assert.Equal(EntityType.Location, Assert.Single(extraction.Entities, e => e.Name == "Qarnabil").Type);
    }
}
