using static GraphBuilder.Nlp.Tests.TestExtraction;

namespace GraphBuilder.Nlp.Tests;

/// <summary>Joint action, hostile action and campaign aims in forms the verb rules alone miss, on sentences written for these tests.</summary>
public class RelationRecallTests
{
    [Fact]
    public void Actors_launching_an_offensive_together_back_each_other_and_each_opposes_its_target()
    {
        var extraction = Extract("The Peshmerga and the Iraqi army launched an offensive against ISIS near Kirkuk on Monday.");

        Assert.True(Has(extraction, "peshmerga", RelationPredicate.Supports, "iraqi-army"), Describe(extraction));
        Assert.True(Has(extraction, "iraqi-army", RelationPredicate.Supports, "peshmerga"), Describe(extraction));
        Assert.True(Has(extraction, "peshmerga", RelationPredicate.Opposes, "isis"), Describe(extraction));
        Assert.True(Has(extraction, "iraqi-army", RelationPredicate.Opposes, "isis"), Describe(extraction));
    }

    [Fact]
    public void A_campaign_aim_after_a_time_adjunct_is_a_hedged_capture_for_every_conjunct()
    {
        var extraction = Extract("Hezbollah and the Syrian army launched an operation on Sunday to drive Nusra Front militants out of Palmyra.");

        Assert.True(Has(extraction, "hezbollah", RelationPredicate.Opposes, "nusra-front"), Describe(extraction));
        Assert.Contains(extraction.Relations, r => r.Subject == "syrian-army" && r.Predicate == RelationPredicate.Captured && r.Status == RelationStatus.Hedged);
        Assert.Contains(extraction.Relations, r => r.Subject == "hezbollah" && r.Predicate == RelationPredicate.Captured && r.Status == RelationStatus.Hedged);
    }

    [Fact]
    public void Attacking_together_is_joint_action()
    {
        var extraction = Extract("The YPG and the FSA attacked ISIS positions near Manbij.");

        Assert.True(Has(extraction, "ypg", RelationPredicate.Supports, "fsa"), Describe(extraction));
        Assert.True(Has(extraction, "fsa", RelationPredicate.Opposes, "isis"), Describe(extraction));
    }

    [Fact]
    public void Resistance_from_a_group_opposes_the_clause_actor()
    {
        var extraction = Extract("The Syrian army advanced slowly amid fierce resistance from ISIS militants.");

        Assert.True(Has(extraction, "isis", RelationPredicate.Opposes, "syrian-army"), Describe(extraction));
    }

    [Fact]
    public void A_war_noun_with_no_actor_in_its_sentence_belongs_to_the_previous_sentence_actor()
    {
        var extraction = Extract("The Kurdish-led SDF seized the dam. It was a vital step in the fight against ISIS.");

        Assert.True(Has(extraction, "sdf", RelationPredicate.Opposes, "isis"), Describe(extraction));
    }

    [Fact]
    public void A_step_towards_a_liberation_is_hedged()
    {
        var extraction = Extract("Iraqi forces took the airport on Monday, an important step towards the liberation of Mosul.");

        Assert.Contains(extraction.Relations, r => r.Object == "mosul" && r.Predicate == RelationPredicate.Captured && r.Status == RelationStatus.Hedged);
    }

    [Fact]
    public void A_news_agency_reporting_a_capture_is_not_the_captor()
    {
        var extraction = Extract("Reuters news agency later said the rebels had taken Jarablus.");

        Assert.DoesNotContain(extraction.Relations, r => r.Subject == "reuters");
    }

    [Fact]
    public void A_speaker_saying_its_fighters_took_a_place_is_the_captor()
    {
        var extraction = Extract("The SDF said its fighters had taken control of Tabqa.");

        Assert.True(Has(extraction, "sdf", RelationPredicate.Captured, "tabqa"), Describe(extraction));
    }

    [Fact]
    public void Pushing_back_militants_as_a_purpose_is_hedged_opposition()
    {
        var extraction = Extract("The Peshmerga entered Kobani on Friday to help push back ISIS militants.");

        Assert.Contains(extraction.Relations, r => r.Subject == "peshmerga" && r.Predicate == RelationPredicate.Opposes && r.Object == "isis" && r.Status == RelationStatus.Hedged);
    }

