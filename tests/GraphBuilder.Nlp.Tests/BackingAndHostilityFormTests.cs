using static GraphBuilder.Nlp.Tests.TestExtraction;

namespace GraphBuilder.Nlp.Tests;

/// <summary>Backing, hostility and hand-over forms on sentences written for these tests.</summary>
public class BackingAndHostilityFormTests
{
    [Fact]
    public void A_demonym_modifying_support_after_with_backs_the_clause_actor_and_is_no_object()
    {
        var extraction = Extract("The Syrian army began a new offensive on Idlib with Russian air support.");

        Assert.True(Has(extraction, "russia", RelationPredicate.Supports, "syrian-army"), Describe(extraction));
        Assert.False(Has(extraction, "syrian-army", RelationPredicate.Opposes, "russia"), Describe(extraction));
    }

    [Fact]
    public void A_parenthetical_with_help_phrase_backs_the_subject()
    {
        var extraction = Extract("The Syrian army, with Iranian help, recaptured the town of Khanasser.");

        Assert.True(Has(extraction, "iran", RelationPredicate.Supports, "syrian-army"), Describe(extraction));
    }

    [Theory]
    [InlineData("The Turkish army fired on YPG positions outside Tal Rifaat.", "turkish-army", "ypg")]
    [InlineData("The Syrian army pounded Nusra Front positions near Jisr al-Shughur.", "syrian-army", "nusra-front")]
    [InlineData("The Iraqi army encircled ISIS fighters in the town of Rawa.", "iraqi-army", "isis")]
    public void Shelling_firing_and_encircling_an_actor_oppose_it(string sentence, string attacker, string target)
    {
        var extraction = Extract(sentence);

        Assert.True(Has(extraction, attacker, RelationPredicate.Opposes, target), Describe(extraction));
    }

    [Fact]
    public void Skirmishing_with_an_actor_is_mutual_opposition()
    {
        var extraction = Extract("The Turkish army was skirmishing with the YPG near Manbij.");

        Assert.True(Has(extraction, "turkish-army", RelationPredicate.Opposes, "ypg"), Describe(extraction));
        Assert.True(Has(extraction, "ypg", RelationPredicate.Opposes, "turkish-army"), Describe(extraction));
    }

    [Fact]
    public void Coming_under_fire_from_an_actor_is_its_attack_and_no_attack_by_the_subject()
    {
        var extraction = Extract("The Peshmerga came under fire from ISIS near Sinjar.");

        Assert.True(Has(extraction, "isis", RelationPredicate.Opposes, "peshmerga"), Describe(extraction));
        Assert.False(Has(extraction, "peshmerga", RelationPredicate.Opposes, "isis"), Describe(extraction));
    }

    [Theory]
    [InlineData("The Peshmerga gave up the town of Makhmour to the Iraqi army after a short standoff.")]
    [InlineData("The Peshmerga handed over the city of Makhmour to the Iraqi army on Tuesday.")]
    public void A_place_given_up_or_handed_over_to_an_actor_is_captured_by_it(string sentence)
    {
        var extraction = Extract(sentence);

        Assert.True(Has(extraction, "iraqi-army", RelationPredicate.Captured, "makhmour"), Describe(extraction));
        Assert.False(Has(extraction, "peshmerga", RelationPredicate.Captured, "makhmour"), Describe(extraction));
    }

    [Fact]
    public void Providing_air_cover_to_an_actor_supports_it()
    {
        var extraction = Extract("The US-led coalition provided air cover to the SDF during the assault.");

        Assert.True(Has(extraction, "us-led-coalition", RelationPredicate.Supports, "sdf"), Describe(extraction));
    }

    [Fact]
    public void A_province_naming_where_the_town_lies_is_not_captured()
    {
        var extraction = Extract("The Syrian army retook the Homs province town of Palmyra on Sunday.");

        Assert.True(Has(extraction, "syrian-army", RelationPredicate.Captured, "palmyra"), Describe(extraction));
        Assert.False(Has(extraction, "syrian-army", RelationPredicate.Captured, "homs"), Describe(extraction));
    }

