using GraphBuilder.Bolt;
using GraphBuilder.Testing;

namespace GraphBuilder.Graph.Tests;

[Collection(Neo4jCollection.Name)]
public sealed class GraphWriterTests : IAsyncLifetime
{
    private readonly Neo4jFixture _neo4j;
    private readonly GraphWriter _writer;
    private readonly List<string> _prefixes = [];
    private readonly string _prefix;

    public GraphWriterTests(Neo4jFixture neo4j)
    {
        _neo4j = neo4j;
        _writer = new GraphWriter(neo4j.Driver);
        _prefix = NewPrefix();
    }

    public Task InitializeAsync() => _writer.EnsureSchemaAsync();

    // The database is shared with other test processes and with `graphbuilder neo4j start`: leave nothing behind.
    public async Task DisposeAsync()
    {
        foreach (var prefix in _prefixes)
        {
            await GraphSnapshot.DeleteAsync(_neo4j.Driver, prefix);
        }
    }

    private string NewPrefix()
    {
        var prefix = Neo4jFixture.UniqueName("t") + ":";
        _prefixes.Add(prefix);
        return prefix;
    }

    [Fact]
    public async Task Schema_has_unique_constraints_and_ensuring_it_again_changes_nothing()
    {
        await _writer.EnsureSchemaAsync();

        foreach (var label in new[] { "Article", "Entity", "Evidence" })
        {
            var id = _prefix + label;
            await GraphSnapshot.RunAsync(_neo4j.Driver, $"CREATE (:{label} {{id: $prefix}})", id);
            var duplicate = await Assert.ThrowsAsync<ClientException>(() => GraphSnapshot.RunAsync(_neo4j.Driver, $"CREATE (:{label} {{id: $prefix}})", id));
            Assert.Contains("ConstraintValidationFailed", duplicate.Code, StringComparison.Ordinal);
            await GraphSnapshot.RunAsync(_neo4j.Driver, $"MATCH (n:{label} {{id: $prefix}}) DELETE n", id);
        }
    }

    [Fact]
    public async Task Names_spelled_differently_in_two_articles_meet_in_one_entity_through_their_match_key()
    {
        var matchKey = _prefix + "Person:qasam masla";
        GraphArticle Article(string id, string entityId, string name) => new()
        {
            Id = _prefix + id,
            File = id + ".txt",
            Entities =
            [
                new GraphEntity(entityId, EntityKind.Person, name, []) { MatchKey = matchKey },
                new GraphEntity(_prefix + "isis", EntityKind.Organization, "ISIS", []),
            ],
            Evidence = [new GraphEvidence(entityId, RelationType.Opposes, _prefix + "isis", EvidenceStatus.Asserted, $"{name} fought ISIS.", "fought", 0.9)],
        };

        await _writer.WriteAsync([Article("a1", _prefix + "qassem-mesleh", "Qassem Mesleh")]);
        await _writer.WriteAsync([Article("a2", _prefix + "qasim-musla", "Qasim Musla")]);
        var once = await GraphSnapshot.TakeAsync(_neo4j.Driver, _prefix);
        await _writer.WriteAsync([Article("a2", _prefix + "qasim-musla", "Qasim Musla")]);

        var person = Assert.Single(await GraphSnapshot.RunAsync(
            _neo4j.Driver, "MATCH (e:Person) WHERE e.id STARTS WITH $prefix RETURN e.id AS id, e.name AS name, e.aliases AS aliases", _prefix));
        Assert.Equal(_prefix + "qassem-mesleh", person.Get<string>("id")); // the id already in the graph wins
        Assert.Equal(["Qasim Musla", "Qassem Mesleh"], new[] { person.Get<string>("name") }.Concat(person.Get<List<object?>>("aliases").Cast<string>()).Order(StringComparer.Ordinal));
        var edge = Assert.Single(await GraphSnapshot.RunAsync(
            _neo4j.Driver, "MATCH (s:Person)-[r:OPPOSES]->(o) WHERE s.id STARTS WITH $prefix RETURN r.evidenceCount AS evidence, r.articleCount AS articles", _prefix));
        Assert.Equal(2, edge.Get<int>("evidence"));
        Assert.Equal(2, edge.Get<int>("articles"));
        Assert.Equal(once, await GraphSnapshot.TakeAsync(_neo4j.Driver, _prefix));
    }

