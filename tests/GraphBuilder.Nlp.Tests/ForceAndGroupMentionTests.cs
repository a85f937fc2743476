using static GraphBuilder.Nlp.Tests.TestExtraction;

namespace GraphBuilder.Nlp.Tests;

/// <summary>
/// Force and group mentions: national force nominals (units, soldiers, army troops), the PMU's
/// "popular/volunteer forces", the one army of an article written bare, the bare regime's forces, a demonym before
/// aircraft, lower-case group names, Arabic group openers with curly apostrophes, reporting cues and a state's adjective
/// kept in its body's name. Sentences written for these tests.
/// </summary>
public class ForceAndGroupMentionTests
{
    [Theory]
    [InlineData("On Friday Iraqi special units took Tarmiya, officers said.", "Iraqi special units", "iraqi-security-forces")]
    [InlineData("Iraqi army troops stormed Rutba at dawn.", "Iraqi army", "iraqi-army")]
    [InlineData("Syrian soldiers entered Palmyra on Sunday.", "Syrian soldiers", "syrian-army")]
    [InlineData("Iraq's joint military forces pushed into Haditha on Monday.", "Iraq's joint military forces", "iraqi-security-forces")]
    public void A_demonym_before_a_generic_force_noun_is_the_state_force(string body, string surface, string id)
    {
        var extraction = Extract(body);

        Assert.True(Named(extraction, surface) is { Type: EntityType.Organization } entity && entity.Id == id, Describe(extraction));
    }

    [Fact]
    public void Popular_forces_in_an_Iraqi_sentence_are_the_PMU()
    {
        var extraction = Extract("Iraq's popular forces surrounded the town of Baiji on Sunday, an officer said.");

        Assert.True(Named(extraction, "popular forces") is { Id: "pmu" }, Describe(extraction));
    }

    [Fact]
    public void Volunteer_forces_sent_to_another_country_are_no_PMU()
    {
        var extraction = Extract("Iran is Syria's closest ally, sending weapons and volunteer forces to Damascus.");

        Assert.DoesNotContain(extraction.Entities, e => e.Id == "pmu");
    }

    [Fact]
    public void The_bare_army_is_the_one_army_the_article_names()
    {
        var extraction = Extract("The Lebanese army deployed near Arsal on Saturday. The army entered Hermel on Sunday.");

        Assert.Contains(extraction.Relations, r => r.Subject == "lebanese-army" && r.Predicate == RelationPredicate.CrossedInto);
    }

    [Fact]
    public void Bare_regime_forces_belong_to_the_regime_the_article_names()
    {
        var extraction = Extract("Iranian-backed militias left Busra al-Harir, a monitor said. The Assad regime sent reinforcements to the south. "
                                 + "Residents said regime forces took over the abandoned positions.");

        Assert.True(Named(extraction, "regime forces") is { Id: "syrian-army" }, Describe(extraction));
    }

    [Fact]
    public void A_demonym_before_aircraft_is_the_country_acting()
    {
        var extraction = Extract("Israeli aircraft struck Hamas positions in Gaza overnight.");

        Assert.True(Has(extraction, "israel", RelationPredicate.Opposes, "hamas"), Describe(extraction));
    }

    [Theory]
    [InlineData("Militants shelled peshmerga positions near Gwer on Monday.", "peshmerga")]
    [InlineData("Fighters from Kata’ib Sayyid Hussein reached the town, a commander said.", "Kata’ib Sayyid Hussein")]
    [InlineData("A commander talked to Al Rai about the battle.", "Al Rai")]
    [InlineData("The militias are backed by the Iranian Revolutionary Guard, a monitor said.", "Iranian Revolutionary Guard")]
    public void Lower_case_groups_curly_openers_outlets_and_state_bodies_are_organisations(string body, string surface)
    {
        var extraction = Extract(body);

        Assert.True(Named(extraction, surface) is { Type: EntityType.Organization }, Describe(extraction));
    }

    [Fact]
    public void Kurdish_forces_in_an_Iraqi_article_naming_the_Peshmerga_are_the_Peshmerga()
    {
        var extraction = Extract("Kurdish forces retook Daquq, an Iraqi town south of Kirkuk, Peshmerga officials said. The PKK and the YPG were not involved.");

        Assert.True(Named(extraction, "Kurdish forces") is { Id: "peshmerga" }, Describe(extraction));
    }

    [Fact]
    public void Regime_troops_opening_a_sentence_are_the_regime_s_army()
    {
        var extraction = Extract("Shelling hit Hama province in Syria on Sunday. Regime troops overran the hamlet of Tell Abyadh after the clashes.");

        Assert.True(Named(extraction, "Regime troops") is { Id: "syrian-army" }, Describe(extraction));
    }

    [Fact]
    public void A_foreign_backer_s_demonym_does_not_make_bare_government_forces_its_own()
    {
        var extraction = Extract("Shelling hit Hama province in Syria on Sunday, Syrian media said. With Russian backing, government forces overran the hamlet of Tell Abyadh.");

        Assert.DoesNotContain(extraction.Entities, e => e.Id == "russian-army");
    }

    [Fact]
    public void The_forces_a_regime_owns_are_its_army()
    {
        var extraction = Extract("The brigade is fighting alongside the Assad regime’s forces near Hama, a monitor said.");

        Assert.True(Named(extraction, "Assad regime’s forces") is { Id: "syrian-army" }, Describe(extraction));
    }