    [Fact]
    public void A_promised_or_pledged_backing_is_hedged()
    {
        var promised = ExtractWithRulesOnly("Norway has promised to provide weapons to the Peshmerga.");
        var pledged = ExtractWithRulesOnly("Norway pledged to arm the Peshmerga.");

        Assert.Contains(promised.Relations, r => r.Subject == "norway" && r.Object == "peshmerga" && r.Status == RelationStatus.Hedged);
        Assert.Contains(pledged.Relations, r => r.Subject == "norway" && r.Object == "peshmerga" && r.Status == RelationStatus.Hedged);
    }

    [Fact]
    public void Being_on_the_verge_of_a_capture_is_hedged()
    {
        var extraction = Extract("The SDF are on the verge of capturing Raqqa.");

        Assert.Contains(extraction.Relations, r => r.Subject == "sdf" && r.Object == "raqqa" && r.Status == RelationStatus.Hedged);
    }

    [Fact]
    public void Coordinated_subjects_that_were_allies_against_a_foe_back_each_other_and_oppose_it()
    {
        var extraction = Extract("The Peshmerga and the Iraqi army were de facto allies in the war against ISIS.");

        Assert.True(Has(extraction, "peshmerga", RelationPredicate.Supports, "iraqi-army"), Describe(extraction));
        Assert.True(Has(extraction, "iraqi-army", RelationPredicate.Supports, "peshmerga"), Describe(extraction));
        Assert.True(Has(extraction, "iraqi-army", RelationPredicate.Opposes, "isis"), Describe(extraction));
    }

    [Fact]
    public void A_victory_over_an_actor_opposes_it()
    {
        var extraction = Extract("The Syrian army declared victory over ISIS in Deir ez-Zor.");

        Assert.True(Has(extraction, "syrian-army", RelationPredicate.Opposes, "isis"), Describe(extraction));
    }

    [Fact]
    public void A_relative_clause_on_an_unnamed_plural_noun_has_no_named_subject()
    {
        var extraction = ExtractWithRulesOnly("The PKK and Iranian-backed militias that support Hezbollah are active in Sinjar.");

        Assert.DoesNotContain(extraction.Relations, r => r.Object == "hezbollah" && r.Predicate == RelationPredicate.Supports);
    }

    [Fact]
    public void A_singular_relative_verb_after_coordinated_names_takes_the_last_one_only()
    {
        var extraction = ExtractWithRulesOnly("Talks between the United States and Russia, which has been backing the Syrian army, stalled.");

        Assert.True(Has(extraction, "russia", RelationPredicate.Supports, "syrian-army"), Describe(extraction));
        Assert.False(Has(extraction, "united-states", RelationPredicate.Supports, "syrian-army"), Describe(extraction));
    }

    [Fact]
    public void Those_backed_by_an_actor_are_not_the_name_before_them()
    {
        var extraction = ExtractWithRulesOnly("The Peshmerga or those backed by the Iraqi government will take part.");

        Assert.False(Has(extraction, "iraqi-government", RelationPredicate.Supports, "peshmerga"), Describe(extraction));
    }

    [Fact]
    public void Helping_to_do_something_supports_no_one_named_after_it()
    {
        var extraction = ExtractWithRulesOnly("France urged Turkey to help bring an end to the fighting in Libya.");

        Assert.DoesNotContain(extraction.Relations, r => r.Predicate == RelationPredicate.Supports && r.Object == "libya");
    }

    [Fact]
    public void Crossing_a_river_in_a_province_is_no_entry_into_the_province()
    {
        var extraction = Extract("The Syrian army crossed the Euphrates River in Raqqa province on Monday.");

        Assert.True(Has(extraction, "syrian-army", RelationPredicate.CrossedInto, "euphrates"), Describe(extraction));
        Assert.False(Has(extraction, "syrian-army", RelationPredicate.CrossedInto, "raqqa"), Describe(extraction));
    }

