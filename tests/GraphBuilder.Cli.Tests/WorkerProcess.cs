using System.Collections.Concurrent;
using System.Diagnostics;
using GraphBuilder.EmbeddedNeo4j;

namespace GraphBuilder.Cli.Tests;

/// <summary>`dotnet graphbuilder.dll worker` as a separate process, as an operator runs it: stopped with SIGTERM or killed with SIGKILL.</summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private WorkerProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output => string.Join(Environment.NewLine, _output);

    public bool HasExited => _process.HasExited;

    public static WorkerProcess Start(Neo4jConnectionInfo neo4j, string inbox, string idNamespace, int batchSize)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { RepositoryPaths.GraphBuilderDll, "worker", "--inbox", inbox, "--batch-size", batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["NEO4J_URI"] = neo4j.BoltUri.ToString(),
                ["NEO4J_USER"] = neo4j.User,
                ["NEO4J_PASSWORD"] = neo4j.Password,
                ["GRAPHBUILDER__INGEST__IDNAMESPACE"] = idNamespace,
                ["GRAPHBUILDER__INGEST__PARALLELISM"] = "2",
                ["GRAPHBUILDER__WORKER__POLLINTERVAL"] = "00:00:00.500",
                ["GRAPHBUILDER__WORKER__STABLEAFTER"] = "00:00:00.200",
                ["DOTNET_gcServer"] = "0",
            },
        };
        return new WorkerProcess(Process.Start(start)!);
    }

    public void KillHard() => _process.Kill(entireProcessTree: true);

    /// <summary>SIGTERM, as `docker stop` or systemd send it; returns the exit code.</summary>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }
}
