using GraphBuilder.Bolt;
using GraphBuilder.Ingest;
using GraphBuilder.Nlp;
using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

/// <summary>
/// Re-ingesting articles already in the graph, with the real extraction and the real Neo4j. The extraction is changed
/// the way a user changes it: a second relation model file (one whose threshold no pair reaches: the rules alone).
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class ReextractTests(SeedGraph seed) : IAsyncLifetime
{
    /// <summary>A seed article one of whose relations only the shipped classifier finds.</summary>
    private const string Changed = "004_a8adaca6e3e3997a.txt";

    private static readonly ExtractionPipeline Shipped = ExtractionPipeline.CreateDefault();

    private readonly string _directory = Directory.CreateTempSubdirectory("gb-reextract-").FullName;
    private readonly List<string> _namespaces = [];
    private ExtractionPipeline _rulesOnly = Shipped;

    public Task InitializeAsync()
    {
        var model = Path.Combine(_directory, "rules-only.tsv");
        File.WriteAllText(model, "# no weights: no pair reaches the threshold\nthreshold\t2\n");
        var options = new NlpOptions { RelationModelFile = model };
        _rulesOnly = ExtractionPipeline.CreateDefault(options);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        foreach (var idNamespace in _namespaces)
        {
            await SeedGraph.DeleteNamespaceAsync(seed.Driver, idNamespace);
        }

        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Another_extractor_replaces_the_extraction_and_the_graph_equals_a_fresh_ingest_of_the_new_one()
    {
        Assert.NotEqual(Shipped.Fingerprint, _rulesOnly.Fingerprint);
        var graph = NewNamespace();
        await IngestAsync(Shipped, graph, [SharedData.Articles]);
        var before = await GraphSnapshot.TakeAsync(seed.Driver, graph);

        var progress = await IngestAsync(_rulesOnly, graph, [SharedData.Articles]);
        var fresh = NewNamespace();
        await IngestAsync(_rulesOnly, fresh, [SharedData.Articles]);

        Assert.Equal((5L, 5L, 0L, 0L), (progress.ArticlesWritten, progress.ArticlesReextracted, progress.ArticlesSkipped, progress.NearDuplicates));
        var after = await GraphSnapshot.TakeAsync(seed.Driver, graph);
        Assert.NotEqual(before, after);
        Assert.Equal(await GraphSnapshot.TakeAsync(seed.Driver, fresh), after);
        Assert.Contains("duplicateOf", after, StringComparison.Ordinal); // the near-duplicate marking of the first ingest stays
    }

    [Fact]
    public async Task Re_extracting_one_article_keeps_what_the_others_support_and_drops_what_only_it_supported()
    {
        var all = Directory.GetFiles(SharedData.Articles).Order(StringComparer.Ordinal).ToArray();
        var changed = Path.Combine(SharedData.Articles, Changed);
        var graph = NewNamespace();
        await IngestAsync(Shipped, graph, all);
        var before = await RelationsAsync(graph);

        var progress = await IngestAsync(_rulesOnly, graph, [changed]);
        var mixed = NewNamespace();
        await IngestAsync(Shipped, mixed, all.Where(f => f != changed).ToArray());
        await IngestAsync(_rulesOnly, mixed, [changed]);

        Assert.Equal((1L, 1L), (progress.ArticlesWritten, progress.ArticlesReextracted));
        Assert.Equal(await GraphSnapshot.TakeAsync(seed.Driver, mixed), await GraphSnapshot.TakeAsync(seed.Driver, graph));
        var after = await RelationsAsync(graph);
        var articleId = seed.ArticleIds[Changed][seed.Namespace.Length..];
        Assert.Contains(before, r => r.Articles.SequenceEqual([articleId]) && !after.Any(a => a.Key == r.Key)); // lost its only evidence
        Assert.Contains(before, r => r.Articles.Contains(articleId) && r.Articles.Count > 1);
        Assert.All(before.Where(r => r.Articles.Any(a => a != articleId)), r => Assert.Contains(after, a => a.Key == r.Key)); // others still support it
    }

    [Fact]
    public async Task The_same_extractor_twice_skips_every_article_and_leaves_an_identical_graph()
    {
        var graph = NewNamespace();
        var first = await IngestAsync(Shipped, graph, [SharedData.Articles]);
        var once = await GraphSnapshot.TakeAsync(seed.Driver, graph);

        var second = await IngestAsync(Shipped, graph, [SharedData.Articles]);

        Assert.Equal((5L, 0L), (first.ArticlesWritten, first.ArticlesReextracted));
        Assert.Equal((0L, 0L, 5L), (second.ArticlesWritten, second.ArticlesReextracted, second.ArticlesSkipped));
        Assert.Equal(once, await GraphSnapshot.TakeAsync(seed.Driver, graph));
        Assert.Contains($"\"{Shipped.Fingerprint}\"", once, StringComparison.Ordinal); // a.extractor
    }

    [Fact]
    public async Task Reextract_forces_a_new_extraction_by_the_same_extractor()
    {
        var graph = NewNamespace();
        await IngestAsync(Shipped, graph, [SharedData.Articles]);
        var once = await GraphSnapshot.TakeAsync(seed.Driver, graph);
        await GraphSnapshot.RunAsync(seed.Driver, "MATCH (ev:Evidence) WHERE ev.subject STARTS WITH $prefix DETACH DELETE ev", graph);

        var skipped = await IngestAsync(Shipped, graph, [SharedData.Articles]);
        Assert.Equal(5L, skipped.ArticlesSkipped);
        Assert.NotEqual(once, await GraphSnapshot.TakeAsync(seed.Driver, graph));

        var forced = await IngestAsync(Shipped, graph, [SharedData.Articles], reextract: true);
        Assert.Equal((5L, 5L, 0L), (forced.ArticlesWritten, forced.ArticlesReextracted, forced.ArticlesSkipped));
        Assert.Equal(once, await GraphSnapshot.TakeAsync(seed.Driver, graph));
    }

    [Fact]
    public async Task The_ingest_command_counts_re_extracted_articles_apart_and_reextract_forces_them()
    {
        var graph = NewNamespace();
        var file = Path.Combine(SharedData.Articles, Changed);
        string[] ingest = ["ingest", file, "--namespace", graph];

        var first = await CliProcess.RunAsync(ingest, seed.Neo4j.Connection);
        var once = await GraphSnapshot.TakeAsync(seed.Driver, graph);
        await GraphSnapshot.RunAsync(seed.Driver, "MATCH (ev:Evidence) WHERE ev.subject STARTS WITH $prefix DETACH DELETE ev", graph);
        var again = await CliProcess.RunAsync(ingest, seed.Neo4j.Connection);
        var forced = await CliProcess.RunAsync([.. ingest, "--reextract"], seed.Neo4j.Connection);

        Assert.True(first.ExitCode == 0, first.Error + first.Output);
        Assert.Matches(@"Re-extracted \(in the graph, extraction replaced\)\s*\|\s*0 \|", first.Output);
        Assert.Matches(@"Skipped \(already in the graph or repeated\)\s*\|\s*1 \|", again.Output);
        Assert.Matches(@"Re-extracted \(in the graph, extraction replaced\)\s*\|\s*0 \|", again.Output);
        Assert.True(forced.ExitCode == 0, forced.Error + forced.Output);
        Assert.Matches(@"Articles written\s*\|\s*1 \|", forced.Output);
        Assert.Matches(@"Re-extracted \(in the graph, extraction replaced\)\s*\|\s*1 \|", forced.Output);
        Assert.Equal(once, await GraphSnapshot.TakeAsync(seed.Driver, graph));
    }

    private string NewNamespace()
    {
        var idNamespace = Neo4jFixture.UniqueName("rx") + ":";
        _namespaces.Add(idNamespace);
        return idNamespace;
    }

    private async Task<IngestProgress> IngestAsync(ExtractionPipeline extraction, string idNamespace, string[] paths, bool reextract = false)
    {
        var options = new IngestOptions { BatchSize = 2, IdNamespace = idNamespace, Reextract = reextract };
        var (inputs, unmatched) = IngestInputs.Expand(paths);
        Assert.Empty(unmatched);
        var connection = seed.Neo4j.Connection;
        var target = new Neo4jTarget(GraphDatabase.Driver(connection.BoltUri, AuthTokens.Basic(connection.User, connection.Password)), null, null);
        await using var sink = new Neo4jGraphSink(target, options);
        var progress = new IngestProgress();
        await new IngestPipeline(extraction, sink, options, new NearDuplicateDetector()).RunAsync(inputs, progress, null, CancellationToken.None);
        Assert.Empty(progress.Failures);
        return progress;
    }

    /// <summary>Every relation of the namespace: its key and the ids of its articles, both without the namespace.</summary>
    private async Task<List<(string Key, List<string> Articles)>> RelationsAsync(string idNamespace) =>
        (await GraphSnapshot.RunAsync(seed.Driver, "MATCH (s:Entity)-[r]->(:Entity) WHERE s.id STARTS WITH $prefix RETURN r.key AS key, r.articles AS articles", idNamespace))
            .Select(r => (r.Get<string>("key").Replace(idNamespace, "", StringComparison.Ordinal),
                r.Get<List<string>>("articles").Select(a => a[idNamespace.Length..]).ToList()))
            .ToList();
}
