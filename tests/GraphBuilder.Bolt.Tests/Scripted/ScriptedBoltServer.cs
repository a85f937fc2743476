using System.Buffers;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using GraphBuilder.Bolt.Internal.PackStream;
using GraphBuilder.Bolt.Internal.Protocol;

namespace GraphBuilder.Bolt.Tests.Scripted;

/// <summary>An in-process Bolt server on 127.0.0.1 that runs a script against each accepted connection,
/// asserting what the client sends and replaying the server side of the specification's exchanges.</summary>
internal sealed class ScriptedBoltServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Task _acceptLoop;
    private readonly List<Task> _scripts = [];
    private readonly CancellationTokenSource _stop = new();

    private readonly X509Certificate2? _certificate;

    /// <param name="certificate">When given, every connection is wrapped in TLS with this server certificate.</param>
    public ScriptedBoltServer(Func<ScriptedConnection, Task> script, X509Certificate2? certificate = null)
    {
        _certificate = certificate;
        _listener.Start();
        _acceptLoop = AcceptAsync(script);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public string Uri => $"bolt://127.0.0.1:{Port}";

    public int ConnectionsAccepted { get; private set; }

    private async Task AcceptAsync(Func<ScriptedConnection, Task> script)
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                ConnectionsAccepted++;
                lock (_scripts)
                {
                    _scripts.Add(RunScriptAsync(client, ConnectionsAccepted, script));
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task RunScriptAsync(TcpClient client, int number, Func<ScriptedConnection, Task> script)
    {
        Stream stream = client.GetStream();
        if (_certificate is not null)
        {
            var ssl = new SslStream(stream);
            await ssl.AuthenticateAsServerAsync(_certificate);
            stream = ssl;
        }

        await using (var connection = new ScriptedConnection(client, stream, number))
        {
            await script(connection);
        }
    }

    /// <summary>Waits for every connection's script to finish, rethrowing the first assertion failure of a script.</summary>
    public async Task CompletedAsync()
    {
        Task[] scripts;
        lock (_scripts)
        {
            scripts = [.. _scripts];
        }

        await Task.WhenAll(scripts).WaitAsync(TimeSpan.FromSeconds(10));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _acceptLoop;
        _stop.Dispose();
    }
}

internal sealed record ClientMessage(byte Tag, object?[] Fields)
{
    public IReadOnlyDictionary<string, object?> Map(int field) => (IReadOnlyDictionary<string, object?>)Fields[field]!;
}

internal sealed class ScriptedConnection(TcpClient client, Stream stream, int number) : IAsyncDisposable
{
    private readonly Stream _stream = stream;
    private readonly ChunkReader _reader = new(stream);
    private readonly ChunkWriter _writer = new();

    public int Number { get; } = number;

    public List<ClientMessage> Received { get; } = [];

    private static CancellationToken Timeout => new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token;

    public async Task<byte[]> ReadHandshakeAsync()
    {
        var handshake = new byte[20];
        Assert.Equal(20, await _reader.ReadRawAsync(handshake, Timeout));
        return handshake;
    }

    public async Task WriteRawAsync(byte[] bytes)
    {
        await _stream.WriteAsync(bytes, Timeout);
        await _stream.FlushAsync();
    }

    /// <summary>Reads the handshake, checks the four proposals and agrees on <paramref name="major"/>.<paramref name="minor"/>.</summary>
    public async Task AcceptVersionAsync(byte major, byte minor)
    {
        var handshake = await ReadHandshakeAsync();
        Assert.Equal(
            new byte[] { 0x60, 0x60, 0xB0, 0x17, 0, 4, 4, 5, 0, 0, 4, 4, 0, 0, 0, 3, 0, 0, 0, 1 },
            handshake);
        await WriteRawAsync([0, 0, minor, major]);
    }

    public async Task<ClientMessage> ReadAsync()
    {
        var message = await _reader.ReadMessageAsync(Timeout);
        var decoded = Decode(message.Span);
        Received.Add(decoded);
        return decoded;
    }

    private static ClientMessage Decode(ReadOnlySpan<byte> span)
    {
        var reader = new PackStreamReader(span);
        var (fieldCount, tag) = reader.ReadStructHeader();
        var fields = new object?[fieldCount];
        for (var i = 0; i < fieldCount; i++)
        {
            fields[i] = reader.ReadValue();
        }

        Assert.True(reader.End, "the message has bytes after its last field");
        return new ClientMessage(tag, fields);
    }

    /// <summary>Reads the next message and asserts its tag (and field count when given).</summary>
    public async Task<ClientMessage> ExpectAsync(byte tag, int? fieldCount = null)
    {
        var message = await ReadAsync();
        Assert.True(tag == message.Tag, $"expected message 0x{tag:X2} but the client sent 0x{message.Tag:X2} ({message.Fields.Length} fields)");
        if (fieldCount is { } count)
        {
            Assert.Equal(count, message.Fields.Length);
        }

        return message;
    }

    public Task SendSuccessAsync(Dictionary<string, object?>? metadata = null) => SendAsync(0x70, metadata ?? new Dictionary<string, object?>());

    public Task SendFailureAsync(string code, string message) =>
        SendAsync(0x7F, new Dictionary<string, object?> { ["code"] = code, ["message"] = message });

    public Task SendIgnoredAsync() => SendAsync(0x7E);

    public Task SendRecordAsync(params object?[] values) => SendAsync(0x71, values.ToList());

    public async Task SendAsync(byte tag, params object?[] fields)
    {
        var packer = new PackStreamWriter(_writer.Message);
        packer.WriteStructHeader(tag, fields.Length);
        foreach (var field in fields)
        {
            packer.WriteValue(field);
        }

        _writer.EndMessage();
        await _writer.FlushAsync(_stream, Timeout);
    }

    /// <summary>Asserts the client closed the connection (after an optional GOODBYE).</summary>
    public async Task ExpectClosedAsync(bool goodbye)
    {
        if (goodbye)
        {
            await ExpectAsync(RequestTag.Goodbye, 0);
        }

        var buffer = new byte[1];
        Assert.Equal(0, await _reader.ReadRawAsync(buffer, Timeout));
    }

    public async ValueTask DisposeAsync()
    {
        _reader.Dispose();
        await _stream.DisposeAsync();
        client.Dispose();
    }
}