    [Fact]
    public void Helpers_described_by_a_participle_phrase_do_not_take_its_object()
    {
        var extraction = Extract("The Peshmerga took the town with the help of armed residents opposed to ISIS.");

        Assert.DoesNotContain(extraction.Relations, r => r.Predicate == RelationPredicate.Supports && (r.Subject == "isis" || r.Object == "isis"));
    }

    [Fact]
    public void A_place_inside_a_compound_modifier_is_not_taken()
    {
        var extraction = Extract("The Syrian army launched an offensive to drive militants from the hills, a pro-Damascus television station said.");

        Assert.DoesNotContain(extraction.Relations, r => r.Predicate == RelationPredicate.Captured && r.Object == "syria");
    }

    [Fact]
    public void Named_air_strikes_after_a_gain_back_the_gainer()
    {
        var extraction = Extract("The YPG captured Tal Abyad after heavy US air strikes.");

        Assert.True(Has(extraction, "united-states", RelationPredicate.Supports, "ypg"), Describe(extraction));
    }

    [Fact]
    public void A_relative_clause_ambition_belongs_to_every_coordinated_antecedent()
    {
        var extraction = Extract("Ankara warned the Kurdish Democratic Union Party (PYD) and its YPG militia, who also had designs on Manbij, to withdraw.");

        Assert.Contains(extraction.Relations, r => r.Subject == "pyd" && r.Predicate == RelationPredicate.Captured && r.Object == "manbij" && r.Status == RelationStatus.Hedged);
        Assert.Contains(extraction.Relations, r => r.Subject == "ypg" && r.Predicate == RelationPredicate.Captured && r.Object == "manbij" && r.Status == RelationStatus.Hedged);
        Assert.True(Has(extraction, "turkiye", RelationPredicate.Opposes, "ypg"), Describe(extraction));
    }

    [Fact]
    public void An_opening_gerund_of_a_gain_under_a_modal_is_the_followed_actors_hedged_aim()
    {
        var extraction = Extract("The FSA has been fighting ISIS for months. Taking control of al-Bab would open the road to Raqqa.");

        Assert.Contains(extraction.Relations, r => r.Subject == "fsa" && r.Predicate == RelationPredicate.Captured && r.Object == "al-bab" && r.Status == RelationStatus.Hedged);
    }

    [Fact]
    public void A_gerund_after_after_takes_the_subject_of_its_clause()
    {
        var extraction = Extract("The Iraqi army retook the crossing after killing several ISIS fighters.");

        Assert.True(Has(extraction, "iraqi-army", RelationPredicate.Opposes, "isis"), Describe(extraction));
    }

    [Fact]
    public void Definite_strikes_as_a_subject_are_the_strikes_of_the_previous_sentence()
    {
        var extraction = Extract("Before the armour crossed into Syria, the Turkish Air Force delivered air strikes near the border. The strikes targeted ISIS depots.");

        Assert.True(Has(extraction, "turkish-air-force", RelationPredicate.Opposes, "isis"), Describe(extraction));
    }

    [Fact]
    public void Warplanes_and_artillery_take_no_ground()
    {
        var extraction = Extract("Russian warplanes and artillery had seized control of Palmyra.");

        Assert.DoesNotContain(extraction.Relations, r => r.Predicate == RelationPredicate.Captured);
    }

    [Fact]
    public void A_campaign_aimed_at_capturing_places_is_a_hedged_capture()
    {
        var extraction = Extract("The Iraqi army began a campaign aimed at capturing the cities of Ramadi and Fallujah in the west.");

        Assert.Contains(extraction.Relations, r => r.Subject == "iraqi-army" && r.Predicate == RelationPredicate.Captured && r.Status == RelationStatus.Hedged);
    }

    [Fact]
    public void A_companion_named_with_along_with_acts_too_and_the_two_back_each_other()
    {
        var extraction = Extract("The YPG, along with Arab tribal fighters of the FSA, seized Tal Abyad.");

        Assert.True(Has(extraction, "ypg", RelationPredicate.Captured, "tall-abyad") || Has(extraction, "ypg", RelationPredicate.Captured, "tal-abyad"), Describe(extraction));
        Assert.True(Has(extraction, "fsa", RelationPredicate.Supports, "ypg"), Describe(extraction));
        Assert.True(Has(extraction, "ypg", RelationPredicate.Supports, "fsa"), Describe(extraction));
    }

