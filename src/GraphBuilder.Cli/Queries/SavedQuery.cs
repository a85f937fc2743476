using System.Globalization;
using System.Reflection;

namespace GraphBuilder.Cli.Queries;

/// <summary>A parameter a saved query declares, with its default (null: the caller must give it).</summary>
internal sealed record SavedQueryParameter(string Name, string? Default);

/// <summary>
/// A saved query from <c>cypher/*.cypher</c>: a header of <c>// name:</c>, <c>// description:</c> and
/// <c>// param: name = default</c> comment lines, then the Cypher text, which Neo4j Browser also accepts as is.
/// </summary>
internal sealed record SavedQuery(string Name, string Description, IReadOnlyList<SavedQueryParameter> Parameters, string Text)
{
    public static SavedQuery Parse(string fileName, string content)
    {
        string? name = null;
        var description = "";
        var parameters = new List<SavedQueryParameter>();
        foreach (var rawLine in content.Split('\n'))
        {
            var line = rawLine.Trim();
            if (!line.StartsWith("//", StringComparison.Ordinal))
            {
                if (line.Length > 0)
                {
                    break;
                }

                continue;
            }

            var header = line[2..].Trim();
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var key = header[..colon].Trim();
            var value = header[(colon + 1)..].Trim();
            switch (key)
            {
                case "name":
                    name = value;
                    break;
                case "description":
                    description = value;
                    break;
                case "param":
                    var equals = value.IndexOf('=', StringComparison.Ordinal);
                    parameters.Add(equals < 0
                        ? new SavedQueryParameter(value, null)
                        : new SavedQueryParameter(value[..equals].Trim(), value[(equals + 1)..].Trim()));
                    break;
            }
        }

        return new SavedQuery(name ?? Path.GetFileNameWithoutExtension(fileName), description, parameters, content);
    }

    /// <summary>
    /// The query's parameters: the declared defaults overridden by the given values. A value takes the type of
    /// the declared default (so <c>limit=5</c> is an integer, as LIMIT requires); undeclared names are rejected.
    /// </summary>
    public IReadOnlyDictionary<string, object?> BindParameters(IReadOnlyDictionary<string, string> given)
    {
        var unknown = given.Keys.Where(k => Parameters.All(p => p.Name != k)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"query '{Name}' has no parameter {string.Join(", ", unknown.Select(u => $"'{u}'"))}; it takes: {DescribeParameters()}");
        }

        var bound = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var parameter in Parameters)
        {
            var text = given.TryGetValue(parameter.Name, out var value) ? value : parameter.Default
                ?? throw new ArgumentException($"query '{Name}' needs --param {parameter.Name}=VALUE");
            bound[parameter.Name] = Convert(parameter, text);
        }

        return bound;
    }

    public string DescribeParameters() =>
        Parameters.Count == 0 ? "(none)" : string.Join(", ", Parameters.Select(p => p.Default is null ? p.Name : $"{p.Name} = {p.Default}"));

    private object? Convert(SavedQueryParameter parameter, string text)
    {
        var declared = parameter.Default is null ? null : Infer(parameter.Default);
        var value = Infer(text);
        return (declared, value) switch
        {
            (long, not long) => throw new ArgumentException($"parameter '{parameter.Name}' of query '{Name}' is an integer, not '{text}'"),
            (double, long l) => (double)l,
            (double, not double) => throw new ArgumentException($"parameter '{parameter.Name}' of query '{Name}' is a number, not '{text}'"),
            (string, _) => text,
            _ => value,
        };
    }

    private static object Infer(string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) ? integer
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number
        : bool.TryParse(text, out var flag) ? flag
        : text;
}

/// <summary>The saved queries shipped in the executable (the repository's cypher/ folder, embedded at build time).</summary>
internal static class SavedQueryCatalog
{
    private const string ResourcePrefix = "cypher/";

    private static readonly Lazy<IReadOnlyList<SavedQuery>> Embedded = new(LoadEmbedded);

    public static IReadOnlyList<SavedQuery> All => Embedded.Value;

    public static SavedQuery? Find(string name) => All.FirstOrDefault(q => string.Equals(q.Name, name, StringComparison.OrdinalIgnoreCase));

    private static List<SavedQuery> LoadEmbedded()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var queries = new List<SavedQuery>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".cypher", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            queries.Add(SavedQuery.Parse(resource[ResourcePrefix.Length..], reader.ReadToEnd()));
        }

        return queries.OrderBy(q => q.Name, StringComparer.Ordinal).ToList();
    }
}
