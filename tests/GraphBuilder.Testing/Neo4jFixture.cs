using GraphBuilder.Bolt;
using GraphBuilder.EmbeddedNeo4j;
using Xunit;

namespace GraphBuilder.Testing;

/// <summary>
/// One Neo4j server and one driver for a test run. The server comes from, in this order: NEO4J_URI (with NEO4J_USER and
/// NEO4J_PASSWORD), a Docker <c>neo4j:5</c> container when a Docker engine answers, or the embedded-default Neo4j 3.1.1.
/// Test processes running in parallel share the server; the last one out stops it, but only if a test process started it.
/// </summary>
public sealed class Neo4jFixture : IAsyncLifetime
{
    private IDriver? _driver;
    private Neo4jConnectionInfo? _connection;
    private ServerInfo? _serverInfo;
    private bool _leased;

    public IDriver Driver => _driver ?? throw NotInitialized();

    public Neo4jConnectionInfo Connection => _connection ?? throw NotInitialized();

    public ServerInfo ServerInfo => _serverInfo ?? throw NotInitialized();

    /// <summary>Where the server came from: "environment", "docker" or "embedded".</summary>
    public string Source { get; private set; } = string.Empty;

    /// <summary>A name unique to this call that is valid as a Cypher label, property value or id: prefix + 32 hex digits.</summary>
    public static string UniqueName(string prefix) => $"{prefix}_{Guid.NewGuid():N}";

    public async Task InitializeAsync()
    {
        (Source, _connection) = await SharedServer.AcquireAsync(CancellationToken.None).ConfigureAwait(false);
        _leased = true;
        _driver = GraphDatabase.Driver(_connection.BoltUri, AuthTokens.Basic(_connection.User, _connection.Password));
        _serverInfo = await _driver.GetServerInfoAsync().ConfigureAwait(false);
    }

    public async Task DisposeAsync()
    {
        if (_driver is not null)
        {
            await _driver.DisposeAsync().ConfigureAwait(false);
        }

        if (_leased)
        {
            _leased = false;
            await SharedServer.ReleaseAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static InvalidOperationException NotInitialized() => new("Neo4jFixture is used before xunit initialised it");
}
