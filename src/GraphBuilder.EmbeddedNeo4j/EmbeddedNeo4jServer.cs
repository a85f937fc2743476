using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GraphBuilder.EmbeddedNeo4j;

/// <summary>
/// The embedded-default Neo4j 3.1.1: provisioned on first use, listening on 127.0.0.1 only, authentication on with a
/// generated password kept in a user-only file, data persisting between runs. Start, stop and status are safe to call
/// from several processes at once.
/// </summary>
public sealed class EmbeddedNeo4jServer
{
    public const string User = "neo4j";
    private const string Host = "127.0.0.1";

    private static readonly string[] OpenedJavaPackages =
    [
        "java.base/java.lang", "java.base/java.nio", "java.base/java.util", "java.base/java.io", "java.base/sun.nio.ch",
        "java.base/java.lang.reflect", "java.base/java.util.concurrent", "java.base/java.net",
    ];

    private readonly EmbeddedNeo4jOptions _options;
    private readonly Neo4jDistribution _distribution;

    private EmbeddedNeo4jServer(EmbeddedNeo4jOptions options)
    {
        _options = options;
        _distribution = new Neo4jDistribution(options.DistributionDirectory);
    }

    public static EmbeddedNeo4jServer CreateDefault(EmbeddedNeo4jOptions? options = null) => new(options ?? new EmbeddedNeo4jOptions());

    public string InstanceDirectory => _options.InstanceDirectory;

    /// <summary>The console log the server writes while starting; debug.log sits next to it.</summary>
    public string LogPath => Path.Combine(LogsDirectory, "neo4j.log");

    public string DebugLogPath => Path.Combine(LogsDirectory, "debug.log");

    /// <summary>User-only (0600) file holding the generated password of user <see cref="User"/>.</summary>
    public string PasswordFile => Path.Combine(InstanceDirectory, "password");

    public Uri BoltUri => new($"bolt://{Host}:{_options.BoltPort.ToString(CultureInfo.InvariantCulture)}");

    public Uri BrowserUri => new($"http://{Host}:{_options.HttpPort.ToString(CultureInfo.InvariantCulture)}/browser/");

    private string ConfDirectory => Path.Combine(InstanceDirectory, "conf");

    private string DataDirectory => Path.Combine(InstanceDirectory, "data");

    private string LogsDirectory => Path.Combine(InstanceDirectory, "logs");

    private string RunDirectory => Path.Combine(InstanceDirectory, "run");

    private string PidFile => Path.Combine(RunDirectory, "neo4j.pid");

    private string LockFile => Path.Combine(InstanceDirectory, "server.lock");

    /// <summary>Provisions if needed, starts the server and waits until Bolt answers. Already running: returns its details.</summary>
    public async Task<Neo4jConnectionInfo> StartAsync(CancellationToken cancellationToken = default)
    {
        await _distribution.EnsureProvisionedAsync(cancellationToken).ConfigureAwait(false);
        using var exclusive = await CrossProcessLock.AcquireAsync(LockFile, _options.StartTimeout, cancellationToken).ConfigureAwait(false);

        var status = await GetStatusAsync(cancellationToken).ConfigureAwait(false);
        switch (status.State)
        {
            case EmbeddedNeo4jState.Running:
                return status.Connection!;
            case EmbeddedNeo4jState.PortInUse:
                throw new EmbeddedNeo4jException(status.Detail);
            case EmbeddedNeo4jState.Starting:
                return await WaitUntilReadyAsync(status.ProcessId!.Value, 0, cancellationToken).ConfigureAwait(false);
        }

        if (await IsPortTakenAsync(_options.HttpPort, cancellationToken).ConfigureAwait(false))
        {
            throw new EmbeddedNeo4jException($"Port {_options.HttpPort} (Neo4j HTTP) on {Host} is already used by another program");
        }

        var java = FindJava();
        WriteConfiguration();
        var password = await EnsurePasswordAsync(java, cancellationToken).ConfigureAwait(false);
        var logStart = File.Exists(LogPath) ? new FileInfo(LogPath).Length : 0;
        var (exitCode, output) = await RunScriptAsync(_distribution.Neo4jScript, ["start"], java, TimeSpan.FromMinutes(1), cancellationToken).ConfigureAwait(false);
        if (exitCode != 0 || ReadPid() is not { } pid)
        {
            throw new EmbeddedNeo4jException($"`neo4j start` failed (exit {exitCode}): {FirstErrorLine(output)}", LogPath);
        }

        var info = await WaitUntilReadyAsync(pid, logStart, cancellationToken).ConfigureAwait(false);
        return info with { Password = password };
    }

