using System.Text.Json;
using GraphBuilder.Nlp.Classification;
using GraphBuilder.Nlp.Pipeline;

namespace GraphBuilder.Nlp.Tests;

/// <summary>The trained relation classifier: its features, its model file, its stage and its trainer (original sentences only).</summary>
public sealed class RelationClassifierTests : IDisposable
{
    private static readonly ExtractionPipeline RulesOnly = ExtractionPipeline.CreateRulesOnly();

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Hashed_features_are_the_hashes_of_the_named_features()
    {
        var document = RulesOnly.Run("The Northern Brigade, which is backed by Portugal, pummelled the Southern Front near Eastvale.");
        var (_, mentions) = RelationClassifierStage.NamedMentionsBySentence(document).First();
        var pairs = RelationClassifierStage.Pairs(mentions, RulesOnly.Gazetteer).ToList();
        Assert.NotEmpty(pairs);

        foreach (var pair in pairs)
        {
            var named = new NamingFeatureSink();
            var hashed = new HashingFeatureSink();
            PairFeatures.Collect(document, document.Sentences[0], pair.Subject, pair.SubjectIsCountry, pair.Object, pair.ObjectIsCountry, mentions, named);
            PairFeatures.Collect(document, document.Sentences[0], pair.Subject, pair.SubjectIsCountry, pair.Object, pair.ObjectIsCountry, mentions, hashed);

            Assert.Equal(named.Features.Select(HashingFeatureSink.HashOfName), hashed.Features);
            Assert.Contains("bias", named.Features);
        }
    }

    [Fact]
    public void Words_between_are_lower_cased_and_stemmed_and_a_hyphenated_compound_is_a_feature()
    {
        var document = RulesOnly.Run("Portugal-backed fighters of the Northern Brigade were shelling the Southern Front.");
        var (_, mentions) = RelationClassifierStage.NamedMentionsBySentence(document).First();
        var brigade = mentions.Single(m => document.Text[m.Start..m.End].Contains("Northern", StringComparison.Ordinal));
        var front = mentions.Single(m => document.Text[m.Start..m.End].Contains("Southern", StringComparison.Ordinal));
        var ruritania = mentions.Single(m => document.Text[m.Start..m.End] == "Portugal");

        var sink = new NamingFeatureSink();
        PairFeatures.Collect(document, document.Sentences[0], brigade, false, front, false, mentions, sink);
        Assert.Contains("bw:shell", sink.Features);
        Assert.Contains("ab:bw:were", sink.Features);
        Assert.Contains("order:ab", sink.Features);

        sink = new NamingFeatureSink();
        PairFeatures.Collect(document, document.Sentences[0], ruritania, true, brigade, false, mentions, sink);
        Assert.Contains("ahyph:back", sink.Features);
        Assert.Contains("ta:Lc", sink.Features);
        Assert.Contains("ohead:brigade", sink.Features);
    }

