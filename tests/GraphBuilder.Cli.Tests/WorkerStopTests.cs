using System.CommandLine;
using GraphBuilder.Cli.Commands;

namespace GraphBuilder.Cli.Tests;

/// <summary>Stopping the worker before it has started: SIGTERM and Ctrl+C cancel the command's token.</summary>
public sealed class WorkerStopTests : IDisposable
{
    private readonly string _inbox = Directory.CreateTempSubdirectory("gb-worker-stop-").FullName;

    public void Dispose() => Directory.Delete(_inbox, recursive: true);

    [Fact]
    public async Task A_stop_requested_during_start_up_ends_it_with_exit_0_and_leaves_the_inbox_alone()
    {
        var article = Path.Combine(_inbox, "waiting.txt");
        File.WriteAllText(article, "A title\n\nThe Northern Brigade entered Eastvale on Monday.\n");
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var stop = new CancellationTokenSource();
        await stop.CancelAsync();

        // Nothing listens on port 1: a worker that ignored the stop would wait for the server for ever.
        var root = new RootCommand { WorkerCommand.Create() };
        var exitCode = await root.Parse(["worker", "--inbox", _inbox, "--neo4j-uri", "bolt://127.0.0.1:1"])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, stop.Token)
            .WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(0, exitCode);
        Assert.Contains("Stopped before the worker had started.", output.ToString(), StringComparison.Ordinal);
        Assert.Equal("", error.ToString());
        Assert.True(File.Exists(article), "the waiting article stays in the inbox for the next start");
    }
}
