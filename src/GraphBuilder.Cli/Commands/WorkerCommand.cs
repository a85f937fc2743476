using System.CommandLine;
using System.Globalization;
using GraphBuilder.Bolt;
using GraphBuilder.EmbeddedNeo4j;
using GraphBuilder.Ingest;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Cli.Commands;

/// <summary><c>graphbuilder worker --inbox DIR</c>: a long-running service ingesting whatever lands in the inbox.</summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var inbox = new Option<string?>("--inbox") { Description = "Folder to watch (Worker:Inbox); processed files move to done/ or failed/ inside it" };
        var poll = new Option<double?>("--poll-seconds") { Description = "Rescan period in seconds (Worker:PollInterval)" };
        var batchSize = new Option<int?>("--batch-size") { Description = "Files per transaction at most (Ingest:BatchSize)" };
        var idNamespace = new Option<string?>("--namespace") { Description = "Prefix for every id written (Ingest:IdNamespace)" };
        var reextract = IngestCommand.ReextractOption();
        var connection = new ConnectionOptions();
        var command = new Command("worker", "Watch an inbox folder and ingest new files as they arrive (stop with Ctrl+C or SIGTERM)")
        {
            inbox, poll, batchSize, idNamespace, reextract,
        };
        connection.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var overrides = connection.Overrides(result).Concat(
            [
                KeyValuePair.Create("GraphBuilder:Worker:Inbox", result.GetValue(inbox)),
                KeyValuePair.Create("GraphBuilder:Worker:PollInterval", result.GetValue(poll) is { } seconds ? TimeSpan.FromSeconds(seconds).ToString("c", CultureInfo.InvariantCulture) : null),
                KeyValuePair.Create("GraphBuilder:Ingest:BatchSize", result.GetValue(batchSize)?.ToString(CultureInfo.InvariantCulture)),
                KeyValuePair.Create("GraphBuilder:Ingest:IdNamespace", result.GetValue(idNamespace)),
                IngestCommand.ReextractOverride(result, reextract),
            ]);
            var error = result.InvocationConfiguration.Error;
            var configuration = GraphBuilderConfiguration.Build(overrides);
            if (ConnectionOptions.Load(result, configuration) is not { } options)
            {
                return IngestCommand.Fatal;
            }

            if (string.IsNullOrWhiteSpace(options.Worker.Inbox))
            {
                await error.WriteLineAsync("error: no inbox: use --inbox DIR or set GRAPHBUILDER__WORKER__INBOX").ConfigureAwait(false);
                return IngestCommand.Fatal;
            }

            try
            {
                // SIGTERM/Ctrl+C cancel this token; once the host runs, it stops the same way after finishing the batch in hand.
                await WorkerHost.RunAsync(configuration, result.InvocationConfiguration.Output, cancellationToken).ConfigureAwait(false);
                return 0;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // asked to stop before it watched anything: nothing was ingested, nothing is lost
                await result.InvocationConfiguration.Output.WriteLineAsync("Stopped before the worker had started.").ConfigureAwait(false);
                return 0;
            }
            catch (Exception e) when (e is Neo4jException or EmbeddedNeo4jException or OptionsValidationException)
            {
                await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
                return IngestCommand.Fatal;
            }
        });
        return command;
    }
}
