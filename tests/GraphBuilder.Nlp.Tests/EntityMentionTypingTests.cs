using static GraphBuilder.Nlp.Tests.TestExtraction;

namespace GraphBuilder.Nlp.Tests;

/// <summary>
/// Mention detection and typing from English news syntax: bodies named by common-noun heads, outlets named as
/// sources, personal names holding a town's name, and named buildings. Sentences written for these tests.
/// </summary>
public class EntityMentionTypingTests
{
    [Theory]
    [InlineData("A spokesman for the Egyptian interior ministry said the convoy was stopped at dawn.", "Egyptian interior ministry")]
    [InlineData("The Lebanese State television said the road to Zahle was closed on Monday.", "Lebanese State television")]
    [InlineData("The Egyptian Ministry of Health said eleven people were hurt in the blast.", "Egyptian Ministry of Health")]
    [InlineData("The Hama police arrested four men after the market bombing in Salamiyah.", "Hama police")]
    [InlineData("A member of the Homs Council said the bakery would reopen on Sunday.", "Homs Council")]
    [InlineData("Soldiers from the 7th Brigade reached the outskirts of Qusayr on Friday.", "7th Brigade")]
    public void A_body_named_by_its_common_noun_head_is_an_organisation(string body, string surface)
    {
        var extraction = Extract(body);

        Assert.True(Named(extraction, surface) is { Type: EntityType.Organization }, Describe(extraction));
    }

    [Theory]
    [InlineData("A local official told The Morning Courier that the bridge at Hajin had been cut.", "Morning Courier")]
    [InlineData("The Sabah Star daily said the shelling near Azaz lasted all night.", "Sabah Star")]
    [InlineData("Fighting went on near Hajin through the night, the Damascus Evening news website reported.", "Damascus Evening")]
    [InlineData("Rebels said the town of Azaz was calm by the evening.\n\nFighting is expected to resume next week. (XNA)", "XNA")]
    public void A_source_the_text_quotes_is_an_outlet(string body, string surface)
    {
        var extraction = Extract(body);

        Assert.True(Named(extraction, surface) is { Type: EntityType.Organization }, Describe(extraction));
    }

    [Fact]
    public void A_town_name_among_given_names_stays_inside_the_person()
    {
        var extraction = Extract("Brigadier General Karim Homs Jaber, a spokesman for the army, said the village had been cleared. Homs added that two soldiers were hurt.");

        Assert.True(Named(extraction, "Karim Homs Jaber") is { Type: EntityType.Person }, Describe(extraction));
        Assert.DoesNotContain(extraction.Entities, e => e.Id == "homs");
    }

    [Fact]
    public void A_capital_used_as_a_first_name_gives_no_country()
    {
        var extraction = Extract("Major General Amman Fadel Qureshi, who leads the operation, said the village was taken.");

        Assert.True(Named(extraction, "Amman Fadel Qureshi") is { Type: EntityType.Person }, Describe(extraction));
        Assert.DoesNotContain(extraction.Entities, e => e.Id == "jordan" || e.Id == "amman");
    }

