using GraphBuilder.Bolt.Internal.Protocol;

namespace GraphBuilder.Bolt.Internal;

internal sealed class Transaction(
    BoltConnection connection, long fetchSize, Func<Transaction, BoltConnection, string?, ValueTask> onClosed) : IAsyncTransaction
{
    private enum State
    {
        Active,
        Failed,
        Committed,
        RolledBack,
    }

    private State _state = State.Active;
    private ResultCursor? _openResult;

    public async Task<IResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        EnsureActive("run a query in");
        await FinishOpenResultAsync(cancellationToken).ConfigureAwait(false);
        EnsureActive("run a query in");
        try
        {
            _openResult = await ResultCursor.RunAsync(
                connection, query, parameters, extra: null, fetchSize, insideTransaction: true, OnResultCompletedAsync, cancellationToken).ConfigureAwait(false);
            return _openResult;
        }
        catch (Exception ex) when (ex is not ArgumentException)
        {
            // Any failure inside a transaction ends it: the server has rolled it back (RESET) or the connection is gone.
            await FailAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async ValueTask OnResultCompletedAsync(ResultCursor cursor)
    {
        if (cursor.Error is not null)
        {
            await FailAsync().ConfigureAwait(false);
        }
    }

    private async ValueTask FinishOpenResultAsync(CancellationToken cancellationToken)
    {
        if (_openResult is { IsCompleted: false } result)
        {
            await result.BufferRemainingAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        EnsureActive("commit");
        await FinishOpenResultAsync(cancellationToken).ConfigureAwait(false);
        EnsureActive("commit");
        await EndAsync(commit: true, cancellationToken).ConfigureAwait(false);
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_state == State.Failed)
        {
            return;
        }

        EnsureActive("roll back");
        if (_openResult is { IsCompleted: false } result)
        {
            await result.ConsumeAsync(cancellationToken).ConfigureAwait(false);
        }

        if (_state == State.Active)
        {
            await EndAsync(commit: false, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task EndAsync(bool commit, CancellationToken cancellationToken)
    {
        string? bookmark = null;
        try
        {
            if (commit)
            {
                connection.Commit();
            }
            else
            {
                connection.Rollback();
            }

            await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < connection.ControlResponses; i++)
            {
                var metadata = await connection.ReadSuccessAsync(cancellationToken, insideTransaction: true).ConfigureAwait(false);
                bookmark ??= metadata.GetValueOrDefault("bookmark") as string;
            }
        }
        catch
        {
            await FailAsync().ConfigureAwait(false);
            throw;
        }

        _state = commit ? State.Committed : State.RolledBack;
        await onClosed(this, connection, bookmark).ConfigureAwait(false);
    }

    private async ValueTask FailAsync()
    {
        if (_state != State.Active)
        {
            return;
        }

        _state = State.Failed;
        await onClosed(this, connection, null).ConfigureAwait(false);
    }

    private void EnsureActive(string action)
    {
        switch (_state)
        {
            case State.Active:
                return;
            case State.Failed:
                throw new ClientException($"Cannot {action} this transaction: it failed earlier and has been rolled back.");
            default:
                throw new ClientException($"Cannot {action} this transaction: it has already been {(_state == State.Committed ? "committed" : "rolled back")}.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_state != State.Active)
        {
            return;
        }

        try
        {
            await RollbackAsync().ConfigureAwait(false);
        }
        catch (Neo4jException)
        {
            // Disposing after an error: the rollback failure adds nothing and the connection is discarded if unusable.
        }
    }
}