    [Fact]
    public void Model_file_gives_the_probability_of_its_weights_and_names_a_bad_line()
    {
        var model = RelationClassifier.Load(new StringReader("# comment\nthreshold\t0.7\nOPPOSES\tbias\t-1\nOPPOSES\tbw:pummell\t3\n"));
        var features = new List<ulong> { HashingFeatureSink.HashOfName("bias"), HashingFeatureSink.HashOfName("bw:pummell") };

        Assert.Equal(0.7, model.Threshold);
        Assert.Equal(1 / (1 + Math.Exp(-2)), model.Probability(RelationPredicate.Opposes, features), 6);
        Assert.Equal(0.5, model.Probability(RelationPredicate.Supports, features), 6);
        var error = Assert.Throws<FormatException>(() => RelationClassifier.Load(new StringReader("threshold\t0.5\nOPPOSES\tbw:x\n")));
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => RelationClassifier.Load(new StringReader("BEFRIENDS\tbias\t1\n")));
    }

    [Fact]
    public void A_model_file_that_failed_to_load_is_read_again_once_mended()
    {
        var path = _folder.Write("mended.tsv", "threshold\t0.5\nOPPOSES\tbw:x\n");

        var error = Assert.Throws<FormatException>(() => ExtractionPipeline.CreateDefault(new NlpOptions { RelationModelFile = path }));
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
        _folder.Write("mended.tsv", "threshold\t0.5\nOPPOSES\tbias\t-2\nOPPOSES\tab:bw:pummell\t4\n");
        var pipeline = ExtractionPipeline.CreateDefault(new NlpOptions { RelationModelFile = path });

        Assert.Contains(pipeline.Extract(Article("The Northern Brigade pummelled the Southern Front on Monday.")).Relations, r => r.Predicate == RelationPredicate.Opposes);
    }

    [Fact]
    public void The_stage_adds_what_the_model_scores_above_its_threshold_and_hedges_a_modal()
    {
        var path = _folder.Write("model.tsv", "threshold\t0.5\nOPPOSES\tbias\t-2\nOPPOSES\tab:bw:pummell\t4\nSUPPORTS\tbias\t-2\n");
        var pipeline = ExtractionPipeline.CreateDefault(new NlpOptions { RelationModelFile = path });

        var asserted = pipeline.Extract(Article("The Northern Brigade pummelled the Southern Front on Monday."));
        var hedged = pipeline.Extract(Article("The Northern Brigade could have pummelled the Southern Front on Monday."));
        var rulesOnly = ExtractionPipeline.CreateRulesOnly().Run("The Northern Brigade pummelled the Southern Front on Monday.");

        var relation = Assert.Single(asserted.Relations);
        Assert.Equal((RelationPredicate.Opposes, RelationStatus.Asserted, "pummelled"), (relation.Predicate, relation.Status, relation.Evidence.Trigger));
        Assert.Contains("Northern", asserted.Entities.Single(e => e.Id == relation.Subject).Name, StringComparison.Ordinal);
        Assert.Equal("Northern Brigade pummelled the Southern Front", relation.Evidence.Text);
        Assert.Equal(RelationStatus.Hedged, Assert.Single(hedged.Relations).Status);
        Assert.Empty(rulesOnly.Relations);
    }

    [Fact]
    public void A_country_after_a_preposition_of_place_is_no_party_to_what_the_model_scores()
    {
        var pipeline = PummellingModel();

        var result = pipeline.Extract(Article("The Northern Brigade pummelled the Southern Front in eastern Portugal and Spain on Monday."));
        var placeLess = pipeline.Extract(Article("The Northern Brigade pummelled the Southern Front, Portugal and Spain on Monday."));

        var relation = Assert.Single(result.Relations);
        Assert.Contains("Southern", result.Entities.Single(e => e.Id == relation.Object).Name, StringComparison.Ordinal);
        Assert.Equal(3, placeLess.Relations.Count);
    }

    [Fact]
    public void A_state_and_its_own_army_are_not_related_by_the_model()
    {
        var pipeline = PummellingModel();

        var armyOfAnother = pipeline.Extract(Article("Lebanon pummelled the Israeli army and the Southern Front on Monday."));
        var ownArmy = pipeline.Extract(Article("Israel pummelled the Israeli army and the Southern Front on Monday."));
        var ownForcesByAcronym = pipeline.Extract(Article("Israel pummelled the IDF and the Southern Front on Monday."));

        Assert.Contains(armyOfAnother.Relations, r => r.Object == "israeli-army");
        Assert.DoesNotContain(ownArmy.Relations, r => r.Object == "israeli-army");
        Assert.DoesNotContain(ownForcesByAcronym.Relations, r => r.Object == "idf");
        Assert.Single(ownArmy.Relations);
    }

    [Fact]
    public void A_backer_inside_a_compound_is_no_party_to_what_the_model_scores_but_may_back()
    {
        var pipeline = PummellingModel();

        var target = pipeline.Extract(Article("The Northern Brigade pummelled Portugal-backed fighters near Eastvale on Monday."));
        var actor = pipeline.Extract(Article("Portugal-backed fighters pummelled the Southern Front near Eastvale on Monday."));
        var named = pipeline.Extract(Article("The Northern Brigade pummelled Portugal near Eastvale on Monday."));

        Assert.DoesNotContain(target.Relations, r => r.Object == "portugal");
        Assert.DoesNotContain(actor.Relations, r => r.Subject == "portugal" && r.Predicate == RelationPredicate.Opposes);
        Assert.Contains(named.Relations, r => r.Object == "portugal" && r.Predicate == RelationPredicate.Opposes);
    }

    [Fact]
    public void One_organisation_described_as_a_branch_of_another_and_a_landmark_place_are_not_related_by_the_model()
    {
        var path = _folder.Write("branch.tsv", "threshold\t0.6\nOPPOSES\tbias\t4\nSUPPORTS\tbias\t-4\nCAPTURED\tbias\t4\nCROSSED_INTO\tbias\t-4\n");
        var pipeline = ExtractionPipeline.CreateDefault(new NlpOptions { RelationModelFile = path });

        var branch = pipeline.Extract(Article("The Northern Brigade, the local branch of the Southern Front, met on Monday."));
        var landmark = pipeline.Extract(Article("The Northern Brigade met in a village 20 km southwest of Eastvale on Monday."));
        var plain = pipeline.Extract(Article("The Northern Brigade met the Southern Front in a village of Eastvale on Monday."));

        Assert.Empty(branch.Relations);
        Assert.DoesNotContain(landmark.Relations, r => r.Predicate == RelationPredicate.Captured);
        Assert.Contains(plain.Relations, r => r.Predicate == RelationPredicate.Opposes);
        Assert.Contains(plain.Relations, r => r.Predicate == RelationPredicate.Captured);
    }

    [Fact]
    public void The_holder_in_a_held_compound_does_nothing_the_model_scores()
    {
        var pipeline = PummellingModel();

        var held = pipeline.Extract(Article("In ISIS-held villages the shells pummelled the Northern Brigade on Monday."));
        var named = pipeline.Extract(Article("In Mosul ISIS pummelled the Northern Brigade on Monday."));

        Assert.Empty(held.Relations);
        Assert.Single(named.Relations);
    }

    [Fact]
    public void A_hedge_word_far_before_the_pair_does_not_hedge_what_the_model_scores()
    {
        var pipeline = PummellingModel();

        var far = pipeline.Extract(Article("Although possible stragglers were still hiding in the hills east of the river valley, the Northern Brigade pummelled the Southern Front."));
        var near = pipeline.Extract(Article("Officials said the Northern Brigade may have pummelled the Southern Front."));

        Assert.Equal(RelationStatus.Asserted, Assert.Single(far.Relations).Status);
        Assert.Equal(RelationStatus.Hedged, Assert.Single(near.Relations).Status);
    }

    /// <summary>A model that knows one verb, "pummelled", for OPPOSES and scores every other predicate low.</summary>
    private ExtractionPipeline PummellingModel()
    {
        var path = _folder.Write("pummelling.tsv", "threshold\t0.6\nOPPOSES\tbias\t-2\nOPPOSES\tab:bw:pummell\t4\nSUPPORTS\tbias\t-4\nCAPTURED\tbias\t-4\nCROSSED_INTO\tbias\t-4\n");
        return ExtractionPipeline.CreateDefault(new NlpOptions { RelationModelFile = path });
    }

    [Fact]
    public async Task Training_on_gold_articles_learns_a_construction_it_then_finds_in_new_sentences()
    {
        // Twelve short original articles: "X pummelled Y" is OPPOSES, "X praised Y" is nothing.
        var set = WriteSet("set", Enumerable.Range(0, 12).Select(i =>
        {
            var (a, b) = (Sides[i % 6], Sides[(i + 1 + (i / 6)) % 6]);
            var verb = i % 2 == 0 ? "pummelled" : "praised";
            var sentence = $"The {a} Brigade {verb} the {b} Front";
            return (a, b, $"{sentence} on Monday.", i % 2 == 0 ? sentence : null);
        }));

        var model = Path.Combine(_folder.Path, "trained.tsv");
        var (examples, positives) = await RelationModelTrainer.TrainAsync([set], model);

        Assert.Equal(6, positives);
        Assert.True(examples >= 24, $"{examples} examples");
        var pipeline = ExtractionPipeline.CreateDefault(new NlpOptions { RelationModelFile = model });
        var found = pipeline.Extract(Article("The Lowland Brigade pummelled the Desert Front at dawn."));
        var praised = pipeline.Extract(Article("The Lowland Brigade praised the Desert Front at dawn."));
        Assert.Contains(found.Relations, r => r.Predicate == RelationPredicate.Opposes);
        Assert.DoesNotContain(praised.Relations, r => r.Predicate == RelationPredicate.Opposes);
        Assert.Contains("# Trained on 12 gold-annotated articles", File.ReadAllText(model), StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_model_loads_with_weights_for_every_predicate()
    {
        var model = RelationClassifier.Embedded;

        Assert.True(model.FeatureCount > 1000, $"{model.FeatureCount} weights");
        Assert.InRange(model.Threshold, 0.05, 0.95);
    }

    private static Article Article(string body) => new("test", "test.txt", null, null, null, null, body);

    private static readonly string[] Sides = ["Northern", "Southern", "Eastern", "Western", "Coastal", "Highland"];

    /// <summary>A folder laid out like ../shared: one article per item, with the gold OPPOSES relation when evidence is given.</summary>
    private string WriteSet(string name, IEnumerable<(string A, string B, string Body, string? Evidence)> articles)
    {
        var set = Path.Combine(_folder.Path, name);
        Directory.CreateDirectory(Path.Combine(set, "articles"));
        Directory.CreateDirectory(Path.Combine(set, "gold"));
        var i = 0;
        foreach (var (a, b, body, evidence) in articles)
        {
            var file = $"{i:00}.txt";
            File.WriteAllText(Path.Combine(set, "articles", file), $"Report {i}\n\n{body}\n");
            var relations = evidence is null
                ? []
                : new[] { new { subject = "a", predicate = "OPPOSES", @object = "b", status = "asserted", evidence } };
            File.WriteAllText(Path.Combine(set, "gold", $"{i:00}.json"), JsonSerializer.Serialize(new
            {
                article = file,
                title = $"Report {i}",
                published = (string?)null,
                source = (string?)null,
                entities = new[]
                {
                    new { id = "a", type = "Organization", name = $"{a} Brigade", aliases = Array.Empty<string>() },
                    new { id = "b", type = "Organization", name = $"{b} Front", aliases = Array.Empty<string>() },
                },
                relations,
            }));
            i++;
        }

        return set;
    }
}
