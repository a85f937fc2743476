using System.Runtime.CompilerServices;
using GraphBuilder.Bolt.Internal.Protocol;

namespace GraphBuilder.Bolt.Internal;

/// <summary>Streams the records of one query from its connection, asking for more in batches of the fetch size
/// on Bolt 4+ (PULL {n}) and reading the single PULL_ALL stream before.</summary>
internal sealed class ResultCursor : IResultCursor
{
    private enum State
    {
        Streaming,
        MoreAvailable,
        Completed,
    }

    private readonly BoltConnection _connection;
    private readonly RecordKeys _keys;
    private readonly long _fetchSize;
    private readonly long _queryId;
    private readonly bool _insideTransaction;
    private readonly Func<ResultCursor, ValueTask> _onCompleted;
    private Queue<IRecord>? _buffered;
    private State _state = State.Streaming;
    private ResultSummary? _summary;
    private Exception? _error;
    private bool _enumerated;

    private ResultCursor(BoltConnection connection, RecordKeys keys, long fetchSize, long queryId, bool insideTransaction, Func<ResultCursor, ValueTask> onCompleted)
    {
        _connection = connection;
        _keys = keys;
        _fetchSize = fetchSize;
        _queryId = queryId;
        _insideTransaction = insideTransaction;
        _onCompleted = onCompleted;
    }

    public bool IsCompleted => _state == State.Completed;

    public ResultSummary? Summary => _summary;

    /// <summary>Set when the query failed on the server; inside a transaction this fails the transaction.</summary>
    public Exception? Error => _error;

    /// <summary>Sends RUN with the first PULL pipelined, and waits for the RUN answer so that query errors surface here.</summary>
    public static async Task<ResultCursor> RunAsync(
        BoltConnection connection, string query, IReadOnlyDictionary<string, object?>? parameters, IReadOnlyDictionary<string, object?>? extra,
        long fetchSize, bool insideTransaction, Func<ResultCursor, ValueTask> onCompleted, CancellationToken cancellationToken)
    {
        var batch = connection.SupportsPullN ? fetchSize : -1;
        connection.Run(query, parameters, extra);
        connection.Pull(batch, -1);
        await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
        var metadata = await connection.ReadSuccessAsync(cancellationToken, insideTransaction).ConfigureAwait(false);
        var fields = metadata.GetValueOrDefault("fields") as List<object?> ?? [];
        var names = new string[fields.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = (string)fields[i]!;
        }

        var queryId = metadata.GetValueOrDefault("qid") is long qid ? qid : -1;
        return new ResultCursor(connection, new RecordKeys(names), batch, queryId, insideTransaction, onCompleted);
    }

    public Task<IReadOnlyList<string>> KeysAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>(_keys.Names);

    /// <summary>Returns the next record, or null once the result is exhausted.</summary>
    public async ValueTask<IRecord?> NextAsync(CancellationToken cancellationToken)
    {
        if (_buffered is { Count: > 0 })
        {
            return _buffered.Dequeue();
        }

        return await ReadNextAsync(cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<IRecord?> ReadNextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            switch (_state)
            {
                case State.Completed:
                    return _error is null ? null : throw _error;
                case State.MoreAvailable:
                    await RequestAsync(discard: false, cancellationToken).ConfigureAwait(false);
                    break;
            }

            var response = await ReadAsync(cancellationToken).ConfigureAwait(false);
            if (response.Kind == ResponseKind.Record)
            {
                return new Record(_keys, response.Fields!);
            }

            await HandleEndOfBatchAsync(response, cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask RequestAsync(bool discard, CancellationToken cancellationToken)
    {
        if (discard)
        {
            _connection.Discard(_queryId);
        }
        else
        {
            _connection.Pull(_fetchSize, _queryId);
        }

        _state = State.Streaming;
        try
        {
            await _connection.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            await CompleteAsync(null, ex).ConfigureAwait(false);
            throw;
        }
    }

    private async ValueTask<Response> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _connection.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            await CompleteAsync(null, ex).ConfigureAwait(false);
            throw;
        }
    }

    private async ValueTask HandleEndOfBatchAsync(Response response, CancellationToken cancellationToken)
    {
        switch (response.Kind)
        {
            case ResponseKind.Success when response.MetadataOrEmpty.GetValueOrDefault("has_more") is true:
                _state = State.MoreAvailable;
                break;
            case ResponseKind.Success:
                await CompleteAsync(new ResultSummary(response.MetadataOrEmpty, _connection.ServerInfo), null).ConfigureAwait(false);
                break;
            case ResponseKind.Failure:
                var error = Failures.ToException(response.Metadata);
                await _connection.RecoverAsync(_insideTransaction, cancellationToken, failedWhileStreaming: true).ConfigureAwait(false);
                await CompleteAsync(null, error).ConfigureAwait(false);
                throw error;
            default:
                var ignored = new ClientException("The server ignored the request because the connection was reset or failed earlier.");
                await CompleteAsync(null, ignored).ConfigureAwait(false);
                throw ignored;
        }
    }

    private async ValueTask CompleteAsync(ResultSummary? summary, Exception? error)
    {
        if (_state == State.Completed)
        {
            return;
        }

        _state = State.Completed;
        _summary = summary;
        _error = error;
        await _onCompleted(this).ConfigureAwait(false);
    }

    public async Task<IResultSummary> ConsumeAsync(CancellationToken cancellationToken = default)
    {
        _buffered?.Clear();
        while (_state != State.Completed)
        {
            if (_state == State.MoreAvailable)
            {
                await RequestAsync(discard: true, cancellationToken).ConfigureAwait(false);
            }

            var response = await ReadAsync(cancellationToken).ConfigureAwait(false);
            if (response.Kind != ResponseKind.Record)
            {
                await HandleEndOfBatchAsync(response, cancellationToken).ConfigureAwait(false);
            }
        }

        return _summary ?? throw _error!;
    }

    /// <summary>Reads the rest of the result into memory so the connection can serve the next request.</summary>
    public async ValueTask BufferRemainingAsync(CancellationToken cancellationToken)
    {
        _buffered ??= new Queue<IRecord>();
        while (await ReadNextAsync(cancellationToken).ConfigureAwait(false) is { } record)
        {
            _buffered.Enqueue(record);
        }
    }

    public async Task<List<IRecord>> ToListAsync(CancellationToken cancellationToken = default)
    {
        var records = new List<IRecord>();
        while (await NextAsync(cancellationToken).ConfigureAwait(false) is { } record)
        {
            records.Add(record);
        }

        return records;
    }

    public async Task<IRecord> SingleAsync(CancellationToken cancellationToken = default)
    {
        var first = await NextAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The result is empty; expected exactly one record.");
        if (await NextAsync(cancellationToken).ConfigureAwait(false) is not null)
        {
            await ConsumeAsync(cancellationToken).ConfigureAwait(false);
            throw new InvalidOperationException("The result has more than one record; expected exactly one.");
        }

        return first;
    }

    public IAsyncEnumerator<IRecord> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (_enumerated)
        {
            throw new InvalidOperationException("A result can be enumerated only once.");
        }

        _enumerated = true;
        return Enumerate(cancellationToken).GetAsyncEnumerator(cancellationToken);
    }

    private async IAsyncEnumerable<IRecord> Enumerate([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await NextAsync(cancellationToken).ConfigureAwait(false) is { } record)
        {
            yield return record;
        }
    }
}
