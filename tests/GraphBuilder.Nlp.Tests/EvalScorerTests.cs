namespace GraphBuilder.Nlp.Tests;

public class EvalScorerTests
{
    private static readonly string[] Seeds = ["000", "001", "002", "003", "004"];

    private static async Task<List<GoldDocument>> AllGoldAsync()
    {
        var gold = new List<GoldDocument>();
        foreach (var seed in Seeds)
        {
            gold.Add(await SharedData.ReadGoldAsync(seed));
        }

        return gold;
    }

    [Fact]
    public async Task Gold_scored_against_itself_is_perfect()
    {
        var gold = await AllGoldAsync();

        var report = GoldEvaluator.Score(gold.Select(g => (g, g)));

        Assert.Equal(5, report.Articles);
        Assert.Equal(gold.Sum(g => g.Entities.Count), report.Entities.TruePositives);
        Assert.Equal(gold.Sum(g => g.Relations.Count), report.Relations.TruePositives);
        Assert.Equal((1.0, 1.0, 1.0), (report.Entities.Precision, report.Entities.Recall, report.Entities.F1));
        Assert.Equal((1.0, 1.0, 1.0), (report.Relations.Precision, report.Relations.Recall, report.Relations.F1));
        Assert.All(report.RelationsByPredicate.Values, s => Assert.Equal(1.0, s.F1));
        Assert.Equal(1.0, report.StatusAccuracy);
        Assert.Equal((5, 5, 5), (report.TitlesCorrect, report.PublishedCorrect, report.SourcesCorrect));
    }

    [Fact]
    public async Task Predicted_ids_need_not_equal_gold_ids_when_the_names_match()
    {
        var gold = await SharedData.ReadGoldAsync("000");
        var predicted = gold with
        {
            Entities = [.. gold.Entities.Select(e => e with { Id = "x-" + e.Id })],
            Relations = [.. gold.Relations.Select(r => r with { Subject = "x-" + r.Subject, Object = "x-" + r.Object })],
        };

        var report = GoldEvaluator.Score([(gold, predicted)]);

        Assert.Equal(1.0, report.Entities.F1);
        Assert.Equal(1.0, report.Relations.F1);
    }

    [Fact]
    public async Task A_missing_entity_costs_recall_and_takes_its_relations_with_it()
    {
        var gold = await SharedData.ReadGoldAsync("000");
        var predicted = gold with { Entities = [.. gold.Entities.Where(e => e.Id != "pmu")] };
        var pmuRelations = gold.Relations.Count(r => r.Subject == "pmu" || r.Object == "pmu");

        var report = GoldEvaluator.Score([(gold, predicted)]);

        Assert.Equal(new PrecisionRecall(gold.Entities.Count - 1, 0, 1), report.Entities);
        Assert.Equal(new PrecisionRecall(gold.Relations.Count - pmuRelations, pmuRelations, pmuRelations), report.Relations);
        var article = Assert.Single(report.ArticleResults);
        Assert.Equal("pmu", Assert.Single(article.MissedEntities).Id);
        Assert.Equal(pmuRelations, article.SpuriousRelations.Count(r => r.Subject == "?pmu" || r.Object == "?pmu"));
    }

    [Fact]
    public async Task Entity_types_must_agree()
    {
        var gold = await SharedData.ReadGoldAsync("002");
        var predicted = gold with
        {
            Entities = [.. gold.Entities.Select(e => e.Id == "iran" ? e with { Type = EntityType.Organization } : e)],
        };

        var report = GoldEvaluator.Score([(gold, predicted)]);

        Assert.Equal(new PrecisionRecall(gold.Entities.Count - 1, 1, 1), report.Entities);
        Assert.Equal((0, 1), (report.EntitiesByType[EntityType.Location].FalsePositives, report.EntitiesByType[EntityType.Location].FalseNegatives));
        Assert.Equal((1, 0), (report.EntitiesByType[EntityType.Organization].FalsePositives, report.EntitiesByType[EntityType.Organization].FalseNegatives));
    }

    [Theory]
    [InlineData("Popular Mobilization Units", "the popular-mobilization  units")]
    [InlineData("al-Ba’ah", "Al Ba'ah")]
    [InlineData("U.S.", "US")]
    [InlineData("Qamishli", "Qāmishlī")]
    [InlineData("Hashd Al-Shaabi", "“Hashd al Shaabi”")]
    public void Surface_forms_match_across_case_quotes_hyphens_dots_the_and_diacritics(string gold, string predicted) =>
        Assert.Equal(SurfaceForm.Normalise(gold), SurfaceForm.Normalise(predicted));

