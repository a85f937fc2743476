using GraphBuilder.Bolt.Internal.Protocol;

namespace GraphBuilder.Bolt.Internal;

/// <summary>Holds a pooled connection only while an auto-commit result or a transaction is open. Not thread-safe.</summary>
internal sealed class Session(BoltDriver driver, SessionOptions options) : IAsyncSession
{
    private ResultCursor? _openResult;
    private Transaction? _openTransaction;
    private string? _bookmark;
    private bool _disposed;

    public async Task<IResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await PrepareForWorkAsync(cancellationToken).ConfigureAwait(false);
        var connection = await driver.Pool.AcquireAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var extra = TransactionExtra(connection, options.DefaultAccessMode);
            var cursor = await ResultCursor.RunAsync(
                connection, query, parameters, extra, options.FetchSize, insideTransaction: false,
                completed => OnResultCompletedAsync(connection, completed), cancellationToken).ConfigureAwait(false);
            _openResult = cursor;
            return cursor;
        }
        catch
        {
            await driver.Pool.ReleaseAsync(connection).ConfigureAwait(false);
            throw;
        }
    }

    private async ValueTask OnResultCompletedAsync(BoltConnection connection, ResultCursor cursor)
    {
        if (cursor.Summary?.Bookmark is { } bookmark)
        {
            _bookmark = bookmark;
        }

        if (ReferenceEquals(_openResult, cursor))
        {
            _openResult = null;
        }

        await driver.Pool.ReleaseAsync(connection).ConfigureAwait(false);
    }

    public async Task<IAsyncTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default) =>
        await BeginAsync(options.DefaultAccessMode, cancellationToken).ConfigureAwait(false);

    private async Task<Transaction> BeginAsync(AccessMode mode, CancellationToken cancellationToken)
    {
        await PrepareForWorkAsync(cancellationToken).ConfigureAwait(false);
        var connection = await driver.Pool.AcquireAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            connection.Begin(TransactionExtra(connection, mode));
            await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < connection.ControlResponses; i++)
            {
                await connection.ReadSuccessAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            await driver.Pool.ReleaseAsync(connection).ConfigureAwait(false);
            throw;
        }

        var transaction = new Transaction(connection, options.FetchSize, OnTransactionClosedAsync);
        _openTransaction = transaction;
        return transaction;
    }

    private async ValueTask OnTransactionClosedAsync(Transaction transaction, BoltConnection connection, string? bookmark)
    {
        if (bookmark is not null)
        {
            _bookmark = bookmark;
        }

        if (ReferenceEquals(_openTransaction, transaction))
        {
            _openTransaction = null;
        }

        await driver.Pool.ReleaseAsync(connection).ConfigureAwait(false);
    }

    public Task<T> ExecuteReadAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Read, work, cancellationToken);

    public Task<T> ExecuteWriteAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Write, work, cancellationToken);

    public Task ExecuteWriteAsync(Func<IAsyncQueryRunner, Task> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return ExecuteAsync<bool>(AccessMode.Write, async runner =>
        {
            await work(runner).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    private Task<T> ExecuteAsync<T>(AccessMode mode, Func<IAsyncQueryRunner, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return driver.ExecuteWithRetryAsync(async ct =>
        {
            var transaction = await BeginAsync(mode, ct).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var result = await work(transaction).ConfigureAwait(false);
                await transaction.CommitAsync(ct).ConfigureAwait(false);
                return result;
            }
        }, cancellationToken);
    }

    /// <summary>Bolt 3+ transaction metadata: access mode, database (4+) and the last bookmark of this session.</summary>
    private Dictionary<string, object?>? TransactionExtra(BoltConnection connection, AccessMode mode)
    {
        if (connection.Version.Major < 3)
        {
            return null;
        }

        var extra = new Dictionary<string, object?>(3);
        if (mode == AccessMode.Read)
        {
            extra["mode"] = "r";
        }

        if (options.Database is { } database && connection.Version.Major >= 4)
        {
            extra["db"] = database;
        }

        if (_bookmark is not null)
        {
            extra["bookmarks"] = new List<object?> { _bookmark };
        }

        return extra;
    }

    private async ValueTask PrepareForWorkAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_openTransaction is not null)
        {
            throw new ClientException("This session has an open transaction: run queries through it, or commit or roll it back first.");
        }

        if (_openResult is { } previous)
        {
            await previous.BufferRemainingAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_openResult is { } result)
        {
            try
            {
                await result.ConsumeAsync().ConfigureAwait(false);
            }
            catch (Neo4jException)
            {
                // The query's failure was the caller's to observe; the connection has been recovered or discarded.
            }
        }

        if (_openTransaction is { } transaction)
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
        }
    }
}
