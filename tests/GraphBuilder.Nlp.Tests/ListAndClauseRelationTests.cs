using static GraphBuilder.Nlp.Tests.TestExtraction;

namespace GraphBuilder.Nlp.Tests;

/// <summary>Lists, relative clauses and lexicon forms on sentences written for these tests.</summary>
public class ListAndClauseRelationTests
{
    [Fact]
    public void Every_backer_in_a_list_with_head_nouns_backs_the_subject_and_none_is_the_captor()
    {
        var extraction = ExtractWithRulesOnly("The Syrian army, backed by Russian jets, Hezbollah fighters and Iranian advisers, retook the town of Palmyra on Monday.");

        Assert.True(Has(extraction, "russia", RelationPredicate.Supports, "syrian-army"), Describe(extraction));
        Assert.True(Has(extraction, "hezbollah", RelationPredicate.Supports, "syrian-army"), Describe(extraction));
        Assert.True(Has(extraction, "iran", RelationPredicate.Supports, "syrian-army"), Describe(extraction));
        Assert.True(Has(extraction, "syrian-army", RelationPredicate.Captured, "palmyra"), Describe(extraction));
        Assert.False(Has(extraction, "iran", RelationPredicate.Captured, "palmyra"), Describe(extraction));
    }

    [Fact]
    public void A_member_of_a_possessed_group_in_a_backer_list_is_the_group()
    {
        var extraction = ExtractWithRulesOnly("The Iraqi army, backed by Iranian advisers and members of Lebanon's Hezbollah, entered Tikrit.");

        Assert.True(Has(extraction, "hezbollah", RelationPredicate.Supports, "iraqi-army"), Describe(extraction));
        Assert.False(Has(extraction, "lebanon", RelationPredicate.Supports, "iraqi-army"), Describe(extraction));
    }

    [Theory]
    [InlineData("The Peshmerga retook Sinjar, which the Islamic State captured in August.", "isis", "sinjar")]
    [InlineData("Kurdish fighters reached Mosul, which was seized by the Islamic State in 2014.", "isis", "mosul")]
    [InlineData("The army entered Raqqa, a city that fell to the Islamic State in 2014.", "isis", "raqqa")]
    [InlineData("Rebels shelled Aleppo, which Syrian army troops had recaptured last year.", "syrian-army", "aleppo")]
    public void A_relative_clause_on_a_place_names_who_took_it(string sentence, string captor, string place)
    {
        var extraction = ExtractWithRulesOnly(sentence);

        Assert.True(Has(extraction, captor, RelationPredicate.Captured, place), Describe(extraction));
    }

    [Fact]
    public void The_acronym_IS_before_a_participle_is_the_group_not_the_auxiliary()
    {
        var extraction = ExtractWithRulesOnly("Islamic State lost ground, including the city of Homs which IS captured in June.");

        Assert.True(Has(extraction, "isis", RelationPredicate.Captured, "homs"), Describe(extraction));
    }

    [Fact]
    public void A_place_near_the_one_that_fell_is_not_taken()
    {
        var extraction = ExtractWithRulesOnly("Hit, a town near Ramadi, fell to the Islamic State in October.");

        Assert.False(Has(extraction, "isis", RelationPredicate.Captured, "ramadi"), Describe(extraction));
    }

    [Theory]
    [InlineData("The YPG has been harassing Islamic State fighters near Kobani.", "ypg", RelationPredicate.Opposes, "isis")]
    [InlineData("The Peshmerga secured Mosul on Monday.", "peshmerga", RelationPredicate.Captured, "mosul")]
    [InlineData("Hezbollah fighters stormed into Qusayr at dawn.", "hezbollah", RelationPredicate.CrossedInto, "qusar")]
    [InlineData("Hamas is allied to Iran and Hezbollah.", "hamas", RelationPredicate.Supports, "hezbollah")]
    [InlineData("The Houthis are allied with Iran.", "houthis", RelationPredicate.Supports, "iran")]
    public void Lexicon_forms_give_their_relation(string sentence, string subject, RelationPredicate predicate, string obj)
    {
        var extraction = ExtractWithRulesOnly(sentence);

        Assert.True(Has(extraction, subject, predicate, obj), Describe(extraction));
    }

