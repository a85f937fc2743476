using System.Threading.Channels;
using GraphBuilder.Graph;
using GraphBuilder.Nlp;

namespace GraphBuilder.Ingest;

/// <summary>
/// read -> extract (one worker per core) -> batch -> write, joined by bounded channels so memory stays
/// bounded by <see cref="IngestOptions.ChannelCapacity"/> articles per stage whatever the size of the input.
/// </summary>
internal sealed class IngestPipeline(ExtractionPipeline extraction, IGraphSink sink, IngestOptions options, NearDuplicateDetector? nearDuplicates = null)
{
    /// <summary>A partial batch is written when no article has arrived for this long, so a slow stream still lands.</summary>
    internal static readonly TimeSpan FlushAfterIdle = TimeSpan.FromSeconds(2);

    public async Task RunAsync(IReadOnlyList<IngestInput> inputs, IngestProgress progress, TextReader? standardInput, CancellationToken cancellationToken)
    {
        progress.InputsDiscovered(inputs);
        await sink.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);

        var channelOptions = new BoundedChannelOptions(options.ChannelCapacity) { FullMode = BoundedChannelFullMode.Wait };
        var articles = Channel.CreateBounded<(Article Article, string? DuplicateOf, bool Replaces)>(channelOptions);
        var extractions = Channel.CreateBounded<ExtractedArticle>(channelOptions);

        // One stage failing (e.g. Neo4j gone) stops the others instead of leaving them blocked on a full channel.
        using var failFast = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = failFast.Token;

        var read = RunStage(failFast, articles.Writer, () => ReadAsync(inputs, progress, standardInput, articles.Writer, token));
        var extract = RunStage(failFast, extractions.Writer, () => Task.WhenAll(
            Enumerable.Range(0, options.EffectiveParallelism)
                .Select(_ => Task.Run(() => ExtractAsync(articles.Reader, extractions.Writer, progress, token), token))));
        var write = RunStage<ExtractedArticle>(failFast, null, () => WriteAsync(extractions.Reader, progress, token));

        await Task.WhenAll(read, extract, write).ConfigureAwait(false);
    }

    private static async Task RunStage<T>(CancellationTokenSource failFast, ChannelWriter<T>? output, Func<Task> stage)
    {
        try
        {
            await stage().ConfigureAwait(false);
            output?.TryComplete();
        }
        catch (Exception e)
        {
            output?.TryComplete(e);
            await failFast.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task ReadAsync(IReadOnlyList<IngestInput> inputs, IngestProgress progress, TextReader? standardInput, ChannelWriter<(Article Article, string? DuplicateOf, bool Replaces)> output, CancellationToken cancellationToken)
    {
        var seenInThisRun = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            await foreach (var article in ArticleSource.ReadAsync(input, options.MaxArticleBytes, standardInput, progress.Fail, cancellationToken).ConfigureAwait(false))
            {
                progress.ArticleRead();
                if (!seenInThisRun.Add(article.Id))
                {
                    progress.ArticleSkipped();
                    continue;
                }

                // Marked here, in input order, so which copy counts as the original does not depend on thread timing.
                // Articles already in the graph are remembered too: a new copy of one is marked as its duplicate.
                var duplicateOf = nearDuplicates?.Add(article.Id, article.Body)?.DuplicateOfId;
                var stored = await sink.FindArticleAsync(article.Id, extraction.Fingerprint, cancellationToken).ConfigureAwait(false);
                if (options.Skips(stored))
                {
                    progress.ArticleSkipped();
                    continue;
                }

                var replaces = stored != StoredArticle.Absent;
                if (replaces)
                {
                    duplicateOf = null; // a re-extracted article keeps the marking it got when first written
                }
                else if (duplicateOf is not null)
                {
                    progress.NearDuplicateFound();
                }

                await output.WriteAsync((article, duplicateOf, replaces), cancellationToken).ConfigureAwait(false);
            }

            progress.FileDone(input);
        }
    }

    private async Task ExtractAsync(ChannelReader<(Article Article, string? DuplicateOf, bool Replaces)> input, ChannelWriter<ExtractedArticle> output, IngestProgress progress, CancellationToken cancellationToken)
    {
        await foreach (var (article, duplicateOf, replaces) in input.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            ArticleExtraction extracted;
            try
            {
                extracted = extraction.Extract(article, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                progress.Fail(article.FileName, $"extraction failed: {e.Message}");
                continue;
            }

            progress.Extracted(extracted.Entities.Count, extracted.Relations.Count);
            await output.WriteAsync(new ExtractedArticle(extracted, duplicateOf, extraction.Fingerprint, replaces), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WriteAsync(ChannelReader<ExtractedArticle> input, IngestProgress progress, CancellationToken cancellationToken)
    {
        var batch = new List<ExtractedArticle>(options.BatchSize);
        while (true)
        {
            var state = await WaitAsync(input, holdingPartialBatch: batch.Count > 0, cancellationToken).ConfigureAwait(false);
            if (state == ReadState.Completed)
            {
                break;
            }

            while (batch.Count < options.BatchSize && input.TryRead(out var extracted))
            {
                batch.Add(extracted);
            }

            if (state == ReadState.Idle || batch.Count >= options.BatchSize)
            {
                await FlushAsync(batch, progress, cancellationToken).ConfigureAwait(false);
            }
        }

        await FlushAsync(batch, progress, cancellationToken).ConfigureAwait(false);
    }

    private enum ReadState { Available, Idle, Completed }

    private static async ValueTask<ReadState> WaitAsync(ChannelReader<ExtractedArticle> input, bool holdingPartialBatch, CancellationToken cancellationToken)
    {
        if (!holdingPartialBatch)
        {
            return await input.WaitToReadAsync(cancellationToken).ConfigureAwait(false) ? ReadState.Available : ReadState.Completed;
        }

        using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        idle.CancelAfter(FlushAfterIdle);
        try
        {
            return await input.WaitToReadAsync(idle.Token).ConfigureAwait(false) ? ReadState.Available : ReadState.Completed;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ReadState.Idle;
        }
    }

    private async Task FlushAsync(List<ExtractedArticle> batch, IngestProgress progress, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        await sink.WriteBatchAsync(batch, cancellationToken).ConfigureAwait(false);
        progress.BatchWritten(batch.Count, batch.Count(a => a.Replaces));
        batch.Clear();
    }
}