    [Fact]
    public async Task Writing_the_gold_articles_twice_leaves_identical_nodes_relationships_and_properties()
    {
        var articles = GoldArticles.Load(_prefix);

        var first = await _writer.WriteAsync(articles);
        var afterFirst = await GraphSnapshot.TakeAsync(_neo4j.Driver, _prefix);
        var second = await _writer.WriteAsync(articles);
        var afterSecond = await GraphSnapshot.TakeAsync(_neo4j.Driver, _prefix);

        Assert.True(first.NodesCreated > 100, $"first write created {first.NodesCreated} nodes");
        Assert.Equal(0, second.NodesCreated);
        Assert.Equal(0, second.RelationshipsCreated);
        Assert.Equal(afterFirst, afterSecond);

        var entities = articles.SelectMany(a => a.Entities).Select(e => e.Id).Distinct().Count();
        var stored = await GraphSnapshot.RunAsync(_neo4j.Driver, "MATCH (e:Entity) WHERE e.id STARTS WITH $prefix RETURN count(e) AS n", _prefix);
        Assert.Equal(entities, stored[0].Get<int>("n"));
    }

    [Fact]
    public async Task Writing_articles_in_any_order_and_batching_gives_the_same_graph()
    {
        var forward = GoldArticles.Load(_prefix);
        foreach (var article in forward)
        {
            await _writer.WriteAsync([article]);
        }

        var otherPrefix = NewPrefix();
        var backward = GoldArticles.Load(otherPrefix);
        backward.Reverse();
        await _writer.WriteAsync(backward);

        var one = await GraphSnapshot.TakeAsync(_neo4j.Driver, _prefix);
        var other = await GraphSnapshot.TakeAsync(_neo4j.Driver, otherPrefix);
        Assert.Equal(one, other);
    }

    [Fact]
    public async Task The_same_sentence_in_two_articles_is_one_evidence_and_evidence_count_counts_distinct_sentences()
    {
        var sentence = "Iran has backed the Popular Mobilization Units since 2014.";
        var a = Article("a", new DateOnly(2017, 6, 4), Evidence(RelationType.Supports, EvidenceStatus.Asserted, sentence, start: 10));
        var b = Article("b", new DateOnly(2017, 6, 5),
            Evidence(RelationType.Supports, EvidenceStatus.Asserted, "  Iran has  backed the Popular Mobilization Units since 2014. ", start: 99),
            Evidence(RelationType.Supports, EvidenceStatus.Asserted, "Tehran keeps arming the PMU.", start: 200));

        await _writer.WriteAsync([a]);
        await _writer.WriteAsync([b]);

        var evidence = await GraphSnapshot.RunAsync(_neo4j.Driver,
            "MATCH (ev:Evidence)-[r:IN_ARTICLE]->(a:Article) WHERE ev.subject STARTS WITH $prefix RETURN ev.id AS id, a.id AS article, r.start AS start ORDER BY id, article", _prefix);
        Assert.Equal(3, evidence.Count);
        Assert.Equal(2, evidence.Select(r => r.Get<string>("id")).Distinct().Count());
        var shared = evidence.GroupBy(r => r.Get<string>("id")).Single(g => g.Count() == 2);
        Assert.Equal([10L, 99L], shared.Select(r => r.Get<long>("start")).Order());

        var relation = await SingleRelationAsync("SUPPORTS");
        Assert.Equal(2L, relation["evidenceCount"]);
        Assert.Equal(2L, relation["articleCount"]);
        Assert.Equal(new object?[] { _prefix + "a", _prefix + "b" }, (IEnumerable<object?>)relation["articles"]!);
        Assert.Equal(new object?[] { "arming", "backed" }, (IEnumerable<object?>)relation["triggers"]!);
        Assert.Equal($"{_prefix}iran|SUPPORTS|{_prefix}pmu", relation["key"]);
    }

