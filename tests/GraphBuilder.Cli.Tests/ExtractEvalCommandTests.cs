using System.CommandLine;
using System.Text.Json;
using GraphBuilder.Cli.Commands;
using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

/// <summary>The extract and eval commands run in-process on the seed articles (no Neo4j involved).</summary>
public sealed class ExtractEvalCommandTests : IDisposable
{
    private static readonly string Shared = SharedData.Directory;
    private static readonly string Articles = Path.Combine(Shared, "articles");

    private readonly string _temp = Path.Combine(Path.GetTempPath(), "gb-cli-" + Guid.NewGuid().ToString("N"));

    public ExtractEvalCommandTests() => Directory.CreateDirectory(_temp);

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public async Task Extract_writes_one_gold_shaped_file_per_article_into_out()
    {
        var outDirectory = Path.Combine(_temp, "out");

        var (exitCode, _, error) = await InvokeAsync(ExtractCommand.Create(), "extract", Articles, "--out", outDirectory);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        var expected = Directory.GetFiles(Articles).Select(f => Path.ChangeExtension(Path.GetFileName(f), ".json")).Order(StringComparer.Ordinal);
        Assert.Equal(expected, Directory.GetFiles(outDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var file in Directory.GetFiles(outDirectory))
        {
            using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(file));
            Assert.Equal(Path.ChangeExtension(Path.GetFileName(file), ".txt"), json.RootElement.GetProperty("article").GetString());
            Assert.True(json.RootElement.GetProperty("entities").GetArrayLength() > 0);
        }
    }

    [Fact]
    public async Task Extract_reports_bad_files_on_stderr_goes_on_and_exits_non_zero()
    {
        var binary = Path.Combine(_temp, "photo.txt");
        await File.WriteAllBytesAsync(binary, [0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFE]);
        var glob = Path.Combine(Articles, "00[34]_*.txt");

        var (exitCode, output, error) = await InvokeAsync(
            ExtractCommand.Create(), "extract", binary, glob, Path.Combine(_temp, "none", "*.md"), "--format", "jsonl");

        Assert.Equal(1, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["003", "004"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("article").GetString()![..3]));
        Assert.Contains($"{binary}: not a text file", error, StringComparison.Ordinal);
        Assert.Contains("none", error, StringComparison.Ordinal);
        Assert.Contains("no article files found", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("**/*.md", "a/b/c.md", true)]
    [InlineData("**/*.md", "c.md", true)]
    [InlineData("*.md", "a/c.md", false)]
    [InlineData("00?_*.txt", "001_x.txt", true)]
    [InlineData("00?_*.txt", "0011_x.txt", false)]
    [InlineData("00[12]*", "002_x.txt", true)]
    [InlineData("00[12]*", "003_x.txt", false)]
    [InlineData("news.v1/*.txt", "newsXv1/a.txt", false)]
    public void Globs_match_like_a_shell(string glob, string path, bool matches) =>
        Assert.Equal(matches, ExtractCommand.GlobToRegex(glob).IsMatch(path));

    [Fact]
    public async Task Eval_prints_the_scores_and_verbose_adds_the_per_article_lists()
    {
        var gold = Path.Combine(Shared, "gold");

        var (exitCode, output, _) = await InvokeAsync(EvalCommand.Create(), "eval", "--articles", Articles, "--gold", gold, "-v");

        Assert.Equal(0, exitCode);
        Assert.Contains("Articles: 5", output, StringComparison.Ordinal);
        Assert.Contains("CROSSED_INTO", output, StringComparison.Ordinal);
        Assert.Contains("Status accuracy", output, StringComparison.Ordinal);
        Assert.Contains("== 000_", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_writes_a_model_that_eval_and_extract_then_use()
    {
        var model = Path.Combine(_temp, "model.tsv");
        var gold = Path.Combine(Shared, "gold");

        var (trained, trainOutput, _) = await InvokeAsync(TrainCommand.Create(), "train", Shared, "--out", model, "--epochs", "3");
        var (evaluated, evalOutput, _) = await InvokeAsync(EvalCommand.Create(), "eval", "--articles", Articles, "--gold", gold, "--relation-model", model);
        var (extracted, extractOutput, _) = await InvokeAsync(ExtractCommand.Create(), "extract", Path.Combine(Articles, Directory.GetFiles(Articles).Select(Path.GetFileName).Order(StringComparer.Ordinal).First()!), "--relation-model", model, "--format", "jsonl");

        Assert.Equal((0, 0, 0), (trained, evaluated, extracted));
        Assert.Contains("Trained on", trainOutput, StringComparison.Ordinal);
        Assert.Contains("# Trained on 5 gold-annotated articles from 1 folder(s): shared", File.ReadAllText(model), StringComparison.Ordinal);
        Assert.Contains("Relations", evalOutput, StringComparison.Ordinal);
        Assert.NotEmpty(JsonDocument.Parse(extractOutput).RootElement.GetProperty("relations").EnumerateArray());
    }

    [Fact]
    public async Task A_malformed_relation_model_is_named_with_its_line()
    {
        var model = Path.Combine(_temp, "broken.tsv");
        File.WriteAllText(model, "threshold\t0.5\nSUPPORTS\tbw:back\n");

        var (exitCode, _, error) = await InvokeAsync(EvalCommand.Create(), "eval", "--articles", Articles, "--gold", Path.Combine(Shared, "gold"), "--relation-model", model);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("broken.tsv: line 2", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_refuses_a_missing_folder()
    {
        var (exitCode, _, error) = await InvokeAsync(EvalCommand.Create(), "eval", "--articles", Path.Combine(_temp, "nope"), "--gold", _temp);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("nope", error, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Error)> InvokeAsync(Command command, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { command };
        var exitCode = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }
}
