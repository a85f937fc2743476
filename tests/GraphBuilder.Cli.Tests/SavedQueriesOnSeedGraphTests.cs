using GraphBuilder.Bolt;
using GraphBuilder.Cli.Commands;
using GraphBuilder.Cli.Queries;
using GraphBuilder.Nlp;
using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

/// <summary>
/// Runs every saved query on the graph built from the five real articles and checks the rows that are specific to
/// the seed (the Popular Mobilization Units crossing into Syria, taking the Iraq-Syria border, ...), and the order.
/// The facts asserted are in the gold annotations of ../shared/gold.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class SavedQueriesOnSeedGraphTests(SeedGraph seed)
{
    /// <summary>Large enough that rows of other test runs sharing the database cannot push the seed's rows out.</summary>
    private const string NoLimit = "1000000";

    internal static readonly string[] Covered =
    [
        "who-supports-whom", "who-opposes-whom", "who-crossed-into-where", "who-captured-what", "entity-neighbourhood",
        "edge-evidence", "most-connected-actors", "places-captured-by-several", "actor-timeline", "articles-mentioning-both",
        "entity-names", "find-entity", "relation-graph",
    ];

    [Fact]
    public void Every_saved_query_has_a_test_here() =>
        Assert.Equal(SavedQueryCatalog.All.Select(q => q.Name).Order(StringComparer.Ordinal), Covered.Order(StringComparer.Ordinal));

    [Fact]
    public async Task Seed_ingest_wrote_all_five_articles_without_failure()
    {
        Assert.Empty(seed.Progress.Failures);
        Assert.Equal(5, seed.Progress.ArticlesWritten);
        Assert.Equal(5, seed.ArticleIds.Count);
        Assert.All(seed.ArticleIds.Values, id => Assert.StartsWith(seed.Namespace, id, StringComparison.Ordinal));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Article_001_is_marked_a_near_duplicate_of_000()
    {
        await using var session = seed.Driver.AsyncSession();
        var cursor = await session.RunAsync("MATCH (a:Article {id: $id}) RETURN a.duplicateOf AS duplicateOf",
            new Dictionary<string, object?> { ["id"] = seed.ArticleIds["001_e790da4f0a973771.txt"] });
        var record = await cursor.SingleAsync();
        Assert.Equal(seed.ArticleIds["000_058ba3df9d7d93a8.txt"], record["duplicateOf"]);
    }

    [Fact]
    public async Task Who_supports_whom()
    {
        var rows = await RunAsync("who-supports-whom", ("limit", NoLimit));
        AssertOrdered(rows, Descending("evidence"), Ascending("subject"), Ascending("object"));
        var mine = Mine(rows, "subject");
        Assert.Contains(mine, r => Is(r, "subject", "united-states") && Is(r, "object", "sdf"));
        Assert.Contains(mine, r => Is(r, "subject", "iraqi-air-force") && Is(r, "object", "pmu"));
        Assert.All(mine, r => Assert.Contains((string)r["status"]!, new[] { "asserted", "hedged" }));
    }

    [Fact]
    public async Task Who_opposes_whom()
    {
        var rows = await RunAsync("who-opposes-whom", ("limit", NoLimit));
        AssertOrdered(rows, Descending("evidence"), Ascending("subject"), Ascending("object"));
        var mine = Mine(rows, "subject");
        var pmuIsis = Assert.Single(mine, r => Is(r, "subject", "pmu") && Is(r, "object", "isis"));
        Assert.Equal("asserted", pmuIsis["status"]);
        Assert.True((long)pmuIsis["articles"]! >= 2, "PMU fighting ISIS is reported by several of the articles");
        Assert.Contains(mine, r => Is(r, "subject", "sdf") && Is(r, "object", "isis"));
    }

    [Fact]
    public async Task Who_crossed_into_where()
    {
        var rows = await RunAsync("who-crossed-into-where", ("limit", NoLimit));
        AssertOrdered(rows, Descending("evidence"), Ascending("actor"), Ascending("place"));
        var mine = Mine(rows, "actor");
        var pmuSyria = Assert.Single(mine, r => Is(r, "actor", "pmu") && Is(r, "place", "syria"));
        Assert.Equal("asserted", pmuSyria["status"]);
        Assert.Equal("2017-06-01", pmuSyria["firstSeen"]);
        Assert.Equal("2017-06-04", pmuSyria["lastSeen"]);
        Assert.Contains(mine, r => Is(r, "actor", "pmu") && Is(r, "place", "hasakah"));
    }

    [Fact]
    public async Task Who_captured_what()
    {
        var rows = await RunAsync("who-captured-what", ("limit", NoLimit));
        AssertOrdered(rows, Descending("evidence"), Ascending("actor"), Ascending("target"));
        var border = Assert.Single(Mine(rows, "actor"), r => Is(r, "actor", "pmu") && Is(r, "target", "iraq-syria-border"));
        Assert.True((long)border["evidence"]! >= 2);
    }

    [Fact]
    public async Task Entity_neighbourhood()
    {
        var rows = await RunAsync("entity-neighbourhood", ("entity", seed.Id("pmu")), ("sentences", "2"), ("limit", NoLimit));
        AssertOrdered(rows, Descending("evidence"), Ascending("predicate"), Ascending("other"));
        Assert.All(rows, r => Assert.StartsWith(seed.Namespace, (string)r["other"]!, StringComparison.Ordinal));
        var syria = Assert.Single(rows, r => Is(r, "other", "syria") && Equals(r["predicate"], "CROSSED_INTO"));
        Assert.Equal("out", syria["direction"]);
        var sentences = Assert.IsAssignableFrom<IEnumerable<object?>>(syria["sentences"]).Cast<string>().ToList();
        Assert.InRange(sentences.Count, 1, 2);
        Assert.All(sentences, s => Assert.Contains("Syria", s, StringComparison.Ordinal));
        Assert.Contains(rows, r => Is(r, "other", "iraqi-air-force") && Equals(r["predicate"], "SUPPORTS") && Equals(r["direction"], "in"));
    }

    [Fact]
    public async Task Edge_evidence_points_at_the_sentence_in_the_article_body()
    {
        var rows = await RunAsync("edge-evidence", ("subject", seed.Id("pmu")), ("predicate", "CROSSED_INTO"), ("object", seed.Id("syria")));
        Assert.True(rows.Count >= 2, $"PMU entering Syria is reported in several articles, got {rows.Count} evidence rows");
        AssertOrdered(rows, Ascending("published"), Ascending("article"), Ascending("start"));
        Assert.Contains(rows, r => Equals(r["status"], "asserted"));

        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var article in ArticleReader.ReadAsync(SharedData.Articles))
        {
            bodies[seed.Namespace + article.Id] = article.Body;
        }

        foreach (var row in rows)
        {
            var body = bodies[(string)row["article"]!];
            var (start, end) = ((int)(long)row["start"]!, (int)(long)row["end"]!);
            Assert.InRange(start, 0, end - 1);
            Assert.Contains(body[start..end], (string)row["sentence"]!, StringComparison.Ordinal);
            Assert.Contains("Syria", (string)row["sentence"]!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Most_connected_actors()
    {
        var rows = await RunAsync("most-connected-actors", ("limit", NoLimit));
        AssertOrdered(rows, Descending("relations"), Descending("evidence"), Ascending("entity"));
        var mine = Mine(rows, "entity");
        Assert.True(Is(mine[0], "entity", "pmu"), $"the PMU is the most connected actor of the seed articles, not {mine[0]["entity"]}");
        Assert.All(mine, r => Assert.True((long)r["partners"]! <= (long)r["relations"]!));
    }

    [Fact]
    public async Task Places_captured_by_several()
    {
        var rows = await RunAsync("places-captured-by-several");
        AssertOrdered(rows, Descending("actorCount"), Descending("evidence"), Ascending("place"));
        Assert.All(rows, r => Assert.True((long)r["actorCount"]! >= 2));
        var border = Assert.Single(Mine(rows, "place"), r => Is(r, "place", "iraq-syria-border"));
        var actors = Assert.IsAssignableFrom<IEnumerable<object?>>(border["actors"]).Cast<string>().ToList();
        Assert.Contains(seed.Id("pmu"), actors);
        Assert.Equal(actors.Count, (long)border["actorCount"]!);
    }

    [Fact]
    public async Task Actor_timeline_is_in_article_date_order()
    {
        var rows = await RunAsync("actor-timeline", ("entity", seed.Id("pmu")), ("limit", NoLimit));
        AssertOrdered(rows, Ascending("published"), Ascending("article"), Ascending("predicate"), Ascending("object"));
        Assert.All(rows, r => Assert.Contains((string)r["predicate"]!, new[] { "SUPPORTS", "OPPOSES", "CROSSED_INTO", "CAPTURED" }));
        Assert.Equal("2017-06-01", rows[0]["published"]);
        Assert.Contains(rows, r => Is(r, "object", "syria") && Equals(r["predicate"], "CROSSED_INTO"));
    }

    [Fact]
    public async Task Articles_mentioning_both()
    {
        var rows = await RunAsync("articles-mentioning-both", ("first", seed.Id("pmu")), ("second", seed.Id("syria")));
        Assert.Equal(seed.ArticleIds.Values.Order(StringComparer.Ordinal), rows.Select(r => (string)r["article"]!).Order(StringComparer.Ordinal));
        Assert.Equal("2017-06-04", rows[0]["published"]);
        AssertOrdered(rows, (a, b) => -string.CompareOrdinal((string?)a["published"] ?? "", (string?)b["published"] ?? ""));
        Assert.All(rows, r => Assert.True((long)r["firstMentions"]! >= 1 && (long)r["secondMentions"]! >= 1));
    }

    [Fact]
    public async Task Entity_names()
    {
        var rows = await RunAsync("entity-names", ("entity", seed.Id("pmu")));
        var names = rows.Select(r => (string)r["name"]!).ToList();
        Assert.Contains("PMU", names);
        Assert.Contains("Popular Mobilisation Units", names);
        Assert.Contains("Hashd Al-Shaabi", names);
        Assert.Single(rows, r => Equals(r["canonical"], true));
        Assert.True((bool)rows[0]["canonical"]!, "the canonical name comes first");
        Assert.True((long)Assert.Single(rows, r => Equals(r["name"], "PMU"))["articles"]! >= 3);
    }

    [Fact]
    public async Task Find_entity_by_any_alias()
    {
        var rows = await RunAsync("find-entity", ("text", "hashd"), ("limit", NoLimit));
        Assert.Contains(rows, r => Equals(r["entity"], seed.Id("pmu")));
        AssertOrdered(rows, Ascending("entity"));
    }

    [Fact]
    public async Task Relation_graph_returns_entities_and_their_relations()
    {
        var rows = await RunAsync("relation-graph", ("limit", NoLimit));
        var mine = rows.Where(r => ((string)((INode)r["s"]!).Properties["id"]!).StartsWith(seed.Namespace, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(mine);
        Assert.All(mine, r =>
        {
            Assert.Contains("Entity", ((INode)r["s"]!).Labels);
            Assert.Contains("Entity", ((INode)r["o"]!).Labels);
            Assert.Contains(((IRelationship)r["r"]!).Type, new[] { "SUPPORTS", "OPPOSES", "CROSSED_INTO", "CAPTURED" });
        });
        Assert.Contains(mine, r => ((IRelationship)r["r"]!).Type == "CROSSED_INTO" && Equals(((INode)r["o"]!).Properties["id"], seed.Id("syria")));
    }

    private async Task<List<Dictionary<string, object?>>> RunAsync(string name, params (string Name, string Value)[] parameters)
    {
        var query = SavedQueryCatalog.Find(name) ?? throw new InvalidOperationException($"no saved query {name}");
        var bound = query.BindParameters(parameters.ToDictionary(p => p.Name, p => p.Value));
        var (keys, rows) = await QueryCommands.RunAsync(seed.Driver, null, query, bound, CancellationToken.None);
        return rows.Select(row => keys.Select((k, i) => (k, row[i])).ToDictionary(e => e.k, e => e.Item2)).ToList();
    }

    private List<Dictionary<string, object?>> Mine(List<Dictionary<string, object?>> rows, string idColumn) =>
        rows.Where(r => r[idColumn] is string id && id.StartsWith(seed.Namespace, StringComparison.Ordinal)).ToList();

    private bool Is(Dictionary<string, object?> row, string column, string entityId) => Equals(row[column], seed.Id(entityId));

    private static Comparison<Dictionary<string, object?>> Ascending(string column) => (a, b) => CompareCypher(a[column], b[column]);

    private static Comparison<Dictionary<string, object?>> Descending(string column) => (a, b) => -CompareCypher(a[column], b[column]);

    /// <summary>Cypher's order: null sorts after every value.</summary>
    private static int CompareCypher(object? a, object? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        (string x, string y) => string.CompareOrdinal(x, y),
        (long x, long y) => x.CompareTo(y),
        (bool x, bool y) => x.CompareTo(y),
        _ => Convert.ToDouble(a, System.Globalization.CultureInfo.InvariantCulture).CompareTo(Convert.ToDouble(b, System.Globalization.CultureInfo.InvariantCulture)),
    };

    private static void AssertOrdered(List<Dictionary<string, object?>> rows, params Comparison<Dictionary<string, object?>>[] keys)
    {
        for (var i = 1; i < rows.Count; i++)
        {
            var order = keys.Select(k => k(rows[i - 1], rows[i])).FirstOrDefault(c => c != 0);
            Assert.True(order <= 0, $"row {i - 1} should not come after row {i}: {string.Join(", ", rows[i - 1].Select(e => $"{e.Key}={QueryOutput.Plain(e.Value)}"))} | {string.Join(", ", rows[i].Select(e => $"{e.Key}={QueryOutput.Plain(e.Value)}"))}");
        }
    }
}
