using System.Buffers;
using System.Buffers.Binary;

namespace GraphBuilder.Bolt.Internal.Protocol;

/// <summary>Bolt message framing: each message is sent as chunks of at most 65535 bytes, each prefixed with its
/// big-endian size, followed by a 0x0000 end marker.</summary>
internal sealed class ChunkWriter : IBufferWriter<byte>
{
    public const int MaxChunkSize = ushort.MaxValue;
    private const int ShrinkAbove = 1 << 20;

    private ArrayBufferWriter<byte> _message = new(1024);
    private ArrayBufferWriter<byte> _outgoing = new(4096);

    /// <summary>Where the current message body is packed. The writer itself, because the buffer behind it is replaced
    /// after an unusually large message so that its memory is not held for the life of the connection.</summary>
    public IBufferWriter<byte> Message => this;

    public void Advance(int count) => _message.Advance(count);

    public Memory<byte> GetMemory(int sizeHint = 0) => _message.GetMemory(sizeHint);

    public Span<byte> GetSpan(int sizeHint = 0) => _message.GetSpan(sizeHint);

    public bool HasPendingData => _outgoing.WrittenCount > 0;

    /// <summary>Bytes packed so far for the current message.</summary>
    public int MessageLength => _message.WrittenCount;

    /// <summary>Frames the packed message into the outgoing buffer.</summary>
    public void EndMessage()
    {
        var body = _message.WrittenSpan;
        while (!body.IsEmpty)
        {
            var size = Math.Min(body.Length, MaxChunkSize);
            var span = _outgoing.GetSpan(2 + size);
            BinaryPrimitives.WriteUInt16BigEndian(span, (ushort)size);
            body[..size].CopyTo(span[2..]);
            _outgoing.Advance(2 + size);
            body = body[size..];
        }

        _outgoing.GetSpan(2)[..2].Clear();
        _outgoing.Advance(2);
        if (_message.Capacity > ShrinkAbove)
        {
            _message = new ArrayBufferWriter<byte>(1024);
        }
        else
        {
            _message.ResetWrittenCount();
        }
    }

    public async ValueTask FlushAsync(Stream stream, CancellationToken cancellationToken)
    {
        if (_outgoing.WrittenCount == 0)
        {
            return;
        }

        await stream.WriteAsync(_outgoing.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        if (_outgoing.Capacity > ShrinkAbove)
        {
            _outgoing = new ArrayBufferWriter<byte>(4096);
        }
        else
        {
            _outgoing.ResetWrittenCount();
        }
    }

    public void DiscardMessage() => _message.ResetWrittenCount();

    /// <summary>Drops framed but unsent messages (after a failed write the connection is discarded anyway).</summary>
    public void Clear()
    {
        _message.ResetWrittenCount();
        _outgoing.ResetWrittenCount();
    }
}

/// <summary>Reassembles chunked Bolt messages from a stream; NOOP chunks (a lone 0x0000 between messages) are skipped.</summary>
internal sealed class ChunkReader(Stream stream) : IDisposable
{
    private readonly byte[] _input = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private int _inputStart;
    private int _inputEnd;
    private byte[] _message = ArrayPool<byte>.Shared.Rent(64 * 1024);

    /// <summary>Reads the next whole message; the memory is valid until the next call.</summary>
    public async ValueTask<ReadOnlyMemory<byte>> ReadMessageAsync(CancellationToken cancellationToken)
    {
        var length = 0;
        while (true)
        {
            if (_inputEnd - _inputStart < 2)
            {
                await FillAsync(2, cancellationToken).ConfigureAwait(false);
            }

            int chunkSize = BinaryPrimitives.ReadUInt16BigEndian(_input.AsSpan(_inputStart));
            _inputStart += 2;
            if (chunkSize == 0)
            {
                if (length == 0)
                {
                    continue;
                }

                return _message.AsMemory(0, length);
            }

            EnsureMessageCapacity(length + chunkSize);
            while (chunkSize > 0)
            {
                if (_inputEnd == _inputStart)
                {
                    await FillAsync(1, cancellationToken).ConfigureAwait(false);
                }

                var count = Math.Min(chunkSize, _inputEnd - _inputStart);
                _input.AsSpan(_inputStart, count).CopyTo(_message.AsSpan(length));
                _inputStart += count;
                length += count;
                chunkSize -= count;
            }
        }
    }

    /// <summary>Reads exactly <paramref name="destination"/>.Length raw bytes (used by the handshake).</summary>
    public async ValueTask<int> ReadRawAsync(Memory<byte> destination, CancellationToken cancellationToken)
    {
        var read = 0;
        while (read < destination.Length)
        {
            if (_inputEnd == _inputStart && !await TryFillAsync(cancellationToken).ConfigureAwait(false))
            {
                return read;
            }

            var count = Math.Min(destination.Length - read, _inputEnd - _inputStart);
            _input.AsMemory(_inputStart, count).CopyTo(destination[read..]);
            _inputStart += count;
            read += count;
        }

        return read;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_input);
        ArrayPool<byte>.Shared.Return(_message);
    }

    private void EnsureMessageCapacity(int required)
    {
        if (required <= _message.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(required, _message.Length * 2));
        _message.AsSpan().CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_message);
        _message = larger;
    }

    private async ValueTask FillAsync(int minimum, CancellationToken cancellationToken)
    {
        while (_inputEnd - _inputStart < minimum)
        {
            if (!await TryFillAsync(cancellationToken).ConfigureAwait(false))
            {
                throw new EndOfStreamException("The server closed the connection.");
            }
        }
    }

    private async ValueTask<bool> TryFillAsync(CancellationToken cancellationToken)
    {
        if (_inputStart > 0)
        {
            _input.AsSpan(_inputStart, _inputEnd - _inputStart).CopyTo(_input);
            _inputEnd -= _inputStart;
            _inputStart = 0;
        }

        var read = await stream.ReadAsync(_input.AsMemory(_inputEnd), cancellationToken).ConfigureAwait(false);
        _inputEnd += read;
        return read > 0;
    }
}
