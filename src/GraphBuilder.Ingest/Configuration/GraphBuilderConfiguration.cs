using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace GraphBuilder.Ingest;

/// <summary>Builds the layered configuration: appsettings.json, environment, then flags (last wins).</summary>
public static class GraphBuilderConfiguration
{
    private static readonly (string Variable, string Key)[] ShortEnvironmentNames =
    [
        ("NEO4J_URI", "GraphBuilder:Neo4j:Uri"),
        ("NEO4J_USER", "GraphBuilder:Neo4j:User"),
        ("NEO4J_USERNAME", "GraphBuilder:Neo4j:User"),
        ("NEO4J_PASSWORD", "GraphBuilder:Neo4j:Password"),
        ("NEO4J_DATABASE", "GraphBuilder:Neo4j:Database"),
    ];

    /// <param name="overrides">Values from command-line flags, keyed like <c>GraphBuilder:Ingest:BatchSize</c>; null values are ignored.</param>
    public static IConfigurationRoot Build(
        IEnumerable<KeyValuePair<string, string?>>? overrides = null,
        string? baseDirectory = null,
        IDictionary<string, string?>? environment = null)
    {
        var builder = new ConfigurationBuilder();
        foreach (var directory in SettingsDirectories(baseDirectory))
        {
            builder.AddJsonFile(Path.Combine(directory, "appsettings.json"), optional: true, reloadOnChange: false);
        }

        if (environment is null)
        {
            builder.AddEnvironmentVariables();
        }
        else
        {
            builder.AddInMemoryCollection(environment.Select(e => KeyValuePair.Create(e.Key.Replace("__", ":", StringComparison.Ordinal), e.Value)));
        }

        builder.AddInMemoryCollection(ShortEnvironmentValues(environment));
        if (overrides is not null)
        {
            builder.AddInMemoryCollection(overrides.Where(o => o.Value is not null));
        }

        return builder.Build();
    }

    public static GraphBuilderOptions Bind(IConfiguration configuration)
    {
        var options = new GraphBuilderOptions();
        configuration.GetSection(GraphBuilderOptions.SectionName).Bind(options);

        // JSON null and an empty environment variable both bind as "": that means "not set", not a database named "".
        options.Neo4j.Database = NullIfBlank(options.Neo4j.Database);
        options.Neo4j.Password = NullIfBlank(options.Neo4j.Password);
        options.Worker.Inbox = NullIfBlank(options.Worker.Inbox);
        Validate(options);
        return options;
    }

    /// <summary>Throws <see cref="ValidationException"/> naming every setting out of range.</summary>
    public static void Validate(GraphBuilderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<ValidationResult>();
        Validator.TryValidateObject(options.Ingest, new ValidationContext(options.Ingest), errors, validateAllProperties: true);
        if (options.Worker.PollInterval <= TimeSpan.Zero)
        {
            errors.Add(new ValidationResult("Worker:PollInterval must be positive."));
        }

        if (!options.Neo4j.UsesEmbeddedDefault && !System.Uri.TryCreate(options.Neo4j.Uri, UriKind.Absolute, out _))
        {
            errors.Add(new ValidationResult($"Neo4j:Uri '{Neo4jOptions.RedactUserInfo(options.Neo4j.Uri!)}' is not an absolute URI (e.g. bolt://localhost:7687)."));
        }

        if (errors.Count > 0)
        {
            throw new ValidationException("Invalid configuration: " + string.Join(" ", errors.Select(e => e.ErrorMessage)));
        }
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static IEnumerable<string> SettingsDirectories(string? baseDirectory)
    {
        // The installed defaults next to the executable first, then the user's working directory.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var directory in new[] { AppContext.BaseDirectory, baseDirectory ?? Directory.GetCurrentDirectory() })
        {
            var full = Path.GetFullPath(directory);
            if (seen.Add(full))
            {
                yield return full;
            }
        }
    }

    private static IEnumerable<KeyValuePair<string, string?>> ShortEnvironmentValues(IDictionary<string, string?>? environment)
    {
        foreach (var (variable, key) in ShortEnvironmentNames)
        {
            var value = environment is null ? Environment.GetEnvironmentVariable(variable) : environment.TryGetValue(variable, out var v) ? v : null;
            if (!string.IsNullOrEmpty(value))
            {
                yield return KeyValuePair.Create(key, (string?)value);
            }
        }
    }
}
