using static GraphBuilder.Nlp.Tests.TestExtraction;

namespace GraphBuilder.Nlp.Tests;

/// <summary>Which actor a description ("the combined forces", "the coalition") stands for, on sentences written for these tests.</summary>
public class DescriptionReferenceTests
{
    [Fact]
    public void A_description_far_from_any_name_is_not_the_article_s_main_organisation()
    {
        var extraction = ExtractWithRulesOnly("Hezbollah held a rally in Beirut. Hezbollah leaders spoke at length about the economy. "
                                              + "Officials said prices rose again in the spring. Shops were closed for a week. "
                                              + "By evening, the combined forces had cleared the village of Barzeh.");

        Assert.False(Has(extraction, "hezbollah", RelationPredicate.Captured, "barzeh"), Describe(extraction));
    }

    [Fact]
    public void The_coalition_as_a_subject_is_the_coalition_named_before()
    {
        var extraction = ExtractWithRulesOnly("The US-led coalition has backed the SDF for years. Officials said talks would resume in the spring. "
                                              + "Later the coalition struck Islamic State positions near Hajin.");

        Assert.True(Has(extraction, "us-led-coalition", RelationPredicate.Opposes, "isis"), Describe(extraction));
    }

    [Fact]
    public void Unnamed_militants_far_from_any_name_are_the_jihadist_group_the_article_names_most()
    {
        var extraction = ExtractWithRulesOnly("Al Qaeda once held parts of Anbar. The Islamic State grew out of it later. ISIS now controls Raqqa. "
                                              + "ISIS also runs oil fields in the east. Officials met on Monday. Talks were held in Baghdad. "
                                              + "Tikrit fell to militants on Tuesday.");

        Assert.True(Has(extraction, "isis", RelationPredicate.Captured, "tikrit"), Describe(extraction));
        Assert.False(Has(extraction, "al-qaeda", RelationPredicate.Captured, "tikrit"), Describe(extraction));
    }

    [Fact]
    public void Army_forces_are_the_army_not_the_government_named_last()
    {
        var extraction = ExtractWithRulesOnly("The Syrian army advanced near Hama on Monday. The Syrian regime has said little about losses. "
                                              + "The regime's army forces then took over the village of Tal Skak.");

        Assert.True(Has(extraction, "syrian-army", RelationPredicate.Captured, "tal-skak"), Describe(extraction));
        Assert.False(Has(extraction, "syrian-government", RelationPredicate.Captured, "tal-skak"), Describe(extraction));
    }

    [Fact]
    public void They_after_an_unnamed_plural_speaker_is_that_speaker_not_a_group_named_before()
    {
        var extraction = ExtractWithRulesOnly("Hezbollah held the hills near Zabadani for a year. Rebels warned they would attack the Syrian army on Sunday.");

        Assert.False(Has(extraction, "hezbollah", RelationPredicate.Opposes, "syrian-army"), Describe(extraction));
    }

    [Fact]
    public void Ground_forces_described_after_a_coalition_are_not_the_coalition()
    {
        var extraction = ExtractWithRulesOnly("Kurdish fighters advanced on Monday, and the US-led coalition struck targets nearby. "
                                              + "The joint forces then seized control of the town of al-Hawl.");

        Assert.False(Has(extraction, "us-led-coalition", RelationPredicate.Captured, "al-hawl"), Describe(extraction));
        Assert.True(Has(extraction, "kurdish-forces", RelationPredicate.Captured, "al-hawl"), Describe(extraction));
    }
}
