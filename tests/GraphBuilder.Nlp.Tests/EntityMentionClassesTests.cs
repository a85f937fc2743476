using static GraphBuilder.Nlp.Tests.TestExtraction;

namespace GraphBuilder.Nlp.Tests;

/// <summary>
/// Mention classes: facilities with an adjective of use, capitalised geographic heads,
/// outlets cued by datelines, appositions and reporting verbs, bodies named after a known group, state bodies named
/// by a capital or a bare "regime", borders written in the plural. Sentences written for these tests.
/// </summary>
public class EntityMentionClassesTests
{
    [Theory]
    [InlineData("Militiamen tried to seize the T4 military base east of Palmyra on Sunday.", "T4 military base")]
    [InlineData("Rebels shelled the Nairab military airport near Aleppo overnight.", "Nairab military airport")]
    [InlineData("Survivors fled into the Jebel Bishri Mountains after the raid.", "Jebel Bishri Mountains")]
    [InlineData("Convoys queued for hours at the Bab Salama Crossing on Tuesday.", "Bab Salama Crossing")]
    [InlineData("Government troops reached the town of Hit before dawn.", "Hit")]
    [InlineData("Shelling hit the Sheikh Saeed district of the city on Friday.", "Sheikh Saeed")]
    [InlineData("Troops advanced on Mount Qasioun from the east, officers said.", "Mount Qasioun")]
    [InlineData("Drones were fired at the Tiyas Air Base on Monday.", "Tiyas Air Base")]
    public void A_named_place_or_facility_is_a_location(string body, string surface)
    {
        var extraction = Extract(body);

        Assert.True(Named(extraction, surface) is { Type: EntityType.Location }, Describe(extraction));
    }

    [Theory]
    [InlineData("Jun. 3 (XPN) -- Rebels said the road to Azaz was cut overnight.", "XPN")]
    [InlineData("\"The bridge is down,\" a local commander told ZBC on Monday.", "ZBC")]
    [InlineData("A medic in Azaz told The Lantern that eleven people were hurt.", "Lantern")]
    [InlineData("A military source told Aleppo Today that the road was reopened.", "Aleppo Today")]
    [InlineData("Al Mirsad, television channel of the Homs council, showed the damaged bridge.", "Al Mirsad")]
    [InlineData("The minister spoke to state broadcaster al-Sharqiya on Monday.", "al-Sharqiya")]
    public void A_source_cued_by_its_role_in_the_report_is_an_outlet(string body, string surface)
    {
        var extraction = Extract(body);

        Assert.True(Named(extraction, surface) is { Type: EntityType.Organization }, Describe(extraction));
    }

    [Theory]
    [InlineData("Fighting flared after the Zahran Media Cell said two drones were downed.", "Zahran Media Cell")]
    [InlineData("Clashes broke out with the allied militia of the Coastal Shield near Jableh.", "Coastal Shield")]
    [InlineData("Special police units known as Desert Hawks moved toward the airport.", "Desert Hawks")]
    [InlineData("Officers from the health ministry reached Azaz on Sunday.", "health ministry")]
    public void A_body_named_by_a_head_or_a_naming_phrase_is_an_organisation(string body, string surface)
    {
        var extraction = Extract(body);

        Assert.True(Named(extraction, surface) is { Type: EntityType.Organization }, Describe(extraction));
    }

    [Fact]
    public void A_ministry_named_after_a_known_group_is_a_body_of_its_own()
    {
        var extraction = Extract("A spokesman for the Ministry of Peshmerga said the convoy reached Makhmur.");

        Assert.True(Named(extraction, "Ministry of Peshmerga") is { Type: EntityType.Organization }, Describe(extraction));
        Assert.DoesNotContain(extraction.Entities, e => e.Id == "peshmerga");
    }

    [Fact]
    public void A_capital_before_government_is_the_states_government()
    {
        var extraction = Extract("Militia leaders urged the Damascus government to expel the foreign troops.");

        Assert.Contains(extraction.Entities, e => e.Id == "syrian-government");
        Assert.DoesNotContain(extraction.Entities, e => e.Id == "damascus");
    }

    [Fact]
    public void Borders_with_a_country_are_the_border_place()
    {
        var extraction = Extract("Iraqi troops pushed toward the borders with Jordan on Sunday.");

        Assert.Contains(extraction.Entities, e => e.Type == EntityType.Location && e.Id.EndsWith("-border", StringComparison.Ordinal));
    }