    [Fact]
    public void A_participle_after_an_unnamed_backed_noun_is_not_the_speakers()
    {
        var extraction = ExtractWithRulesOnly("John Kirby, referring to Iran-backed militias supporting Bashar al-Assad, said the talks had failed.");

        Assert.DoesNotContain(extraction.Relations, r => r.Predicate == RelationPredicate.Supports && r.Subject == "john-kirby");
    }

    [Fact]
    public void Coordinated_actors_agreeing_to_cooperate_back_each_other_as_a_plan()
    {
        var extraction = Extract("Jordan and Iraq agreed to cooperate against ISIS along the border.");

        Assert.Contains(extraction.Relations, r => r.Subject == "jordan" && r.Predicate == RelationPredicate.Supports && r.Object == "iraq" && r.Status == RelationStatus.Hedged);
        Assert.Contains(extraction.Relations, r => r.Subject == "iraq" && r.Predicate == RelationPredicate.Supports && r.Object == "jordan" && r.Status == RelationStatus.Hedged);
    }

    [Fact]
    public void Hitting_an_actors_targets_opposes_it_but_being_hit_hard_names_no_attack()
    {
        var struck = Extract("Russian jets flew 20 sorties and hit 30 ISIS targets near Palmyra.");
        var hurt = ExtractWithRulesOnly("Turkey was hit hard by the sanctions, the Syrian army said.");

        Assert.True(Has(struck, "russia", RelationPredicate.Opposes, "isis"), Describe(struck));
        Assert.DoesNotContain(hurt.Relations, r => r.Predicate == RelationPredicate.Opposes);
    }

    [Fact]
    public void Coordinated_forces_entering_a_town_together_back_each_other()
    {
        var extraction = Extract("The Syrian army and Hezbollah entered the town of Zabadani on Sunday.");

        Assert.True(Has(extraction, "syrian-army", RelationPredicate.Supports, "hezbollah"), Describe(extraction));
        Assert.True(Has(extraction, "hezbollah", RelationPredicate.Supports, "syrian-army"), Describe(extraction));
    }

    [Fact]
    public void Driving_back_an_actor_opposes_it_and_is_no_backing()
    {
        var extraction = ExtractWithRulesOnly("The Syrian army has turned to driving back the YPG near Hasakah.");

        Assert.True(Has(extraction, "syrian-army", RelationPredicate.Opposes, "ypg"), Describe(extraction));
        Assert.False(Has(extraction, "syrian-army", RelationPredicate.Supports, "ypg"), Describe(extraction));
    }

    [Fact]
    public void Coordinated_actors_launching_an_attack_after_an_apposition_and_a_time_adjunct_back_each_other()
    {
        var extraction = Extract("The Iraqi army and the Peshmerga, a force of Kurdish fighters, on Monday night launched an attack on Bashiqa.");

        Assert.True(Has(extraction, "iraqi-army", RelationPredicate.Supports, "peshmerga"), Describe(extraction));
        Assert.True(Has(extraction, "peshmerga", RelationPredicate.Supports, "iraqi-army"), Describe(extraction));
    }

    [Fact]
    public void A_coalition_named_for_its_enemy_opposes_it()
    {
        var extraction = Extract("Air support came from the US-led coalition against ISIS.");

        Assert.True(Has(extraction, "us-led-coalition", RelationPredicate.Opposes, "isis"), Describe(extraction));
    }

    [Fact]
    public void Coordinated_actors_retaking_unnamed_ground_back_each_other()
    {
        var extraction = Extract("The Syrian army and Hezbollah have retaken most of the province.");

        Assert.True(Has(extraction, "syrian-army", RelationPredicate.Supports, "hezbollah"), Describe(extraction));
        Assert.True(Has(extraction, "hezbollah", RelationPredicate.Supports, "syrian-army"), Describe(extraction));
    }