    [Fact]
    public void Resisting_an_advance_is_hostility_both_ways()
    {
        var extraction = ExtractWithRulesOnly("The YPG has been resisting the advance of the Nusra Front near Afrin.");

        Assert.True(Has(extraction, "ypg", RelationPredicate.Opposes, "nusra-front"), Describe(extraction));
        Assert.True(Has(extraction, "nusra-front", RelationPredicate.Opposes, "ypg"), Describe(extraction));
    }

    [Fact]
    public void In_alliance_with_is_mutual_support()
    {
        var extraction = ExtractWithRulesOnly("Ahrar al-Sham, in alliance with the Nusra Front, attacked Idlib.");

        Assert.True(Has(extraction, "ahrar-al-sham", RelationPredicate.Supports, "nusra-front"), Describe(extraction));
        Assert.True(Has(extraction, "nusra-front", RelationPredicate.Supports, "ahrar-al-sham"), Describe(extraction));
    }

    [Fact]
    public void Allies_included_in_the_subject_act_and_back_the_head()
    {
        var extraction = ExtractWithRulesOnly("The Syrian army and its allies, including Hezbollah, seized Qusayr on Sunday.");

        Assert.True(Has(extraction, "syrian-army", RelationPredicate.Captured, "qusar"), Describe(extraction));
        Assert.True(Has(extraction, "hezbollah", RelationPredicate.Captured, "qusar"), Describe(extraction));
        Assert.True(Has(extraction, "hezbollah", RelationPredicate.Supports, "syrian-army"), Describe(extraction));
    }

    [Fact]
    public void Allied_forces_is_an_adjective_with_no_object()
    {
        var extraction = ExtractWithRulesOnly("The Syrian army and allied forces lifted an Islamic State blockade of the airfield.");

        Assert.False(Has(extraction, "syrian-army", RelationPredicate.Supports, "isis"), Describe(extraction));
    }

    [Fact]
    public void The_alliance_of_a_named_force_after_a_fronted_backing_is_the_force()
    {
        var extraction = ExtractWithRulesOnly("Backed by US special forces, the Kurdish-Arab alliance of the Syrian Democratic Forces entered Tabqa.");

        Assert.True(Has(extraction, "sdf", RelationPredicate.CrossedInto, "tabqa"), Describe(extraction));
        Assert.False(Has(extraction, "american-special-forces", RelationPredicate.CrossedInto, "tabqa"), Describe(extraction));
    }

    [Fact]
    public void A_compound_backer_of_the_fighters_of_a_named_force_backs_the_force()
    {
        var extraction = ExtractWithRulesOnly("The Iranian-backed militias of the Popular Mobilization Units reached the border.");

        Assert.True(Has(extraction, "iran", RelationPredicate.Supports, "pmu"), Describe(extraction));
    }

    [Fact]
    public void A_bracketed_short_form_subject_keeps_the_conjuncts_of_its_long_form()
    {
        var extraction = ExtractWithRulesOnly("The Syrian army and the National Defense Forces (NDF) have retaken Palmyra.");

        Assert.True(Has(extraction, "syrian-army", RelationPredicate.Captured, "palmyra"), Describe(extraction));
        Assert.True(Has(extraction, "syrian-army", RelationPredicate.Supports, "national-defense-forces"), Describe(extraction));
    }

    [Fact]
    public void Fighting_between_parties_named_with_head_nouns_is_mutual()
    {
        var extraction = ExtractWithRulesOnly("Heavy fighting between YPG fighters and Nusra Front militants continued near Afrin.");

        Assert.True(Has(extraction, "ypg", RelationPredicate.Opposes, "nusra-front"), Describe(extraction));
        Assert.True(Has(extraction, "nusra-front", RelationPredicate.Opposes, "ypg"), Describe(extraction));
    }

    [Fact]
    public void A_list_member_introduced_by_a_description_still_counts()
    {
        var extraction = ExtractWithRulesOnly("Turkish jets struck the YPG and the Kurdish militant group PKK.");

        Assert.True(Has(extraction, "turkiye", RelationPredicate.Opposes, "pkk"), Describe(extraction));
    }

    [Fact]
    public void A_fronted_backing_phrase_backs_every_coordinated_subject()
    {
        var extraction = ExtractWithRulesOnly("Backed by Russian jets, the Syrian army and Hezbollah retook Palmyra.");

        Assert.True(Has(extraction, "russia", RelationPredicate.Supports, "syrian-army"), Describe(extraction));
        Assert.True(Has(extraction, "russia", RelationPredicate.Supports, "hezbollah"), Describe(extraction));
    }