    [Fact]
    public void A_titled_given_name_before_a_town_name_is_one_person()
    {
        var extraction = Extract("Prime Minister Yusuf Konya said on Monday that the troops would stay.");

        Assert.True(Named(extraction, "Yusuf Konya") is { Type: EntityType.Person }, Describe(extraction));
        Assert.DoesNotContain(extraction.Entities, e => e.Id == "konya");
    }

    [Fact]
    public void A_portfolio_before_a_title_is_no_part_of_the_name()
    {
        var extraction = Extract("Its leader, Iraqi Transportation Minister Kadhim Jabir, led the attack on the village.");

        Assert.True(Named(extraction, "Kadhim Jabir") is { Type: EntityType.Person }, Describe(extraction));
    }

    [Fact]
    public void Page_chrome_after_a_byline_is_no_part_of_the_name()
    {
        var extraction = Extract("Rebels hold the road to Azaz\n\nBy Bo Lindqvist Contact the Author   |  Oct. 3, 2019 at 7:13 AM\n\nRebels said the town of Azaz was calm on Monday.");

        Assert.True(Named(extraction, "Bo Lindqvist") is { Type: EntityType.Person }, Describe(extraction));
    }

    [Fact]
    public void A_peoples_adjective_before_a_known_group_is_left_out_of_its_written_name()
    {
        var extraction = Extract("Kurdish Peshmerga fighters entered the village of Tel Hamis on Monday.");

        var peshmerga = Assert.Single(extraction.Entities, e => e.Id == "peshmerga");
        Assert.Equal("Peshmerga", peshmerga.Name);
    }

    [Fact]
    public void American_is_the_united_states()
    {
        var extraction = Extract("The militia leader warned that American troops would be attacked with Iranian weapons.");

        Assert.DoesNotContain(extraction.Entities, e => e.Id == "northern-mariana-islands");
    }
    [Fact]
    public void A_military_operation_named_after_a_river_is_no_place()
    {
        var extraction = Extract("Rebels joined the Turkish Tigris Lance operation last year. Tigris Lance ended in March, officials said.");

        Assert.DoesNotContain(extraction.Entities, e => e.Id == "tigris");
        Assert.DoesNotContain(extraction.Entities, e => e.Name == "Tigris Lance");
    }

    [Fact]
    public void A_new_long_form_before_a_known_acronym_is_that_body()
    {
        var extraction = Extract("Troops moved against the Kurdish Regional Government (KRG) after the vote in Erbil.");

        var krg = Assert.Single(extraction.Entities, e => e.Id == "krg");
        Assert.Contains("Kurdish Regional Government", krg.Aliases.Append(krg.Name));
    }

    [Fact]
    public void A_shortened_organisation_name_is_the_organisation()
    {
        var extraction = Extract("The Coastal Shield Brigades reached Jableh on Monday. Later the Shield Brigades pulled back toward Latakia.");

        Assert.Single(extraction.Entities, e => e.Type == EntityType.Organization);
    }

    [Fact]
    public void Forces_loyal_to_a_known_leader_are_his_army_and_back_him()
    {
        var extraction = Extract("Kurdish fighters clashed with pro-Assad forces in Qamishli on Friday.");

        Assert.Contains(extraction.Entities, e => e.Id == "syrian-army");
        Assert.True(Named(extraction, "Assad") is { Type: EntityType.Person } leader && Has(extraction, "syrian-army", RelationPredicate.Supports, leader.Id),
            Describe(extraction));
    }

    [Fact]
    public void A_leaders_loyal_army_is_his_states_army()
    {
        var extraction = Extract("Villagers fled west as the pro-Assad army shelled the farms near Qusayr.");

        Assert.True(Named(extraction, "pro-Assad army") is { Id: "syrian-army" }, Describe(extraction));
    }

    [Fact]
    public void Pro_regime_forces_are_the_regimes_army()
    {
        var extraction = Extract("The Syrian regime lost ground in Hasakah last week. Kurdish units took two checkpoints from the pro-regime forces on Monday.");

        Assert.True(Named(extraction, "pro-regime forces") is { Id: "syrian-army" }, Describe(extraction));
    }

