using static GraphBuilder.Nlp.Tests.TestExtraction;

namespace GraphBuilder.Nlp.Tests;

/// <summary>
/// Patterns that generalise beyond the seed articles (places typed from their head nouns, partial control, parties
/// after "between", stacked modifiers after a compound), on sentences written for these tests.
/// </summary>
public class GeneralisationTests
{
    [Fact]
    public void Names_before_oil_field_or_border_crossing_are_places_with_the_head_kept()
    {
        var extraction = Extract("Government troops took the Qara Dagh oil field and the Umm Jaras border crossing on Tuesday.");

        var field = Assert.Single(extraction.Entities, e => e.Name.StartsWith("Qara Dagh", StringComparison.Ordinal));
        Assert.Equal(EntityType.Location, field.Type);
        Assert.Equal("Qara Dagh oil field", field.Name);
        var crossing = Assert.Single(extraction.Entities, e => e.Name.StartsWith("Umm Jaras", StringComparison.Ordinal));
        Assert.Equal(EntityType.Location, crossing.Type);
        Assert.Equal("Umm Jaras border crossing", crossing.Name);
    }

    [Fact]
    public void A_name_placed_near_a_known_place_is_a_place()
    {
        var extraction = Extract("Khazir Hamdan near Mosul was shelled by ISIS.");

        var place = Assert.Single(extraction.Entities, e => e.Name == "Khazir Hamdan");
        Assert.Equal(EntityType.Location, place.Type);
    }

    [Fact]
    public void Partial_control_is_no_capture()
    {
        var extraction = Extract("In 2015 the militants of the Nusra Front seized large parts of Idlib.");

        Assert.False(Has(extraction, "nusra-front", RelationPredicate.Captured, "idlib"), Describe(extraction));
    }

    [Fact]
    public void Clashes_between_parties_oppose_the_first_to_each_of_the_others()
    {
        var extraction = Extract(
            "Fierce clashes and shelling went on between the YPG and the Free Syrian Army as well as Turkish-backed, mostly Turkmen Hamza Division near the town.");

        var division = Assert.Single(extraction.Entities, e => e.Name.Contains("Hamza Division", StringComparison.Ordinal)).Id;
        Assert.True(Has(extraction, "ypg", RelationPredicate.Opposes, "fsa"), Describe(extraction));
        Assert.True(Has(extraction, "fsa", RelationPredicate.Opposes, "ypg"), Describe(extraction));
        Assert.True(Has(extraction, "ypg", RelationPredicate.Opposes, division), Describe(extraction));
        Assert.True(Has(extraction, division, RelationPredicate.Opposes, "ypg"), Describe(extraction));
        Assert.True(Has(extraction, "turkiye", RelationPredicate.Supports, division), Describe(extraction));
        Assert.False(Has(extraction, "fsa", RelationPredicate.Opposes, division), Describe(extraction));
    }

    [Fact]
    public void A_clash_noun_after_the_clause_is_not_the_subjects_fighting_each_other()
    {
        var extraction = Extract("Hezbollah and the Syrian army retook a wide area near Arsal on Friday, in clashes that lasted all night.");

        Assert.False(Has(extraction, "hezbollah", RelationPredicate.Opposes, "syrian-army"), Describe(extraction));
        Assert.False(Has(extraction, "syrian-army", RelationPredicate.Opposes, "hezbollah"), Describe(extraction));
    }

    [Fact]
    public void Support_from_or_of_a_backer_goes_to_the_clauses_actor()
    {
        var extraction = Extract(
            "The Iraqi army has been pushing into western Anbar for weeks, with assistance from the PMU and air support from Iran. "
            + "The YPG held the line with the full, open support of Russia.");

        Assert.True(Has(extraction, "pmu", RelationPredicate.Supports, "iraqi-army"), Describe(extraction));
        Assert.True(Has(extraction, "iran", RelationPredicate.Supports, "iraqi-army"), Describe(extraction));
        Assert.True(Has(extraction, "russia", RelationPredicate.Supports, "ypg"), Describe(extraction));
        Assert.False(Has(extraction, "iraqi-army", RelationPredicate.Supports, "pmu"), Describe(extraction));
    }

