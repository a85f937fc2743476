using static GraphBuilder.Nlp.Tests.TestExtraction;

namespace GraphBuilder.Nlp.Tests;

/// <summary>Attacks whose object is ground or targets an actor holds, on sentences written for these tests.</summary>
public class AttackedTargetOwnerTests
{
    [Theory]
    [InlineData("Russian bombers struck positions held by Jaish al-Islam east of Damascus on Monday.", "russia", "jaish-al-islam")]
    [InlineData("Turkish jets shelled villages controlled by the PKK in the mountains.", "turkiye", "pkk")]
    [InlineData("Iranian drones bombed YPG-held areas south of the town overnight.", "iran", "ypg")]
    [InlineData("Russian airstrikes on Nusra Front-held territory continued for a week.", "russia", "nusra-front")]
    public void The_holder_of_ground_attacked_is_the_one_attacked(string sentence, string attacker, string holder)
    {
        var extraction = ExtractWithRulesOnly(sentence);

        Assert.True(Has(extraction, attacker, RelationPredicate.Opposes, holder), Describe(extraction));
    }

    [Fact]
    public void Ground_held_by_an_actor_named_in_a_threat_is_no_attack_on_it()
    {
        var extraction = ExtractWithRulesOnly("Kurdish officials called the PMU a threat to the SDF-held area.");

        Assert.False(Has(extraction, "pmu", RelationPredicate.Opposes, "sdf"), Describe(extraction));
    }

    [Theory]
    [InlineData("The US-led coalition widened its campaign. Dozens of ISIS positions near Mosul were hit by coalition jets.", "us-led-coalition", "isis")]
    [InlineData("Ankara promised a response. The PKK's hideouts were struck by Turkish warplanes at dawn.", "turkiye", "pkk")]
    [InlineData("Israel rarely comments. Several Hezbollah depots were targeted by Israeli aircraft last night.", "israel", "hezbollah")]
    public void A_passive_attack_on_an_actors_targets_opposes_the_owner(string sentence, string attacker, string owner)
    {
        var extraction = ExtractWithRulesOnly(sentence);

        Assert.True(Has(extraction, attacker, RelationPredicate.Opposes, owner), Describe(extraction));
    }

    [Theory]
    [InlineData("Peshmerga officers said ISIS had shelled their positions near the dam overnight.", "isis", "peshmerga")]
    [InlineData("The Syrian army said Turkish forces struck its bases west of the river.", "turkish-army", "syrian-army")]
    public void Targets_owned_by_a_pronoun_belong_to_the_reporting_speaker(string sentence, string attacker, string speaker)
    {
        var extraction = ExtractWithRulesOnly(sentence);

        Assert.True(Has(extraction, attacker, RelationPredicate.Opposes, speaker), Describe(extraction));
    }

    [Fact]
    public void Only_an_attack_on_a_speakers_targets_opposes_the_speaker()
    {
        var extraction = ExtractWithRulesOnly("The Syrian army said Russian forces reinforced its bases west of the river.");

        Assert.False(Has(extraction, "russian-army", RelationPredicate.Supports, "syrian-army"), Describe(extraction));
        Assert.False(Has(extraction, "russian-army", RelationPredicate.Opposes, "syrian-army"), Describe(extraction));
    }
}
