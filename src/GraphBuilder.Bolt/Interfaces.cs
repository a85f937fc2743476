namespace GraphBuilder.Bolt;

public interface IDriver : IAsyncDisposable
{
    IAsyncSession AsyncSession(Action<SessionOptions>? configure = null);

    Task VerifyConnectivityAsync(CancellationToken cancellationToken = default);

    Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default);
}

public interface IAsyncQueryRunner
{
    Task<IResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default);
}

/// <summary>A logical sequence of work on one connection at a time; <see cref="IAsyncQueryRunner.RunAsync"/> runs auto-commit queries.</summary>
public interface IAsyncSession : IAsyncQueryRunner, IAsyncDisposable
{
    Task<IAsyncTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default);

    Task<T> ExecuteReadAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, CancellationToken cancellationToken = default);

    Task<T> ExecuteWriteAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, CancellationToken cancellationToken = default);

    Task ExecuteWriteAsync(Func<IAsyncQueryRunner, Task> work, CancellationToken cancellationToken = default);
}

public interface IAsyncTransaction : IAsyncQueryRunner, IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken = default);

    Task RollbackAsync(CancellationToken cancellationToken = default);
}

/// <summary>Records of one query, streamed from the server as they are enumerated.</summary>
public interface IResultCursor : IAsyncEnumerable<IRecord>
{
    Task<IReadOnlyList<string>> KeysAsync(CancellationToken cancellationToken = default);

    /// <summary>Discards the records not yet read and returns the summary.</summary>
    Task<IResultSummary> ConsumeAsync(CancellationToken cancellationToken = default);

    Task<List<IRecord>> ToListAsync(CancellationToken cancellationToken = default);

    /// <summary>Returns the only record; throws <see cref="InvalidOperationException"/> if there are none or several.</summary>
    Task<IRecord> SingleAsync(CancellationToken cancellationToken = default);
}

public interface IRecord
{
    IReadOnlyList<string> Keys { get; }

    object? this[int index] { get; }

    object? this[string key] { get; }

    /// <summary>The value converted to <typeparamref name="T"/> (long to int, list to List&lt;T&gt;, ...).</summary>
    T Get<T>(string key);

    IReadOnlyDictionary<string, object?> Values { get; }
}

public interface IResultSummary
{
    ICounters Counters { get; }

    /// <summary>"r", "w", "rw" or "s" as reported by the server.</summary>
    string? QueryType { get; }

    ServerInfo Server { get; }
}

public interface ICounters
{
    int NodesCreated { get; }
    int NodesDeleted { get; }
    int RelationshipsCreated { get; }
    int RelationshipsDeleted { get; }
    int PropertiesSet { get; }
    int LabelsAdded { get; }
    int LabelsRemoved { get; }
    int ConstraintsAdded { get; }
    int ConstraintsRemoved { get; }
    int IndexesAdded { get; }
    int IndexesRemoved { get; }
    bool ContainsUpdates { get; }
}

public sealed class ServerInfo(string address, string agent, Version protocolVersion)
{
    /// <summary>host:port of the server.</summary>
    public string Address { get; } = address;

    /// <summary>Server agent string, e.g. "Neo4j/3.1.1".</summary>
    public string Agent { get; } = agent;

    /// <summary>Negotiated Bolt version, e.g. 1.0, 4.4, 5.4.</summary>
    public Version ProtocolVersion { get; } = protocolVersion;

    public override string ToString() => $"{Agent} at {Address} (Bolt {ProtocolVersion})";
}
