using System.CommandLine;
using System.ComponentModel.DataAnnotations;
using GraphBuilder.Ingest;
using Microsoft.Extensions.Configuration;

namespace GraphBuilder.Cli.Commands;

/// <summary>
/// The flags that override configuration, shared by the commands that talk to Neo4j. The password has
/// no flag on purpose: command lines are visible to every user of the machine (use NEO4J_PASSWORD).
/// </summary>
internal sealed class ConnectionOptions
{
    private readonly Option<string?> _uri = new("--neo4j-uri") { Description = "Bolt URI, e.g. bolt://localhost:7687 (default: NEO4J_URI, else the embedded Neo4j)" };
    private readonly Option<string?> _user = new("--neo4j-user") { Description = "User name (default: NEO4J_USER, else neo4j); the password comes from NEO4J_PASSWORD" };
    private readonly Option<string?> _database = new("--database") { Description = "Database name on Neo4j 4+ (default: NEO4J_DATABASE)" };

    public void AddTo(Command command)
    {
        command.Options.Add(_uri);
        command.Options.Add(_user);
        command.Options.Add(_database);
    }

    public IEnumerable<KeyValuePair<string, string?>> Overrides(ParseResult result)
    {
        yield return KeyValuePair.Create("GraphBuilder:Neo4j:Uri", result.GetValue(_uri));
        yield return KeyValuePair.Create("GraphBuilder:Neo4j:User", result.GetValue(_user));
        yield return KeyValuePair.Create("GraphBuilder:Neo4j:Database", result.GetValue(_database));
    }

    /// <summary>Loads the layered configuration; a bad setting is reported on stderr and gives null.</summary>
    public static GraphBuilderOptions? Load(ParseResult result, IEnumerable<KeyValuePair<string, string?>> overrides) =>
        Load(result, GraphBuilderConfiguration.Build(overrides));

    public static GraphBuilderOptions? Load(ParseResult result, IConfiguration configuration)
    {
        try
        {
            return GraphBuilderConfiguration.Bind(configuration);
        }
        catch (Exception e) when (e is ValidationException or InvalidOperationException or FormatException)
        {
            result.InvocationConfiguration.Error.WriteLine($"error: {e.Message}");
            return null;
        }
    }
}
