using static GraphBuilder.Nlp.Tests.TestExtraction;

namespace GraphBuilder.Nlp.Tests;

/// <summary>
/// Unknown place names found by the list they stand in, heads written before the name, transliterations that must also
/// be close in spelling, role holders in apposition, and countries that act only through their adjective. Sentences
/// written for these tests.
/// </summary>
public class PlaceNameTests
{
    [Theory]
    [InlineData("Police units cleared the neighbourhoods of Zahrun, Baqil, Nawra and Hisba by noon.", new[] { "Zahrun", "Baqil", "Nawra", "Hisba" })]
    [InlineData("The hamlets taken by the militia include Umran, Kasfa, Dubiq, and Marrat.", new[] { "Umran", "Kasfa", "Dubiq", "Marrat" })]
    [InlineData("Shelling hit the two towns of Jarra and Azaz overnight.", new[] { "Jarra", "Azaz" })]
    [InlineData("Fighting flared again in the Turaiba and Sawfan areas on Sunday.", new[] { "Turaiba", "Sawfan" })]
    public void Every_name_of_a_list_of_places_is_a_place(string body, string[] places)
    {
        var extraction = Extract(body);

        foreach (var place in places)
            Assert.True(Named(extraction, place) is { Type: EntityType.Location }, place + ": " + Describe(extraction));
    }

    [Fact]
    public void A_name_after_out_of_is_a_place()
    {
        var extraction = Extract("Kurdish fighters drove the jihadists out of Kharabat on Sunday.");

        Assert.True(Named(extraction, "Kharabat") is { Type: EntityType.Location }, Describe(extraction));
    }

    [Fact]
    public void A_title_word_opening_the_next_item_of_a_list_of_places_is_part_of_the_place()
    {
        var extraction = Extract("Troops retook the districts of Bab Qalat, Tell Ruman, Sheikh Dawud and Jisr Hamid.");

        Assert.True(Named(extraction, "Sheikh Dawud") is { Type: EntityType.Location }, Describe(extraction));
        Assert.DoesNotContain(extraction.Entities, e => e.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("The governor of Nineveh, Hazim Dabbagh, was injured in the blast.", "Hazim Dabbagh")]
    [InlineData("The commander of the Badr militia, Interior Minister Kamal Jaber, told reporters the road was open.", "Kamal Jaber")]
    public void A_name_in_apposition_to_a_role_of_a_place_or_body_is_a_person(string body, string person)
    {
        var extraction = Extract(body);

        Assert.True(Named(extraction, person) is { Type: EntityType.Person }, Describe(extraction));
    }

    [Fact]
    public void A_river_written_with_its_head_first_keeps_both_forms()
    {
        var extraction = Extract("Engineers built a pontoon across the River Euphrates. Boats later crossed the Euphrates at dawn.");

        var river = Named(extraction, "River Euphrates");
        Assert.True(river is { Id: "euphrates", Type: EntityType.Location } && (river.Name == "Euphrates" || river.Aliases.Contains("Euphrates")), Describe(extraction));
    }

    [Theory]
    [InlineData("Rebels shelled Karama and Samah from the hills.", "Karama", "karama")]
    [InlineData("Patrols entered Malayeen after the curfew.", "Malayeen", "malayeen")]
    public void A_coarse_transliteration_match_needs_a_close_spelling(string body, string surface, string id)
    {
        var extraction = Extract(body);

        Assert.True(Named(extraction, surface) is { Type: EntityType.Location } place && place.Id == id, Describe(extraction));
    }

    [Fact]
    public void A_close_transliteration_still_finds_the_known_town()
    {
        var extraction = Extract("Convoys drove north from Qayara towards the front.");

        Assert.True(Named(extraction, "Qayara") is { Id: "qayyarah", Latitude: not null }, Describe(extraction));
    }

    [Fact]
    public void A_country_acting_only_through_its_adjective_is_an_entity()
    {
        var extraction = Extract("Government troops held the ridge while Russian warplanes circled above the valley.");

        Assert.True(Named(extraction, "Russian") is { Id: "russia", Type: EntityType.Location }, Describe(extraction));
    }

    [Fact]
    public void A_lake_is_a_place_not_the_person_it_is_named_after()
    {
        var extraction = Extract("Fishermen returned to Lake Tharthar after the fighting ended.");

        Assert.True(Named(extraction, "Lake Tharthar") is { Type: EntityType.Location }, Describe(extraction));
    }

    [Fact]
    public void A_list_item_ending_in_a_known_place_is_one_name()
    {
        var extraction = Extract("Troops entered the quarters of Bab Qalat, Sahat Hamid, Tariq al-Bab and Karm Salim.");

        Assert.True(Named(extraction, "Tariq al-Bab") is { Type: EntityType.Location }, Describe(extraction));
        Assert.Null(Named(extraction, "Tariq"));
    }
}
