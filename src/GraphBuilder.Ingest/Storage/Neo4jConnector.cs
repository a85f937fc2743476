using GraphBuilder.Bolt;
using GraphBuilder.EmbeddedNeo4j;

namespace GraphBuilder.Ingest;

/// <summary>A driver to the Neo4j the user configured, or to the embedded default, which is started if needed.</summary>
/// <param name="Embedded">Set when the embedded default is used: where to browse it and how to log in.</param>
internal sealed record Neo4jTarget(IDriver Driver, string? Database, Neo4jConnectionInfo? Embedded) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Driver.DisposeAsync();
}

internal static class Neo4jConnector
{
    public static async Task<Neo4jTarget> ConnectAsync(Neo4jOptions options, CancellationToken cancellationToken)
    {
        if (options.UsesEmbeddedDefault)
        {
            var info = await EmbeddedNeo4jServer.CreateDefault().StartAsync(cancellationToken).ConfigureAwait(false);
            return new Neo4jTarget(GraphDatabase.Driver(info.BoltUri, AuthTokens.Basic(info.User, info.Password)), null, info);
        }

        var auth = string.IsNullOrEmpty(options.Password) ? AuthTokens.None : AuthTokens.Basic(options.User, options.Password);
        return new Neo4jTarget(GraphDatabase.Driver(options.Uri!, auth), options.Database, null);
    }

    /// <summary>What to tell the user about the embedded server: the Browser URL and the login, never the password itself.</summary>
    public static string DescribeEmbedded(Neo4jConnectionInfo info) =>
        $"Embedded Neo4j at {info.BoltUri}; browse it at {info.BrowserUri} " +
        $"(login: user '{info.User}', password in {info.PasswordFile ?? "the instance's password file"}; `graphbuilder neo4j status` repeats this)";
}
