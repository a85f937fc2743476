using GraphBuilder.Nlp.Data;
using GraphBuilder.Nlp.Pipeline;
using GraphBuilder.Nlp.Text;

namespace GraphBuilder.Nlp.Tests;

/// <summary>The tokenizer and sentence splitter alone: no data files needed.</summary>
public class TextStageTests
{
    private static Document Split(string text)
    {
        var document = new Document(text);
        new Tokenizer().Process(document, default);
        new SentenceSplitter().Process(document, default);
        return document;
    }

    private static string[] Tokens(string text)
    {
        var document = Split(text);
        return document.Tokens.Select(t => text[t.Start..t.End]).ToArray();
    }

    private static string[] Sentences(string text)
    {
        var document = Split(text);
        return document.Sentences.Select(s => text[s.Start..s.End]).ToArray();
    }

    [Fact]
    public void Tokenizer_keeps_compounds_transliterations_and_acronyms_whole_and_splits_possessives()
    {
        Assert.Equal(
            ["The", "Turkey-backed", "fighters", "left", "al-Sa’ad", "for", "Syria", "'s", "U.S.", "base", "."],
            Tokens("The Turkey-backed fighters left al-Sa’ad for Syria's U.S. base."));
        Assert.Equal(["“", "We", "came", ",", "”", "he", "said", "(", "AP", ")", "in", "2019", "."],
            Tokens("“We came,” he said (AP) in 2019."));
        Assert.Equal(["U.S-allied", "Shi'ite", "troops"], Tokens("U.S-allied Shi'ite troops"));
    }

    [Fact]
    public void Tokenizer_offsets_point_back_into_the_text()
    {
        const string text = "  Kurdish-led units\n\nentered  Raqqa’s outskirts.";
        var document = Split(text);
        foreach (var token in document.Tokens)
            Assert.False(string.IsNullOrWhiteSpace(text[token.Start..token.End]));
        var raqqa = document.Tokens.Single(t => text[t.Start..t.End] == "Raqqa");
        Assert.Equal(text.IndexOf("Raqqa", StringComparison.Ordinal), raqqa.Start);
        Assert.True(document.Tokens[2].ParagraphBefore);
    }

    [Fact]
    public void Tokenizer_keeps_addresses_and_decimals_whole()
    {
        Assert.Equal(["mail", "desk@example.org", "or", "www.example.org", "for", "3.5", "km"], Tokens("mail desk@example.org or www.example.org for 3.5 km"));
    }

    [Fact]
    public void Splitter_breaks_a_missing_space_after_a_full_stop_but_not_abbreviations()
    {
        Assert.Equal(["Troops reached Homs.", "Later they withdrew."], Sentences("Troops reached Homs.Later they withdrew."));
        Assert.Equal(["Lt. Gen. Smith met Col. Jones and U.S. forces in Dec. 2016 at noon."],
            Sentences("Lt. Gen. Smith met Col. Jones and U.S. forces in Dec. 2016 at noon."));
    }

    [Fact]
    public void Splitter_keeps_closing_quotes_with_their_sentence()
    {
        Assert.Equal(["“We will stay.”", "The commander left."], Sentences("“We will stay.” The commander left."));
        Assert.Equal(["He said “never.”", "“Yes,” she replied."], Sentences("He said “never.” “Yes,” she replied."));
    }

    [Fact]
    public void Splitter_ends_headings_and_paragraphs_at_line_breaks_but_joins_a_broken_line()
    {
        Assert.Equal(["BATTLE FOR THE CITY", "Fighting resumed on Sunday."],
            Sentences("BATTLE FOR THE CITY\n\nFighting resumed on Sunday."));
        Assert.Equal(["Forces tightened the siege on the\n\ntown overnight."],
            Sentences("Forces tightened the siege on the\n\ntown overnight."));
    }

    [Theory]
    [InlineData("Qasim Musla", "Qassem Mesleh")]
    [InlineData("Popular Mobilisation Units", "Popular Mobilization Units")]
    [InlineData("Hizballah", "Hezbollah")]
    [InlineData("Ar Raqqah", "Raqqa")]
    public void Name_folding_joins_spelling_and_transliteration_variants(string a, string b) =>
        Assert.Equal(NameKey.Fold(a), NameKey.Fold(b));

    [Theory]
    [InlineData("Hamas", "Homs")]
    [InlineData("Qasim Musla", "Karim Nouri")]
    public void Name_folding_keeps_different_names_apart(string a, string b) =>
        Assert.NotEqual(NameKey.Fold(a), NameKey.Fold(b));

    [Fact]
    public void Slugs_are_ascii_and_hyphenated() => Assert.Equal("tall-afar", NameKey.Slug("Tall ‘Afar"));
}
