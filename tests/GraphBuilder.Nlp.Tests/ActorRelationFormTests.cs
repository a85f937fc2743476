using static GraphBuilder.Nlp.Tests.TestExtraction;

namespace GraphBuilder.Nlp.Tests;

/// <summary>Support and hostility between actors named in one sentence, on sentences written for these tests.</summary>
public class ActorRelationFormTests
{
    [Theory]
    [InlineData("Talks stalled with the Syrian National Army (SNA), a Turkish-backed rebel alliance, on Tuesday.", "turkiye", "sna")]
    [InlineData("Kataib Hezbollah, an Iranian-backed organization, denied the claim on Sunday.", "iran", "kataib-hezbollah")]
    public void An_apposition_describes_the_name_before_the_comma_even_after_an_acronym(string sentence, string backer, string backed)
    {
        var extraction = Extract(sentence);

        Assert.True(Has(extraction, backer, RelationPredicate.Supports, backed), Describe(extraction));
    }

    [Fact]
    public void Support_in_a_relative_clause_backs_its_antecedent_not_its_object()
    {
        var extraction = ExtractWithRulesOnly("The SDF, which has pushed ISIS out of many towns with U.S.-led coalition support, began a new push on Monday.");

        Assert.True(Has(extraction, "us-led-coalition", RelationPredicate.Supports, "sdf"), Describe(extraction));
        Assert.False(Has(extraction, "us-led-coalition", RelationPredicate.Supports, "isis"), Describe(extraction));
    }

    [Fact]
    public void A_deal_struck_with_a_country_is_no_attack_on_it()
    {
        var extraction = ExtractWithRulesOnly("Turkey sent troops to Idlib under a deal struck with Russia last year.");

        Assert.False(Has(extraction, "turkiye", RelationPredicate.Opposes, "russia"), Describe(extraction));
    }

    [Theory]
    [InlineData("The offensive was a gain for Hezbollah and its allies Iran and Syria.", "iran", "hezbollah")]
    [InlineData("Russia denied it. The town was shelled by the Syrian army and its Russian allies for weeks.", "russia", "syrian-army")]
    public void Allies_after_a_possessive_back_the_actor_before_and(string sentence, string ally, string owner)
    {
        var extraction = Extract(sentence);

        Assert.True(Has(extraction, ally, RelationPredicate.Supports, owner), Describe(extraction));
    }

    [Theory]
    [InlineData("Iran and Russia decried the US strike on the airfield.", "iran", "united-states")]
    [InlineData("Turkey denounced the Russian raids on Idlib.", "turkiye", "russia")]
    public void Decrying_or_denouncing_an_actor_s_strike_opposes_the_actor(string sentence, string critic, string target)
    {
        var extraction = Extract(sentence);

        Assert.True(Has(extraction, critic, RelationPredicate.Opposes, target), Describe(extraction));
    }

    [Fact]
    public void Moving_under_the_protection_of_an_actor_is_backed_by_it()
    {
        var extraction = ExtractWithRulesOnly("The Turkish army column drove into Idlib under the protection of Hayat Tahrir al-Sham.");

        Assert.True(Has(extraction, "hts", RelationPredicate.Supports, "turkish-army"), Describe(extraction));
    }

    [Fact]
    public void A_dashed_aside_after_the_first_party_of_between_keeps_both_parties()
    {
        var extraction = ExtractWithRulesOnly("The valley saw weeks of fighting between members of the Nusra Front –who hold the hills there– and Hezbollah units.");

        Assert.True(Has(extraction, "nusra-front", RelationPredicate.Opposes, "hezbollah"), Describe(extraction));
        Assert.True(Has(extraction, "hezbollah", RelationPredicate.Opposes, "nusra-front"), Describe(extraction));
    }

    [Theory]
    [InlineData("Russian jets carried out airstrikes in Idlib and Hama against Hayat Tahrir al-Sham.", "russia", "hts")]
    [InlineData("The Turkish army began an operation on Tuesday in Afrin against the YPG.", "turkish-army", "ypg")]
    public void A_place_or_time_adjunct_between_a_campaign_noun_and_against_keeps_the_target(string sentence, string attacker, string target)
    {
        var extraction = ExtractWithRulesOnly(sentence);

        Assert.True(Has(extraction, attacker, RelationPredicate.Opposes, target), Describe(extraction));
    }
}
