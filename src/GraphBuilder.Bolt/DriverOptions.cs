namespace GraphBuilder.Bolt;

public sealed class DriverOptions
{
    public int MaxConnectionPoolSize { get; set; } = 100;

    /// <summary>How long a session waits for a pooled connection before failing.</summary>
    public TimeSpan ConnectionAcquisitionTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Time allowed for TCP connect, TLS and the Bolt handshake.</summary>
    public TimeSpan ConnectionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Upper bound on the total time spent retrying a transaction function.</summary>
    public TimeSpan MaxTransactionRetryTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Idle connections older than this are checked with a RESET round trip before reuse; null disables the check.</summary>
    public TimeSpan? ConnectionLivenessCheckTimeout { get; set; }

    public string UserAgent { get; set; } = "GraphBuilder.Bolt/1.0";

    /// <summary>First retry delay of transaction functions; doubles (with jitter) on each retry. Internal so tests can shorten it.</summary>
    internal TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}

public enum AccessMode
{
    Write,
    Read,
}

public sealed class SessionOptions
{
    /// <summary>Target database (Bolt 4+ only); null means the server default.</summary>
    public string? Database { get; set; }

    public AccessMode DefaultAccessMode { get; set; } = AccessMode.Write;

    /// <summary>Records requested per PULL on Bolt 4+; -1 pulls everything at once.</summary>
    public long FetchSize { get; set; } = 1000;
}
