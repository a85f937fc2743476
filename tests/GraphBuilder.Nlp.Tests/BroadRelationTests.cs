using static GraphBuilder.Nlp.Tests.TestExtraction;

namespace GraphBuilder.Nlp.Tests;

/// <summary>Clause-level constructions that recur across conflict reporting, on sentences written for these tests.</summary>
public class BroadRelationTests
{
    [Fact]
    public void Clashes_with_a_group_are_mutual_opposition_with_the_clause_actor()
    {
        var extraction = Extract("The Peshmerga were pushing toward the market amid heavy clashes with pockets of ISIS resistance.");

        Assert.True(Has(extraction, "peshmerga", RelationPredicate.Opposes, "isis"), Describe(extraction));
        Assert.True(Has(extraction, "isis", RelationPredicate.Opposes, "peshmerga"), Describe(extraction));
    }

    [Fact]
    public void Fighting_alongside_is_mutual_support_and_the_alliance_opposes_its_enemy()
    {
        var extraction = Extract("A contingent of Free Syrian Army fighters now battles alongside the YPG in a loose alliance against ISIS.");

        Assert.True(Has(extraction, "fsa", RelationPredicate.Supports, "ypg"), Describe(extraction));
        Assert.True(Has(extraction, "ypg", RelationPredicate.Supports, "fsa"), Describe(extraction));
        Assert.True(Has(extraction, "fsa", RelationPredicate.Opposes, "isis"), Describe(extraction));
    }

    [Fact]
    public void A_hedged_offer_to_fight_alongside_is_one_sided()
    {
        var extraction = Extract("The PMU said it may send fighters to fight alongside the Syrian army.");

        Assert.DoesNotContain(extraction.Relations, r => r.Subject == "syrian-army" && r.Predicate == RelationPredicate.Supports);
    }

    [Fact]
    public void Every_backer_in_a_fronted_participle_phrase_supports_the_main_clause_actor()
    {
        var extraction = Extract("Backed first by Iran and later by Russia, the Syrian army retook Palmyra.");

        Assert.True(Has(extraction, "iran", RelationPredicate.Supports, "syrian-army"), Describe(extraction));
        Assert.True(Has(extraction, "russia", RelationPredicate.Supports, "syrian-army"), Describe(extraction));
        Assert.True(Has(extraction, "syrian-army", RelationPredicate.Captured, "palmyra"), Describe(extraction));
        Assert.DoesNotContain(extraction.Relations, r => r.Subject == "russia" && r.Predicate == RelationPredicate.Captured);
        Assert.DoesNotContain(extraction.Relations, r => r.Subject == "syrian-army" && r.Predicate == RelationPredicate.Supports);
    }

    [Fact]
    public void An_agentless_liberation_quoted_from_a_leader_belongs_to_the_articles_protagonist()
    {
        var extraction = Extract("The Peshmerga pushed into the district at dawn. The Peshmerga met little resistance. "
                                 + "\"Today Mosul is completely liberated,\" Kurdish leader Hoshyar Zebari said.");

        Assert.True(Has(extraction, "peshmerga", RelationPredicate.Captured, "mosul"), Describe(extraction));
        Assert.DoesNotContain(extraction.Relations, r => r.Predicate == RelationPredicate.Captured && r.Subject != "peshmerga");
    }

    [Fact]
    public void The_kurds_as_a_partner_are_the_one_kurdish_group_named()
    {
        var extraction = Extract("The YPG held the hills. Arab tribal fighters of the Free Syrian Army are fighting alongside the Kurds.");

        Assert.True(Has(extraction, "fsa", RelationPredicate.Supports, "ypg"), Describe(extraction));
    }

    [Fact]
    public void Airstrikes_from_a_backers_warplanes_support_the_fighters_they_back()
    {
        var extraction = Extract("The push was led by some 3,000 Peshmerga fighters backed by intense airstrikes from jets of the US-led coalition.");

        Assert.True(Has(extraction, "us-led-coalition", RelationPredicate.Supports, "peshmerga"), Describe(extraction));
    }

    [Fact]
    public void Routing_a_group_opposes_it_and_sweeping_into_a_country_crosses_into_it()
    {
        var extraction = Extract("The Peshmerga stormed the hills on Monday, routing ISIS militants. ISIS fighters swept into Iraq from Syria in 2014.");

        Assert.True(Has(extraction, "peshmerga", RelationPredicate.Opposes, "isis"), Describe(extraction));
        Assert.True(Has(extraction, "isis", RelationPredicate.CrossedInto, "iraq"), Describe(extraction));
        Assert.False(Has(extraction, "isis", RelationPredicate.CrossedInto, "syria"), Describe(extraction));
    }

    [Fact]
    public void An_x_allied_group_supports_x()
    {
        var extraction = Extract("Abu Karim of the YPG-allied Jazira Military Council told reporters the road was open.");

        Assert.True(Has(extraction, "jazira-military-council", RelationPredicate.Supports, "ypg"), Describe(extraction));
        Assert.False(Has(extraction, "ypg", RelationPredicate.Supports, "jazira-military-council"), Describe(extraction));
    }

    [Fact]
    public void A_fighting_force_is_no_verb()
    {
        var extraction = Extract("Iraqi forces held the bridge. Ali Hassan, who speaks for the largest Kurdish fighting force, known as the YPG, said the town was quiet.");

        Assert.DoesNotContain(extraction.Relations, r => r.Predicate == RelationPredicate.Opposes);
    }

    [Fact]
    public void Airstrikes_modified_by_the_coalition_are_the_coalitions_opposition()
    {
        var extraction = Extract("ISIS lost ground near Kirkuk on Sunday after relentless coalition airstrikes against the jihadists.");

        Assert.True(Has(extraction, "us-led-coalition", RelationPredicate.Opposes, "isis"), Describe(extraction));
    }

    [Fact]
    public void A_country_before_its_aircraft_is_the_actor()
    {
        var extraction = Extract("Local sources said the US warplanes bombed PMU positions near the border on Friday.");

        Assert.True(Has(extraction, "united-states", RelationPredicate.Opposes, "pmu"), Describe(extraction));
    }

    [Fact]
    public void Jihadists_killed_without_a_named_agent_are_the_leading_actors_blow()
    {
        var extraction = Extract("The Peshmerga cleared the last villages on Monday. The Peshmerga held the ridge. "
                                 + "A commander said scores of ISIS fighters had been killed. Three civilians were killed in the town.");

        Assert.True(Has(extraction, "peshmerga", RelationPredicate.Opposes, "isis"), Describe(extraction));
        Assert.Single(extraction.Relations, r => r.Predicate == RelationPredicate.Opposes);
    }

    [Fact]
    public void Liberating_the_town_takes_the_town_named_just_before()
    {
        var extraction = Extract("Fighting raged in Qaraqosh on Sunday. By evening the Peshmerga said they had liberated the town.");

        Assert.True(Has(extraction, "peshmerga", RelationPredicate.Captured, "qaraqosh"), Describe(extraction));
    }

    [Fact]
    public void The_group_opening_a_sentence_is_the_previous_sentences_subject_not_its_object()
    {
        var extraction = Extract("The Falcons Brigade opposes the Peshmerga and has vowed to return. The group is believed to be backed by Iran.");

        Assert.True(Has(extraction, "iran", RelationPredicate.Supports, "falcons-brigade"), Describe(extraction));
        Assert.False(Has(extraction, "iran", RelationPredicate.Supports, "peshmerga"), Describe(extraction));
    }
}
