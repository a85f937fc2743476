using System.Collections.Concurrent;
using System.Diagnostics;

namespace GraphBuilder.Ingest;

/// <summary>An input that could not be ingested, and why, in words a user can act on.</summary>
internal sealed record IngestFailure(string Path, string Reason);

/// <summary>
/// Live counters of one ingest run. The pipeline stages update them lock-free; a display polls them.
/// </summary>
internal sealed class IngestProgress
{
    private readonly ConcurrentQueue<IngestFailure> _failures = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _filesTotal;
    private long _bytesTotal;
    private long _filesDone;
    private long _bytesDone;
    private long _articlesRead;
    private long _articlesWritten;
    private long _articlesSkipped;
    private long _articlesReextracted;
    private long _nearDuplicates;
    private long _entities;
    private long _relations;
    private long _batches;

    /// <summary>Raised on the stage that saw the failure, as soon as it is seen.</summary>
    public event Action<IngestFailure>? Failed;

    public long FilesTotal => Interlocked.Read(ref _filesTotal);

    public long BytesTotal => Interlocked.Read(ref _bytesTotal);

    public long FilesDone => Interlocked.Read(ref _filesDone);

    public long BytesDone => Interlocked.Read(ref _bytesDone);

    public long ArticlesRead => Interlocked.Read(ref _articlesRead);

    /// <summary>Articles written to the graph (or, in a dry run, extracted).</summary>
    public long ArticlesWritten => Interlocked.Read(ref _articlesWritten);

    /// <summary>Articles already in the graph from this same extractor, or seen earlier in this run.</summary>
    public long ArticlesSkipped => Interlocked.Read(ref _articlesSkipped);

    /// <summary>Of the articles written, those that were in the graph already and whose extraction was replaced.</summary>
    public long ArticlesReextracted => Interlocked.Read(ref _articlesReextracted);

    public long NearDuplicates => Interlocked.Read(ref _nearDuplicates);

    public long Entities => Interlocked.Read(ref _entities);

    public long Relations => Interlocked.Read(ref _relations);

    public long Batches => Interlocked.Read(ref _batches);

    public IReadOnlyCollection<IngestFailure> Failures => _failures;

    public TimeSpan Elapsed => _clock.Elapsed;

    public double ArticlesPerSecond => ArticlesWritten / Math.Max(Elapsed.TotalSeconds, 0.001);

    /// <summary>Fraction of the input bytes done; standard input has no known size, so it counts as nothing to estimate from.</summary>
    public double Fraction => BytesTotal > 0 ? Math.Min(1.0, (double)BytesDone / BytesTotal) : 0;

    internal void InputsDiscovered(IReadOnlyCollection<IngestInput> inputs)
    {
        Interlocked.Add(ref _filesTotal, inputs.Count);
        Interlocked.Add(ref _bytesTotal, inputs.Sum(i => i.Length));
    }

    internal void FileDone(IngestInput input)
    {
        Interlocked.Increment(ref _filesDone);
        Interlocked.Add(ref _bytesDone, input.Length);
    }

    internal void ArticleRead() => Interlocked.Increment(ref _articlesRead);

    internal void ArticleSkipped() => Interlocked.Increment(ref _articlesSkipped);

    internal void NearDuplicateFound() => Interlocked.Increment(ref _nearDuplicates);

    internal void Extracted(int entities, int relations)
    {
        Interlocked.Add(ref _entities, entities);
        Interlocked.Add(ref _relations, relations);
    }

    internal void BatchWritten(int articles, int reextracted)
    {
        Interlocked.Increment(ref _batches);
        Interlocked.Add(ref _articlesWritten, articles);
        Interlocked.Add(ref _articlesReextracted, reextracted);
    }

    internal void Fail(string path, string reason)
    {
        var failure = new IngestFailure(path, reason);
        _failures.Enqueue(failure);
        Failed?.Invoke(failure);
    }
}