    [Fact]
    public void A_sect_written_with_a_curly_apostrophe_is_no_organisation()
    {
        var extraction = Extract("The army, supported by Shi’ite militias, advanced toward Palmyra.");

        Assert.DoesNotContain(extraction.Entities, e => e.Type == EntityType.Organization && e.Name.StartsWith("Shi", StringComparison.Ordinal));
    }
    [Fact]
    public void Another_first_name_before_a_known_surname_is_another_person()
    {
        var extraction = Extract("A coalition spokesman, Colonel Hassan al-Maliki, said the strikes hit a depot near Saada.");

        Assert.True(Named(extraction, "Hassan al-Maliki") is { Type: EntityType.Person }, Describe(extraction));
        Assert.DoesNotContain(extraction.Entities, e => e.Id == "nouri-al-maliki");
    }

    [Fact]
    public void A_place_head_before_of_belongs_to_the_next_place()
    {
        var extraction = Extract("Rebels seized the Red Sea town of Mokha after two days of fighting.");

        Assert.DoesNotContain(extraction.Entities, e => e.Aliases.Append(e.Name).Contains("Red Sea town"));
        Assert.True(Named(extraction, "Mokha") is { Type: EntityType.Location }, Describe(extraction));
    }

    [Theory]
    [InlineData("Rebels overran the army's 22nd Armoured Division headquarters near Sabha.", "22nd Armoured Division", EntityType.Organization)]
    [InlineData("Warships shelled the al-Mina port on Friday, residents said.", "al-Mina port", EntityType.Location)]
    [InlineData("Karim Nasser told Zarnegar Afghan News that the road was open.", "Zarnegar Afghan News", EntityType.Organization)]
    public void A_name_with_its_ordinal_facility_or_outlet_head_is_one_entity(string body, string surface, EntityType type)
    {
        var extraction = Extract(body);

        Assert.True(Named(extraction, surface) is { } entity && entity.Type == type, Describe(extraction));
    }

    [Fact]
    public void A_town_name_before_a_family_name_and_a_role_is_a_given_name()
    {
        var extraction = Extract("Mosul Hadidi, the governor of the province, said the bridge would reopen.");

        Assert.True(Named(extraction, "Mosul Hadidi") is { Type: EntityType.Person }, Describe(extraction));
        Assert.DoesNotContain(extraction.Entities, e => e.Id == "mosul");
    }
    [Fact]
    public void A_countrys_capitalised_government_with_its_own_of_name_is_that_proper_name()
    {
        var extraction = Extract("Forces loyal to Yemen's Government of National Salvation (GNS) entered the town of Bayhan.");

        var body = Assert.Single(extraction.Entities, e => e.Name == "Government of National Salvation" || e.Aliases.Contains("Government of National Salvation"));
        Assert.Contains("GNS", body.Aliases.Append(body.Name));
    }

    [Fact]
    public void An_outlet_spoken_to_is_an_organisation()
    {
        var extraction = Extract("Speaking to Tunis Herald, the commander said the border post at Ras Ajdir was calm.");

        Assert.True(Named(extraction, "Tunis Herald") is { Type: EntityType.Organization }, Describe(extraction));
    }
    [Fact]
    public void A_town_named_like_an_english_word_is_found_where_the_text_places_it()
    {
        var extraction = Extract("Militants fired rockets from Tyre overnight, and the Tyre of the legends was not mentioned.");

        Assert.True(Named(extraction, "Tyre") is { Type: EntityType.Location }, Describe(extraction));
        Assert.DoesNotContain(extraction.Entities, e => e.Name == "Van");
    }
    [Fact]
    public void Jan_before_a_capitalised_name_is_a_given_name()
    {
        var extraction = Extract("The UN envoy Jan Sobotka said on Jan. 5 that the talks in Amman had stalled.");

        Assert.True(Named(extraction, "Jan Sobotka") is { Type: EntityType.Person }, Describe(extraction));
    }
    [Fact]
    public void A_capitalised_common_word_after_a_possessive_before_an_outlet_noun_is_the_outlets_name()
    {
        var extraction = Extract("Gunmen killed nine people near Maiduguri, Nigeria's Beacon newspaper reported.");

        Assert.True(Named(extraction, "Beacon") is { Type: EntityType.Organization }, Describe(extraction));
    }
    [Fact]
    public void A_body_head_with_its_capitalised_purpose_is_one_organisation()
    {
        var extraction = Extract("A commander in the National Front for Salvation told reporters that rebels shelled the base.");

        Assert.True(Named(extraction, "National Front for Salvation") is { Type: EntityType.Organization }, Describe(extraction));
    }

