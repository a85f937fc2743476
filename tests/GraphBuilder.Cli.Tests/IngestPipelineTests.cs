using System.Collections.Concurrent;
using GraphBuilder.Graph;
using GraphBuilder.Ingest;
using GraphBuilder.Nlp;
using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

/// <summary>The streaming pipeline with the real NLP on the real articles, writing to a sink that records what it gets.</summary>
public sealed class IngestPipelineTests : IDisposable
{
    private static readonly ExtractionPipeline Extraction = ExtractionPipeline.CreateDefault();
    private readonly string _directory = Directory.CreateTempSubdirectory("gb-ingest-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Every_article_arrives_once_in_batches_no_larger_than_configured()
    {
        var sink = new RecordingSink();
        var options = new IngestOptions { BatchSize = 2, ChannelCapacity = 1, Parallelism = 3 };
        var (inputs, _) = IngestInputs.Expand([SharedData.Articles]);
        var progress = new IngestProgress();

        await new IngestPipeline(Extraction, sink, options).RunAsync(inputs, progress, null, CancellationToken.None);

        Assert.All(sink.Batches, b => Assert.InRange(b.Count, 1, 2));
        var written = sink.Batches.SelectMany(b => b).Select(a => a.Extraction.Article.FileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Directory.GetFiles(SharedData.Articles).Select(Path.GetFileName).Order(StringComparer.Ordinal), written);
        Assert.Equal(5, progress.ArticlesWritten);
        Assert.Equal(sink.Batches.Count, progress.Batches);
        Assert.Equal(sink.Batches.SelectMany(b => b).Sum(a => a.Extraction.Relations.Count), progress.Relations);
        Assert.True(progress.Relations > 0);
        Assert.Empty(progress.Failures);
        Assert.Equal(1.0, progress.Fraction);
    }

    [Fact]
    public async Task Bad_inputs_are_reported_with_file_and_reason_and_the_rest_is_still_written()
    {
        var good = Path.Combine(_directory, "good.txt");
        File.Copy(Path.Combine(SharedData.Articles, "004_a8adaca6e3e3997a.txt"), good);
        var binary = Path.Combine(_directory, "image.txt");
        File.WriteAllBytes(binary, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]);
        var large = Path.Combine(_directory, "large.txt");
        File.WriteAllText(large, "Large article\n\n" + string.Concat(Enumerable.Repeat("The brigade crossed the river. ", 2000)));
        var jsonLines = Path.Combine(_directory, "feed.jsonl");
        File.WriteAllText(jsonLines, """
            {"title": "Militia crosses into Syria", "published": "2031-01-02", "body": "The Northern Shield Brigade crossed into Syria on Monday, officials said."}
            {"title": "broken", "body": "no closing quote}
            """);
        var missing = Path.Combine(_directory, "nothing-here", "*.txt");

        var sink = new RecordingSink();
        var (inputs, unmatched) = IngestInputs.Expand([_directory, missing]);
        var progress = new IngestProgress();
        foreach (var failure in unmatched)
        {
            progress.Fail(failure.Path, failure.Reason);
        }

        await new IngestPipeline(Extraction, sink, new IngestOptions { MaxArticleBytes = 20_000 }).RunAsync(inputs, progress, null, CancellationToken.None);

        var failures = progress.Failures.ToDictionary(f => Path.GetFileName(f.Path), f => f.Reason, StringComparer.Ordinal);
        Assert.Contains("too large", failures["large.txt"], StringComparison.Ordinal);
        Assert.True(failures.ContainsKey("image.txt"), "a binary file is reported: " + string.Join("; ", failures));
        Assert.Contains(failures, f => f.Key.StartsWith("feed.jsonl", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Key == "*.txt" && f.Value.Contains("no such file", StringComparison.Ordinal));
        var written = sink.Batches.SelectMany(b => b).Select(a => a.Extraction.Article.Title).ToList();
        Assert.Contains("Militia crosses into Syria", written);
        Assert.Equal(2, written.Count);
    }

    [Fact]
    public async Task Articles_already_in_the_graph_or_repeated_in_the_input_are_skipped()
    {
        var source = Path.Combine(SharedData.Articles, "002_f4793b20b9a220e3.txt");
        File.Copy(source, Path.Combine(_directory, "a.txt"));
        File.Copy(source, Path.Combine(_directory, "b.txt"));
        File.Copy(Path.Combine(SharedData.Articles, "003_6b9c6493376ebc5f.txt"), Path.Combine(_directory, "c.txt"));
        var knownId = await FirstIdAsync(Path.Combine(_directory, "c.txt"));
        var sink = new RecordingSink(knownId);
        var (inputs, _) = IngestInputs.Expand([_directory]);
        var progress = new IngestProgress();

        await new IngestPipeline(Extraction, sink, new IngestOptions()).RunAsync(inputs, progress, null, CancellationToken.None);

        Assert.Equal(["a.txt"], sink.Batches.SelectMany(b => b).Select(a => a.Extraction.Article.FileName));
        Assert.Equal(2, progress.ArticlesSkipped);
    }

    [Fact]
    public async Task A_near_duplicate_is_marked_against_the_earlier_article()
    {
        var sink = new RecordingSink();
        var (inputs, _) = IngestInputs.Expand([Path.Combine(SharedData.Articles, "000_058ba3df9d7d93a8.txt"), Path.Combine(SharedData.Articles, "001_e790da4f0a973771.txt")]);
        var progress = new IngestProgress();

        await new IngestPipeline(Extraction, sink, new IngestOptions(), new NearDuplicateDetector()).RunAsync(inputs, progress, null, CancellationToken.None);

        var byFile = sink.Batches.SelectMany(b => b).ToDictionary(a => a.Extraction.Article.FileName);
        Assert.Null(byFile["000_058ba3df9d7d93a8.txt"].DuplicateOf);
        Assert.Equal(byFile["000_058ba3df9d7d93a8.txt"].Extraction.Article.Id, byFile["001_e790da4f0a973771.txt"].DuplicateOf);
        Assert.Equal(1, progress.NearDuplicates);
    }

    [Fact]
    public async Task Standard_input_is_read_as_json_lines()
    {
        var sink = new RecordingSink();
        using var stdin = new StringReader("""
            {"title": "One", "body": "Peshmerga forces captured the town of Sinjar on Friday."}
            {"title": "Two", "body": "The Kurdistan Regional Government backs the Peshmerga offensive."}
            """);

        await new IngestPipeline(Extraction, sink, new IngestOptions()).RunAsync([new IngestInput(IngestInput.StandardInput, 0)], new IngestProgress(), stdin, CancellationToken.None);

        Assert.Equal(["One", "Two"], sink.Batches.SelectMany(b => b).Select(a => a.Extraction.Article.Title).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_failing_graph_stops_the_whole_pipeline_with_that_error()
    {
        var sink = new RecordingSink { FailWrites = true };
        var (inputs, _) = IngestInputs.Expand([SharedData.Articles]);

        var error = await Assert.ThrowsAsync<IOException>(() =>
            new IngestPipeline(Extraction, sink, new IngestOptions { BatchSize = 1, ChannelCapacity = 1 }).RunAsync(inputs, new IngestProgress(), null, CancellationToken.None));

        Assert.Equal("graph down", error.Message);
    }

    [Fact]
    public void Folders_are_read_recursively_for_article_extensions_only_and_globs_expand()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "sub"));
        foreach (var name in new[] { "a.txt", "b.md", "c.html", "d.jsonl", "sub/e.htm", "notes.pdf", "sub/f.csv" })
        {
            File.WriteAllText(Path.Combine(_directory, name), "x");
        }

        var (folder, _) = IngestInputs.Expand([_directory]);
        var (glob, _) = IngestInputs.Expand([Path.Combine(_directory, "**", "*.htm*")]);

        Assert.Equal(["a.txt", "b.md", "c.html", "d.jsonl", "e.htm"], folder.Select(i => Path.GetFileName(i.Path)).Order(StringComparer.Ordinal));
        Assert.Equal(["c.html", "e.htm"], glob.Select(i => Path.GetFileName(i.Path)).Order(StringComparer.Ordinal));
    }

    private static async Task<string> FirstIdAsync(string path)
    {
        await foreach (var article in ArticleReader.ReadAsync(path))
        {
            return article.Id;
        }

        throw new InvalidOperationException("no article");
    }

    /// <summary>Records the batches it is given; reports the given ids as already in the graph, written by the same extractor.</summary>
    private sealed class RecordingSink(params string[] alreadyInGraph) : IGraphSink
    {
        private readonly ConcurrentQueue<IReadOnlyList<ExtractedArticle>> _batches = new();

        public bool FailWrites { get; init; }

        public List<IReadOnlyList<ExtractedArticle>> Batches => [.. _batches];

        public Task EnsureSchemaAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<StoredArticle> FindArticleAsync(string articleId, string extractor, CancellationToken cancellationToken) =>
            Task.FromResult(alreadyInGraph.Contains(articleId) ? StoredArticle.SameExtractor : StoredArticle.Absent);

        public Task WriteBatchAsync(IReadOnlyList<ExtractedArticle> batch, CancellationToken cancellationToken)
        {
            if (FailWrites)
            {
                throw new IOException("graph down");
            }

            // The pipeline reuses its batch list: keep a copy, as a real writer would have sent it by now.
            _batches.Enqueue([.. batch]);
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