    [Fact]
    public void Named_fighters_killed_by_an_agent_are_opposed_by_it()
    {
        var extraction = ExtractWithRulesOnly("Four Peshmerga fighters were killed by the Islamic State near Kirkuk.");

        Assert.True(Has(extraction, "isis", RelationPredicate.Opposes, "peshmerga"), Describe(extraction));
    }

    [Fact]
    public void Wresting_a_place_captures_it()
    {
        var extraction = ExtractWithRulesOnly("Iraqi troops wrested Fallujah from the Islamic State.");

        Assert.True(Has(extraction, "iraqi-security-forces", RelationPredicate.Captured, "fallujah"), Describe(extraction));
    }

    [Fact]
    public void The_agent_of_a_backing_parenthetical_after_an_unnamed_subject_takes_nothing()
    {
        var extraction = ExtractWithRulesOnly("The rebels, backed by Turkey, have long sought to wrest control of Azaz.");

        Assert.False(Has(extraction, "turkiye", RelationPredicate.Captured, "azaz"), Describe(extraction));
    }

    [Fact]
    public void Forces_including_named_members_are_backed_as_the_head()
    {
        var extraction = ExtractWithRulesOnly("The Syrian army, including Iranian troops and Hezbollah fighters, is backed by Russian air power.");

        Assert.True(Has(extraction, "russia", RelationPredicate.Supports, "syrian-army"), Describe(extraction));
    }

    [Fact]
    public void A_compound_backer_of_unnamed_militias_backs_the_examples_named()
    {
        var extraction = ExtractWithRulesOnly("Iranian-backed militias such as Asaib Ahl al-Haq and the Badr Organization fought near Tikrit.");

        Assert.True(Has(extraction, "iran", RelationPredicate.Supports, "asaib-ahl-al-haq"), Describe(extraction));
        Assert.True(Has(extraction, "iran", RelationPredicate.Supports, "badr"), Describe(extraction));
    }

    [Fact]
    public void Unnamed_militias_backed_by_an_agent_are_the_examples_named_after_the_verb()
    {
        var extraction = ExtractWithRulesOnly("Several militias backed by Iran have deployed near Aleppo, most notably Asaib Ahl al-Haq and the Badr Organization.");

        Assert.True(Has(extraction, "iran", RelationPredicate.Supports, "asaib-ahl-al-haq"), Describe(extraction));
        Assert.True(Has(extraction, "iran", RelationPredicate.Supports, "badr"), Describe(extraction));
    }

    [Fact]
    public void Fighting_alongside_is_the_subjects_support_and_mutual_only_in_an_alliance()
    {
        var oneSided = ExtractWithRulesOnly("Kataib Hezbollah is fighting alongside the Syrian army near Aleppo.");
        var mutual = ExtractWithRulesOnly("The Free Syrian Army is fighting alongside the YPG in an alliance against the Islamic State.");

        Assert.True(Has(oneSided, "kataib-hezbollah", RelationPredicate.Supports, "syrian-army"), Describe(oneSided));
        Assert.False(Has(oneSided, "syrian-army", RelationPredicate.Supports, "kataib-hezbollah"), Describe(oneSided));
        Assert.True(Has(mutual, "ypg", RelationPredicate.Supports, "fsa"), Describe(mutual));
    }

    [Fact]
    public void A_list_goes_on_past_a_possessed_head_noun()
    {
        var extraction = ExtractWithRulesOnly("Kataib Hezbollah is fighting alongside the Syrian army's troops, the Lebanese group Hezbollah and the Houthis.");

        Assert.True(Has(extraction, "kataib-hezbollah", RelationPredicate.Supports, "houthis"), Describe(extraction));
    }

    [Theory]
    [InlineData("Russia supplied weapons to the Syrian army.", "russia", "syrian-army")]
    [InlineData("The United States provides the SDF with weapons and training.", "united-states", "sdf")]
    [InlineData("Qatar is bankrolling Ahrar al-Sham.", "qatar", "ahrar-al-sham")]
    public void Delivering_arms_aid_or_money_backs_the_receiver(string sentence, string backer, string backed)
    {
        var extraction = ExtractWithRulesOnly(sentence);

        Assert.True(Has(extraction, backer, RelationPredicate.Supports, backed), Describe(extraction));
    }

