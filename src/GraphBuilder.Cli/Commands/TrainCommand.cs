using System.CommandLine;
using GraphBuilder.Nlp;
using GraphBuilder.Nlp.Classification;

namespace GraphBuilder.Cli.Commands;

/// <summary>
/// <c>graphbuilder train SET... --out FILE</c>: trains the relation classifier on gold-annotated article folders
/// (each with <c>articles/</c> and <c>gold/</c>). Use the model with <c>--relation-model FILE</c> on extract and eval,
/// or <c>Ingest:RelationModelFile</c> for ingest and the worker.
/// </summary>
internal static class TrainCommand
{
    private const int Failed = 1;

    public static Command Create()
    {
        var sets = new Argument<DirectoryInfo[]>("sets")
        {
            Description = "Folders holding articles/ and gold/ (the layout of ../shared)",
            Arity = ArgumentArity.OneOrMore,
        };
        sets.AcceptExistingOnly();
        var output = new Option<FileInfo>("--out", "-o")
        {
            Description = "Model file to write",
            HelpName = "FILE",
            Required = true,
        };
        var epochs = new Option<int>("--epochs")
        {
            Description = "Passes over the training pairs",
            DefaultValueFactory = _ => new RelationTrainingOptions().Epochs,
        };

        var command = new Command("train", "Train the relation classifier on gold-annotated articles")
        {
            sets, output, epochs,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var setDirectories = result.GetValue(sets) ?? [];
            var outFile = result.GetRequiredValue(output);
            try
            {
                var (examples, positives) = await RelationModelTrainer.TrainAsync(
                    [.. setDirectories.Select(d => d.FullName)],
                    outFile.FullName,
                    new RelationTrainingOptions { Epochs = result.GetValue(epochs) },
                    cancellationToken).ConfigureAwait(false);
                await result.InvocationConfiguration.Output.WriteLineAsync(
                    $"Trained on {examples} mention pairs ({positives} with a gold relation); model written to {outFile.FullName}").ConfigureAwait(false);
                return 0;
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or FormatException or ArticleReadException)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
                return Failed;
            }
        });
        return command;
    }

    /// <summary>The <c>--relation-model</c> option shared by extract and eval.</summary>
    internal static Option<FileInfo> RelationModelOption()
    {
        var option = new Option<FileInfo>("--relation-model")
        {
            Description = "Relation model written by 'graphbuilder train' (default: the model shipped with GraphBuilder)",
            HelpName = "FILE",
        };
        option.AcceptExistingOnly();
        return option;
    }

    internal static NlpOptions PipelineOptions(FileInfo? model) => new() { RelationModelFile = model?.FullName };
}
