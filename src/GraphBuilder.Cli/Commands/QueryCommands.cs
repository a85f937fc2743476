using System.CommandLine;
using GraphBuilder.Bolt;
using GraphBuilder.Cli.Queries;
using GraphBuilder.EmbeddedNeo4j;
using GraphBuilder.Ingest;

namespace GraphBuilder.Cli.Commands;

/// <summary><c>graphbuilder queries</c> lists the saved queries; <c>graphbuilder query NAME</c> runs one.</summary>
internal static class QueryCommands
{
    public static Command CreateList()
    {
        var format = new Option<OutputFormat>("--format") { Description = "table or json", DefaultValueFactory = _ => OutputFormat.Table };
        var command = new Command("queries", "List the saved Cypher queries (cypher/*.cypher) with their parameters and defaults") { format };
        command.SetAction(result =>
        {
            var queries = SavedQueryCatalog.All;
            var output = result.InvocationConfiguration.Output;
            if (result.GetValue(format) == OutputFormat.Json)
            {
                // Parameters as objects so a script gets the defaults without parsing "name = value".
                QueryOutput.WriteJson(output, ["name", "description", "parameters"], queries
                    .Select(q => (IReadOnlyList<object?>)[q.Name, q.Description, q.Parameters
                        .Select(p => (object?)new Dictionary<string, object?> { ["name"] = p.Name, ["default"] = p.Default }).ToList()])
                    .ToList());
            }
            else
            {
                QueryOutput.WriteTable(output, ["name", "description", "parameters"], queries
                    .Select(q => (IReadOnlyList<object?>)[q.Name, q.Description, q.DescribeParameters()]).ToList());
            }

            return 0;
        });
        return command;
    }

    public static Command CreateRun()
    {
        var name = new Argument<string>("NAME") { Description = "Saved query name (see `graphbuilder queries`)" };
        var parameters = new Option<string[]>("--param", "-p") { Description = "Parameter as name=value; repeatable", AllowMultipleArgumentsPerToken = false };
        var format = new Option<OutputFormat>("--format") { Description = "table, json or csv", DefaultValueFactory = _ => OutputFormat.Table };
        var connection = new ConnectionOptions();
        var command = new Command("query", "Run a saved Cypher query against the graph") { name, parameters, format };
        connection.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var error = result.InvocationConfiguration.Error;
            var query = SavedQueryCatalog.Find(result.GetValue(name)!);
            if (query is null)
            {
                await error.WriteLineAsync($"error: no saved query '{result.GetValue(name)}'; `graphbuilder queries` lists them").ConfigureAwait(false);
                return 1;
            }

            IReadOnlyDictionary<string, object?> bound;
            try
            {
                bound = query.BindParameters(ParseParameters(result.GetValue(parameters) ?? []));
            }
            catch (ArgumentException e)
            {
                await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
                return 1;
            }

            if (ConnectionOptions.Load(result, connection.Overrides(result)) is not { } options)
            {
                return 1;
            }

            try
            {
                await using var target = await Neo4jConnector.ConnectAsync(options.Neo4j, cancellationToken).ConfigureAwait(false);
                var (keys, rows) = await RunAsync(target.Driver, target.Database, query, bound, cancellationToken).ConfigureAwait(false);
                QueryOutput.Write(result.InvocationConfiguration.Output, result.GetValue(format), keys, rows);
                return 0;
            }
            catch (Exception e) when (e is Neo4jException or EmbeddedNeo4jException)
            {
                await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
                return 1;
            }
        });
        return command;
    }

    internal static async Task<(IReadOnlyList<string> Keys, IReadOnlyList<IReadOnlyList<object?>> Rows)> RunAsync(
        IDriver driver, string? database, SavedQuery query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        await using var session = driver.AsyncSession(o =>
        {
            o.Database = database;
            o.DefaultAccessMode = AccessMode.Read;
        });
        return await session.ExecuteReadAsync(async runner =>
        {
            var cursor = await runner.RunAsync(query.Text, parameters, cancellationToken).ConfigureAwait(false);
            var keys = await cursor.KeysAsync(cancellationToken).ConfigureAwait(false);
            var records = await cursor.ToListAsync(cancellationToken).ConfigureAwait(false);
            IReadOnlyList<IReadOnlyList<object?>> rows = records.Select(r => (IReadOnlyList<object?>)keys.Select(k => r[k]).ToList()).ToList();
            return (keys, rows);
        }, cancellationToken).ConfigureAwait(false);
    }

    internal static Dictionary<string, string> ParseParameters(IEnumerable<string> pairs)
    {
        var parsed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new ArgumentException($"--param '{pair}' is not name=value");
            }

            parsed[pair[..equals].Trim()] = pair[(equals + 1)..];
        }

        return parsed;
    }
}
