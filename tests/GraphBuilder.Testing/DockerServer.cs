using System.Globalization;
using System.Security.Cryptography;
using GraphBuilder.Bolt;
using GraphBuilder.EmbeddedNeo4j;

namespace GraphBuilder.Testing;

/// <summary>A throw-away <c>neo4j:5</c> container driven through the docker CLI (Testcontainers is not available here).</summary>
internal sealed class DockerServer : ITestServerProvider
{
    private const string Image = "neo4j:5";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    public string Source => "docker";

    public string? StateDirectory { get; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "graphbuilder", "test-docker");

    private string ContainerFile => Path.Combine(StateDirectory!, "container");

    public static async Task<bool> IsAvailableAsync(CancellationToken cancellationToken)
    {
        try
        {
            return (await DockerAsync(["info", "--format", "{{.ServerVersion}}"], TimeSpan.FromSeconds(20), cancellationToken).ConfigureAwait(false)).ExitCode == 0;
        }
        catch (Exception e) when (e is FileNotFoundException or TimeoutException)
        {
            return false;
        }
    }

    public async Task<Neo4jConnectionInfo?> GetRunningAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(ContainerFile))
        {
            return null;
        }

        var (id, connection) = Parse(await File.ReadAllLinesAsync(ContainerFile, cancellationToken).ConfigureAwait(false));
        var (exitCode, output) = await DockerAsync(["inspect", "--format", "{{.State.Running}}", id], TimeSpan.FromSeconds(30), cancellationToken).ConfigureAwait(false);
        return exitCode == 0 && output.Trim() == "true" ? connection : null;
    }

    public async Task<Neo4jConnectionInfo> StartAsync(CancellationToken cancellationToken)
    {
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        var (exitCode, output) = await DockerAsync(
            ["run", "--detach", "--rm", "--env", $"NEO4J_AUTH=neo4j/{password}", "--publish", "127.0.0.1::7687", "--publish", "127.0.0.1::7474", Image],
            TimeSpan.FromMinutes(10),
            cancellationToken).ConfigureAwait(false);
        var id = output.Trim().Split('\n')[^1].Trim();
        if (exitCode != 0 || id.Length == 0)
        {
            throw new InvalidOperationException($"`docker run {Image}` failed (exit {exitCode}): {output}");
        }

        var bolt = await PublishedPortAsync(id, 7687, cancellationToken).ConfigureAwait(false);
        var http = await PublishedPortAsync(id, 7474, cancellationToken).ConfigureAwait(false);
        var connection = new Neo4jConnectionInfo(
            new Uri($"bolt://127.0.0.1:{bolt}"), new Uri($"http://127.0.0.1:{http}/browser/"), "neo4j", password, $"docker logs {id}");
        try
        {
            await WaitUntilReadyAsync(connection, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await DockerAsync(["rm", "--force", id], TimeSpan.FromMinutes(1), CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        await File.WriteAllLinesAsync(ContainerFile, [id, connection.BoltUri.ToString(), connection.BrowserUri.ToString(), password], cancellationToken).ConfigureAwait(false);
        return connection;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(ContainerFile))
        {
            return;
        }

        var (id, _) = Parse(await File.ReadAllLinesAsync(ContainerFile, cancellationToken).ConfigureAwait(false));
        await DockerAsync(["rm", "--force", id], TimeSpan.FromMinutes(1), cancellationToken).ConfigureAwait(false);
        File.Delete(ContainerFile);
    }

    private static (string Id, Neo4jConnectionInfo Connection) Parse(string[] lines) =>
        (lines[0], new Neo4jConnectionInfo(new Uri(lines[1]), new Uri(lines[2]), "neo4j", lines[3], $"docker logs {lines[0]}"));

    private static async Task<int> PublishedPortAsync(string id, int containerPort, CancellationToken cancellationToken)
    {
        var (exitCode, output) = await DockerAsync(["port", id, $"{containerPort}/tcp"], TimeSpan.FromSeconds(30), cancellationToken).ConfigureAwait(false);
        var first = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? string.Empty;
        return exitCode == 0 && int.TryParse(first[(first.LastIndexOf(':') + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            ? port
            : throw new InvalidOperationException($"`docker port {id} {containerPort}` gave no port: {output}");
    }

    // The container accepts Bolt before authentication is initialised, so wait for a real authenticated round trip.
    private static async Task WaitUntilReadyAsync(Neo4jConnectionInfo connection, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            var driver = GraphDatabase.Driver(connection.BoltUri, AuthTokens.Basic(connection.User, connection.Password));
            await using (driver.ConfigureAwait(false))
            {
                try
                {
                    await driver.VerifyConnectivityAsync(cancellationToken).ConfigureAwait(false);
                    return;
                }
                catch (Neo4jException) when (DateTime.UtcNow < deadline)
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private static Task<(int ExitCode, string Output)> DockerAsync(string[] arguments, TimeSpan timeout, CancellationToken cancellationToken) =>
        ExternalProcess.RunAsync("docker", arguments, null, null, timeout, cancellationToken);
}