    [Fact]
    public void Attacks_by_one_group_on_another_are_opposition()
    {
        var extraction = Extract("Repeated attacks by ISIS on the Peshmerga failed.");

        Assert.True(Has(extraction, "isis", RelationPredicate.Opposes, "peshmerga"), Describe(extraction));
    }

    [Fact]
    public void An_advance_by_a_group_faced_by_an_actor_is_that_groups_opposition()
    {
        var extraction = Extract("The Iraqi army, which collapsed in the face of an advance by ISIS, regrouped.");

        Assert.True(Has(extraction, "isis", RelationPredicate.Opposes, "iraqi-army"), Describe(extraction));
    }

    [Fact]
    public void Backed_forces_in_a_headline_are_the_articles_main_actor()
    {
        var extraction = Extract("US-backed forces took Manbij. The SDF is strong.");

        Assert.True(Has(extraction, "sdf", RelationPredicate.Captured, "manbij"), Describe(extraction));
    }

    [Fact]
    public void A_place_now_under_our_control_was_taken_by_the_speakers_organisation()
    {
        var extraction = Extract("The SDF fought for weeks in Manbij. \"The city is now fully under our control,\" Ali Hassan of the SDF-allied Manbij Military Council told AFP.");

        Assert.True(Has(extraction, "manbij-military-council", RelationPredicate.Captured, "manbij"), Describe(extraction));
        Assert.DoesNotContain(extraction.Relations, r => r.Subject == "afp");
    }

    [Fact]
    public void A_place_long_under_a_groups_control_is_not_a_capture()
    {
        var extraction = Extract("Raqqa is under the control of ISIS.");

        Assert.DoesNotContain(extraction.Relations, r => r.Predicate == RelationPredicate.Captured);
    }

    [Fact]
    public void Stopping_an_attempt_by_a_group_is_mutual_opposition()
    {
        var extraction = Extract("The Lebanese army later stopped an attempt by Nusra Front militants to breach its defenses.");

        Assert.True(Has(extraction, "nusra-front", RelationPredicate.Opposes, "lebanese-army"), Describe(extraction));
        Assert.True(Has(extraction, "lebanese-army", RelationPredicate.Opposes, "nusra-front"), Describe(extraction));
    }

    [Fact]
    public void Joining_an_ongoing_operation_backs_the_actor_waging_it()
    {
        var extraction = Extract("The SDF pressed on in Raqqa. Fighters of the Manbij Military Council also joined the ongoing operation in the city. The SDF said progress was slow.");

        Assert.True(Has(extraction, "manbij-military-council", RelationPredicate.Supports, "sdf"), Describe(extraction));
    }

    [Fact]
    public void A_light_verb_subject_owns_the_hostile_noun()
    {
        var extraction = Extract("The PMU entered the village after making advances on ISIS.");

        Assert.True(Has(extraction, "pmu", RelationPredicate.Opposes, "isis"), Describe(extraction));
    }

    [Fact]
    public void Fighters_together_each_oppose_the_common_enemy()
    {
        var extraction = Extract("Peshmerga fighters, YPG forces and civilians fight together against ISIS militants.");

        Assert.True(Has(extraction, "peshmerga", RelationPredicate.Opposes, "isis"), Describe(extraction));
        Assert.True(Has(extraction, "ypg", RelationPredicate.Opposes, "isis"), Describe(extraction));
    }

    [Fact]
    public void Dealing_a_blow_belongs_to_the_clause_actor_and_a_scare_quoted_verb_keeps_its_object()
    {
        var extraction = Extract("The Iraqi army has announced it has \"fully liberated\" the city of Tal Afar from ISIS, dealing another blow to the extremists.");

        Assert.True(Has(extraction, "iraqi-army", RelationPredicate.Opposes, "isis"), Describe(extraction));
        Assert.True(Has(extraction, "iraqi-army", RelationPredicate.Captured, "tal-afar"), Describe(extraction));
    }

