using System.CommandLine;
using System.Globalization;
using GraphBuilder.Bolt;
using GraphBuilder.Cli.Rendering;
using GraphBuilder.EmbeddedNeo4j;
using GraphBuilder.Ingest;
using GraphBuilder.Nlp;

namespace GraphBuilder.Cli.Commands;

/// <summary><c>graphbuilder ingest PATH...</c>: read, extract and write articles to the graph, streaming.</summary>
internal static class IngestCommand
{
    /// <summary>Exit code when the run completed but some inputs could not be ingested.</summary>
    public const int SomeFailed = 2;

    public const int Fatal = 1;

    /// <summary>The demo corpus ships next to the executable.</summary>
    internal static string DemoFolder => Path.Combine(AppContext.BaseDirectory, "demo");

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files, folders (read recursively: .txt .md .html .htm .jsonl), globs (quote them), or - for JSON lines on stdin",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var demo = new Option<bool>("--demo") { Description = "Also ingest the bundled demo corpus (a handful of short fictional news items)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Read and extract only; do not connect to Neo4j" };
        var batchSize = new Option<int?>("--batch-size") { Description = "Articles per transaction (Ingest:BatchSize)" };
        var parallelism = new Option<int?>("--parallelism") { Description = "Extraction workers, 0 = one per core (Ingest:Parallelism)" };
        var maxBytes = new Option<long?>("--max-article-bytes") { Description = "Larger files are reported as failed (Ingest:MaxArticleBytes)" };
        var idNamespace = new Option<string?>("--namespace") { Description = "Prefix for every id written, to keep separate graphs in one database (Ingest:IdNamespace)" };
        var organizations = new Option<string[]>("--organizations") { Description = "Extra organisation list (TSV: id, type, name, aliases with |, country code); repeatable (Ingest:OrganizationFiles)" };
        var relationModel = new Option<string?>("--relation-model") { Description = "Relation model written by 'graphbuilder train' (Ingest:RelationModelFile)" };
        var reextract = ReextractOption();
        var connection = new ConnectionOptions();
        var command = new Command("ingest", "Extract people, organisations, places and their relations from articles into Neo4j")
        {
            paths, demo, dryRun, batchSize, parallelism, maxBytes, idNamespace, organizations, relationModel, reextract,
        };
        connection.AddTo(command);

        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var overrides = connection.Overrides(result).Concat(
            [
                KeyValuePair.Create("GraphBuilder:Ingest:BatchSize", Text(result.GetValue(batchSize))),
                KeyValuePair.Create("GraphBuilder:Ingest:Parallelism", Text(result.GetValue(parallelism))),
                KeyValuePair.Create("GraphBuilder:Ingest:MaxArticleBytes", Text(result.GetValue(maxBytes))),
                KeyValuePair.Create("GraphBuilder:Ingest:IdNamespace", result.GetValue(idNamespace)),
                KeyValuePair.Create("GraphBuilder:Ingest:RelationModelFile", result.GetValue(relationModel)),
                ReextractOverride(result, reextract),
                .. (result.GetValue(organizations) ?? []).Select((file, i) =>
                    KeyValuePair.Create($"GraphBuilder:Ingest:OrganizationFiles:{i}", (string?)file)),
            ]);
            if (ConnectionOptions.Load(result, overrides) is not { } options)
            {
                return Fatal;
            }

            var arguments = (result.GetValue(paths) ?? []).ToList();
            if (result.GetValue(demo))
            {
                arguments.Add(DemoFolder);
            }

            if (arguments.Count == 0)
            {
                await error.WriteLineAsync("error: nothing to ingest: give files, folders, globs or -, or --demo").ConfigureAwait(false);
                return Fatal;
            }

            var (inputs, unmatched) = IngestInputs.Expand(arguments);
            var progress = new IngestProgress();
            var display = new IngestDisplay(output, error, IngestDisplay.IsInteractive(output));
            foreach (var missing in unmatched)
            {
                progress.Fail(missing.Path, missing.Reason);
                await error.WriteLineAsync($"failed: {missing.Path}: {missing.Reason}").ConfigureAwait(false);
            }

            var isDryRun = result.GetValue(dryRun);
            try
            {
                var extraction = ExtractionPipeline.CreateDefault(options.Ingest.ToNlpOptions());
                await using var sink = await OpenSinkAsync(options, isDryRun, output, cancellationToken).ConfigureAwait(false);
                var pipeline = new IngestPipeline(extraction, sink, options.Ingest, new NearDuplicateDetector());
                await display.RunAsync(progress, () => pipeline.RunAsync(inputs, progress, System.Console.In, cancellationToken)).ConfigureAwait(false);
            }
            catch (Exception e) when (e is FileNotFoundException or FormatException && options.Ingest.RelationModelFile is { Length: > 0 })
            {
                await error.WriteLineAsync($"error: relation model {options.Ingest.RelationModelFile}: {e.Message}").ConfigureAwait(false);
                return Fatal;
            }
            catch (Exception e) when (e is Neo4jException or EmbeddedNeo4jException)
            {
                display.WriteSummary(progress, isDryRun);
                await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
                return Fatal;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await error.WriteLineAsync("Interrupted: batches already committed stay in the graph; run the same command again to finish (done articles are skipped).").ConfigureAwait(false);
                return Fatal;
            }

            display.WriteSummary(progress, isDryRun);
            return progress.Failures.Count > 0 ? SomeFailed : 0;
        });
        return command;
    }

    /// <summary><c>--reextract</c>, shared with the worker; absent, the setting <c>Ingest:Reextract</c> decides.</summary>
    internal static Option<bool> ReextractOption() => new("--reextract")
    {
        Description = "Re-extract articles already in the graph even if this same extractor wrote them (Ingest:Reextract); " +
            "without it only articles extracted by another version, relation model or organisation list are",
    };

    internal static KeyValuePair<string, string?> ReextractOverride(ParseResult result, Option<bool> reextract) =>
        KeyValuePair.Create("GraphBuilder:Ingest:Reextract", result.GetValue(reextract) ? "true" : null);

    private static async Task<IGraphSink> OpenSinkAsync(GraphBuilderOptions options, bool dryRun, TextWriter output, CancellationToken cancellationToken)
    {
        if (dryRun)
        {
            return new DryRunSink();
        }

        var target = await Neo4jConnector.ConnectAsync(options.Neo4j, cancellationToken).ConfigureAwait(false);
        if (target.Embedded is { } embedded)
        {
            await output.WriteLineAsync(Neo4jConnector.DescribeEmbedded(embedded)).ConfigureAwait(false);
        }

        return new Neo4jGraphSink(target, options.Ingest);
    }

    private static string? Text<T>(T? value)
        where T : struct, IFormattable => value?.ToString(null, CultureInfo.InvariantCulture);
}