    [Fact]
    public void Providing_details_to_a_news_agency_is_no_backing()
    {
        var extraction = ExtractWithRulesOnly("The Iraqi army provided details to Reuters on Monday.");

        Assert.False(Has(extraction, "iraqi-army", RelationPredicate.Supports, "reuters"), Describe(extraction));
    }

    [Fact]
    public void A_long_list_of_places_taken_is_taken_to_its_last_item()
    {
        var extraction = ExtractWithRulesOnly("Iraqi special forces took over the neighbourhoods of Zahrun, Baqil, Nawra, Hisba, Dulab and Marwiya on Friday.");

        foreach (var place in new[] { "zahrun", "baqil", "nawra", "hisba", "dulab", "marwiya" })
            Assert.True(extraction.Relations.Any(r => r.Subject == "iraqi-special-forces" && r.Predicate == RelationPredicate.Captured && r.Object == place), place + ": " + Describe(extraction));
    }

    [Fact]
    public void Two_names_before_a_plural_place_noun_are_both_taken()
    {
        var extraction = ExtractWithRulesOnly("Syrian troops recaptured the Turaiba and Sawfan villages east of Homs.");

        Assert.Equal(2, extraction.Relations.Count(r => r.Subject == "syrian-army" && r.Predicate == RelationPredicate.Captured));
    }

    [Theory]
    [InlineData("Kurdish fighters took back Kudila on Monday.")]
    [InlineData("Kurdish fighters won back Kudila on Monday.")]
    [InlineData("Kurdish fighters cleared the village of Kudila on Monday.")]
    public void Taking_back_or_clearing_a_place_is_a_capture_not_backing(string body)
    {
        var extraction = ExtractWithRulesOnly(body);

        Assert.True(extraction.Relations.Any(r => r.Subject == "kurdish-forces" && r.Predicate == RelationPredicate.Captured && r.Object == "kudila"), Describe(extraction));
        Assert.DoesNotContain(extraction.Relations, r => r.Predicate == RelationPredicate.Supports);
    }

    [Fact]
    public void Clashes_between_a_backed_party_and_another_oppose_the_two_parties()
    {
        var extraction = ExtractWithRulesOnly("Clashes broke out between the Turkey-backed Free Syrian Army (FSA) and Syrian regime forces west of Manbij.");

        Assert.True(Has(extraction, "fsa", RelationPredicate.Opposes, "syrian-army") && Has(extraction, "syrian-army", RelationPredicate.Opposes, "fsa"), Describe(extraction));
        Assert.False(Has(extraction, "fsa", RelationPredicate.Supports, "syrian-army"), Describe(extraction));
    }

    [Theory]
    [InlineData("Islamic State ousted from second Gwer village")]
    [InlineData("Islamic State fighters driven out of Gwer after a week of fighting")]
    public void A_headline_passive_without_its_auxiliary_gives_the_expelled_no_capture(string body)
    {
        var extraction = ExtractWithRulesOnly(body);

        Assert.DoesNotContain(extraction.Relations, r => r.Predicate == RelationPredicate.Captured);
    }

    [Fact]
    public void Taking_most_of_a_province_is_no_capture_of_it()
    {
        var extraction = ExtractWithRulesOnly("Syrian troops captured most of Quneitra province in a week.");

        Assert.DoesNotContain(extraction.Relations, r => r.Predicate == RelationPredicate.Captured);
    }

    [Fact]
    public void A_country_owning_a_people_is_not_the_one_fighting()
    {
        var extraction = ExtractWithRulesOnly("Backed by American advisers, Iraq's Yazidis fought in the war against ISIS alongside the Peshmerga.");

        Assert.False(Has(extraction, "iraq", RelationPredicate.Opposes, "isis"), Describe(extraction));
        Assert.False(Has(extraction, "united-states", RelationPredicate.Supports, "iraq"), Describe(extraction));
    }

    [Fact]
    public void A_country_owning_a_named_party_is_not_the_one_crossing()
    {
        var extraction = ExtractWithRulesOnly("Ayla Demir, a deputy of Turkey's pro-Kurdish Peoples' Democratic Party (HDP) crossed the border into Kobane on Tuesday.");

        Assert.False(Has(extraction, "turkiye", RelationPredicate.CrossedInto, "kobani"), Describe(extraction));
    }

