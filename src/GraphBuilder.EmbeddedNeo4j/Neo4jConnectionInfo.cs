namespace GraphBuilder.EmbeddedNeo4j;

/// <summary>How to reach a running Neo4j: Bolt for drivers, Browser for people, and the credentials.</summary>
/// <param name="PasswordFile">The user-only file holding <paramref name="Password"/>, when there is one.</param>
public sealed record Neo4jConnectionInfo(Uri BoltUri, Uri BrowserUri, string User, string Password, string LogPath, string? PasswordFile = null)
{
    /// <summary>Never prints the password.</summary>
    public override string ToString() => $"{BoltUri} (user {User}, browser {BrowserUri})";
}

public enum EmbeddedNeo4jState
{
    /// <summary>The distribution has not been downloaded and unpacked yet.</summary>
    NotProvisioned,

    Stopped,

    /// <summary>Our process is alive but Bolt does not answer yet.</summary>
    Starting,

    Running,

    /// <summary>Something that is not our server listens on the Bolt port.</summary>
    PortInUse,
}

/// <param name="ProcessId">The Java process of our server, when it is alive.</param>
/// <param name="Connection">Set when the server is running.</param>
public sealed record EmbeddedNeo4jStatus(EmbeddedNeo4jState State, int? ProcessId, Neo4jConnectionInfo? Connection, string Detail);

/// <summary>Provisioning, starting or stopping the embedded Neo4j failed; the message is one line ending with the log to read.</summary>
public sealed class EmbeddedNeo4jException : Exception
{
    public EmbeddedNeo4jException()
    {
    }

    public EmbeddedNeo4jException(string message)
        : base(message)
    {
    }

    public EmbeddedNeo4jException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public EmbeddedNeo4jException(string reason, string? logPath, Exception? innerException = null)
        : base(logPath is null ? reason : $"{reason} (see {logPath})", innerException)
    {
        LogPath = logPath;
    }

    /// <summary>The log that explains the failure, if any.</summary>
    public string? LogPath { get; }
}