    [Fact]
    public void A_one_letter_misspelling_of_a_surname_is_the_same_person()
    {
        var extraction = Extract("Colonel Walid Hamdan Sarraf said the road was open. Sarraf said the bridge was intact. Sarrif added that more troops were coming.");

        Assert.Single(extraction.Entities, e => e.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("Militants blew up the Tomb of Yunus before the army arrived.", "Tomb of Yunus")]
    [InlineData("Troops took the College of Medicine on the eastern bank on Friday.", "College of Medicine")]
    [InlineData("Soldiers retook the Zubair mosque and the Warka bank on Tuesday.", "Warka bank")]
    [InlineData("The militants were cut off from Highway 12 near the border.", "Highway 12")]
    public void A_named_building_or_road_is_a_place(string body, string surface)
    {
        var extraction = Extract(body);

        Assert.True(Named(extraction, surface) is { Type: EntityType.Location }, Describe(extraction));
    }

    [Fact]
    public void Where_an_outlet_is_based_is_no_entity()
    {
        var extraction = Extract("The France-based monitor said the town of Azaz was quiet.");

        Assert.DoesNotContain(extraction.Entities, e => e.Id == "france");
    }

    [Fact]
    public void A_known_group_written_in_lower_case_is_the_group()
    {
        var extraction = Extract("The raid was spearheaded by Iraq's elite counter-terrorism service, backed up by the army.");

        Assert.Contains(extraction.Entities, e => e.Id == "counter-terrorism-service");
    }

    [Theory]
    [InlineData("Forces loyal to the Government of National Unity entered the port on Monday.", "Government of National Unity")]
    [InlineData("The House of Delegates in Tobruk rejected the budget on Monday.", "House of Delegates")]
    [InlineData("A commander told the Benghazi Herald that the airport had been shelled.", "Benghazi Herald")]
    [InlineData("The Canadian Embassy in Amman closed for the day.", "Canadian Embassy")]
    public void Institutions_and_outlets_named_with_a_place_or_an_of_phrase_are_organisations(string body, string surface)
    {
        var extraction = Extract(body);

        Assert.True(Named(extraction, surface) is { Type: EntityType.Organization }, Describe(extraction));
    }

    [Fact]
    public void An_acronym_after_a_body_in_a_country_belongs_to_the_body()
    {
        var extraction = Extract("The UN Observer Mission in Yemen (UNOMY) asked both sides to hold fire. UNOMY said the port was calm.");

        Assert.True(Named(extraction, "UNOMY") is { Type: EntityType.Organization }, Describe(extraction));
    }

    [Fact]
    public void A_title_word_opening_a_place_name_after_in_gives_a_place()
    {
        var extraction = Extract("Two civilians were killed in Sheikh Hadid on Tuesday, residents said.");

        Assert.True(Named(extraction, "Sheikh Hadid") is { Type: EntityType.Location }, Describe(extraction));
        Assert.DoesNotContain(extraction.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void A_credit_line_of_names_is_not_read_as_a_headline()
    {
        var extraction = Extract("Rebels entered the town of Azaz on Monday.\n\nReporting by Karim Haddad; Editing by Jane Moore");

        Assert.True(Named(extraction, "Karim Haddad") is { Type: EntityType.Person }, Describe(extraction));
        Assert.True(Named(extraction, "Jane Moore") is { Type: EntityType.Person }, Describe(extraction));
    }

    [Fact]
    public void A_capital_opening_a_dateline_is_the_city()
    {
        var extraction = Extract("Amman: Jordanian troops closed the border crossing on Monday.");

        Assert.Contains(extraction.Entities, e => e.Name == "Amman" && e.Type == EntityType.Location && e.Id != "jordan");
    }

    [Fact]
    public void An_outlet_named_of_a_country_takes_the_country_into_its_name()
    {
        var extraction = Extract("A senior officer told the Voice of Lebanon that the crossing was shut.");

        Assert.True(Named(extraction, "Voice of Lebanon") is { Type: EntityType.Organization }, Describe(extraction));
    }

    [Fact]
    public void A_known_title_word_name_running_into_a_longer_body_name_yields_to_it()
    {
        var extraction = Extract("The Independent Electoral Council said the vote would be delayed.");

        Assert.True(Named(extraction, "Independent Electoral Council") is { Type: EntityType.Organization }, Describe(extraction));
        Assert.DoesNotContain(extraction.Entities, e => e.Id == "the-independent");
    }

    [Fact]
    public void A_role_before_a_preposition_leaves_the_place_a_place()
    {
        var extraction = Extract("Said Hamdan, a tribal leader in Marib, said the talks had failed.");

        Assert.True(Named(extraction, "Marib") is { Type: EntityType.Location }, Describe(extraction));
    }

    [Fact]
    public void A_state_bare_security_before_a_preposition_is_its_security_forces()
    {
        var extraction = Extract("The smugglers were stopped by Jordanian security after they crossed the fence.");

        Assert.True(Named(extraction, "Jordanian security") is { Type: EntityType.Organization }, Describe(extraction));
    }

    [Fact]
    public void A_prose_sentence_full_of_names_is_not_a_headline()
    {
        var extraction = Extract("Jordan's Foreign Minister Karim Nasser met European Commission President Anna Weber in Vienna.");

        Assert.True(Named(extraction, "Karim Nasser") is { Type: EntityType.Person }, Describe(extraction));
        Assert.True(Named(extraction, "Anna Weber") is { Type: EntityType.Person }, Describe(extraction));
    }

    [Fact]
    public void Armed_forces_of_a_country_named_in_capitals_are_one_body()
    {
        var extraction = Extract("The Armed Forces of Ukraine said the bridge was held.");

        Assert.True(Named(extraction, "Armed Forces of Ukraine") is { Type: EntityType.Organization }, Describe(extraction));
    }

    [Theory]
    [InlineData("Kismayo Daily Online, a Somali news website, said the convoy was ambushed near Afmadow.", "Kismayo Daily Online")]
    [InlineData("Radio Baidoa said the convoy was ambushed near Afmadow.", "Radio Baidoa")]
    public void Outlets_named_in_apposition_or_as_a_station_are_organisations(string body, string surface)
    {
        var extraction = Extract(body);

        Assert.True(Named(extraction, surface) is { Type: EntityType.Organization }, Describe(extraction));
        Assert.DoesNotContain(extraction.Entities, e => e.Name == "Somali news");
    }

    [Theory]
    [InlineData("About 200 families fled to Qasrok after the shelling.", "Qasrok")]
    [InlineData("Fighters blocked the road between Qasrok and Erbil on Monday.", "Qasrok")]
    public void The_goal_of_a_movement_and_the_end_of_a_stretch_are_places(string body, string surface)
    {
        var extraction = Extract(body);

        Assert.True(Named(extraction, surface) is { Type: EntityType.Location }, Describe(extraction));
    }
}
