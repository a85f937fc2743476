using System.Text.Json;
using GraphBuilder.Cli.Queries;
using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

/// <summary>The commands as a user runs them: exit codes, what goes to stdout and stderr, the output formats.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class CliCommandTests(SeedGraph seed) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("gb-cli-").FullName;
    private readonly List<string> _namespaces = [];

    public void Dispose()
    {
        foreach (var idNamespace in _namespaces)
        {
            SeedGraph.DeleteNamespaceAsync(seed.Driver, idNamespace).GetAwaiter().GetResult();
        }

        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Dry_run_reports_a_bad_file_with_its_reason_goes_on_and_exits_2()
    {
        File.Copy(Path.Combine(SharedData.Articles, "004_a8adaca6e3e3997a.txt"), Path.Combine(_directory, "good.txt"));
        File.WriteAllBytes(Path.Combine(_directory, "photo.txt"), [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0, 1, 0, 0]);

        var (exitCode, output, error) = await CliProcess.RunAsync(["ingest", "--dry-run", _directory]);

        Assert.Equal(2, exitCode);
        Assert.Contains("photo.txt: not a text file", error, StringComparison.Ordinal);
        Assert.Matches(@"Articles extracted \(dry run, nothing written\)\s*\|\s*1 \|", output);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal); // no terminal control codes on a pipe
    }

    [Fact]
    public async Task Json_lines_on_standard_input_are_ingested()
    {
        var (exitCode, output, error) = await CliProcess.RunAsync(["ingest", "--dry-run", "-"], standardInput: """
            {"title": "Brigade crosses into Syria", "published": "2031-01-02", "body": "The Northern Shield Brigade crossed into Syria on Monday."}
            {"title": "Peshmerga take Sinjar", "body": "Peshmerga forces captured Sinjar on Friday."}
            """);

        Assert.True(exitCode == 0, error);
        Assert.Matches(@"Articles read\s*\|\s*2 \|", output);
    }

    [Fact]
    public async Task Nothing_to_ingest_is_an_error()
    {
        var (exitCode, _, error) = await CliProcess.RunAsync(["ingest", "--dry-run"]);
        Assert.Equal(1, exitCode);
        Assert.Contains("nothing to ingest", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_corpus_ingests_into_neo4j_and_a_second_run_skips_everything()
    {
        var idNamespace = Neo4jFixture.UniqueName("demo") + ":";
        _namespaces.Add(idNamespace);

        var first = await CliProcess.RunAsync(["ingest", "--demo", "--namespace", idNamespace], seed.Neo4j.Connection);
        var second = await CliProcess.RunAsync(["ingest", "--demo", "--namespace", idNamespace], seed.Neo4j.Connection);

        Assert.True(first.ExitCode == 0, first.Error + first.Output);
        Assert.Matches(@"Articles written\s*\|\s*6 \|", first.Output);
        Assert.Matches(@"Near-duplicates marked\s*\|\s*1 \|", first.Output);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Matches(@"Articles written\s*\|\s*0 \|", second.Output);
        Assert.Matches(@"Skipped \(already in the graph or repeated\)\s*\|\s*6 \|", second.Output);

        var (exitCode, csv, _) = await CliProcess.RunAsync(["query", "find-entity", "--param", "text=Peshmerga", "--param", "limit=1000000", "--format", "csv"], seed.Neo4j.Connection);
        Assert.Equal(0, exitCode);
        Assert.Contains(csv.Split('\n'), line => line.StartsWith(idNamespace, StringComparison.Ordinal) && line.Contains("Peshmerga", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Queries_lists_every_saved_query_as_json_with_parameter_defaults()
    {
        var (exitCode, output, _) = await CliProcess.RunAsync(["queries", "--format", "json"]);

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var listed = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(SavedQueryCatalog.All.Select(q => q.Name), listed.Select(q => q.GetProperty("name").GetString()));
        var neighbourhood = listed.Single(q => q.GetProperty("name").GetString() == "entity-neighbourhood");
        Assert.False(string.IsNullOrEmpty(neighbourhood.GetProperty("description").GetString()));
        var entity = neighbourhood.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "entity");
        Assert.Equal("pmu", entity.GetProperty("default").GetString());
    }

    [Fact]
    public async Task Query_prints_csv_with_a_header_and_the_seed_rows()
    {
        var (exitCode, output, error) = await CliProcess.RunAsync(
            ["query", "who-crossed-into-where", "-p", "limit=1000000", "--format", "csv"], seed.Neo4j.Connection);

        Assert.True(exitCode == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("actor,actorName,place,placeName,status,firstSeen,lastSeen,evidence", lines[0]);
        Assert.Contains(lines, l => l.StartsWith($"{seed.Id("pmu")},", StringComparison.Ordinal) && l.Contains($",{seed.Id("syria")},Syria,asserted,2017-06-01,2017-06-04,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Query_prints_json_rows_keyed_by_column()
    {
        var (exitCode, output, error) = await CliProcess.RunAsync(
            ["query", "entity-names", "-p", $"entity={seed.Id("pmu")}", "--format", "json"], seed.Neo4j.Connection);

        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        var canonical = json.RootElement.EnumerateArray().Single(r => r.GetProperty("canonical").GetBoolean());
        Assert.True(canonical.GetProperty("articles").GetInt64() >= 1);
        Assert.Contains(json.RootElement.EnumerateArray(), r => r.GetProperty("name").GetString() == "PMU");
    }

    [Theory]
    [InlineData("no-such-query", "no saved query 'no-such-query'")]
    [InlineData("who-supports-whom", "is an integer, not 'many'")]
    public async Task Query_mistakes_are_explained_and_exit_1(string name, string message)
    {
        var (exitCode, _, error) = await CliProcess.RunAsync(["query", name, "--param", "limit=many"]);
        Assert.Equal(1, exitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_neo4j_is_one_line_on_stderr_and_exit_1()
    {
        var (exitCode, _, error) = await CliProcess.RunAsync(["query", "who-supports-whom", "--neo4j-uri", "bolt://127.0.0.1:9"]);
        Assert.Equal(1, exitCode);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