    [Fact]
    public void Stopping_an_advance_and_a_drive_to_wipe_out_are_opposition()
    {
        var extraction = Extract(
            "The offensive is part of Tehran's drive to wipe out the Jaish al-Adl group. Turkey wants to stop the advance of the YPG.");

        Assert.True(Has(extraction, "iran", RelationPredicate.Opposes, "jaish-al-adl"), Describe(extraction));
        Assert.True(Has(extraction, "turkiye", RelationPredicate.Opposes, "ypg"), Describe(extraction));
    }

    [Fact]
    public void An_unhyphenated_backed_compound_names_the_backer_not_the_list_before_it()
    {
        var extraction = Extract("Fighting continued between ISIS, Russia backed Syrian and Iranian Hezbollah units near the town.");

        Assert.False(Has(extraction, "isis", RelationPredicate.Supports, "hezbollah"), Describe(extraction));
        Assert.True(Has(extraction, "russia", RelationPredicate.Supports, "hezbollah"), Describe(extraction));
    }

    [Fact]
    public void Syrias_troops_are_its_army_as_the_notes_annotate_them()
    {
        var extraction = Extract("The Syrian army shelled the hills. Later Syrian troops entered Arsal.");

        Assert.DoesNotContain(extraction.Entities, e => e.Id == "syrian-security-forces");
        Assert.True(Has(extraction, "syrian-army", RelationPredicate.CrossedInto, "arsal") || Has(extraction, "syrian-army", RelationPredicate.Captured, "arsal")
                    || extraction.Entities.Single(e => e.Id == "syrian-army").Aliases.Contains("Syrian troops"), Describe(extraction));
    }

    [Fact]
    public void The_coalition_is_the_us_led_one_unless_the_phrase_says_otherwise()
    {
        var extraction = Extract(
            "Jane Doe, an adviser to the international coalition fighting ISIS, spoke on Monday. "
            + "The Iraqi army pushed on. Villages were retaken with support from coalition warplanes. "
            + "A loose coalition of Arab tribes also joined.");

        var coalition = Assert.Single(extraction.Entities, e => e.Id == "us-led-coalition");
        Assert.DoesNotContain("coalition of Arab tribes", coalition.Aliases);
        Assert.True(Has(extraction, "us-led-coalition", RelationPredicate.Opposes, "isis"), Describe(extraction));
        Assert.False(extraction.Relations.Any(r => r.Subject != "us-led-coalition" && r.Object == "isis"), Describe(extraction));
        Assert.True(Has(extraction, "us-led-coalition", RelationPredicate.Supports, "iraqi-army"), Describe(extraction));
    }

    [Fact]
    public void A_countrys_military_ethnic_militia_and_federal_government_are_actors_but_military_advisers_are_not()
    {
        var extraction = Extract(
            "The Iraqi military and the PMU entered Kirkuk. Officials of the federal government met in Baghdad. "
            + "A Syrian Kurdish militia shelled the road. Iranian military advisers arrived. The Shia militia withdrew.");

        Assert.True(Has(extraction, "iraqi-security-forces", RelationPredicate.CrossedInto, "kirkuk")
                    || Has(extraction, "iraqi-security-forces", RelationPredicate.Captured, "kirkuk"), Describe(extraction));
        Assert.Contains(extraction.Entities, e => e.Id == "iraqi-government");
        Assert.Contains(extraction.Entities, e => e.Id == "kurdish-forces");
        Assert.DoesNotContain(extraction.Entities, e => e.Id == "iranian-security-forces");
        Assert.DoesNotContain(extraction.Entities, e => e.Id.StartsWith("shia", StringComparison.Ordinal));
    }

