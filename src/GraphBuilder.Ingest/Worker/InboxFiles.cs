namespace GraphBuilder.Ingest;

/// <summary>
/// The inbox on disk: which files are ready (unchanged for <see cref="WorkerOptions.StableAfter"/>) and where
/// they go afterwards (<c>done/</c>, or <c>failed/</c> with a <c>&lt;name&gt;.reason.txt</c>).
/// </summary>
internal sealed class InboxFiles
{
    private const string OrderJournal = ".order";

    private readonly Dictionary<string, Observation> _observed = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly TimeSpan _stableAfter;

    public InboxFiles(string inbox, TimeSpan stableAfter, TimeProvider? time = null)
    {
        Inbox = Path.GetFullPath(inbox);
        Done = Path.Combine(Inbox, "done");
        Failed = Path.Combine(Inbox, "failed");
        _stableAfter = stableAfter;
        _time = time ?? TimeProvider.System;
        Directory.CreateDirectory(Done);
        Directory.CreateDirectory(Failed);
    }

    public string Inbox { get; }

    public string Done { get; }

    public string Failed { get; }

    /// <summary>True when the last scan saw files still being written, so a rescan soon is worthwhile.</summary>
    public bool HasPending { get; private set; }

    /// <summary>Files whose size and write time have not changed for the stability period, oldest name first.</summary>
    public IReadOnlyList<IngestInput> ScanReady(int max)
    {
        var now = _time.GetUtcNow();
        var present = new HashSet<string>(StringComparer.Ordinal);
        var ready = new List<IngestInput>();
        HasPending = false;
        foreach (var file in new DirectoryInfo(Inbox).EnumerateFiles().OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            if (IsScratchFile(file.Name))
            {
                continue;
            }

            present.Add(file.FullName);
            var current = new Observation(file.Length, file.LastWriteTimeUtc, now);
            if (!_observed.TryGetValue(file.FullName, out var previous) || previous.Length != current.Length || previous.LastWrite != current.LastWrite)
            {
                _observed[file.FullName] = current;
                HasPending = true;
            }
            else if (now - previous.UnchangedSince >= _stableAfter && ready.Count < max)
            {
                ready.Add(new IngestInput(file.FullName, file.Length));
            }
            else
            {
                HasPending = true;
            }
        }

        foreach (var gone in _observed.Keys.Where(k => !present.Contains(k)).ToList())
        {
            _observed.Remove(gone);
        }

        return ready;
    }

    /// <summary>
    /// The committed files in the order they were processed: as listed in done/.order (appended at each move), then
    /// any file a crash left unlisted (moved, not yet listed), by name.
    /// </summary>
    public IEnumerable<IngestInput> DoneInProcessingOrder()
    {
        var journal = Path.Combine(Done, OrderJournal);
        var listed = File.Exists(journal) ? File.ReadAllLines(journal).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).ToList() : [];
        var present = new DirectoryInfo(Done).EnumerateFiles().Where(f => !IsScratchFile(f.Name)).ToDictionary(f => f.Name, StringComparer.Ordinal);
        var unlisted = present.Keys.Except(listed, StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return listed.Concat(unlisted)
            .Where(present.ContainsKey)
            .Select(name => new IngestInput(present[name].FullName, present[name].Length));
    }

    public void MoveToDone(IngestInput input)
    {
        var target = FreeName(Done, Path.GetFileName(input.Path));
        File.Move(input.Path, target);
        File.AppendAllLines(Path.Combine(Done, OrderJournal), [Path.GetFileName(target)]);
        _observed.Remove(input.Path);
    }

    /// <summary>The reason is written before the file moves, so a crash in between leaves the file to be retried, never a reasonless failure.</summary>
    public void MoveToFailed(IngestInput input, string reason)
    {
        var target = FreeName(Failed, Path.GetFileName(input.Path));
        File.WriteAllText(target + ".reason.txt", reason + Environment.NewLine);
        File.Move(input.Path, target);
        _observed.Remove(input.Path);
    }

    /// <summary>Editors' and downloaders' temporaries are not articles; they get renamed once complete.</summary>
    private static bool IsScratchFile(string name) =>
        name.StartsWith('.') || name.EndsWith('~') ||
        name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase) ||
        name.EndsWith(".reason.txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>A file dropped again under a name already used keeps both copies: the earlier one is never overwritten.</summary>
    private static string FreeName(string folder, string name)
    {
        var target = Path.Combine(folder, name);
        for (var n = 1; File.Exists(target) || File.Exists(target + ".reason.txt"); n++)
        {
            target = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(name)}.{n}{Path.GetExtension(name)}");
        }

        return target;
    }

    private readonly record struct Observation(long Length, DateTime LastWrite, DateTimeOffset UnchangedSince);
}
