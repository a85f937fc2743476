using System.CommandLine;
using GraphBuilder.EmbeddedNeo4j;

namespace GraphBuilder.Cli.Commands;

/// <summary><c>graphbuilder neo4j start | stop | status</c>: the embedded-default Neo4j 3.1.1 on 127.0.0.1.</summary>
internal static class Neo4jCommand
{
    private const int Failed = 1;

    // Same code as `neo4j status` when the server is down, so scripts can tell "not running" from "failed".
    private const int NotRunning = 3;

    public static Command Create()
    {
        var start = new Command("start", "Provision (first time only: downloads Neo4j 3.1.1 with npm) and start the embedded Neo4j");
        start.SetAction((result, cancellationToken) => RunAsync(result, async (server, output) =>
        {
            var info = await server.StartAsync(cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync("Neo4j 3.1.1 is running.").ConfigureAwait(false);
            await WriteConnectionAsync(output, info).ConfigureAwait(false);
            return 0;
        }));

        var stop = new Command("stop", "Stop the embedded Neo4j (data is kept)");
        stop.SetAction((result, cancellationToken) => RunAsync(result, async (server, output) =>
        {
            await server.StopAsync(cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync("Neo4j is stopped.").ConfigureAwait(false);
            return 0;
        }));

        var status = new Command("status", "Show whether the embedded Neo4j runs, its Bolt and Browser URLs and how to log in");
        status.SetAction((result, cancellationToken) => RunAsync(result, async (server, output) =>
        {
            var current = await server.GetStatusAsync(cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync(current.Detail).ConfigureAwait(false);
            if (current.Connection is { } info)
            {
                await WriteConnectionAsync(output, info).ConfigureAwait(false);
                return 0;
            }

            await output.WriteLineAsync($"Data: {server.InstanceDirectory}").ConfigureAwait(false);
            return current.State == EmbeddedNeo4jState.PortInUse ? Failed : NotRunning;
        }));

        var neo4j = new Command("neo4j", "Manage the embedded-default Neo4j 3.1.1 (Bolt 127.0.0.1:17687, Browser 127.0.0.1:17474)");
        neo4j.Subcommands.Add(start);
        neo4j.Subcommands.Add(stop);
        neo4j.Subcommands.Add(status);
        return neo4j;
    }

    private static async Task<int> RunAsync(ParseResult result, Func<EmbeddedNeo4jServer, TextWriter, Task<int>> action)
    {
        try
        {
            return await action(EmbeddedNeo4jServer.CreateDefault(), result.InvocationConfiguration.Output).ConfigureAwait(false);
        }
        catch (EmbeddedNeo4jException e)
        {
            await result.InvocationConfiguration.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return Failed;
        }
    }

    private static async Task WriteConnectionAsync(TextWriter output, Neo4jConnectionInfo info)
    {
        await output.WriteLineAsync($"  Bolt:     {info.BoltUri}").ConfigureAwait(false);
        await output.WriteLineAsync($"  Browser:  {info.BrowserUri}").ConfigureAwait(false);
        await output.WriteLineAsync($"  User:     {info.User}").ConfigureAwait(false);
        await output.WriteLineAsync($"  Password: in {info.PasswordFile} (readable by you only): cat {info.PasswordFile}").ConfigureAwait(false);
        await output.WriteLineAsync($"  Log:      {info.LogPath}").ConfigureAwait(false);
    }
}