    [Fact]
    public void Taking_control_together_reaches_each_place_but_not_where_it_lies()
    {
        var extraction = Extract(
            "The PMU and Iraqi troops seized two hills west of the road, establishing control over the villages of Kafr Nabl and Umm Jaras. "
            + "Later they took control of Tuz Khurmatu in the Salahuddin province and Daquq near Kirkuk.");

        Assert.True(Has(extraction, "pmu", RelationPredicate.Captured, "kafr-nabl"), Describe(extraction));
        Assert.True(Has(extraction, "pmu", RelationPredicate.Captured, "umm-jaras"), Describe(extraction));
        Assert.True(Has(extraction, "iraqi-security-forces", RelationPredicate.Captured, "umm-jaras"), Describe(extraction));
        Assert.True(Has(extraction, "iraqi-security-forces", RelationPredicate.Supports, "pmu"), Describe(extraction));
        Assert.True(Has(extraction, "pmu", RelationPredicate.Supports, "iraqi-security-forces"), Describe(extraction));
        Assert.Contains(extraction.Relations, r => r.Predicate == RelationPredicate.Captured && r.Object.StartsWith("daquq", StringComparison.Ordinal));
        Assert.DoesNotContain(extraction.Relations, r => r.Predicate == RelationPredicate.Captured && r.Object is "kirkuk" || r.Object.StartsWith("salah", StringComparison.Ordinal));
    }

    [Fact]
    public void Driving_the_enemys_fighters_from_a_town_is_the_subjects_capture_and_a_capitals_drive_is_its_states()
    {
        var extraction = Extract(
            "The YPG has fought ISIS for months and has finally driven all of its fighters from Manbij town. "
            + "Rebels spoke of progress in Ankara's drive to wipe out the Nusra Front around Idlib.");

        Assert.True(Has(extraction, "ypg", RelationPredicate.Captured, "manbij"), Describe(extraction));
        Assert.False(Has(extraction, "isis", RelationPredicate.Captured, "manbij"), Describe(extraction));
        Assert.True(Has(extraction, "turkiye", RelationPredicate.Opposes, "nusra-front"), Describe(extraction));
    }

