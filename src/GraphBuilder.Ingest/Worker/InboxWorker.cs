using System.Collections.Concurrent;
using GraphBuilder.Bolt;
using GraphBuilder.Graph;
using GraphBuilder.Nlp;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Ingest;

/// <summary>
/// Watches the inbox and ingests what lands there, one batch of files per transaction. Files move to
/// <c>done/</c> only after their batch committed, and writes are idempotent, so a worker killed at any
/// moment and restarted ends with the same graph as one that never stopped.
/// </summary>
internal sealed partial class InboxWorker(
    ExtractionPipeline extraction,
    IGraphSink sink,
    NearDuplicateDetector nearDuplicates,
    IOptions<GraphBuilderOptions> options,
    ILogger<InboxWorker> logger) : BackgroundService
{
    /// <summary>How long a batch whose write has begun may take to finish after shutdown is requested; then it is rolled back.</summary>
    internal static readonly TimeSpan FinishGrace = TimeSpan.FromSeconds(20);

    private readonly GraphBuilderOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var inbox = new InboxFiles(
            _options.Worker.Inbox ?? throw new InvalidOperationException("Worker:Inbox is not set (use --inbox DIR)."),
            _options.Worker.StableAfter);
        LogStarting(logger, inbox.Inbox, _options.ToString());

        using var wakeUp = new SemaphoreSlim(0, 1);
        using var watcher = new FileSystemWatcher(inbox.Inbox) { IncludeSubdirectories = false };
        FileSystemEventHandler poke = (_, _) => Poke(wakeUp);
        watcher.Created += poke;
        watcher.Changed += poke;
        watcher.Renamed += (_, _) => Poke(wakeUp);
        watcher.EnableRaisingEvents = true;

        try
        {
            await sink.EnsureSchemaAsync(stoppingToken).ConfigureAwait(false);
            await RememberDoneAsync(inbox, stoppingToken).ConfigureAwait(false);
            await WatchAsync(inbox, wakeUp, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped while reading or extracting a batch: nothing of it was written, its files stay for the next run.
        }
        finally
        {
            LogStopped(logger);
        }
    }

    private async Task WatchAsync(InboxFiles inbox, SemaphoreSlim wakeUp, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var ready = inbox.ScanReady(_options.Ingest.BatchSize);
            if (ready.Count > 0)
            {
                try
                {
                    await ProcessBatchAsync(inbox, ready, stoppingToken).ConfigureAwait(false);
                    continue;
                }
                catch (Neo4jException e) when (!stoppingToken.IsCancellationRequested)
                {
                    // Neo4j restarting or unreachable: the files stay in the inbox and are retried after the poll interval.
                    LogWriteFailed(logger, e.Message);
                }
            }

            // Files still being written are re-examined once they can have become stable; otherwise wait for the
            // watcher or the periodic rescan (the watcher can miss events, e.g. on network shares).
            var wait = inbox.HasPending && ready.Count == 0 ? Min(_options.Worker.StableAfter, _options.Worker.PollInterval) : _options.Worker.PollInterval;
            await wakeUp.WaitAsync(wait, stoppingToken).ConfigureAwait(false);
        }
    }

    internal async Task ProcessBatchAsync(InboxFiles inbox, IReadOnlyList<IngestInput> files, CancellationToken stoppingToken)
    {
        var readable = new List<(IngestInput File, List<(Article Article, string? DuplicateOf, bool Replaces)> Articles)>(files.Count);
        foreach (var file in files)
        {
            string? failure = null;
            var articles = new List<Article>();
            await foreach (var article in ArticleSource.ReadAsync(file, _options.Ingest.MaxArticleBytes, null, (_, reason) => failure ??= reason, stoppingToken).ConfigureAwait(false))
            {
                articles.Add(article);
            }

            if (failure is not null)
            {
                Fail(inbox, file, failure);
                continue;
            }

            var fresh = new List<(Article Article, string? DuplicateOf, bool Replaces)>(articles.Count);
            foreach (var article in articles)
            {
                // Every article of a readable file is remembered, written now or before, so near-duplicate marking
                // sees the same earlier articles whether or not the worker was restarted in between (see RememberDoneAsync).
                var duplicateOf = nearDuplicates.Add(article.Id, article.Body)?.DuplicateOfId;
                var stored = await sink.FindArticleAsync(article.Id, extraction.Fingerprint, stoppingToken).ConfigureAwait(false);
                if (stored == StoredArticle.Absent)
                {
                    fresh.Add((article, duplicateOf, false));
                }
                else if (!_options.Ingest.Skips(stored))
                {
                    fresh.Add((article, null, true)); // a re-extracted article keeps the near-duplicate marking it got when first written
                }
            }

            readable.Add((file, fresh));
        }

        var extracted = new ConcurrentDictionary<IngestInput, List<ExtractedArticle>>();
        var extractionFailures = new ConcurrentDictionary<IngestInput, string>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.Ingest.EffectiveParallelism, CancellationToken = stoppingToken };
        Parallel.ForEach(readable.SelectMany(f => f.Articles.Select(a => (f.File, a.Article, a.DuplicateOf, a.Replaces))), parallel, item =>
        {
            try
            {
                var result = new ExtractedArticle(extraction.Extract(item.Article, stoppingToken), item.DuplicateOf, extraction.Fingerprint, item.Replaces);
                var list = extracted.GetOrAdd(item.File, _ => []);
                lock (list)
                {
                    list.Add(result);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                extractionFailures.TryAdd(item.File, $"extraction failed for '{item.Article.Title ?? item.Article.Id}': {e.Message}");
            }
        });

        foreach (var (file, reason) in extractionFailures)
        {
            Fail(inbox, file, reason);
        }

        var committed = readable.Select(r => r.File).Where(f => !extractionFailures.ContainsKey(f)).ToList();
        var batch = committed.SelectMany(f => extracted.TryGetValue(f, out var list) ? list : []).ToList();
        if (batch.Count > 0)
        {
            // Once the write has begun, a shutdown lets it finish (bounded): the files then move to done/.
            // If the grace runs out the transaction is rolled back and the files stay for the next run.
            using var grace = new CancellationTokenSource();
            using var onStop = stoppingToken.Register(() => grace.CancelAfter(FinishGrace));
            await sink.WriteBatchAsync(batch, grace.Token).ConfigureAwait(false);
        }

        foreach (var file in committed)
        {
            inbox.MoveToDone(file);
        }

        LogBatch(logger, committed.Count, batch.Count(b => !b.Replaces), batch.Count(b => b.Replaces), batch.Sum(b => b.Extraction.Relations.Count), files.Count - committed.Count);
    }

    /// <summary>
    /// Near-duplicate detection compares with every article ingested before. After a restart that memory is rebuilt
    /// from done/ (the files whose batch committed), in the order they were taken, so a restarted worker marks the
    /// same duplicates as one that never stopped.
    /// </summary>
    private async Task RememberDoneAsync(InboxFiles inbox, CancellationToken cancellationToken)
    {
        var remembered = 0;
        foreach (var file in inbox.DoneInProcessingOrder())
        {
            await foreach (var article in ArticleSource.ReadAsync(file, _options.Ingest.MaxArticleBytes, null, (_, _) => { }, cancellationToken).ConfigureAwait(false))
            {
                nearDuplicates.Add(article.Id, article.Body);
                remembered++;
            }
        }

        if (remembered > 0)
        {
            LogRemembered(logger, remembered);
        }
    }

    private void Fail(InboxFiles inbox, IngestInput file, string reason)
    {
        LogFailed(logger, file.Path, reason);
        inbox.MoveToFailed(file, reason);
    }

    private static void Poke(SemaphoreSlim wakeUp)
    {
        try
        {
            wakeUp.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one rescan sees every change.
        }
        catch (ObjectDisposedException)
        {
            // The watcher outlived the loop during shutdown.
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Inbox} ({Options})")]
    private static partial void LogStarting(ILogger logger, string inbox, string options);

    [LoggerMessage(Level = LogLevel.Information, Message = "Committed {Files} file(s): {Articles} new article(s), {Reextracted} re-extracted, {Relations} relation(s); {Failed} failed")]
    private static partial void LogBatch(ILogger logger, int files, int articles, int reextracted, int relations, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{File} moved to failed/: {Reason}")]
    private static partial void LogFailed(ILogger logger, string file, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing to Neo4j failed, will retry: {Reason}")]
    private static partial void LogWriteFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Remembered {Articles} article(s) from done/ for near-duplicate detection")]
    private static partial void LogRemembered(ILogger logger, int articles);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopped")]
    private static partial void LogStopped(ILogger logger);
}
