using System.Buffers.Binary;
using System.Diagnostics;
using System.Net.Security;
using System.Net.Sockets;
using GraphBuilder.Bolt.Internal.PackStream;

namespace GraphBuilder.Bolt.Internal.Protocol;

/// <summary>One Bolt connection: handshake, authentication, and the version-specific request encodings.
/// Requests are buffered and sent on <see cref="FlushAsync"/>; responses are read in order.</summary>
internal sealed class BoltConnection : IAsyncDisposable
{
    private static readonly byte[] Handshake =
    [
        0x60, 0x60, 0xB0, 0x17,
        0x00, 0x04, 0x04, 0x05, // 5.4 down to 5.0
        0x00, 0x00, 0x04, 0x04, // 4.4
        0x00, 0x00, 0x00, 0x03, // 3.0
        0x00, 0x00, 0x00, 0x01, // 1.0
    ];

    private readonly TcpClient _tcp;
    private readonly Stream _stream;
    private readonly ChunkReader _reader;
    private readonly ChunkWriter _writer = new();
    private readonly PackStreamWriter _packer;
    private int _pendingResponses;
    private int _maxRunMessageSize;
    private bool _disposed;

    private BoltConnection(TcpClient tcp, Stream stream, ServerAddress address)
    {
        _tcp = tcp;
        _stream = stream;
        Address = address;
        _reader = new ChunkReader(stream);
        _packer = new PackStreamWriter(_writer.Message);
        ServerInfo = new ServerInfo(address.ToString(), "Neo4j/unknown", new Version(0, 0));
    }

    public ServerAddress Address { get; }

    public Version Version { get; private set; } = new(0, 0);

    public ServerInfo ServerInfo { get; private set; }

    /// <summary>Set when the connection can no longer be trusted (I/O error, protocol violation, cancellation mid-exchange).</summary>
    public bool IsBroken { get; private set; }

    public long LastUsedTimestamp { get; private set; } = Stopwatch.GetTimestamp();

    public bool SupportsPullN => Version.Major >= 4;

    private bool IsV1 => Version.Major == 1;