    [Fact]
    public void The_named_force_a_country_owns_is_the_object_not_the_country()
    {
        var extraction = ExtractWithRulesOnly("Turkish jets attacked Syria's Kurdish YPG near Afrin.");

        Assert.True(Has(extraction, "turkiye", RelationPredicate.Opposes, "ypg"), Describe(extraction));
        Assert.False(Has(extraction, "turkiye", RelationPredicate.Opposes, "syria"), Describe(extraction));
    }

    [Fact]
    public void A_country_owning_a_common_noun_still_acts()
    {
        var extraction = ExtractWithRulesOnly("Tehran's drive to arm the Houthis continued.");

        Assert.True(Has(extraction, "iran", RelationPredicate.Supports, "houthis"), Describe(extraction));
    }

    [Fact]
    public void Places_named_after_a_reduced_relative_capture_are_taken_by_its_agent()
    {
        var extraction = ExtractWithRulesOnly("The towns and villages seized by the Nusra Front include Kafr Nabl, Maarrat al-Numan and Saraqib.");

        Assert.True(Has(extraction, "nusra-front", RelationPredicate.Captured, "kafr-nabl"), Describe(extraction));
        Assert.True(Has(extraction, "nusra-front", RelationPredicate.Captured, "saraqib"), Describe(extraction));
    }

    [Fact]
    public void Places_named_after_held_by_are_not_taken()
    {
        var extraction = ExtractWithRulesOnly("The areas held by the SDF include Manbij.");

        Assert.DoesNotContain(extraction.Relations, r => r.Predicate == RelationPredicate.Captured);
    }

    [Theory]
    [InlineData("Hezbollah, Iran's main ally in Lebanon, attacked the Nusra Front near Arsal.", "hezbollah", RelationPredicate.Opposes, "nusra-front")]
    [InlineData("Hezbollah, Iran's main ally in Lebanon, has long been fighting in support of the Syrian army.", "hezbollah", RelationPredicate.Supports, "syrian-army")]
    public void A_possessive_apposition_describes_the_name_before_it_which_acts(string text, string actor, RelationPredicate predicate, string obj)
    {
        var extraction = ExtractWithRulesOnly(text);

        Assert.True(Has(extraction, actor, predicate, obj), Describe(extraction));
        Assert.False(Has(extraction, "iran", predicate, obj), Describe(extraction));
    }

    [Fact]
    public void Fighting_between_two_sides_opposes_across_them_and_joins_each_side()
    {
        var extraction = ExtractWithRulesOnly("The village saw fierce fighting between Hezbollah and the Syrian army on one side and the Free Syrian Army on the other.");

        Assert.True(Has(extraction, "hezbollah", RelationPredicate.Opposes, "fsa") && Has(extraction, "fsa", RelationPredicate.Opposes, "syrian-army"), Describe(extraction));
        Assert.True(Has(extraction, "hezbollah", RelationPredicate.Supports, "syrian-army"), Describe(extraction));
        Assert.False(Has(extraction, "hezbollah", RelationPredicate.Opposes, "syrian-army"), Describe(extraction));
    }

    [Theory]
    [InlineData("The coalition said it trains local partners in Syria to defeat ISIS, the SDF, in the east.", "us-led-coalition", "sdf")]
    [InlineData("Washington helps Baghdad in its campaign to defeat ISIS, the coalition said on Monday.", "united-states", "us-led-coalition")]
    public void A_name_after_a_bare_comma_and_the_is_no_further_object(string text, string actor, string notTarget)
    {
        var extraction = ExtractWithRulesOnly(text);

        Assert.False(Has(extraction, actor, RelationPredicate.Opposes, notTarget), Describe(extraction));
    }

    [Fact]
    public void A_list_closed_by_and_keeps_every_member()
    {
        var extraction = ExtractWithRulesOnly("The coalition bombed ISIS, the Nusra Front and the PKK near Afrin.");

        Assert.True(Has(extraction, "us-led-coalition", RelationPredicate.Opposes, "nusra-front"), Describe(extraction));
        Assert.True(Has(extraction, "us-led-coalition", RelationPredicate.Opposes, "pkk"), Describe(extraction));
    }
}