    [Fact]
    public void Acting_in_cooperation_with_an_actor_is_mutual_support()
    {
        var extraction = Extract("The SDF, in cooperation with the YPG, captured the town of Tabqa.");

        Assert.True(Has(extraction, "sdf", RelationPredicate.Supports, "ypg"), Describe(extraction));
        Assert.True(Has(extraction, "ypg", RelationPredicate.Supports, "sdf"), Describe(extraction));
    }

    [Fact]
    public void The_object_of_a_fight_is_no_partner_in_a_coordination_phrase()
    {
        var extraction = ExtractWithRulesOnly("\"We will fight ISIS in Syria in coordination with the Syrian government,\" a PMU commander said.");

        Assert.DoesNotContain(extraction.Relations, r => r.Subject == "isis" && r.Predicate == RelationPredicate.Supports);
        Assert.DoesNotContain(extraction.Relations, r => r.Object == "isis" && r.Predicate == RelationPredicate.Supports);
    }

    [Fact]
    public void A_fronted_with_support_phrase_backs_the_subject_after_the_comma()
    {
        var extraction = Extract("With Russian air support, the Syrian army retook Palmyra.");

        Assert.True(Has(extraction, "russia", RelationPredicate.Supports, "syrian-army"), Describe(extraction));
    }

    [Fact]
    public void A_fronted_after_gerund_takes_the_main_clause_subject()
    {
        var extraction = Extract("After killing dozens of ISIS fighters, the Peshmerga entered the village of Bashiqa.");

        Assert.True(Has(extraction, "peshmerga", RelationPredicate.Opposes, "isis"), Describe(extraction));
    }

    [Fact]
    public void The_agent_of_a_parenthetical_backed_by_phrase_is_not_the_subject()
    {
        var extraction = ExtractWithRulesOnly("Hezbollah fighters, backed by Syrian army artillery, advanced into Zabadani.");

        Assert.True(Has(extraction, "hezbollah", RelationPredicate.CrossedInto, "az-zabadani"), Describe(extraction));
        Assert.False(Has(extraction, "syrian-army", RelationPredicate.CrossedInto, "az-zabadani"), Describe(extraction));
    }

    [Fact]
    public void An_outlet_named_in_an_according_to_phrase_is_no_conjunct_of_the_subject()
    {
        var extraction = ExtractWithRulesOnly("According to Al Jazeera, the Syrian army captured Palmyra.");

        Assert.True(Has(extraction, "syrian-army", RelationPredicate.Captured, "palmyra"), Describe(extraction));
        Assert.DoesNotContain(extraction.Relations, r => r.Subject == "al-jazeera" || r.Object == "al-jazeera");
    }

    [Fact]
    public void A_name_inside_an_apposition_is_not_the_subject()
    {
        var extraction = ExtractWithRulesOnly("Turkey, a NATO member, has bombed PKK positions in northern Iraq.");

        Assert.True(Has(extraction, "turkiye", RelationPredicate.Opposes, "pkk"), Describe(extraction));
        Assert.False(Has(extraction, "nato", RelationPredicate.Opposes, "pkk"), Describe(extraction));
    }

    [Theory]
    [InlineData("Ankara said it would not allow the YPG to take Tal Abyad.", "ypg", RelationPredicate.Captured, "tall-abyad")]
    [InlineData("Washington urged Turkey to attack ISIS near Raqqa.", "turkiye", RelationPredicate.Opposes, "isis")]
    public void The_object_of_a_control_verb_is_the_hedged_subject_of_its_infinitive(string sentence, string subject, RelationPredicate predicate, string obj)
    {
        var extraction = ExtractWithRulesOnly(sentence);

        Assert.Contains(extraction.Relations, r => r.Subject == subject && r.Predicate == predicate && r.Object == obj && r.Status == RelationStatus.Hedged);
    }

