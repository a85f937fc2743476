using System.CommandLine;

namespace GraphBuilder.Cli.Commands;

// Placeholders until the NLP engineer's ExtractCommand.cs and EvalCommand.cs land; deleted then.
internal static class ExtractCommand
{
    public static Command Create() => Pending("extract", "Extract entities and relations from articles to JSON (not available in this build yet)");

    internal static Command Pending(string name, string description)
    {
        var command = new Command(name, description) { TreatUnmatchedTokensAsErrors = false };
        command.SetAction(result =>
        {
            result.InvocationConfiguration.Error.WriteLine($"error: `graphbuilder {name}` is not available in this build yet");
            return 1;
        });
        return command;
    }
}

internal static class EvalCommand
{
    public static Command Create() => ExtractCommand.Pending("eval", "Score extraction against gold annotations (not available in this build yet)");
}