    /// <summary>Stops our server cleanly (SIGTERM, waiting for shutdown). Not running: nothing to do.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (!_distribution.IsProvisioned)
        {
            return;
        }

        using var exclusive = await CrossProcessLock.AcquireAsync(LockFile, _options.StopTimeout, cancellationToken).ConfigureAwait(false);
        if (ReadPid() is not { } pid || !ExternalProcess.IsAlive(pid))
        {
            return;
        }

        var (exitCode, output) = await RunScriptAsync(_distribution.Neo4jScript, ["stop"], FindJava(), _options.StopTimeout + TimeSpan.FromSeconds(10), cancellationToken)
            .ConfigureAwait(false);
        if (exitCode != 0 || ExternalProcess.IsAlive(pid))
        {
            throw new EmbeddedNeo4jException($"`neo4j stop` failed (exit {exitCode}): {FirstErrorLine(output)}", LogPath);
        }
    }

    public async Task<EmbeddedNeo4jStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        if (!_distribution.IsProvisioned)
        {
            return new EmbeddedNeo4jStatus(EmbeddedNeo4jState.NotProvisioned, null, null, $"Neo4j 3.1.1 is not provisioned yet ({_distribution.Home})");
        }

        var pid = ReadPid() is { } p && ExternalProcess.IsAlive(p) ? p : (int?)null;
        var (probe, _) = await BoltProbe.ProbeAsync(Host, _options.BoltPort, TimeSpan.FromSeconds(5), cancellationToken).ConfigureAwait(false);
        if (pid is null)
        {
            return probe == BoltProbeResult.Closed
                ? new EmbeddedNeo4jStatus(EmbeddedNeo4jState.Stopped, null, null, "Neo4j is not running")
                : new EmbeddedNeo4jStatus(EmbeddedNeo4jState.PortInUse, null, null,
                    $"Port {_options.BoltPort} on {Host} is already used by another program (not the embedded Neo4j of {InstanceDirectory})");
        }

        return probe == BoltProbeResult.Bolt
            ? new EmbeddedNeo4jStatus(EmbeddedNeo4jState.Running, pid, ConnectionInfo(ReadPasswordOrEmpty()), $"Neo4j 3.1.1 is running (pid {pid})")
            : new EmbeddedNeo4jStatus(EmbeddedNeo4jState.Starting, pid, null, $"Neo4j 3.1.1 (pid {pid}) is starting; Bolt does not answer yet");
    }

    private Neo4jConnectionInfo ConnectionInfo(string password) => new(BoltUri, BrowserUri, User, password, LogPath, PasswordFile);

    /// <param name="logStart">Where this start's output begins in neo4j.log (the file is appended to across runs).</param>
    private async Task<Neo4jConnectionInfo> WaitUntilReadyAsync(int pid, long logStart, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + _options.StartTimeout;
        while (true)
        {
            var (probe, _) = await BoltProbe.ProbeAsync(Host, _options.BoltPort, TimeSpan.FromSeconds(5), cancellationToken).ConfigureAwait(false);
            if (probe == BoltProbeResult.Bolt)
            {
                return ConnectionInfo(ReadPasswordOrEmpty());
            }

            if (!ExternalProcess.IsAlive(pid))
            {
                throw new EmbeddedNeo4jException($"Neo4j exited while starting: {FirstErrorLine(ReadFrom(LogPath, logStart))}", LogPath);
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new EmbeddedNeo4jException($"Neo4j (pid {pid}) did not answer on Bolt port {_options.BoltPort} within {_options.StartTimeout.TotalSeconds:0}s", DebugLogPath);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken).ConfigureAwait(false);
        }
    }

    private void WriteConfiguration()
    {
        foreach (var directory in new[] { InstanceDirectory, ConfDirectory, DataDirectory, LogsDirectory, RunDirectory })
        {
            Directory.CreateDirectory(directory);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(InstanceDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var lines = new List<string>
        {
            "# Written by GraphBuilder on every start; edit EmbeddedNeo4jOptions instead.",
            $"dbms.directories.data={DataDirectory}",
            $"dbms.directories.logs={LogsDirectory}",
            $"dbms.directories.run={RunDirectory}",
            $"dbms.directories.import={Path.Combine(InstanceDirectory, "import")}",
            $"dbms.directories.certificates={Path.Combine(InstanceDirectory, "certificates")}",
            "dbms.security.auth_enabled=true",
            $"dbms.connectors.default_listen_address={Host}",
            "dbms.connector.bolt.enabled=true",
            "dbms.connector.bolt.tls_level=DISABLED",
            $"dbms.connector.bolt.listen_address={Host}:{_options.BoltPort}",
            "dbms.connector.http.enabled=true",
            $"dbms.connector.http.listen_address={Host}:{_options.HttpPort}",
            "dbms.connector.https.enabled=false",
            $"dbms.memory.heap.initial_size={_options.HeapSize}",
            $"dbms.memory.heap.max_size={_options.HeapSize}",
            $"dbms.memory.pagecache.size={_options.PageCacheSize}",
            "dbms.udc.enabled=false",
            "dbms.jvm.additional=-XX:+UseG1GC",
            "dbms.jvm.additional=-XX:-OmitStackTraceInFastThrow",
            "dbms.jvm.additional=-XX:+DisableExplicitGC",
        };
        lines.AddRange(OpenedJavaPackages.Select(package => $"dbms.jvm.additional=--add-opens={package}=ALL-UNNAMED"));
        File.WriteAllLines(Path.Combine(ConfDirectory, "neo4j.conf"), lines);
    }

    private async Task<string> EnsurePasswordAsync(string java, CancellationToken cancellationToken)
    {
        if (File.Exists(PasswordFile))
        {
            return ReadPasswordOrEmpty();
        }

        if (Directory.Exists(Path.Combine(DataDirectory, "dbms")) && Directory.EnumerateFiles(Path.Combine(DataDirectory, "dbms")).Any())
        {
            throw new EmbeddedNeo4jException(
                $"The database in {DataDirectory} already has users but the password file {PasswordFile} is missing; delete {DataDirectory} to start afresh");
        }

        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        var (exitCode, output) = await RunScriptAsync(_distribution.AdminScript, ["set-initial-password", password], java, TimeSpan.FromMinutes(2), cancellationToken)
            .ConfigureAwait(false);
        if (exitCode != 0)
        {
            throw new EmbeddedNeo4jException($"`neo4j-admin set-initial-password` failed (exit {exitCode}): {FirstErrorLine(output)}");
        }

        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var file = new FileStream(PasswordFile, fileOptions))
        {
            file.Write(Encoding.UTF8.GetBytes(password));
        }

        return password;
    }

    private string ReadPasswordOrEmpty() => File.Exists(PasswordFile) ? File.ReadAllText(PasswordFile).Trim() : string.Empty;

    private int? ReadPid() =>
        File.Exists(PidFile) && int.TryParse(File.ReadAllText(PidFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;

    private Task<(int ExitCode, string Output)> RunScriptAsync(string script, string[] arguments, string java, TimeSpan timeout, CancellationToken cancellationToken) =>
        ExternalProcess.RunAsync(
            "bash",
            [script, .. arguments],
            _distribution.Home,
            new Dictionary<string, string>
            {
                ["NEO4J_HOME"] = _distribution.Home,
                ["NEO4J_CONF"] = ConfDirectory,
                ["JAVA_CMD"] = java,
                ["NEO4J_SHUTDOWN_TIMEOUT"] = ((int)_options.StopTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture),
            },
            timeout,
            cancellationToken);

    private static string FindJava()
    {
        var javaHome = Environment.GetEnvironmentVariable("JAVA_HOME");
        if (!string.IsNullOrEmpty(javaHome) && File.Exists(Path.Combine(javaHome, "bin", "java")))
        {
            return Path.Combine(javaHome, "bin", "java");
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "java"))
            .FirstOrDefault(File.Exists);
        return onPath ?? throw new EmbeddedNeo4jException("Java is not installed: Neo4j 3.1.1 needs Java 17 (set JAVA_HOME or put java on PATH)");
    }

    private static async Task<bool> IsPortTakenAsync(int port, CancellationToken cancellationToken) =>
        (await BoltProbe.ProbeAsync(Host, port, TimeSpan.FromSeconds(2), cancellationToken).ConfigureAwait(false)).Result != BoltProbeResult.Closed;

    private static string ReadFrom(string path, long offset)
    {
        if (!File.Exists(path))
        {
            return string.Empty;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(Math.Min(offset, stream.Length), SeekOrigin.Begin);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The first line that looks like an error (the cause; later ones tend to be consequences), else the last line.</summary>
    private static string FirstErrorLine(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string[] markers = ["ERROR", "Exception", "Invalid", "Could not", "Unable"];
        return lines.FirstOrDefault(line => markers.Any(marker => line.Contains(marker, StringComparison.OrdinalIgnoreCase)))
            ?? lines.LastOrDefault()
            ?? "no output";
    }
}