    [Fact]
    public void An_offensive_launched_on_a_town_is_a_hedged_capture_but_not_for_one_who_slows_it()
    {
        var launched = Extract("The Iraqi army launched an offensive on Tal Afar in August.");
        var slowed = ExtractWithRulesOnly("ISIS tried to slow the offensive on Tal Afar.");

        Assert.Contains(launched.Relations, r => r.Subject == "iraqi-army" && r.Predicate == RelationPredicate.Captured && r.Status == RelationStatus.Hedged);
        Assert.DoesNotContain(slowed.Relations, r => r.Subject == "isis" && r.Predicate == RelationPredicate.Captured);
    }

    [Theory]
    [InlineData("Somali troops, backed by AMISOM soldiers, drove al-Shabaab out of Baidoa.")]
    [InlineData("Afghan forces, backed by US troops, drove the Taliban out of Kunduz.")]
    public void The_group_driven_out_is_never_the_captor(string sentence)
    {
        var extraction = ExtractWithRulesOnly(sentence);

        Assert.DoesNotContain(extraction.Relations, r => r.Subject is "taliban" or "al-shabaab" && r.Predicate == RelationPredicate.Captured);
    }

    [Theory]
    [InlineData("Hamas, which is regarded as a terrorist group by Israel, the United States and the European Union, rejected the offer.")]
    [InlineData("Hamas, listed by Israel, the United States and the European Union as a terrorist organization, rejected the offer.")]
    [InlineData("The talks stalled over Hamas, classified as a terror group by Israel, the United States and the European Union.")]
    public void A_terror_designation_with_its_designators_after_it_is_opposition_by_each(string text)
    {
        var extraction = ExtractWithRulesOnly(text);

        Assert.True(Has(extraction, "israel", RelationPredicate.Opposes, "hamas"), Describe(extraction));
        Assert.True(Has(extraction, "united-states", RelationPredicate.Opposes, "hamas"), Describe(extraction));
        Assert.True(Has(extraction, "eu", RelationPredicate.Opposes, "hamas"), Describe(extraction));
    }

    [Fact]
    public void Listing_without_a_terror_designation_is_no_relation()
    {
        var extraction = ExtractWithRulesOnly("Hamas was listed by the United States among the parties invited to the talks.");

        Assert.Empty(extraction.Relations);
    }

    [Theory]
    [InlineData("The Peshmerga drove ISIS out of the village, backed by coalition air strikes.", "us-led-coalition", "peshmerga")]
    [InlineData("The Iraqi army cleared ISIS militants from the farmland around the dam, helped by US air strikes.", "united-states", "iraqi-army")]
    public void A_participle_after_a_finished_clause_backs_its_subject_not_its_object(string text, string backer, string backed)
    {
        var extraction = ExtractWithRulesOnly(text);

        Assert.True(Has(extraction, backer, RelationPredicate.Supports, backed), Describe(extraction));
        Assert.False(Has(extraction, backer, RelationPredicate.Supports, "isis"), Describe(extraction));
    }

    [Theory]
    [InlineData("Pro-Turkey rebels attack US-backed fighters near Manbij.", "united-states", "turkiye")]
    [InlineData("The town was handed to a pro-Iraqi tribal militia and the Iraqi army.", "iraqi-army", "iraq")]
    public void A_pro_compound_on_an_unnamed_noun_describes_no_actor_after_a_verb_or_and(string text, string wrongHolder, string backed)
    {
        var extraction = ExtractWithRulesOnly(text);

        Assert.False(Has(extraction, wrongHolder, RelationPredicate.Supports, backed), Describe(extraction));
    }

    [Fact]
    public void A_pro_compound_still_describes_the_name_it_modifies()
    {
        var extraction = ExtractWithRulesOnly("The pro-Assad National Defence Forces attacked the town.");

        Assert.True(Has(extraction, "national-defense-forces", RelationPredicate.Supports, "bashar-al-assad"), Describe(extraction));
    }
}
