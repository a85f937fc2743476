using System.Globalization;
using GraphBuilder.Ingest;
using Spectre.Console;

namespace GraphBuilder.Cli.Rendering;

/// <summary>
/// Shows an ingest run: a live progress bar on a terminal; on a pipe or in CI, a plain line every few
/// seconds instead (no cursor movement to garble logs). Failures are printed as they happen, either way.
/// </summary>
internal sealed class IngestDisplay(TextWriter output, TextWriter error, bool interactive)
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    public static bool IsInteractive(TextWriter output) =>
        ReferenceEquals(output, System.Console.Out) && !System.Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    public async Task RunAsync(IngestProgress progress, Func<Task> run)
    {
        progress.Failed += failure => error.WriteLine($"failed: {failure.Path}: {failure.Reason}");
        if (interactive)
        {
            await AnsiConsole.Progress()
                .AutoClear(false)
                .HideCompleted(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    // Bytes, not a fraction, so Spectre's own speed and remaining-time estimate has real units to work with.
                    var task = context.AddTask(Markup.Escape(Describe(progress, withTimeLeft: false)), maxValue: Math.Max(1, progress.BytesTotal));
                    var running = run();
                    while (await Task.WhenAny(running, Task.Delay(200)).ConfigureAwait(false) != running)
                    {
                        Update(task, progress);
                    }

                    Update(task, progress);
                    task.Value = task.MaxValue;
                    await running.ConfigureAwait(false);
                }).ConfigureAwait(false);
            return;
        }

        var work = run();
        while (await Task.WhenAny(work, Task.Delay(PlainInterval)).ConfigureAwait(false) != work)
        {
            await output.WriteLineAsync(Describe(progress, withTimeLeft: true)).ConfigureAwait(false);
        }

        await work.ConfigureAwait(false);
    }

    public void WriteSummary(IngestProgress progress, bool dryRun)
    {
        var rows = new (string Name, string Value)[]
        {
            ("Files", $"{progress.FilesDone:N0} of {progress.FilesTotal:N0}"),
            ("Articles read", progress.ArticlesRead.ToString("N0", CultureInfo.InvariantCulture)),
            (dryRun ? "Articles extracted (dry run, nothing written)" : "Articles written", progress.ArticlesWritten.ToString("N0", CultureInfo.InvariantCulture)),
            ("Re-extracted (in the graph, extraction replaced)", progress.ArticlesReextracted.ToString("N0", CultureInfo.InvariantCulture)),
            ("Skipped (already in the graph or repeated)", progress.ArticlesSkipped.ToString("N0", CultureInfo.InvariantCulture)),
            ("Near-duplicates marked", progress.NearDuplicates.ToString("N0", CultureInfo.InvariantCulture)),
            ("Entities (summed over articles)", progress.Entities.ToString("N0", CultureInfo.InvariantCulture)),
            ("Relations extracted", progress.Relations.ToString("N0", CultureInfo.InvariantCulture)),
            ("Transactions", progress.Batches.ToString("N0", CultureInfo.InvariantCulture)),
            ("Failed", progress.Failures.Count.ToString("N0", CultureInfo.InvariantCulture)),
            ("Time", $"{progress.Elapsed.TotalSeconds:F1} s ({progress.ArticlesPerSecond:F1} articles/s)"),
        };

        var console = Queries.QueryOutput.ConsoleFor(output);
        var table = new Table().Border(interactive ? TableBorder.Rounded : TableBorder.Ascii).AddColumn("Ingest").AddColumn(new TableColumn("").RightAligned());
        foreach (var (name, value) in rows)
        {
            table.AddRow(Markup.Escape(name), Markup.Escape(value));
        }

        console.Write(table);
        if (progress.Failures.Count > 0)
        {
            var failures = new Table().Border(interactive ? TableBorder.Rounded : TableBorder.Ascii).AddColumn("Failed input").AddColumn("Reason");
            foreach (var failure in progress.Failures)
            {
                failures.AddRow(Markup.Escape(failure.Path), Markup.Escape(failure.Reason));
            }

            console.Write(failures);
        }
    }

    private static void Update(ProgressTask task, IngestProgress progress)
    {
        task.Description = Markup.Escape(Describe(progress, withTimeLeft: false));
        if (progress.BytesTotal > 0)
        {
            task.MaxValue = progress.BytesTotal;
            task.Value = progress.BytesDone;
        }
        else
        {
            task.IsIndeterminate = true;
        }
    }

    private static string Describe(IngestProgress progress, bool withTimeLeft)
    {
        var left = withTimeLeft && progress.Fraction is > 0.01 and < 1
            ? $", ~{TimeSpan.FromSeconds(progress.Elapsed.TotalSeconds * (1 - progress.Fraction) / progress.Fraction):mm\\:ss} left"
            : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{progress.ArticlesWritten:N0} articles ({progress.ArticlesReextracted:N0} re-extracted, {progress.ArticlesSkipped:N0} skipped), {progress.Entities:N0} entities, {progress.Relations:N0} relations, {progress.ArticlesPerSecond:F1} articles/s{left}");
    }
}
