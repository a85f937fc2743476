using GraphBuilder.Ingest;

namespace GraphBuilder.Cli.Tests;

/// <summary>The worker's view of its inbox: when a file counts as complete, and where processed files go.</summary>
public sealed class InboxFilesTests : IDisposable
{
    private static readonly TimeSpan StableAfter = TimeSpan.FromSeconds(2);
    private readonly string _inbox = Directory.CreateTempSubdirectory("gb-inbox-").FullName;
    private readonly ManualTime _time = new();

    public void Dispose() => Directory.Delete(_inbox, recursive: true);

    [Fact]
    public void A_file_is_ready_only_once_it_has_not_changed_for_the_stability_period()
    {
        var inbox = new InboxFiles(_inbox, StableAfter, _time);
        var path = Write("story.txt", "first part");

        Assert.Empty(inbox.ScanReady(10));
        Assert.True(inbox.HasPending);

        _time.Advance(TimeSpan.FromSeconds(1));
        File.AppendAllText(path, " and the rest, still being written");
        Assert.Empty(inbox.ScanReady(10));

        _time.Advance(TimeSpan.FromSeconds(1.5));
        Assert.Empty(inbox.ScanReady(10)); // unchanged for 1.5 s only

        _time.Advance(TimeSpan.FromSeconds(1));
        var ready = Assert.Single(inbox.ScanReady(10));
        Assert.Equal(path, ready.Path);
        Assert.Equal(new FileInfo(path).Length, ready.Length);
    }

    [Fact]
    public void Scratch_files_are_ignored_and_a_scan_takes_at_most_the_batch_in_name_order()
    {
        var inbox = new InboxFiles(_inbox, StableAfter, _time);
        foreach (var name in new[] { "c.txt", "a.txt", "b.txt", ".hidden.txt", "download.part", "edit.txt~", "x.tmp" })
        {
            Write(name, "text");
        }

        inbox.ScanReady(2);
        _time.Advance(StableAfter);

        Assert.Equal(["a.txt", "b.txt"], inbox.ScanReady(2).Select(i => Path.GetFileName(i.Path)));
    }

    [Fact]
    public void Failed_files_move_with_their_reason_and_a_name_used_before_keeps_both_copies()
    {
        var inbox = new InboxFiles(_inbox, StableAfter, _time);
        inbox.MoveToFailed(new IngestInput(Write("scan.txt", "one"), 3), "not a text file");
        inbox.MoveToFailed(new IngestInput(Write("scan.txt", "two"), 3), "too large");

        Assert.Equal("one", File.ReadAllText(Path.Combine(inbox.Failed, "scan.txt")));
        Assert.Equal("not a text file", File.ReadAllText(Path.Combine(inbox.Failed, "scan.txt.reason.txt")).Trim());
        Assert.Equal("two", File.ReadAllText(Path.Combine(inbox.Failed, "scan.1.txt")));
        Assert.Equal("too large", File.ReadAllText(Path.Combine(inbox.Failed, "scan.1.txt.reason.txt")).Trim());
        Assert.Empty(Directory.GetFiles(_inbox));
    }

    [Fact]
    public void Done_files_are_listed_in_the_order_they_were_processed_then_unlisted_ones_by_name()
    {
        var inbox = new InboxFiles(_inbox, StableAfter, _time);
        inbox.MoveToDone(new IngestInput(Write("z.txt", "1"), 1));
        inbox.MoveToDone(new IngestInput(Write("a.txt", "2"), 1));
        inbox.MoveToDone(new IngestInput(Write("z.txt", "3"), 1));

        // A crash between a move and its journal line leaves a file done but unlisted.
        File.WriteAllText(Path.Combine(inbox.Done, "m.txt"), "4");

        var restarted = new InboxFiles(_inbox, StableAfter, _time);
        Assert.Equal(["z.txt", "a.txt", "z.1.txt", "m.txt"], restarted.DoneInProcessingOrder().Select(i => Path.GetFileName(i.Path)));
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_inbox, name);
        File.WriteAllText(path, content);
        return path;
    }

    private sealed class ManualTime : TimeProvider
    {
        private DateTimeOffset _now = new(2031, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