    [Fact]
    public void A_countrys_possessive_ministry_and_its_demonym_ministry_are_one_body()
    {
        var extraction = Extract("The Russian defence ministry said two drones were downed. Later Russia's defence ministry said a third was hit.");

        Assert.Single(extraction.Entities, e => e.Type == EntityType.Organization);
    }
    [Fact]
    public void A_capital_where_the_text_places_it_stays_the_city()
    {
        var extraction = Extract("Damascus, Syria – Rebels shelled the road linking Damascus to Homs. Jets were seen above Damascus and over "
                                 + "the greater Damascus area, and fighting reached western Damascus.");

        Assert.True(Named(extraction, "Damascus") is { Type: EntityType.Location } city && city.Id != "syria", Describe(extraction));
    }

    [Fact]
    public void A_states_adjective_before_a_group_that_is_no_state_body_describes_it()
    {
        var extraction = Extract("Fighters of the Lebanese Hezbollah movement and Iraqi Federal Police units held the ridge.");

        Assert.True(Named(extraction, "Hezbollah") is { Id: "hezbollah" } && Named(extraction, "Lebanese Hezbollah") is null, Describe(extraction));
        Assert.True(Named(extraction, "Iraqi Federal Police") is not null, Describe(extraction));
    }

    [Theory]
    [InlineData("Damascus, Syria – Rebels shelled a checkpoint on Monday.", "Damascus")]
    [InlineData("Rebels shelled the highway connecting Damascus and Homs.", "Damascus")]
    [InlineData("Militants attacked a checkpoint in western Baghdad on Monday.", "Baghdad")]
    [InlineData("Strikes hit targets near Mosul, Fallujah and Baghdad on Monday.", "Baghdad")]
    [InlineData("The convoy halted 300 kilometres north of the capital, Baghdad.", "Baghdad")]
    public void A_capital_in_a_dateline_route_part_or_list_is_a_place(string sentence, string capital)
    {
        var extraction = Extract(sentence);

        Assert.True(Named(extraction, capital) is { Type: EntityType.Location, Id: not ("syria" or "iraq") }, Describe(extraction));
    }

    [Fact]
    public void A_capitals_name_in_a_list_of_villages_is_a_village_not_the_state()
    {
        var extraction = Extract("Troops retook the villages of Zawiya, Amman and al-Karma on Friday.");

        Assert.DoesNotContain(extraction.Entities, e => e.Id == "jordan");
        Assert.True(Named(extraction, "Amman") is { Type: EntityType.Location }, Describe(extraction));
    }
    [Fact]
    public void A_full_name_coordinated_with_a_person_is_a_person()
    {
        var extraction = Extract("Rebels hold the road\n\nBy Ilkay Demirtas and Sevgul Ozbakir\n\nTurkish jets struck targets near Qandil on Monday.");

        Assert.True(Named(extraction, "Sevgul Ozbakir") is { Type: EntityType.Person }, Describe(extraction));
    }

    [Fact]
    public void A_different_first_name_before_a_known_family_name_is_another_person()
    {
        var extraction = Extract("Kurdistan Region Prime Minister Masrour Barzani called for restraint on Monday.");

        Assert.True(Named(extraction, "Masrour Barzani") is { Type: EntityType.Person } person && person.Id != "masoud-barzani", Describe(extraction));
    }
    [Fact]
    public void The_goal_of_an_advance_is_a_place()
    {
        var extraction = Extract("The fighters took the village of Qarqur and were advancing on Zawr Mahruq by nightfall.");

        Assert.True(Named(extraction, "Zawr Mahruq") is { Type: EntityType.Location }, Describe(extraction));
    }
    [Fact]
    public void A_capitalised_province_before_a_force_noun_is_a_group()
    {
        var extraction = Extract("Officials said the Sinai Province group had lost two commanders near Rafah.");

        Assert.True(Named(extraction, "Sinai Province") is { Type: EntityType.Organization }, Describe(extraction));
    }
    [Fact]
    public void A_faiths_forces_are_a_description_not_an_actor()
    {
        var extraction = Extract("Christian forces guarded the churches of Qaraqosh while Kurdish forces held the ridge.");

        Assert.DoesNotContain(extraction.Entities, e => e.Name.StartsWith("Christian", StringComparison.Ordinal));
        Assert.Contains(extraction.Entities, e => e.Name == "Kurdish forces");
    }
}
