using System.Diagnostics;
using GraphBuilder.Bolt.Internal.Protocol;

namespace GraphBuilder.Bolt.Internal;

/// <summary>Bounded pool of connections to one server. Idle connections are reused most-recent first; those idle
/// longer than <see cref="DriverOptions.ConnectionLivenessCheckTimeout"/> are checked with a RESET round trip first.</summary>
internal sealed class ConnectionPool(ServerAddress address, IAuthToken authToken, DriverOptions options) : IAsyncDisposable
{
    private readonly SemaphoreSlim _slots = new(options.MaxConnectionPoolSize, options.MaxConnectionPoolSize);
    private readonly Stack<BoltConnection> _idle = new();
    private readonly Lock _lock = new();
    private bool _disposed;

    public int IdleCount
    {
        get
        {
            lock (_lock)
            {
                return _idle.Count;
            }
        }
    }

    public async Task<BoltConnection> AcquireAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!await _slots.WaitAsync(options.ConnectionAcquisitionTimeout, cancellationToken).ConfigureAwait(false))
        {
            throw new ClientException(
                $"Failed to obtain a connection to {address} from the pool within {options.ConnectionAcquisitionTimeout} (max pool size {options.MaxConnectionPoolSize}).");
        }

        try
        {
            while (TryTakeIdle(out var connection))
            {
                if (await IsUsableAsync(connection, cancellationToken).ConfigureAwait(false))
                {
                    return connection;
                }

                await connection.DisposeAsync().ConfigureAwait(false);
            }

            return await BoltConnection.OpenAsync(address, authToken, options, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    private async ValueTask<bool> IsUsableAsync(BoltConnection connection, CancellationToken cancellationToken)
    {
        if (connection.IsBroken || connection.IsClosedByPeer)
        {
            return false;
        }

        if (options.ConnectionLivenessCheckTimeout is { } timeout && Stopwatch.GetElapsedTime(connection.LastUsedTimestamp) > timeout)
        {
            return await connection.CheckLivenessAsync(cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    private bool TryTakeIdle(out BoltConnection connection)
    {
        lock (_lock)
        {
            return _idle.TryPop(out connection!);
        }
    }

    /// <summary>Returns a connection; broken ones, or ones still mid-exchange, are closed instead.</summary>
    public async ValueTask ReleaseAsync(BoltConnection connection)
    {
        var keep = !connection.IsBroken && connection.IsIdle;
        if (keep)
        {
            lock (_lock)
            {
                keep = !_disposed;
                if (keep)
                {
                    _idle.Push(connection);
                }
            }
        }

        if (!keep)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }

        _slots.Release();
    }

    public async ValueTask DisposeAsync()
    {
        BoltConnection[] idle;
        lock (_lock)
        {
            _disposed = true;
            idle = [.. _idle];
            _idle.Clear();
        }

        foreach (var connection in idle)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