    [Fact]
    public void Warnings_by_a_group_oppose_the_actor_of_the_sentence_before_a_this_clause()
    {
        var extraction = Extract("Hezbollah fighters crossed into Syria on Monday. This comes despite repeated warnings by the Free Syrian Army.");

        Assert.True(Has(extraction, "fsa", RelationPredicate.Opposes, "hezbollah"), Describe(extraction));
    }

    [Fact]
    public void Taking_part_in_an_operation_backs_the_actor_waging_it()
    {
        var extraction = Extract("The SDF pushed deeper into Raqqa. The Manbij Military Council is taking part in the operation. The SDF expects a long fight.");

        Assert.True(Has(extraction, "manbij-military-council", RelationPredicate.Supports, "sdf"), Describe(extraction));
    }

    [Fact]
    public void Our_units_in_a_quote_are_the_units_of_the_spokesmans_organisation()
    {
        var extraction = Extract("The YPG fought ISIS near Raqqa. \"Our units targeted an ISIS convoy near Manbij,\" said Ahmed Ali, a spokesman for the FSA.");

        Assert.True(Has(extraction, "fsa", RelationPredicate.Opposes, "isis"), Describe(extraction));
    }

    [Fact]
    public void Every_conjunct_of_a_longer_subject_list_takes_the_place_together()
    {
        var extraction = Extract("The YPG, the FSA and the SDF captured Manbij.");

        Assert.True(Has(extraction, "ypg", RelationPredicate.Captured, "manbij"), Describe(extraction));
        Assert.True(Has(extraction, "ypg", RelationPredicate.Supports, "sdf"), Describe(extraction));
    }

    [Fact]
    public void Militias_of_a_named_group_are_that_group_as_a_conjunct()
    {
        var extraction = Extract("Iraqi forces and Shiite militias of the PMU seized Jurf al-Sakhar.");

        Assert.True(Has(extraction, "pmu", RelationPredicate.Captured, "jurf-al-sakhar"), Describe(extraction));
        Assert.True(Has(extraction, "iraqi-security-forces", RelationPredicate.Captured, "jurf-al-sakhar"), Describe(extraction));
        Assert.True(Has(extraction, "pmu", RelationPredicate.Supports, "iraqi-security-forces"), Describe(extraction));
    }

    [Fact]
    public void Repelling_an_attack_is_mutual_opposition()
    {
        var extraction = Extract("The Peshmerga repelled an ISIS attack on Bashiqa.");

        Assert.True(Has(extraction, "isis", RelationPredicate.Opposes, "peshmerga"), Describe(extraction));
        Assert.True(Has(extraction, "peshmerga", RelationPredicate.Opposes, "isis"), Describe(extraction));
    }

    [Fact]
    public void Repelling_unattributed_bombings_fights_the_jihadists_the_sentence_names()
    {
        var extraction = Extract("Some ISIS militants fled, but the Iraqi army repelled two car bombings near the bridge.");

        Assert.True(Has(extraction, "iraqi-army", RelationPredicate.Opposes, "isis"), Describe(extraction));
    }

    [Fact]
    public void An_absolute_with_phrase_names_the_actor_of_its_participle()
    {
        var extraction = Extract("ISIS lost ground in Syria, with Washington and its allies bombing the jihadists.");

        Assert.True(Has(extraction, "united-states", RelationPredicate.Opposes, "isis"), Describe(extraction));
    }

    [Fact]
    public void A_time_adjunct_between_a_verb_and_its_object_is_skipped()
    {
        var extraction = Extract("US aircraft bombed Friday night, May 19, PMU forces near Abu Kamal.");

        Assert.True(Has(extraction, "united-states", RelationPredicate.Opposes, "pmu"), Describe(extraction));
    }

    [Fact]
    public void A_fights_aim_names_whom_it_was_against()
    {
        var extraction = Extract("The SDF had fought since June to drive ISIS out of Manbij.");

        Assert.True(Has(extraction, "sdf", RelationPredicate.Opposes, "isis"), Describe(extraction));
    }

