using System.ComponentModel.DataAnnotations;
using GraphBuilder.Ingest;

namespace GraphBuilder.Cli.Tests;

public sealed class ConfigurationTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("gb-config-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Flags_override_environment_which_overrides_appsettings()
    {
        File.WriteAllText(Path.Combine(_directory, "appsettings.json"), """
            { "GraphBuilder": { "Neo4j": { "Uri": "bolt://from-file:7687", "User": "file-user" },
                                "Ingest": { "BatchSize": 7, "Parallelism": 3 },
                                "Worker": { "PollInterval": "00:00:09" } } }
            """);
        var environment = new Dictionary<string, string?>
        {
            ["GRAPHBUILDER__INGEST__BATCHSIZE"] = "11",
            ["NEO4J_USER"] = "env-user",
            ["NEO4J_PASSWORD"] = "env-secret",
        };
        var flags = new Dictionary<string, string?> { ["GraphBuilder:Ingest:Parallelism"] = "5", ["GraphBuilder:Neo4j:Database"] = null };

        var options = GraphBuilderConfiguration.Bind(GraphBuilderConfiguration.Build(flags, _directory, environment));

        Assert.Equal("bolt://from-file:7687", options.Neo4j.Uri);
        Assert.Equal("env-user", options.Neo4j.User);
        Assert.Equal("env-secret", options.Neo4j.Password);
        Assert.Equal(11, options.Ingest.BatchSize);
        Assert.Equal(5, options.Ingest.Parallelism);
        Assert.Equal(TimeSpan.FromSeconds(9), options.Worker.PollInterval);
        Assert.Null(options.Neo4j.Database);
    }

    [Fact]
    public void Organisation_files_from_settings_reach_the_extraction_options()
    {
        var environment = new Dictionary<string, string?> { ["GRAPHBUILDER__INGEST__ORGANIZATIONFILES__0"] = "/data/actors.tsv" };
        var flags = new Dictionary<string, string?> { ["GraphBuilder:Ingest:OrganizationFiles:1"] = "extra.tsv" };

        var options = GraphBuilderConfiguration.Bind(GraphBuilderConfiguration.Build(flags, _directory, environment));

        Assert.Equal(["/data/actors.tsv", "extra.tsv"], options.Ingest.OrganizationFiles);
        Assert.Equal(["/data/actors.tsv", "extra.tsv"], options.Ingest.ToNlpOptions().OrganizationFiles);
        Assert.Null(options.Ingest.ToNlpOptions().RelationModelFile);
    }

    [Fact]
    public void A_relation_model_from_settings_reaches_the_extraction_options()
    {
        var environment = new Dictionary<string, string?> { ["GRAPHBUILDER__INGEST__RELATIONMODELFILE"] = "/models/ours.tsv" };

        var options = GraphBuilderConfiguration.Bind(GraphBuilderConfiguration.Build(new Dictionary<string, string?>(), _directory, environment));

        Assert.Equal("/models/ours.tsv", options.Ingest.ToNlpOptions().RelationModelFile);
    }

    [Fact]
    public void No_uri_anywhere_means_the_embedded_default()
    {
        var options = GraphBuilderConfiguration.Bind(GraphBuilderConfiguration.Build(null, _directory, new Dictionary<string, string?>()));
        Assert.True(options.Neo4j.UsesEmbeddedDefault);
        Assert.Contains("(embedded default)", options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_never_shows_the_password_nor_credentials_in_the_uri()
    {
        var options = new GraphBuilderOptions { Neo4j = { Uri = "bolt://alice:uri-secret@db.example:7687", User = "alice", Password = "p@ss-secret" } };

        var text = options.ToString();

        Assert.DoesNotContain("p@ss-secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("uri-secret", text, StringComparison.Ordinal);
        Assert.Contains("Password = ***", text, StringComparison.Ordinal);
        Assert.Contains("bolt://***@db.example:7687", text, StringComparison.Ordinal);
        Assert.Contains("User = alice", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_settings_are_rejected_with_their_names_and_without_secrets()
    {
        var environment = new Dictionary<string, string?>
        {
            ["GRAPHBUILDER__INGEST__BATCHSIZE"] = "0",
            ["NEO4J_URI"] = "not a uri with secret",
        };

        var error = Assert.Throws<ValidationException>(() => GraphBuilderConfiguration.Bind(GraphBuilderConfiguration.Build(null, _directory, environment)));

        Assert.Contains("BatchSize", error.Message, StringComparison.Ordinal);
        Assert.Contains("Neo4j:Uri", error.Message, StringComparison.Ordinal);
    }
}
