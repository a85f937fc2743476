using System.CommandLine;
using GraphBuilder.Nlp;

namespace GraphBuilder.Cli.Commands;

/// <summary><c>graphbuilder eval --articles DIR --gold DIR [-v] [--relation-model FILE]</c>: scores the NLP pipeline against gold annotations.</summary>
internal static class EvalCommand
{
    private const int Failed = 1;

    public static Command Create()
    {
        var articles = new Option<DirectoryInfo>("--articles", "-a")
        {
            Description = "Folder of the articles the gold files name",
            HelpName = "DIR",
            Required = true,
        };
        var gold = new Option<DirectoryInfo>("--gold", "-g")
        {
            Description = "Folder of gold JSON files (one per article)",
            HelpName = "DIR",
            Required = true,
        };
        var verbose = new Option<bool>("--verbose", "-v")
        {
            Description = "List, per article, the missed and spurious entities and relations",
        };
        var model = TrainCommand.RelationModelOption();
        articles.AcceptExistingOnly();
        gold.AcceptExistingOnly();

        var command = new Command("eval", "Score entity and relation extraction against gold annotations (P/R/F1 per predicate, status accuracy)")
        {
            articles, gold, verbose, model,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            try
            {
                var report = await GoldEvaluator.EvaluateAsync(
                    result.GetRequiredValue(articles).FullName,
                    result.GetRequiredValue(gold).FullName,
                    ExtractionPipeline.CreateDefault(TrainCommand.PipelineOptions(result.GetValue(model))),
                    cancellationToken).ConfigureAwait(false);
                report.Write(output, result.GetValue(verbose));
                return 0;
            }
            catch (Exception e) when (e is FileNotFoundException or FormatException or ArticleReadException)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
                return Failed;
            }
        });
        return command;
    }
}
