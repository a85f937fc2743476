using System.Text.RegularExpressions;
using GraphBuilder.Cli.Queries;

namespace GraphBuilder.Cli.Tests;

/// <summary>The cypher/ files themselves: headers complete, parameters consistent, Cypher that both Neo4j 3.1 and 5 accept.</summary>
public sealed partial class SavedQueryFileTests
{
    public static TheoryData<string> Files() => new(Directory.GetFiles(RepositoryPaths.Cypher, "*.cypher").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Fact]
    public void The_executable_embeds_exactly_the_files_of_cypher_folder()
    {
        var files = Directory.GetFiles(RepositoryPaths.Cypher, "*.cypher").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(files, SavedQueryCatalog.All.Select(q => q.Name));
        Assert.True(SavedQueryCatalog.All.Count >= 11);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Header_names_the_query_after_its_file_and_declares_every_parameter_it_uses(string file)
    {
        var query = SavedQuery.Parse(file, File.ReadAllText(Path.Combine(RepositoryPaths.Cypher, file)));

        Assert.Equal(Path.GetFileNameWithoutExtension(file), query.Name);
        Assert.False(string.IsNullOrWhiteSpace(query.Description));
        var used = ParameterReference().Matches(query.Text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(used.Order(StringComparer.Ordinal), query.Parameters.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(query.Parameters, p => Assert.NotNull(p.Default));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Cypher_runs_on_both_neo4j_3_1_and_5(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Cypher, file));

        Assert.DoesNotMatch(@"(?i)\belementId\s*\(", text);
        Assert.DoesNotMatch(@"(?i)\bEXISTS\s*\{", text);
        Assert.DoesNotMatch(@"(?i)\bCALL\s*\{", text);
        Assert.DoesNotMatch(@"\{\s*\w+\s*\}", text); // the 3.x-only {param} syntax; $param works on both
        Assert.DoesNotMatch(@"(?i)\bid\s*\(", text); // internal ids are deprecated on 5
    }

    [Fact]
    public void Parameter_values_take_the_type_of_their_default()
    {
        var query = SavedQueryCatalog.Find("entity-neighbourhood")!;

        var bound = query.BindParameters(new Dictionary<string, string> { ["limit"] = "5", ["entity"] = "123" });

        Assert.Equal(5L, bound["limit"]);
        Assert.Equal("123", bound["entity"]); // an id that looks like a number stays a string
        Assert.Equal(3L, bound["sentences"]);
    }

    [Fact]
    public void Unknown_or_mistyped_parameters_are_refused_with_the_list_of_valid_ones()
    {
        var query = SavedQueryCatalog.Find("who-supports-whom")!;

        var unknown = Assert.Throws<ArgumentException>(() => query.BindParameters(new Dictionary<string, string> { ["entity"] = "pmu" }));
        Assert.Contains("limit = 100", unknown.Message, StringComparison.Ordinal);
        var mistyped = Assert.Throws<ArgumentException>(() => query.BindParameters(new Dictionary<string, string> { ["limit"] = "ten" }));
        Assert.Contains("integer", mistyped.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\$(\w+)")]
    private static partial Regex ParameterReference();
}
