namespace GraphBuilder.EmbeddedNeo4j;

/// <summary>Where the embedded-default Neo4j 3.1.1 lives and how it listens. Defaults follow the XDG base directories.</summary>
public sealed class EmbeddedNeo4jOptions
{
    /// <summary>Bolt port on 127.0.0.1; not 7687 so it never clashes with a stock Neo4j.</summary>
    public int BoltPort { get; set; } = 17687;

    /// <summary>HTTP (Browser) port on 127.0.0.1.</summary>
    public int HttpPort { get; set; } = 17474;

    /// <summary>Unpacked, patched distribution, shared by every instance of this user (~/.cache/graphbuilder/neo4j-3.1.1).</summary>
    public string DistributionDirectory { get; set; } = Path.Combine(XdgDirectory("XDG_CACHE_HOME", ".cache"), "graphbuilder", "neo4j-3.1.1");

    /// <summary>Configuration, data, logs and the password file of this server (~/.local/share/graphbuilder/neo4j).</summary>
    public string InstanceDirectory { get; set; } = Path.Combine(XdgDirectory("XDG_DATA_HOME", Path.Combine(".local", "share")), "graphbuilder", "neo4j");

    /// <summary>Maximum Java heap, in Neo4j's notation.</summary>
    public string HeapSize { get; set; } = "1g";

    /// <summary>Page cache size, in Neo4j's notation.</summary>
    public string PageCacheSize { get; set; } = "512m";

    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromMinutes(3);

    public TimeSpan StopTimeout { get; set; } = TimeSpan.FromMinutes(2);

    private static string XdgDirectory(string variable, string fallbackUnderHome)
    {
        var configured = Environment.GetEnvironmentVariable(variable);
        return string.IsNullOrEmpty(configured)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), fallbackUnderHome)
            : configured;
    }
}