    [Fact]
    public async Task Asserted_evidence_wins_over_hedged_whatever_the_order()
    {
        var hedged = Article("hedged", new DateOnly(2017, 6, 1), Evidence(RelationType.Opposes, EvidenceStatus.Hedged, "Iran reportedly opposes the PMU plan.", 0));
        await _writer.WriteAsync([hedged]);
        Assert.Equal("hedged", (await SingleRelationAsync("OPPOSES"))["status"]);

        var asserted = Article("asserted", new DateOnly(2017, 6, 2), Evidence(RelationType.Opposes, EvidenceStatus.Asserted, "Iran opposes the PMU plan.", 0));
        await _writer.WriteAsync([asserted]);
        Assert.Equal("asserted", (await SingleRelationAsync("OPPOSES"))["status"]);

        await _writer.WriteAsync([hedged]);
        var relation = await SingleRelationAsync("OPPOSES");
        Assert.Equal("asserted", relation["status"]);
        Assert.Equal(2L, relation["evidenceCount"]);
    }

    [Fact]
    public async Task First_and_last_seen_are_the_earliest_and_latest_publication_dates()
    {
        string[] dates = ["2017-06-04", "2016-12-31", "2017-07-10", "2017-01-15"];
        foreach (var (date, i) in dates.Select((d, i) => (d, i)))
        {
            var article = Article($"d{i}", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
                Evidence(RelationType.CrossedInto, EvidenceStatus.Asserted, $"The PMU crossed into Iran, report {i}.", 0));
            await _writer.WriteAsync([article]);
        }

        var relation = await SingleRelationAsync("CROSSED_INTO");
        Assert.Equal("2016-12-31", relation["firstSeen"]);
        Assert.Equal("2017-07-10", relation["lastSeen"]);
        Assert.Equal(4L, relation["articleCount"]);
    }

    [Fact]
    public async Task Four_concurrent_writers_with_overlapping_entities_create_no_duplicates_and_raise_nothing()
    {
        const int writers = 4, batchesPerWriter = 6, articlesPerBatch = 3;
        var shared = Enumerable.Range(0, 8).Select(i => new GraphEntity($"{_prefix}e{i}", i % 2 == 0 ? EntityKind.Organization : EntityKind.Location, $"Entity {i}", [$"E{i}"])).ToArray();
        var relationTypes = Enum.GetValues<RelationType>();
        var expectedEvidence = new Dictionary<string, HashSet<string>>();
        var batches = new List<List<GraphArticle>>[writers];
        for (var w = 0; w < writers; w++)
        {
            batches[w] = [];
            for (var b = 0; b < batchesPerWriter; b++)
            {
                var batch = new List<GraphArticle>();
                for (var n = 0; n < articlesPerBatch; n++)
                {
                    var seed = (w * 31) + (b * 7) + n;
                    var entities = Enumerable.Range(0, 4).Select(k => shared[(seed + k) % shared.Length]).DistinctBy(e => e.Id).ToList();
                    var evidence = Enumerable.Range(0, 3).Select(k => new GraphEvidence(
                        entities[k % entities.Count].Id,
                        relationTypes[(seed + k) % relationTypes.Length],
                        entities[(k + 1) % entities.Count].Id,
                        k == 0 ? EvidenceStatus.Hedged : EvidenceStatus.Asserted,
                        $"Sentence {seed % 5} about {k}.",
                        "said",
                        0.5)).ToList();
                    foreach (var item in evidence)
                    {
                        var key = GraphIds.RelationKey(item.Subject, item.Relation, item.Object);
                        (expectedEvidence.TryGetValue(key, out var ids) ? ids : expectedEvidence[key] = []).Add(item.Id);
                    }

                    batch.Add(new GraphArticle { Id = $"{_prefix}w{w}b{b}n{n}", File = "concurrent.txt", Published = new DateOnly(2017, 1, 1 + n), Entities = entities, Evidence = evidence });
                }

                batches[w].Add(batch);
            }
        }

        await Task.WhenAll(batches.Select(writerBatches => Task.Run(async () =>
        {
            var writer = new GraphWriter(_neo4j.Driver);
            foreach (var batch in writerBatches)
            {
                await writer.WriteAsync(batch);
            }
        })));

        var storedEntities = await GraphSnapshot.RunAsync(_neo4j.Driver, "MATCH (e:Entity) WHERE e.id STARTS WITH $prefix RETURN e.id AS id, e.aliases AS aliases", _prefix);
        Assert.Equal(shared.Length, storedEntities.Count);
        Assert.All(storedEntities, e => Assert.Single(e.Get<List<string>>("aliases")));
        var relations = await GraphSnapshot.RunAsync(_neo4j.Driver,
            "MATCH (s:Entity)-[r]->(:Entity) WHERE s.id STARTS WITH $prefix RETURN r.key AS key, r.evidenceCount AS evidenceCount", _prefix);
        Assert.Equal(expectedEvidence.Count, relations.Count);
        Assert.Equal(expectedEvidence.Count, relations.Select(r => r.Get<string>("key")).Distinct().Count());
        Assert.All(relations, r => Assert.Equal(expectedEvidence[r.Get<string>("key")].Count, r.Get<int>("evidenceCount")));
        var articles = await GraphSnapshot.RunAsync(_neo4j.Driver, "MATCH (a:Article) WHERE a.id STARTS WITH $prefix RETURN count(a) AS n", _prefix);
        Assert.Equal(writers * batchesPerWriter * articlesPerBatch, articles[0].Get<int>("n"));
    }