    [Fact]
    public void Pro_government_forces_side_with_the_regime_the_article_names()
    {
        var extraction = Extract("Iraqi volunteers arrived in Aleppo to back the Assad regime. Pro-government forces then stormed the district of Salaheddine.");

        Assert.True(Named(extraction, "Pro-government forces") is { Id: "syrian-army" }, Describe(extraction));
    }

    [Fact]
    public void Two_adjectives_sharing_a_force_noun_name_two_forces()
    {
        var extraction = Extract("Iraqi and Kurdish forces pushed into Bashiqa on Monday, Iraqi officers said.");

        Assert.True(Named(extraction, "Iraqi forces") is { Id: "iraqi-security-forces" }, Describe(extraction));
        Assert.True(Named(extraction, "Kurdish forces") is { Type: EntityType.Organization }, Describe(extraction));
    }

    [Theory]
    [InlineData("Government troops retook Sheikh Tuwaynah on Friday after a week of fighting.", "Sheikh Tuwaynah")]
    [InlineData("Clashes broke out in Sheikh Zarqan overnight, residents said.", "Sheikh Zarqan")]
    public void A_sheikh_led_name_after_a_place_word_is_a_village(string body, string surface)
    {
        var extraction = Extract(body);

        Assert.True(Named(extraction, surface) is { Type: EntityType.Location }, Describe(extraction));
    }

    [Fact]
    public void A_sheikh_led_name_after_a_speech_verb_stays_a_person()
    {
        var extraction = Extract("The truce holds, said Sheikh Fadel Omari, a tribal elder.");

        Assert.DoesNotContain(extraction.Entities, e => e.Type == EntityType.Location && e.Name.Contains("Omari", StringComparison.Ordinal));
    }

    [Fact]
    public void A_compass_qualifier_before_a_place_named_bare_elsewhere_is_that_place()
    {
        var extraction = Extract("Troops advanced into Southern al-Zuhur on Sunday. Shelling continued in al-Zuhur on Monday, residents said.");

        Assert.DoesNotContain(extraction.Entities, e => e.Name.StartsWith("Southern", StringComparison.Ordinal));
        Assert.True(Named(extraction, "al-Zuhur") is { Type: EntityType.Location }, Describe(extraction));
    }

    [Fact]
    public void A_leaders_full_name_owning_a_regime_is_the_government()
    {
        var extraction = Extract("Rebels fought Bashar al-Assad's regime near Hama for years.");

        Assert.True(Named(extraction, "Bashar al-Assad's regime") is { Id: "syrian-government" }, Describe(extraction));
    }

    [Fact]
    public void Mobilization_forces_in_an_Iraqi_sentence_are_the_PMU()
    {
        var extraction = Extract("Iraqi mobilization forces backed the government troops near Tikrit.");

        Assert.True(Named(extraction, "mobilization forces") is { Id: "pmu" }, Describe(extraction));
    }

    [Fact]
    public void Where_equipment_was_made_names_no_actor()
    {
        var extraction = Extract("Militants destroyed two Russian-made tanks near Palmyra, the monitor said.");

        Assert.DoesNotContain(extraction.Entities, e => e.Id == "russia");
    }

    [Theory]
    [InlineData("The Iraqi army sent reinforcements. The army’s 5th Brigade reached the river on Monday.", "5th Brigade")]
    [InlineData("The 2nd Division, backed by the Mosul operations command center, moved north.", "Mosul operations command center")]
    public void An_unnamed_owners_numbered_unit_and_a_citys_operations_command_are_organisations(string body, string surface)
    {
        var extraction = Extract(body);

        Assert.True(Named(extraction, surface) is { Type: EntityType.Organization }, Describe(extraction));
    }

    [Fact]
    public void Country_backed_forces_are_the_one_group_the_article_says_that_country_backs()
    {
        var extraction = Extract("The US-backed SDF began an assault on the dam. On Sunday US-backed forces took the town of Mansoura, a monitor said.");

        Assert.True(Has(extraction, "sdf", RelationPredicate.Captured, "mansoura"), Describe(extraction));
    }

    [Fact]
    public void Country_backed_forces_stay_unnamed_when_the_country_backs_two_groups()
    {
        var extraction = Extract("The US-backed SDF and the US-backed Peshmerga held the line. On Sunday US-backed forces took the town of Mansoura.");

        Assert.DoesNotContain(extraction.Entities.SelectMany(e => e.Mentions), m => m.Text == "forces");
    }

    [Fact]
    public void Another_states_troops_and_its_army_are_one_entity()
    {
        var extraction = Extract("Turkish troops entered Idlib on Monday. The Turkish army said the convoy reached its positions.");

        var army = Assert.Single(extraction.Entities, e => e.Type == EntityType.Organization);
        Assert.Equal("turkish-army", army.Id);
    }

    [Fact]
    public void The_bare_army_is_the_army_named_as_one_even_beside_another_states_troops()
    {
        var extraction = Extract("The Syrian army pushed north of Aleppo, backed by Iranian troops. The army took Ratyan on Sunday.");

        Assert.True(Has(extraction, "syrian-army", RelationPredicate.Captured, "ratyan") || Has(extraction, "syrian-army", RelationPredicate.Captured, "rityan"), Describe(extraction));
    }

    [Fact]
    public void A_countrys_own_name_before_troops_is_the_country_acting()
    {
        var extraction = Extract("U.S. troops entered the base near Manbij on Friday.");

        Assert.True(Named(extraction, "U.S.") is { Id: "united-states" }, Describe(extraction));
    }
}
