using System.Globalization;
using GraphBuilder.Bolt;

namespace GraphBuilder.Testing;

/// <summary>
/// Everything one test wrote (ids under its prefix), as sorted text with the prefix replaced by "~", so two states,
/// even of two namespaces, compare exactly. Evidence is named by its content (its id is a hash of that content).
/// </summary>
public static class GraphSnapshot
{
    private const string InNamespace = "((n:Article OR n:Entity) AND n.id STARTS WITH $prefix) OR (n:Evidence AND n.subject STARTS WITH $prefix)";

    public static async Task<string> TakeAsync(IDriver driver, string prefix)
    {
        var nodes = await QueryAsync(
            driver,
            $"MATCH (n) WHERE {InNamespace} RETURN labels(n) AS labels, {Name("n")} AS name, properties(n) AS properties",
            prefix).ConfigureAwait(false);
        var relationships = await QueryAsync(
            driver,
            $"MATCH (n)-[r]->(m) WHERE {InNamespace} RETURN type(r) AS type, {Name("n")} AS from, {Name("m")} AS to, properties(r) AS properties",
            prefix).ConfigureAwait(false);
        return string.Join('\n', nodes.Concat(relationships).Select(line => line.Replace(prefix, "~", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    public static async Task DeleteAsync(IDriver driver, string prefix) =>
        await RunAsync(driver, $"MATCH (n) WHERE {InNamespace} DETACH DELETE n", prefix).ConfigureAwait(false);

    private static string Name(string node) =>
        $"CASE WHEN {node}:Evidence THEN {node}.subject + '|' + {node}.predicate + '|' + {node}.object + '|' + {node}.sentence ELSE {node}.id END";

    public static async Task<List<IRecord>> RunAsync(IDriver driver, string query, object prefixOrParameters)
    {
        ArgumentNullException.ThrowIfNull(driver);
        var parameters = prefixOrParameters as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?> { ["prefix"] = prefixOrParameters };
        var session = driver.AsyncSession();
        await using (session.ConfigureAwait(false))
        {
            var cursor = await session.RunAsync(query, parameters).ConfigureAwait(false);
            return await cursor.ToListAsync().ConfigureAwait(false);
        }
    }

    private static async Task<IEnumerable<string>> QueryAsync(IDriver driver, string query, string prefix) =>
        (await RunAsync(driver, query, prefix).ConfigureAwait(false)).Select(record => string.Join(" ", record.Keys.Select(key => Format(record[key]))));

    // Evidence ids are hashes of the (namespaced) content; the content itself is compared instead.
    private static string Format(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map when map.ContainsKey("predicate") && map.ContainsKey("sentence") =>
            FormatValue(map.Where(p => p.Key != "id").ToDictionary(p => p.Key, p => p.Value)),
        _ => FormatValue(value),
    };

    private static string FormatValue(object? value) => value switch
    {
        null => "null",
        string s => '"' + s + '"',
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {FormatValue(p.Value)}")) + "}",
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(FormatValue)) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