    public static async Task<BoltConnection> OpenAsync(ServerAddress address, IAuthToken authToken, DriverOptions options, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ConnectionTimeout);
        var tcp = new TcpClient { NoDelay = true };
        BoltConnection? connection = null;
        try
        {
            try
            {
                await tcp.ConnectAsync(address.Host, address.Port, timeout.Token).ConfigureAwait(false);
            }
            catch (SocketException ex)
            {
                throw new ServiceUnavailableException($"Cannot connect to {address}: {ex.Message}", ex);
            }

            Stream stream = tcp.GetStream();
            if (address.Tls != TlsMode.None)
            {
                var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
                var sslOptions = new SslClientAuthenticationOptions { TargetHost = address.Host };
                if (address.Tls == TlsMode.AnyCertificate)
                {
                    sslOptions.RemoteCertificateValidationCallback = static (_, _, _, _) => true;
                }

                stream = ssl;
                try
                {
                    await ssl.AuthenticateAsClientAsync(sslOptions, timeout.Token).ConfigureAwait(false);
                }
                catch (System.Security.Authentication.AuthenticationException ex)
                {
                    // Not retriable: an untrusted certificate will not become trusted by trying again.
                    throw new ClientException($"TLS handshake with {address} failed ({ex.Message}); use bolt+ssc:// or neo4j+ssc:// to accept self-signed certificates.", ex);
                }
            }

            connection = new BoltConnection(tcp, stream, address);
            await connection.NegotiateVersionAsync(timeout.Token).ConfigureAwait(false);
            await connection.AuthenticateAsync(authToken, options.UserAgent, timeout.Token).ConfigureAwait(false);
            return connection;
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            await DisposeQuietly(connection, tcp).ConfigureAwait(false);
            throw new ServiceUnavailableException($"Timed out after {options.ConnectionTimeout} connecting to {address}.", ex);
        }
        catch (IOException ex)
        {
            await DisposeQuietly(connection, tcp).ConfigureAwait(false);
            throw new ServiceUnavailableException($"Connection to {address} failed: {ex.Message}", ex);
        }
        catch
        {
            await DisposeQuietly(connection, tcp).ConfigureAwait(false);
            throw;
        }
    }

    private static async ValueTask DisposeQuietly(BoltConnection? connection, TcpClient tcp)
    {
        if (connection is not null)
        {
            connection.IsBroken = true;
            await connection.DisposeAsync().ConfigureAwait(false);
        }
        else
        {
            tcp.Dispose();
        }
    }

    private async Task NegotiateVersionAsync(CancellationToken cancellationToken)
    {
        await _stream.WriteAsync(Handshake, cancellationToken).ConfigureAwait(false);
        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        var answer = new byte[4];
        var read = await _reader.ReadRawAsync(answer, cancellationToken).ConfigureAwait(false);
        if (read >= 4 && answer.AsSpan().SequenceEqual("HTTP"u8))
        {
            throw new ProtocolException($"Server at {Address} answered with HTTP: this is an HTTP port, not a Bolt port (Neo4j's Bolt port is usually 7687).");
        }

        if (read < 4)
        {
            throw new ServiceUnavailableException($"Server at {Address} closed the connection during the Bolt handshake.");
        }

        var version = BinaryPrimitives.ReadUInt32BigEndian(answer);
        if (version == 0)
        {
            throw new ProtocolException($"Server at {Address} supports none of the proposed Bolt versions (5.0-5.4, 4.4, 3, 1).");
        }

        Version = new Version(answer[3], answer[2]);
        if (Version is not ({ Major: 1 or 3, Minor: 0 } or { Major: 4, Minor: 4 } or { Major: 5, Minor: <= 4 }))
        {
            throw new ProtocolException($"Server at {Address} chose Bolt {Version}, which was not proposed.");
        }

        _packer.UtcDateTime = Version.Major >= 5;
        ServerInfo = new ServerInfo(Address.ToString(), ServerInfo.Agent, Version);
    }

    private async Task AuthenticateAsync(IAuthToken authToken, string userAgent, CancellationToken cancellationToken)
    {
        var logonSeparately = Version >= new Version(5, 1);
        if (IsV1)
        {
            BeginRequest(RequestTag.Init, 2);
            _packer.WriteString(userAgent);
            _packer.WriteMap(authToken.Content);
        }
        else
        {
            var hello = new Dictionary<string, object?> { ["user_agent"] = userAgent };
            if (Version.Major >= 4)
            {
                // Bolt 4.1+: null asks the server not to route; neo4j:// passes the address it was given.
                hello["routing"] = Address.Routed ? new Dictionary<string, object?> { ["address"] = Address.ToString() } : null;
            }

            if (Version.Major == 4)
            {
                // Bolt 4.3/4.4 servers may agree to send (and accept) the UTC-based DateTime structures of Bolt 5.
                hello["patch_bolt"] = new List<object?> { "utc" };
            }

            if (Version >= new Version(5, 3))
            {
                hello["bolt_agent"] = new Dictionary<string, object?>
                {
                    ["product"] = userAgent,
                    ["platform"] = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
                    ["language"] = "C#/" + Environment.Version,
                };
            }

            if (!logonSeparately)
            {
                foreach (var (key, value) in authToken.Content)
                {
                    hello[key] = value;
                }
            }

            BeginRequest(RequestTag.Init, 1);
            _packer.WriteMap(hello);
        }

        EndRequest();
        if (logonSeparately)
        {
            BeginRequest(RequestTag.Logon, 1);
            _packer.WriteMap(authToken.Content);
            EndRequest();
        }

        await FlushAsync(cancellationToken).ConfigureAwait(false);
        var metadata = await ReadSuccessAsync(cancellationToken).ConfigureAwait(false);
        if (logonSeparately)
        {
            await ReadSuccessAsync(cancellationToken).ConfigureAwait(false);
        }

        if (metadata.GetValueOrDefault("patch_bolt") is List<object?> patches && patches.Contains("utc"))
        {
            _packer.UtcDateTime = true;
        }

        var agent = metadata.GetValueOrDefault("server") as string ?? (IsV1 ? "Neo4j/3.x" : "Neo4j/unknown");
        ServerInfo = new ServerInfo(Address.ToString(), agent, Version);
        _packer.SupportsBytes = !IsV1 || ServerVersion(agent) >= new Version(3, 2);

        // Measured against Neo4j 3.1.1: a RUN of 1,034,014 bytes (one string parameter) or 1,048,575 bytes (a list) is
        // the largest accepted; beyond that the server drops the connection, which would look like a retriable outage.
        _maxRunMessageSize = IsV1 && ServerVersion(agent) < new Version(3, 2) ? 1_000_000 : 0;
        _packer.SupportsTemporalAndSpatial = !IsV1;
    }

    /// <summary>The version in an agent string such as "Neo4j/3.1.1"; 0.0 when there is none (Neo4j 3.0 sends none).</summary>
    internal static Version ServerVersion(string agent)
    {
        var slash = agent.IndexOf('/', StringComparison.Ordinal);
        var text = slash < 0 ? string.Empty : agent[(slash + 1)..];
        var end = 0;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == '.'))
        {
            end++;
        }

        return Version.TryParse(text[..end].Trim('.'), out var version) ? version : new Version(0, 0);
    }

    public void Run(string query, IReadOnlyDictionary<string, object?>? parameters, IReadOnlyDictionary<string, object?>? extra)
    {
        BeginRequest(RequestTag.Run, IsV1 ? 2 : 3);
        try
        {
            _packer.WriteString(query);
            _packer.WriteMap(parameters);
            if (!IsV1)
            {
                _packer.WriteMap(extra);
            }
        }
        catch (ArgumentException)
        {
            // A parameter of an unsupported type: nothing was sent, so the connection stays usable.
            _writer.DiscardMessage();
            throw;
        }

        if (_maxRunMessageSize > 0 && _writer.MessageLength > _maxRunMessageSize)
        {
            var size = _writer.MessageLength;
            _writer.DiscardMessage();
            throw new ArgumentException(
                $"The query and its parameters take {size:N0} bytes; {ServerInfo.Agent} closes the connection on messages over about 1 MB. Send smaller batches.",
                nameof(parameters));
        }

        EndRequest();
    }

    /// <summary>PULL {n, qid} on Bolt 4+, PULL_ALL before.</summary>
    public void Pull(long n, long qid) => PullOrDiscard(RequestTag.Pull, n, qid);

    /// <summary>DISCARD {n, qid} on Bolt 4+, DISCARD_ALL before.</summary>
    public void Discard(long qid) => PullOrDiscard(RequestTag.Discard, -1, qid);

    private void PullOrDiscard(byte tag, long n, long qid)
    {
        if (!SupportsPullN)
        {
            BeginRequest(tag, 0);
        }
        else
        {
            BeginRequest(tag, 1);
            _packer.WriteMapHeader(qid == -1 ? 1 : 2);
            _packer.WriteString("n");
            _packer.WriteInteger(n);
            if (qid != -1)
            {
                _packer.WriteString("qid");
                _packer.WriteInteger(qid);
            }
        }

        EndRequest();
    }

    /// <summary>BEGIN on Bolt 3+, RUN "BEGIN" + PULL_ALL on Bolt 1.</summary>
    public void Begin(IReadOnlyDictionary<string, object?>? extra)
    {
        if (IsV1)
        {
            RunStatement("BEGIN");
            return;
        }

        BeginRequest(RequestTag.Begin, 1);
        _packer.WriteMap(extra);
        EndRequest();
    }

    public void Commit() => TransactionControl(RequestTag.Commit, "COMMIT");

    public void Rollback() => TransactionControl(RequestTag.Rollback, "ROLLBACK");

    /// <summary>Number of responses (SUCCESS/IGNORED/FAILURE) a transaction control request produces.</summary>
    public int ControlResponses => IsV1 ? 2 : 1;

    private void TransactionControl(byte tag, string statement)
    {
        if (IsV1)
        {
            RunStatement(statement);
            return;
        }

        BeginRequest(tag, 0);
        EndRequest();
    }

    private void RunStatement(string statement)
    {
        Run(statement, null, null);
        Pull(-1, -1);
    }

    public void Reset()
    {
        BeginRequest(RequestTag.Reset, 0);
        EndRequest();
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _writer.FlushAsync(_stream, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            IsBroken = true;
            throw;
        }
        catch (Exception ex)
        {
            throw Broken(ex);
        }
    }

    /// <summary>Reads the next response. SUCCESS, IGNORED and FAILURE each answer one request.</summary>
    public async ValueTask<Response> ReadAsync(CancellationToken cancellationToken)
    {
        ReadOnlyMemory<byte> message;
        try
        {
            message = await _reader.ReadMessageAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Cancelled halfway through an exchange: the rest of the response is still on the wire.
            IsBroken = true;
            throw;
        }
        catch (Exception ex)
        {
            throw Broken(ex);
        }

        Response response;
        try
        {
            response = Decode(message.Span);
        }
        catch (Exception ex)
        {
            throw Broken(ex);
        }

        if (response.Kind != ResponseKind.Record)
        {
            _pendingResponses--;
        }

        LastUsedTimestamp = Stopwatch.GetTimestamp();
        return response;
    }

    private static Response Decode(ReadOnlySpan<byte> message)
    {
        var reader = new PackStreamReader(message);
        var (fieldCount, tag) = reader.ReadStructHeader();
        switch ((ResponseKind)tag)
        {
            case ResponseKind.Record when fieldCount == 1:
                return new Response(ResponseKind.Record, null, reader.ReadListAsArray());
            case ResponseKind.Success or ResponseKind.Failure when fieldCount == 1:
                return new Response((ResponseKind)tag, reader.ReadMap(), null);
            case ResponseKind.Ignored:
                return new Response(ResponseKind.Ignored, null, null);
            default:
                throw new ProtocolException($"Unexpected response message 0x{tag:X2} with {fieldCount} fields.");
        }
    }

    /// <summary>Reads one response that must be SUCCESS; a FAILURE is raised after the connection is recovered.</summary>
    public async ValueTask<Dictionary<string, object?>> ReadSuccessAsync(CancellationToken cancellationToken, bool insideTransaction = false)
    {
        var response = await ReadAsync(cancellationToken).ConfigureAwait(false);
        switch (response.Kind)
        {
            case ResponseKind.Success:
                return response.MetadataOrEmpty;
            case ResponseKind.Failure:
                var error = Failures.ToException(response.Metadata);
                await RecoverAsync(insideTransaction, cancellationToken).ConfigureAwait(false);
                throw error;
            default:
                throw Broken(new ProtocolException($"Expected SUCCESS but received {response.Kind}."));
        }
    }

    /// <summary>After a FAILURE: reads the IGNORED answers to requests already sent, then clears the failure with
    /// ACK_FAILURE (Bolt 1 outside a transaction) or RESET, leaving the connection ready for reuse.</summary>
    /// <remarks>Neo4j 3.1 leaves the implicit transaction of a query that failed while streaming half-closed, and fails
    /// the next RUN with "Transaction rolled back even if marked as successful"; a RESET after the ACK_FAILURE clears it.</remarks>
    public async ValueTask RecoverAsync(bool insideTransaction, CancellationToken cancellationToken, bool failedWhileStreaming = false)
    {
        if (IsBroken)
        {
            return;
        }

        try
        {
            await DrainAsync(cancellationToken).ConfigureAwait(false);
            var requests = 1;
            if (IsV1 && !insideTransaction)
            {
                BeginRequest(RequestTag.AckFailure, 0);
                EndRequest();
                if (failedWhileStreaming)
                {
                    Reset();
                    requests++;
                }
            }
            else
            {
                Reset();
            }

            await FlushAsync(cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < requests; i++)
            {
                var response = await ReadAsync(cancellationToken).ConfigureAwait(false);
                if (response.Kind != ResponseKind.Success)
                {
                    throw new ProtocolException($"Server answered {response.Kind} to the failure acknowledgement.");
                }
            }
        }
        catch (Exception ex) when (ex is Neo4jException or OperationCanceledException)
        {
            // The original failure is what the caller reports; this connection just will not be reused.
            IsBroken = true;
        }
    }

    /// <summary>Reads and discards responses until every request sent so far is answered.</summary>
    public async ValueTask DrainAsync(CancellationToken cancellationToken)
    {
        while (_pendingResponses > 0)
        {
            await ReadAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A RESET round trip: true when the server answers SUCCESS.</summary>
    public async Task<bool> CheckLivenessAsync(CancellationToken cancellationToken)
    {
        try
        {
            Reset();
            await FlushAsync(cancellationToken).ConfigureAwait(false);
            var response = await ReadAsync(cancellationToken).ConfigureAwait(false);
            return response.Kind == ResponseKind.Success;
        }
        catch (Neo4jException)
        {
            IsBroken = true;
            return false;
        }
    }

    /// <summary>True when an idle connection has been closed by the server (e.g. it restarted): the socket reads as
    /// ready although no response is due. A cheap, non-blocking check made before every reuse.</summary>
    public bool IsClosedByPeer
    {
        get
        {
            try
            {
                return _tcp.Client.Poll(0, SelectMode.SelectRead);
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
            {
                return true;
            }
        }
    }

    /// <summary>Marks the connection unusable (e.g. an operation was cancelled halfway through an exchange).</summary>
    public void MarkBroken() => IsBroken = true;

    public bool IsIdle => _pendingResponses == 0 && !_writer.HasPendingData;

    private void BeginRequest(byte tag, int fieldCount) => _packer.WriteStructHeader(tag, fieldCount);

    private void EndRequest()
    {
        _writer.EndMessage();
        _pendingResponses++;
    }

    private Neo4jException Broken(Exception ex)
    {
        IsBroken = true;
        return ex as Neo4jException ?? new ServiceUnavailableException($"Connection to {Address} was lost: {ex.Message}", ex);
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!IsBroken && Version.Major >= 3)
        {
            try
            {
                _writer.Clear();
                BeginRequest(RequestTag.Goodbye, 0);
                EndRequest();
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await _writer.FlushAsync(_stream, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
            {
                // The server may already be gone; closing the socket is all that is left to do.
            }
        }

        await _stream.DisposeAsync().ConfigureAwait(false);
        _tcp.Dispose();
        _reader.Dispose();
    }
}