    [Fact]
    public void An_advance_by_a_group_faced_by_a_relative_clause_antecedent_opposes_it()
    {
        var extraction = Extract("Iraqi security forces who crumbled in the face of the spring advance by ISIS have regrouped.");

        Assert.True(Has(extraction, "isis", RelationPredicate.Opposes, "iraqi-security-forces"), Describe(extraction));
    }

    [Fact]
    public void Actors_that_both_fought_an_enemy_did_not_act_jointly()
    {
        var extraction = Extract("The US and Iran have both fought ISIS, but they remain rivals.");

        Assert.True(Has(extraction, "iran", RelationPredicate.Opposes, "isis"), Describe(extraction));
        Assert.DoesNotContain(extraction.Relations, r => r.Predicate == RelationPredicate.Supports);
    }

    [Fact]
    public void Condemning_together_is_not_joint_action()
    {
        var extraction = ExtractWithRulesOnly("Russia and Turkey launched talks on the future of Idlib. The UN and the EU condemned the attack on Aleppo.");

        Assert.DoesNotContain(extraction.Relations, r => r.Predicate == RelationPredicate.Supports);
    }

    [Fact]
    public void A_whole_country_is_never_captured()
    {
        var extraction = Extract("The PMU commander said their key objective is to liberate Iraq.");

        Assert.DoesNotContain(extraction.Relations, r => r.Predicate == RelationPredicate.Captured);
    }

    [Fact]
    public void A_backer_named_in_a_with_the_aid_of_phrase_owns_no_campaign()
    {
        var extraction = ExtractWithRulesOnly("Iraqi troops, with the aid of US air strikes, concluded a two-day operation to push ISIS out of Hit.");

        Assert.DoesNotContain(extraction.Relations, r => r.Subject == "united-states" && r.Predicate != RelationPredicate.Supports);
    }

    [Fact]
    public void A_backer_in_a_parenthetical_with_phrase_is_not_the_subject()
    {
        var extraction = Extract("The Peshmerga, with the backing of coalition warplanes, pushed ISIS out of Mosul.");

        Assert.True(Has(extraction, "peshmerga", RelationPredicate.Captured, "mosul"), Describe(extraction));
        Assert.DoesNotContain(extraction.Relations, r => r.Predicate == RelationPredicate.Captured && r.Subject != "peshmerga");
    }

    [Fact]
    public void A_capture_as_the_purpose_of_a_counteroffensive_is_hedged()
    {
        var extraction = Extract("The Taliban seized Kunduz, and Afghan forces launched a counteroffensive to retake the city.");

        Assert.Contains(extraction.Relations, r => r.Subject == "taliban" && r.Predicate == RelationPredicate.Captured && r.Status == RelationStatus.Asserted);
        Assert.DoesNotContain(extraction.Relations, r => r.Subject != "taliban" && r.Predicate == RelationPredicate.Captured && r.Status == RelationStatus.Asserted);
    }

    [Fact]
    public void Air_strikes_that_ended_before_a_jihadist_gain_back_nobody()
    {
        var extraction = Extract("ISIS captured Palmyra after Russian air strikes ended.");

        Assert.DoesNotContain(extraction.Relations, r => r.Predicate == RelationPredicate.Supports);
    }

    [Fact]
    public void An_object_list_stops_where_a_new_clause_opens_with_its_own_subject()
    {
        var extraction = Extract("The YPG attacked ISIS, and Turkey and Russia struck Nusra Front.");

        Assert.DoesNotContain(extraction.Relations, r => r.Subject == "ypg" && r.Object != "isis");
        Assert.True(Has(extraction, "russia", RelationPredicate.Opposes, "nusra-front"), Describe(extraction));
    }

    [Fact]
    public void A_leader_written_with_its_head_noun_before_an_alongside_phrase_fights_too()
    {
        var extraction = Extract("Hezbollah fighters, alongside Syrian troops, have been battling Nusra Front in Qalamoun.");

        Assert.True(Has(extraction, "hezbollah", RelationPredicate.Opposes, "nusra-front"), Describe(extraction));
        Assert.True(Has(extraction, "syrian-army", RelationPredicate.Supports, "hezbollah"), Describe(extraction));
    }
}
