using System.Diagnostics;
using GraphBuilder.EmbeddedNeo4j;

namespace GraphBuilder.Cli.Tests;

/// <summary>Runs `dotnet graphbuilder.dll ...` as a user would, with stdout redirected (so the plain, non-terminal output).</summary>
internal static class CliProcess
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(IEnumerable<string> arguments, Neo4jConnectionInfo? neo4j = null, string? standardInput = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepositoryPaths.GraphBuilderDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (neo4j is not null)
        {
            start.Environment["NEO4J_URI"] = neo4j.BoltUri.ToString();
            start.Environment["NEO4J_USER"] = neo4j.User;
            start.Environment["NEO4J_PASSWORD"] = neo4j.Password;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
