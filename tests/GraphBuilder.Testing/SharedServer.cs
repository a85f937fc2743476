using System.Globalization;
using GraphBuilder.EmbeddedNeo4j;

namespace GraphBuilder.Testing;

/// <summary>
/// Starts the test server at most once per test process and at most once across the test processes that run at the same
/// time. Processes register their id in a users file under a cross-process lock; the last one to leave stops the server
/// if (and only if) a test process started it, so a server started by `graphbuilder neo4j start` keeps running.
/// </summary>
internal static class SharedServer
{
    private const string StartedByTestsMarker = "tests.started-by-tests";
    private const string UsersFile = "tests.users";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static int s_inProcessUsers;
    private static (string Source, Neo4jConnectionInfo Connection)? s_current;
    private static ITestServerProvider? s_provider;

    public static async Task<(string Source, Neo4jConnectionInfo Connection)> AcquireAsync(CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (s_current is { } current)
            {
                s_inProcessUsers++;
                return current;
            }

            s_provider = await ChooseProviderAsync(cancellationToken).ConfigureAwait(false);
            Neo4jConnectionInfo connection;
            if (s_provider.StateDirectory is null)
            {
                connection = await s_provider.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                using var exclusive = await LockAsync(s_provider.StateDirectory, cancellationToken).ConfigureAwait(false);
                var users = ReadLiveUsers(s_provider.StateDirectory);
                var running = await s_provider.GetRunningAsync(cancellationToken).ConfigureAwait(false);
                if (running is null)
                {
                    connection = await s_provider.StartAsync(cancellationToken).ConfigureAwait(false);
                    await File.WriteAllTextAsync(Path.Combine(s_provider.StateDirectory, StartedByTestsMarker), Environment.ProcessId.ToString(CultureInfo.InvariantCulture), cancellationToken)
                        .ConfigureAwait(false);
                }
                else
                {
                    connection = running;
                }

                users.Add(Environment.ProcessId);
                WriteUsers(s_provider.StateDirectory, users);
            }

            s_inProcessUsers = 1;
            s_current = (s_provider.Source, connection);
            return s_current.Value;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task ReleaseAsync(CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (s_current is null || --s_inProcessUsers > 0)
            {
                return;
            }

            s_current = null;
            var provider = s_provider!;
            if (provider.StateDirectory is null)
            {
                return;
            }

            using var exclusive = await LockAsync(provider.StateDirectory, cancellationToken).ConfigureAwait(false);
            var users = ReadLiveUsers(provider.StateDirectory);
            users.Remove(Environment.ProcessId);
            WriteUsers(provider.StateDirectory, users);
            var marker = Path.Combine(provider.StateDirectory, StartedByTestsMarker);
            if (users.Count == 0 && File.Exists(marker))
            {
                await provider.StopAsync(cancellationToken).ConfigureAwait(false);
                File.Delete(marker);
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<ITestServerProvider> ChooseProviderAsync(CancellationToken cancellationToken)
    {
        if (Environment.GetEnvironmentVariable("NEO4J_URI") is { Length: > 0 } uri)
        {
            return new ConfiguredServer(
                new Uri(uri),
                Environment.GetEnvironmentVariable("NEO4J_USER") is { Length: > 0 } user ? user : "neo4j",
                Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? string.Empty);
        }

        return await DockerServer.IsAvailableAsync(cancellationToken).ConfigureAwait(false)
            ? new DockerServer()
            : new EmbeddedServer(EmbeddedNeo4jServer.CreateDefault());
    }

    // Generous: on a fresh machine the holder may be downloading and unpacking Neo4j before it starts it.
    private static Task<CrossProcessLock> LockAsync(string stateDirectory, CancellationToken cancellationToken) =>
        CrossProcessLock.AcquireAsync(Path.Combine(stateDirectory, "tests.lock"), TimeSpan.FromMinutes(15), cancellationToken);

    private static HashSet<int> ReadLiveUsers(string stateDirectory)
    {
        var path = Path.Combine(stateDirectory, UsersFile);
        if (!File.Exists(path))
        {
            return [];
        }

        // A crashed test process never deregisters; dropping dead ids keeps it from pinning the server forever.
        return File.ReadAllLines(path)
            .Select(line => int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : 0)
            .Where(pid => pid > 0 && ExternalProcess.IsAlive(pid))
            .ToHashSet();
    }

    private static void WriteUsers(string stateDirectory, HashSet<int> users) =>
        File.WriteAllLines(Path.Combine(stateDirectory, UsersFile), users.Select(pid => pid.ToString(CultureInfo.InvariantCulture)));
}

internal interface ITestServerProvider
{
    string Source { get; }

    /// <summary>Where the cross-process lock and the users file live; null when the server is not ours to start or stop.</summary>
    string? StateDirectory { get; }

    /// <summary>The running server's connection, or null when it is not running.</summary>
    Task<Neo4jConnectionInfo?> GetRunningAsync(CancellationToken cancellationToken);

    Task<Neo4jConnectionInfo> StartAsync(CancellationToken cancellationToken);

    Task StopAsync(CancellationToken cancellationToken);
}

internal sealed class ConfiguredServer(Uri boltUri, string user, string password) : ITestServerProvider
{
    public string Source => "environment";

    public string? StateDirectory => null;

    public Task<Neo4jConnectionInfo?> GetRunningAsync(CancellationToken cancellationToken) => StartAsync(cancellationToken)!;

    public Task<Neo4jConnectionInfo> StartAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new Neo4jConnectionInfo(boltUri, new UriBuilder(boltUri) { Scheme = "http", Port = 7474 }.Uri, user, password, "(server configured by NEO4J_URI)"));

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

internal sealed class EmbeddedServer(EmbeddedNeo4jServer server) : ITestServerProvider
{
    public string Source => "embedded";

    public string? StateDirectory => server.InstanceDirectory;

    public async Task<Neo4jConnectionInfo?> GetRunningAsync(CancellationToken cancellationToken) =>
        (await server.GetStatusAsync(cancellationToken).ConfigureAwait(false)).Connection;

    public Task<Neo4jConnectionInfo> StartAsync(CancellationToken cancellationToken) => server.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => server.StopAsync(cancellationToken);
}