    [Fact]
    public void An_alias_is_enough_to_match_and_matching_is_one_to_one()
    {
        GoldEntity[] gold = [new("pmu", EntityType.Organization, "Popular Mobilization Units", ["PMU", "Hashd al-Shaabi"])];
        GoldEntity[] predicted =
        [
            new("hashd", EntityType.Organization, "Hashd al-Shaabi", []),
            new("pmu-2", EntityType.Organization, "PMU", []),
        ];

        var matches = ArticleScorer.MatchEntities(gold, predicted);

        Assert.Single(matches);
        Assert.Equal("pmu", matches.Values.Single());
    }

    [Fact]
    public void Matching_finds_the_assignment_that_pairs_the_most_entities()
    {
        // Greedy pairing of gold "Syria" with the first candidate would leave "Syrian border" unmatched.
        GoldEntity[] gold =
        [
            new("syria", EntityType.Location, "Syria", []),
            new("border", EntityType.Location, "Syrian border", ["Syria"]),
        ];
        GoldEntity[] predicted =
        [
            new("p-border", EntityType.Location, "Syria", ["Syrian border"]),
            new("p-syria", EntityType.Location, "Syria", []),
        ];

        var matches = ArticleScorer.MatchEntities(gold, predicted);

        Assert.Equal("syria", matches["p-syria"]);
        Assert.Equal("border", matches["p-border"]);
    }

    [Fact]
    public async Task Wrong_status_keeps_the_match_and_lowers_status_accuracy()
    {
        var gold = await SharedData.ReadGoldAsync("001");
        var flipped = gold.Relations[0];
        var predicted = gold with
        {
            Relations = [.. gold.Relations.Select(r => r == flipped ? r with { Status = Opposite(r.Status) } : r)],
        };

        var report = GoldEvaluator.Score([(gold, predicted)]);

        Assert.Equal(1.0, report.Relations.F1);
        Assert.Equal((gold.Relations.Count - 1) / (double)gold.Relations.Count, report.StatusAccuracy, 9);
        Assert.Single(report.ArticleResults[0].StatusMismatches);
    }

    [Fact]
    public async Task Spurious_and_duplicate_relations_are_counted_once_per_triple()
    {
        var gold = await SharedData.ReadGoldAsync("003");
        var extra = new GoldRelation("isis", RelationPredicate.Captured, "mosul", RelationStatus.Asserted, "made up");
        var predicted = gold with
        {
            Relations = [.. gold.Relations, .. gold.Relations.Select(r => r with { Status = RelationStatus.Hedged, Evidence = "again" }), extra, extra],
        };

        var report = GoldEvaluator.Score([(gold, predicted)]);

        Assert.Equal(new PrecisionRecall(gold.Relations.Count, 1, 0), report.Relations);
        Assert.Equal(1.0, report.StatusAccuracy);
        Assert.Equal(new PrecisionRecall(gold.Relations.Count(r => r.Predicate == RelationPredicate.Captured), 1, 0),
            report.RelationsByPredicate[RelationPredicate.Captured]);
    }

    [Fact]
    public async Task Verbose_report_lists_misses_and_false_finds_per_article()
    {
        var gold = await SharedData.ReadGoldAsync("004");
        var dropped = gold.Relations[0];
        var predicted = gold with
        {
            Relations = [.. gold.Relations.Skip(1), new GoldRelation("isis", RelationPredicate.Captured, "erbil", RelationStatus.Hedged, "made up")],
            Entities = [.. gold.Entities, new GoldEntity("mars", EntityType.Location, "Mars", [])],
        };
        var report = GoldEvaluator.Score([(gold, predicted)]);
        using var summary = new StringWriter();
        using var verbose = new StringWriter();

        report.Write(summary);
        report.Write(verbose, verbose: true);

        Assert.Contains("Relations", summary.ToString(), StringComparison.Ordinal);
        Assert.Contains("CROSSED_INTO", summary.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("missed", summary.ToString(), StringComparison.Ordinal);
        var text = verbose.ToString();
        Assert.Contains($"== {gold.Article}", text, StringComparison.Ordinal);
        Assert.Contains($"missed           {dropped.Subject} {dropped.Predicate.ToWire()} {dropped.Object}", text, StringComparison.Ordinal);
        Assert.Contains("spurious         isis CAPTURED erbil (hedged)  \"made up\"", text, StringComparison.Ordinal);
        Assert.Contains("spurious entity  mars (Location) \"Mars\"", text, StringComparison.Ordinal);
    }

    private static RelationStatus Opposite(RelationStatus status) =>
        status == RelationStatus.Asserted ? RelationStatus.Hedged : RelationStatus.Asserted;
}
