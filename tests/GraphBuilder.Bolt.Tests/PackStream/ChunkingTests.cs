using System.Buffers;
using System.Buffers.Binary;
using GraphBuilder.Bolt.Internal.Protocol;

namespace GraphBuilder.Bolt.Tests.PackStream;

public sealed class ChunkingTests
{
    [Fact]
    public async Task A_message_larger_than_one_chunk_is_split_at_65535_bytes_and_reassembled()
    {
        var body = Enumerable.Range(0, 150_000).Select(i => (byte)(i * 31)).ToArray();
        var writer = new ChunkWriter();
        writer.Message.Write<byte>(body);
        writer.EndMessage();
        writer.Message.Write<byte>([0xB0, 0x0F]);
        writer.EndMessage();
        using var stream = new MemoryStream();
        await writer.FlushAsync(stream, CancellationToken.None);
        var wire = stream.ToArray();

        // 65535 + 65535 + 18930, end marker, then the two-byte message and its end marker.
        Assert.Equal(65535, BinaryPrimitives.ReadUInt16BigEndian(wire));
        Assert.Equal(65535, BinaryPrimitives.ReadUInt16BigEndian(wire.AsSpan(2 + 65535)));
        Assert.Equal(150_000 - 2 * 65535, BinaryPrimitives.ReadUInt16BigEndian(wire.AsSpan(4 + 2 * 65535)));
        Assert.Equal(0, BinaryPrimitives.ReadUInt16BigEndian(wire.AsSpan(6 + 150_000)));
        Assert.Equal(new byte[] { 0x00, 0x02, 0xB0, 0x0F, 0x00, 0x00 }, wire[(8 + 150_000)..]);

        stream.Position = 0;
        using var reader = new ChunkReader(new TrickleStream(stream, 1000));
        Assert.Equal(body, (await reader.ReadMessageAsync(CancellationToken.None)).ToArray());
        Assert.Equal(new byte[] { 0xB0, 0x0F }, (await reader.ReadMessageAsync(CancellationToken.None)).ToArray());
    }

    [Fact]
    public async Task Messages_after_a_very_large_one_are_framed_from_the_same_writer()
    {
        var writer = new ChunkWriter();
        var message = writer.Message;
        message.Write<byte>(new byte[2_000_000]);
        writer.EndMessage();
        using (var sink = new MemoryStream())
        {
            await writer.FlushAsync(sink, CancellationToken.None);
        }

        message.Write<byte>([0xB0, 0x0F]);
        writer.EndMessage();
        using var stream = new MemoryStream();
        await writer.FlushAsync(stream, CancellationToken.None);
        Assert.Equal(new byte[] { 0x00, 0x02, 0xB0, 0x0F, 0x00, 0x00 }, stream.ToArray());
    }

    [Fact]
    public async Task Noop_chunks_between_messages_are_skipped()
    {
        using var stream = new MemoryStream([0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0xB0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0xC0, 0x00, 0x00]);
        using var reader = new ChunkReader(new TrickleStream(stream, 1));
        Assert.Equal(new byte[] { 0xB0 }, (await reader.ReadMessageAsync(CancellationToken.None)).ToArray());
        Assert.Equal(new byte[] { 0xC0 }, (await reader.ReadMessageAsync(CancellationToken.None)).ToArray());
        await Assert.ThrowsAsync<EndOfStreamException>(() => reader.ReadMessageAsync(CancellationToken.None).AsTask());
    }

    /// <summary>Returns at most a few bytes per read, like a slow network.</summary>
    private sealed class TrickleStream(Stream inner, int maxRead) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, maxRead));
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(buffer[..Math.Min(buffer.Length, maxRead)], cancellationToken);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
