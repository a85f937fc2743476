using GraphBuilder.Testing;

namespace GraphBuilder.Graph.Tests;

/// <summary>Writing an article that is already in the graph replaces its earlier extraction, in one transaction.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class ReplaceExtractionTests(Neo4jFixture neo4j) : IAsyncLifetime
{
    private readonly GraphWriter _writer = new(neo4j.Driver);
    private readonly string _prefix = Neo4jFixture.UniqueName("t") + ":";
    private readonly string _fresh = Neo4jFixture.UniqueName("t") + ":";

    public Task InitializeAsync() => _writer.EnsureSchemaAsync();

    public async Task DisposeAsync()
    {
        await GraphSnapshot.DeleteAsync(neo4j.Driver, _prefix);
        await GraphSnapshot.DeleteAsync(neo4j.Driver, _fresh);
    }

    [Fact]
    public async Task A_new_extraction_replaces_the_old_one_and_the_graph_equals_one_built_from_the_new_extraction_alone()
    {
        await _writer.WriteAsync([OldA(_prefix), B(_prefix)]);
        var before = await GraphSnapshot.TakeAsync(neo4j.Driver, _prefix);
        Assert.Equal("asserted", (await RelationAsync("pmu", "OPPOSES", "isis"))!["status"]);
        Assert.NotNull(await RelationAsync("pmu", "CAPTURED", "mosul"));

        var result = await _writer.WriteAsync([NewA(_prefix)]);
        await _writer.WriteAsync([B(_fresh), NewA(_fresh)]);

        var after = await GraphSnapshot.TakeAsync(neo4j.Driver, _prefix);
        Assert.NotEqual(before, after);
        Assert.Equal(await GraphSnapshot.TakeAsync(neo4j.Driver, _fresh), after);
        Assert.Equal(1, result.Articles);

        // The only evidence for the capture of Mosul came from A: the edge, its Evidence and the place are gone.
        Assert.Null(await RelationAsync("pmu", "CAPTURED", "mosul"));
        Assert.Empty(await GraphSnapshot.RunAsync(neo4j.Driver, "MATCH (n) WHERE n.id = $prefix + 'mosul' OR n.object = $prefix + 'mosul' RETURN n", _prefix));

        // B still supports Iran's backing of the PMU: the edge stays, with B's evidence alone.
        var supports = (await RelationAsync("iran", "SUPPORTS", "pmu"))!;
        Assert.Equal(1L, supports["evidenceCount"]);
        Assert.Equal(new object?[] { _prefix + "b" }, (IEnumerable<object?>)supports["articles"]!);
        Assert.Equal(new object?[] { "arms" }, (IEnumerable<object?>)supports["triggers"]!);

        // A now reads the shared sentence as hedged, as B does: the Evidence node and the edge follow.
        var opposes = (await RelationAsync("pmu", "OPPOSES", "isis"))!;
        Assert.Equal("hedged", opposes["status"]);
        Assert.Equal(2L, opposes["articleCount"]);
        var shared = Assert.Single(await GraphSnapshot.RunAsync(neo4j.Driver,
            "MATCH (ev:Evidence {subject: $prefix + 'pmu', predicate: 'OPPOSES'})-[r:IN_ARTICLE]->(a:Article {id: $prefix + 'a'}) RETURN ev.status AS node, r.status AS reading, r.trigger AS trigger, r.start AS start",
            _prefix));
        Assert.Equal("hedged", shared.Get<string>("node"));
        Assert.Equal("hedged", shared.Get<string>("reading"));
        Assert.Equal("may fight", shared.Get<string>("trigger"));
        Assert.Equal(40L, shared.Get<long>("start"));

        // Names only the old extraction used are gone from the entity; the new capture is there.
        var pmu = Assert.Single(await GraphSnapshot.RunAsync(neo4j.Driver, "MATCH (e:Entity {id: $prefix + 'pmu'}) RETURN e.name AS name, e.aliases AS aliases", _prefix));
        Assert.Equal("Popular Mobilization Forces", pmu.Get<string>("name"));
        Assert.Equal(["PMF", "PMU"], pmu.Get<List<string>>("aliases")); // not "Hashd" nor "Popular Mobilization Units" any more
        Assert.NotNull(await RelationAsync("pmu", "CAPTURED", "sinjar"));
        Assert.Equal("x2", Assert.Single(await GraphSnapshot.RunAsync(neo4j.Driver, "MATCH (a:Article {id: $prefix + 'a'}) RETURN a.extractor AS x", _prefix)).Get<string>("x"));
    }

    [Fact]
    public async Task Rewriting_the_same_extraction_changes_nothing_and_creates_nothing()
    {
        await _writer.WriteAsync([OldA(_prefix), B(_prefix)]);
        await _writer.WriteAsync([NewA(_prefix)]);
        var once = await GraphSnapshot.TakeAsync(neo4j.Driver, _prefix);

        var again = await _writer.WriteAsync([NewA(_prefix), B(_prefix)]);

        Assert.Equal(once, await GraphSnapshot.TakeAsync(neo4j.Driver, _prefix));
        Assert.Equal(0, again.NodesCreated);
        Assert.Equal(0, again.RelationshipsCreated);
    }

    [Fact]
    public async Task Find_article_tells_absent_from_written_by_this_extractor_from_written_by_another()
    {
        Assert.Equal(StoredArticle.Absent, await _writer.FindArticleAsync(_prefix + "a", "x1"));

        await _writer.WriteAsync([OldA(_prefix)]);
        await GraphSnapshot.RunAsync(neo4j.Driver, "CREATE (:Article {id: $prefix + 'legacy'})", _prefix);

        Assert.Equal(StoredArticle.SameExtractor, await _writer.FindArticleAsync(_prefix + "a", "x1"));
        Assert.Equal(StoredArticle.OtherExtractor, await _writer.FindArticleAsync(_prefix + "a", "x2"));
        Assert.Equal(StoredArticle.OtherExtractor, await _writer.FindArticleAsync(_prefix + "legacy", "x1"));
        Assert.True(await _writer.ContainsArticleAsync(_prefix + "legacy"));
    }

    [Fact]
    public async Task A_rewritten_article_keeps_the_near_duplicate_marking_it_was_first_written_with()
    {
        var original = NewA(_prefix);
        var copy = new GraphArticle { Id = _prefix + "copy", File = "copy.txt", DuplicateOf = original.Id, Extractor = "x1", Entities = original.Entities, Evidence = original.Evidence };
        await _writer.WriteAsync([original, copy]);

        await _writer.WriteAsync([new GraphArticle { Id = copy.Id, File = copy.File, Extractor = "x2", Entities = copy.Entities }]);

        var stored = Assert.Single(await GraphSnapshot.RunAsync(neo4j.Driver, "MATCH (a:Article {id: $prefix + 'copy'}) RETURN a.duplicateOf AS of, a.extractor AS x", _prefix));
        Assert.Equal(original.Id, stored.Get<string>("of"));
        Assert.Equal("x2", stored.Get<string>("x"));
    }

    private static GraphArticle OldA(string p) => Article(p, "a", "x1", new DateOnly(2017, 6, 1),
        [
            Entity(p, "iran", EntityKind.Location, "Iran"),
            Entity(p, "pmu", EntityKind.Organization, "Popular Mobilization Units", "PMU", "Hashd"),
            Entity(p, "isis", EntityKind.Organization, "ISIS"),
            Entity(p, "mosul", EntityKind.Location, "Mosul"),
        ],
        [
            Evidence(p, "iran", RelationType.Supports, "pmu", EvidenceStatus.Asserted, "Iran backs the PMU.", "backs", 0),
            Evidence(p, "pmu", RelationType.Opposes, "isis", EvidenceStatus.Asserted, "The PMU may fight ISIS.", "fight", 40),
            Evidence(p, "pmu", RelationType.Captured, "mosul", EvidenceStatus.Asserted, "The PMU took Mosul.", "took", 80),
        ]);

    private static GraphArticle NewA(string p) => Article(p, "a", "x2", new DateOnly(2017, 6, 1),
        [
            Entity(p, "pmu", EntityKind.Organization, "Popular Mobilization Forces", "PMF"),
            Entity(p, "isis", EntityKind.Organization, "ISIS"),
            Entity(p, "sinjar", EntityKind.Location, "Sinjar"),
        ],
        [
            Evidence(p, "pmu", RelationType.Opposes, "isis", EvidenceStatus.Hedged, "The PMU may fight ISIS.", "may fight", 40),
            Evidence(p, "pmu", RelationType.Captured, "sinjar", EvidenceStatus.Asserted, "The PMU took Sinjar.", "took", 120),
        ]);

    private static GraphArticle B(string p) => Article(p, "b", "x1", new DateOnly(2017, 6, 3),
        [
            Entity(p, "iran", EntityKind.Location, "Iran"),
            Entity(p, "pmu", EntityKind.Organization, "PMU"),
            Entity(p, "isis", EntityKind.Organization, "ISIS"),
        ],
        [
            Evidence(p, "iran", RelationType.Supports, "pmu", EvidenceStatus.Asserted, "Tehran arms the PMU.", "arms", 0),
            Evidence(p, "pmu", RelationType.Opposes, "isis", EvidenceStatus.Hedged, "The PMU may fight ISIS.", "may fight", 21),
        ]);

    private static GraphArticle Article(string p, string id, string extractor, DateOnly published, GraphEntity[] entities, GraphEvidence[] evidence) =>
        new() { Id = p + id, File = id + ".txt", Published = published, Extractor = extractor, Entities = entities, Evidence = evidence };

    private static GraphEntity Entity(string p, string id, EntityKind kind, string name, params string[] aliases) =>
        new(p + id, kind, name, aliases) { Surfaces = [name] };

    private static GraphEvidence Evidence(string p, string subject, RelationType relation, string @object, EvidenceStatus status, string sentence, string trigger, int start) =>
        new(p + subject, relation, p + @object, status, sentence, trigger, 0.8) { Start = start, End = start + sentence.Length, SentenceStart = start, SentenceEnd = start + sentence.Length };

    private async Task<IReadOnlyDictionary<string, object?>?> RelationAsync(string subject, string type, string @object)
    {
        var records = await GraphSnapshot.RunAsync(neo4j.Driver,
            $"MATCH (:Entity {{id: $prefix + $s}})-[r:{type}]->(:Entity {{id: $prefix + $o}}) RETURN properties(r) AS p",
            new Dictionary<string, object?> { ["prefix"] = _prefix, ["s"] = subject, ["o"] = @object });
        return records.Count == 0 ? null : (IReadOnlyDictionary<string, object?>)Assert.Single(records)["p"]!;
    }
}