    [Fact]
    public async Task A_batch_that_fails_half_way_leaves_nothing_behind()
    {
        var articles = GoldArticles.Load(_prefix);
        var executed = 0;
        _writer.AfterStatement = _ => ++executed == 4 ? throw new InvalidOperationException("disk on fire") : Task.CompletedTask;

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => _writer.WriteAsync(articles));

        Assert.Equal("disk on fire", failure.Message);
        Assert.Equal(string.Empty, await GraphSnapshot.TakeAsync(_neo4j.Driver, _prefix));
        Assert.False(await _writer.ContainsArticleAsync(articles[0].Id));
    }

    [Fact]
    public async Task ContainsArticle_tells_written_content_from_new_content()
    {
        var article = GoldArticles.Load(_prefix)[0];
        Assert.False(await _writer.ContainsArticleAsync(article.Id));

        await _writer.WriteAsync([article]);

        Assert.True(await _writer.ContainsArticleAsync(article.Id));
        Assert.False(await _writer.ContainsArticleAsync(_prefix + "never-written"));
    }

    private GraphArticle Article(string id, DateOnly published, params GraphEvidence[] evidence) => new()
    {
        Id = _prefix + id,
        File = id + ".txt",
        Title = "Article " + id,
        Published = published,
        Entities =
        [
            new GraphEntity(_prefix + "iran", EntityKind.Location, "Iran", ["Tehran"]),
            new GraphEntity(_prefix + "pmu", EntityKind.Organization, "Popular Mobilization Units", ["PMU"]),
        ],
        Evidence = evidence,
    };

    private GraphEvidence Evidence(RelationType relation, EvidenceStatus status, string sentence, int start) =>
        relation == RelationType.CrossedInto
            ? new GraphEvidence(_prefix + "pmu", relation, _prefix + "iran", status, sentence, sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries)[2], 0.8) { Start = start, End = start + sentence.Length }
            : new GraphEvidence(_prefix + "iran", relation, _prefix + "pmu", status, sentence, sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries)[2], 0.8) { Start = start, End = start + sentence.Length };

    private async Task<IReadOnlyDictionary<string, object?>> SingleRelationAsync(string type)
    {
        var records = await GraphSnapshot.RunAsync(_neo4j.Driver, $"MATCH (s:Entity)-[r:{type}]->(:Entity) WHERE s.id STARTS WITH $prefix RETURN properties(r) AS p", _prefix);
        return (IReadOnlyDictionary<string, object?>)Assert.Single(records)["p"]!;
    }
}
