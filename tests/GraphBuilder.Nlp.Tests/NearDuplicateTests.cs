using FsCheck;
using FsCheck.Fluent;

namespace GraphBuilder.Nlp.Tests;

public class NearDuplicateTests
{
    [Fact]
    public async Task Seed_001_is_reported_as_a_near_duplicate_of_000_and_no_other_pair_is()
    {
        var detector = new NearDuplicateDetector();
        var results = new List<(Article Article, NearDuplicateMatch? Match)>();
        foreach (var seed in new[] { "000", "001", "002", "003", "004" })
        {
            var article = await SharedData.ReadArticleAsync(seed);
            results.Add((article, detector.Add(article.Id, article.Body)));
        }

        Assert.Null(results[0].Match);
        Assert.Equal(results[0].Article.Id, results[1].Match?.DuplicateOfId);
        Assert.InRange(results[1].Match!.Similarity, NearDuplicateDetector.DefaultThreshold, 1.0);
        Assert.All(results.Skip(2), r => Assert.Null(r.Match));
    }

    [Fact]
    public async Task MinHash_estimate_is_close_to_the_exact_shingle_jaccard()
    {
        var a = (await SharedData.ReadArticleAsync("000")).Body;
        var b = (await SharedData.ReadArticleAsync("001")).Body;
        var c = (await SharedData.ReadArticleAsync("002")).Body;

        var exact = NearDuplicateDetector.ExactSimilarity(a, b);
        Assert.InRange(exact, 0.3, 0.5);
        Assert.InRange(NearDuplicateDetector.EstimateSimilarity(a, b), exact - 0.1, exact + 0.1);
        Assert.True(NearDuplicateDetector.ExactSimilarity(a, c) < 0.05);
        Assert.True(NearDuplicateDetector.EstimateSimilarity(a, c) < 0.1);
    }

    [Fact]
    public void Same_id_added_again_is_not_its_own_duplicate_but_the_same_text_under_a_new_id_is()
    {
        const string text = "The rebels crossed the river at dawn and took the town of Umm Jrais after a long fight with the army.";
        var detector = new NearDuplicateDetector();

        Assert.Null(detector.Add("a", text));
        Assert.Null(detector.Add("a", text));
        var match = detector.Add("b", text.Replace("dawn", "Dawn", StringComparison.Ordinal).Replace("town", "town  ", StringComparison.Ordinal));

        Assert.Equal(new NearDuplicateMatch("a", 1.0), match);
    }

    [Fact]
    public void Concurrent_adds_register_each_article_once_and_only_the_first_copy_is_original()
    {
        const string text = "Government troops spent the week scattering leaflets above the quarters, urging households to quit the old town ahead of the assault.";
        var detector = new NearDuplicateDetector();
        var results = new NearDuplicateMatch?[64];

        Parallel.For(0, results.Length, i => results[i] = detector.Add("copy-" + i, text));

        Assert.Single(results, r => r is null);
        Assert.All(results.Where(r => r is not null), r => Assert.StartsWith("copy-", r!.DuplicateOfId, StringComparison.Ordinal));
    }

    [Fact]
    public void The_most_similar_earlier_article_is_reported()
    {
        var words = Enumerable.Range(0, 200).Select(i => "w" + i).ToArray();
        var original = string.Join(' ', words);
        var lightlyEdited = string.Join(' ', words.Take(180));
        var heavilyEdited = string.Join(' ', words.Take(110));
        var detector = new NearDuplicateDetector();
        detector.Add("heavy", heavilyEdited);
        detector.Add("light", lightlyEdited);

        Assert.Equal("light", detector.Add("original", original)?.DuplicateOfId);
    }

    [Fact]
    public void Sentence_keys_ignore_quotes_dashes_case_spacing_and_closing_punctuation()
    {
        var key = SentenceKey.Normalise("“The PMU crossed into Syria’s Hasakah — locals said.”");

        Assert.Equal(key, SentenceKey.Normalise("\"the PMU  crossed into Syria's Hasakah - locals said\""));
        Assert.Equal("the pmu crossed into syria's hasakah - locals said", key);
        Assert.NotEqual(key, SentenceKey.Normalise("The PMU crossed into Syria's Raqqa - locals said."));
    }

    [Fact]
    public void Sentence_key_is_idempotent_for_any_text() =>
        Prop.ForAll<string>(text =>
        {
            var key = SentenceKey.Normalise(text ?? string.Empty);
            return SentenceKey.Normalise(key) == key;
        }).QuickCheckThrowOnFailure();
}