    [Fact]
    public void Unknown_names_need_person_evidence_and_place_words_make_places()
    {
        var extraction = Extract(
            "Shelling hit Wadi Khaled overnight. The commander of the Jurd Arsal operation died. "
            + "The report aired on Al-Nabaa TV. Al-Nabaa said three fighters were killed.");

        Assert.Equal(EntityType.Location, Assert.Single(extraction.Entities, e => e.Name == "Wadi Khaled").Type);
        Assert.Equal(EntityType.Location, Assert.Single(extraction.Entities, e => e.Name == "Jurd Arsal").Type);
        var channel = Assert.Single(extraction.Entities, e => e.Name.StartsWith("Al-Nabaa", StringComparison.Ordinal));
        Assert.Equal(EntityType.Organization, channel.Type);
        Assert.DoesNotContain(extraction.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void Breaking_a_siege_and_launching_missiles_at_a_group_are_opposition()
    {
        var extraction = Extract(
            "Kurdish news: The YPG breaks ISIS siege of Kobani after months. A Russian warship fired cruise missiles at Nusra Front positions.");

        Assert.True(Has(extraction, "ypg", RelationPredicate.Opposes, "isis"), Describe(extraction));
        Assert.True(Has(extraction, "isis", RelationPredicate.Opposes, "ypg"), Describe(extraction));
        Assert.True(Has(extraction, "russia", RelationPredicate.Opposes, "nusra-front"), Describe(extraction));
    }

    [Fact]
    public void A_pronoun_after_an_unnamed_speaker_is_not_resolved_to_another_group()
    {
        var extraction = Extract("ISIS had held the area since 2014. On Sunday US-backed local forces announced that they had seized the town of Manbij.");

        Assert.False(Has(extraction, "isis", RelationPredicate.Captured, "manbij"), Describe(extraction));
    }

    [Fact]
    public void Transliteration_forms_capital_compounds_and_country_forces_are_read_as_names()
    {
        var extraction = Extract(
            "The commander of the ash-Shamal Brigade was killed. Tehran-backed fighters of the Badr Organization advanced. "
            + "US forces left the base. Three Islamist commanders died. Brigadier Abdel Karim Jar Allah said the road was open.");

        Assert.Contains(extraction.Entities, e => e.Type == EntityType.Organization && e.Name.StartsWith("ash-Shamal", StringComparison.Ordinal));
        Assert.Contains(extraction.Entities, e => e.Id == "iran");
        Assert.DoesNotContain(extraction.Entities, e => e.Id == "tehran");
        Assert.Contains(extraction.Entities, e => e.Id == "united-states");
        Assert.DoesNotContain(extraction.Entities, e => e.Id.Contains("security-forces", StringComparison.Ordinal));
        Assert.DoesNotContain(extraction.Entities, e => e.Name == "Islamist");
        Assert.Contains(extraction.Entities, e => e.Type == EntityType.Person && e.Name == "Abdel Karim Jar Allah");
    }

    [Fact]
    public void Entries_need_the_way_in_named_and_an_origin_is_not_entered()
    {
        var extraction = Extract(
            "Turkey sent two columns of tanks on Monday into Syrian territory. Many ISIS militants fled across the desert into neighbouring Iraq. "
            + "About 50 Peshmerga fighters arrived by road in Turkey. The YPG entered Manbij from Kobani.");

        Assert.True(Has(extraction, "turkiye", RelationPredicate.CrossedInto, "syria"), Describe(extraction));
        Assert.True(Has(extraction, "isis", RelationPredicate.CrossedInto, "iraq"), Describe(extraction));
        Assert.True(Has(extraction, "peshmerga", RelationPredicate.CrossedInto, "turkiye"), Describe(extraction));
        Assert.True(Has(extraction, "ypg", RelationPredicate.CrossedInto, "manbij"), Describe(extraction));
        Assert.False(Has(extraction, "ypg", RelationPredicate.CrossedInto, "kobani"), Describe(extraction));
    }

    [Fact]
    public void Backers_named_through_their_fighters_and_attributions_are_not_conjuncts()
    {
        var extraction = Extract(
            "Iraqi security forces, backed by fighters from the PMU, advanced on Monday. "
            + "According to spokesman Karim al-Nouri, Iraqi forces have also retaken Rawa.");

        Assert.True(Has(extraction, "pmu", RelationPredicate.Supports, "iraqi-security-forces"), Describe(extraction));
        Assert.True(extraction.Relations.Any(r => r.Subject == "iraqi-security-forces" && r.Predicate == RelationPredicate.Captured && r.Object.StartsWith("rawa", StringComparison.Ordinal)), Describe(extraction));
        Assert.DoesNotContain(extraction.Relations, r => r.Subject.Contains("nouri", StringComparison.Ordinal));
    }

    [Fact]
    public void Iraqi_forces_stay_the_security_forces_beside_the_army_and_a_towns_crossing_is_its_own_place()
    {
        var extraction = Extract(
            "The Iraqi army began a campaign aimed at capturing the towns of Rawa and Anah. "
            + "Iraqi forces also took control of the adjacent Al-Qaim border crossing. "
            + "Officials said “large numbers” of ISIS militants had fled across the border into neighbouring Syria.");

        Assert.Contains(extraction.Relations, r => r.Subject == "iraqi-army" && r.Predicate == RelationPredicate.Captured && r.Status == RelationStatus.Hedged);
        var crossing = Assert.Single(extraction.Entities, e => e.Name == "Al-Qaim border crossing");
        Assert.True(Has(extraction, "iraqi-security-forces", RelationPredicate.Captured, crossing.Id), Describe(extraction));
        Assert.True(Has(extraction, "isis", RelationPredicate.CrossedInto, "syria"), Describe(extraction));
    }

    [Fact]
    public void Numbered_units_of_a_group_a_countrys_military_and_offensives_one_is_part_of()
    {
        var extraction = Extract(
            "Fri Aug 26, 2016. Fighters from the 30th Brigade of the PMU retook the villages of Tal Rumman and Kharaib. "
            + "The Turkish military would continue to intervene against the PKK, officials said. "
            + "The Iraqi army advanced on Monday, as part of an offensive to dislodge ISIS from Hawija.");

        var brigade = Assert.Single(extraction.Entities, e => e.Name == "30th Brigade");
        Assert.Equal(EntityType.Organization, brigade.Type);
        Assert.Contains(extraction.Relations, r => r.Subject == brigade.Id && r.Predicate == RelationPredicate.Captured);
        Assert.True(Has(extraction, "turkish-army", RelationPredicate.Opposes, "pkk"), Describe(extraction));
        Assert.True(Has(extraction, "iraqi-army", RelationPredicate.Opposes, "isis"), Describe(extraction));
        Assert.DoesNotContain(extraction.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void Campaign_aims_are_hedged_captures_and_allies_is_a_noun()
    {
        var extraction = Extract(
            "Iraqi government forces advanced on Monday, as part of a wide offensive to dislodge the extremists from their stronghold in the city of Hawija. "
            + "The Syrian army and allies seized the last ISIS stronghold near Mayadin. "
            + "Officials said Syrian troops were able to retake the town because of help from Russia.");

        Assert.True(Has(extraction, "iraqi-security-forces", RelationPredicate.Opposes, "isis"), Describe(extraction));
        Assert.Contains(extraction.Relations, r => r.Subject == "iraqi-security-forces" && r.Predicate == RelationPredicate.Captured
                                                   && r.Object == "hawija" && r.Status == RelationStatus.Hedged);
        Assert.False(Has(extraction, "syrian-army", RelationPredicate.Supports, "isis"), Describe(extraction));
        Assert.Contains(extraction.Relations, r => r.Subject == "russia" && r.Predicate == RelationPredicate.Supports
                                                   && r.Object == "syrian-army" && r.Status == RelationStatus.Asserted);
    }

    [Fact]
    public void Old_cities_plural_crossings_assaults_and_blows()
    {
        var extraction = Extract(
            "SDF fighters have retaken the old city in Manbij. Iraqi forces retook the Al-Tanf and Rabia crossings on Friday, "
            + "dealing another blow to ISIS. The YPG is preparing for an assault on Nusra Front positions.");

        var oldCity = Assert.Single(extraction.Entities, e => e.Aliases.Append(e.Name).Contains("old city"));
        Assert.Equal(EntityType.Location, oldCity.Type);
        Assert.True(Has(extraction, "sdf", RelationPredicate.Captured, oldCity.Id), Describe(extraction));
        Assert.Equal(2, extraction.Relations.Count(r => r.Subject == "iraqi-security-forces" && r.Predicate == RelationPredicate.Captured));
        Assert.True(Has(extraction, "iraqi-security-forces", RelationPredicate.Opposes, "isis"), Describe(extraction));
        Assert.Contains(extraction.Relations, r => r.Subject == "ypg" && r.Predicate == RelationPredicate.Opposes && r.Object == "nusra-front" && r.Status == RelationStatus.Hedged);
    }

    [Fact]
    public void Control_over_a_name_makes_it_a_place_and_designs_on_it_are_hedged()
    {
        var extraction = Extract("The Iraqi army regained control over Kubaisa on Monday. Turkey has designs on Manbij, officials said.");

        Assert.Contains(extraction.Relations, r => r.Subject == "iraqi-army" && r.Predicate == RelationPredicate.Captured);
        Assert.Contains(extraction.Relations, r => r.Subject == "turkiye" && r.Predicate == RelationPredicate.Captured && r.Object == "manbij" && r.Status == RelationStatus.Hedged);
    }

    [Fact]
    public void A_named_force_owned_by_an_organisation_is_an_actor_of_its_own()
    {
        var extraction = Extract("The Interior Ministry's elite rapid response forces liberated Upper Tabqa village. The PMU's forces and units withdrew.");

        var force = Assert.Single(extraction.Entities, e => e.Name == "rapid response forces");
        Assert.Equal(EntityType.Organization, force.Type);
        Assert.Contains(extraction.Relations, r => r.Subject == force.Id && r.Predicate == RelationPredicate.Captured);
        Assert.DoesNotContain(extraction.Entities, e => e.Name == "forces and units");
    }

    [Fact]
    public void A_list_of_places_continues_after_a_known_place_but_not_into_an_attribution()
    {
        var extraction = Extract(
            "The army took the villages of Tal Abyad and Kharbat Dulaim. "
            + "\"We will hold the line,\" the commander for west Anbar, Hamid Rashed, said in a statement.");

        Assert.Equal(EntityType.Location, Assert.Single(extraction.Entities, e => e.Name == "Kharbat Dulaim").Type);
        Assert.Equal(EntityType.Person, Assert.Single(extraction.Entities, e => e.Name == "Hamid Rashed").Type);
    }
}
