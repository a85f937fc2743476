using System.Buffers.Binary;
using System.Text;

namespace GraphBuilder.Bolt.Internal.PackStream;

/// <summary>Reads PackStream values from one complete message held in a span.</summary>
internal ref struct PackStreamReader(ReadOnlySpan<byte> buffer)
{
    // TINY_INT values are the most common integers on the wire; boxing each once avoids an allocation per value.
    private static readonly object[] BoxedTinyInts = Enumerable.Range(-16, 144).Select(static i => (object)(long)i).ToArray();

    private readonly ReadOnlySpan<byte> _buffer = buffer;
    private int _position;

    public readonly int Position => _position;

    public readonly bool End => _position >= _buffer.Length;

    public byte PeekMarker() => _position < _buffer.Length ? _buffer[_position] : throw Truncated();

    /// <summary>Reads a structure header, returning its field count and tag.</summary>
    public (int FieldCount, byte Tag) ReadStructHeader()
    {
        var marker = ReadByte();
        int fields;
        if ((marker & 0xF0) == Marker.TinyStructBase)
        {
            fields = marker & 0x0F;
        }
        else if (marker == Marker.Struct8)
        {
            fields = ReadByte();
        }
        else if (marker == Marker.Struct16)
        {
            fields = BinaryPrimitives.ReadUInt16BigEndian(Take(2));
        }
        else
        {
            throw new ProtocolException($"Expected a structure but found marker 0x{marker:X2}.");
        }

        return (fields, ReadByte());
    }

    public int ReadMapHeader()
    {
        var marker = ReadByte();
        return (marker & 0xF0) == Marker.TinyMapBase
            ? marker & 0x0F
            : marker switch
            {
                Marker.Map8 => ReadByte(),
                Marker.Map16 => BinaryPrimitives.ReadUInt16BigEndian(Take(2)),
                Marker.Map32 => ReadSize32(),
                _ => throw new ProtocolException($"Expected a map but found marker 0x{marker:X2}."),
            };
    }

    public int ReadListHeader()
    {
        var marker = ReadByte();
        return (marker & 0xF0) == Marker.TinyListBase
            ? marker & 0x0F
            : marker switch
            {
                Marker.List8 => ReadByte(),
                Marker.List16 => BinaryPrimitives.ReadUInt16BigEndian(Take(2)),
                Marker.List32 => ReadSize32(),
                _ => throw new ProtocolException($"Expected a list but found marker 0x{marker:X2}."),
            };
    }

    public Dictionary<string, object?> ReadMap() => ReadMapBody(ReadMapHeader());

    public object?[] ReadListAsArray()
    {
        var count = ReadListHeader();
        var values = count == 0 ? [] : new object?[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = ReadValue();
        }

        return values;
    }

    public object? ReadValue()
    {
        var marker = ReadByte();
        if (marker <= 0x7F || marker >= 0xF0)
        {
            return BoxedTinyInts[unchecked((sbyte)marker) + 16];
        }

        switch (marker & 0xF0)
        {
            case Marker.TinyStringBase: return ReadStringBody(marker & 0x0F);
            case Marker.TinyListBase: return ReadListBody(marker & 0x0F);
            case Marker.TinyMapBase: return ReadMapBody(marker & 0x0F);
            case Marker.TinyStructBase: return ReadStructBody(marker & 0x0F);
        }

        return marker switch
        {
            Marker.Null => null,
            Marker.False => false,
            Marker.True => true,
            Marker.Float64 => BinaryPrimitives.ReadDoubleBigEndian(Take(8)),
            Marker.Int8 => (long)unchecked((sbyte)ReadByte()),
            Marker.Int16 => (long)BinaryPrimitives.ReadInt16BigEndian(Take(2)),
            Marker.Int32 => (long)BinaryPrimitives.ReadInt32BigEndian(Take(4)),
            Marker.Int64 => BinaryPrimitives.ReadInt64BigEndian(Take(8)),
            Marker.Bytes8 => Take(ReadByte()).ToArray(),
            Marker.Bytes16 => Take(BinaryPrimitives.ReadUInt16BigEndian(Take(2))).ToArray(),
            Marker.Bytes32 => Take(ReadSize32()).ToArray(),
            Marker.String8 => ReadStringBody(ReadByte()),
            Marker.String16 => ReadStringBody(BinaryPrimitives.ReadUInt16BigEndian(Take(2))),
            Marker.String32 => ReadStringBody(ReadSize32()),
            Marker.List8 => ReadListBody(ReadByte()),
            Marker.List16 => ReadListBody(BinaryPrimitives.ReadUInt16BigEndian(Take(2))),
            Marker.List32 => ReadListBody(ReadSize32()),
            Marker.Map8 => ReadMapBody(ReadByte()),
            Marker.Map16 => ReadMapBody(BinaryPrimitives.ReadUInt16BigEndian(Take(2))),
            Marker.Map32 => ReadMapBody(ReadSize32()),
            Marker.Struct8 => ReadStructBody(ReadByte()),
            Marker.Struct16 => ReadStructBody(BinaryPrimitives.ReadUInt16BigEndian(Take(2))),
            _ => throw new ProtocolException($"Unknown PackStream marker 0x{marker:X2} at offset {_position - 1}."),
        };
    }

    public string ReadString()
    {
        var value = ReadValue();
        return value as string ?? throw new ProtocolException($"Expected a string but found {value?.GetType().Name ?? "null"}.");
    }

    public long ReadInteger()
    {
        var value = ReadValue();
        return value is long l ? l : throw new ProtocolException($"Expected an integer but found {value?.GetType().Name ?? "null"}.");
    }

    private string ReadStringBody(int length) => length == 0 ? string.Empty : Encoding.UTF8.GetString(Take(length));

    private List<object?> ReadListBody(int count)
    {
        var list = new List<object?>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(ReadValue());
        }

        return list;
    }

    private Dictionary<string, object?> ReadMapBody(int count)
    {
        var map = new Dictionary<string, object?>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = ReadString();
            map[key] = ReadValue();
        }

        return map;
    }

    private object ReadStructBody(int fieldCount)
    {
        var tag = ReadByte();
        var fields = new object?[fieldCount];
        for (var i = 0; i < fieldCount; i++)
        {
            fields[i] = ReadValue();
        }

        return StructureDecoder.Decode(tag, fields);
    }

    private int ReadSize32()
    {
        var size = BinaryPrimitives.ReadInt32BigEndian(Take(4));
        return size >= 0 ? size : throw new ProtocolException($"PackStream size {(uint)size} is too large.");
    }

    private byte ReadByte()
    {
        if (_position >= _buffer.Length)
        {
            throw Truncated();
        }

        return _buffer[_position++];
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _buffer.Length - _position)
        {
            throw Truncated();
        }

        var span = _buffer.Slice(_position, count);
        _position += count;
        return span;
    }

    private static ProtocolException Truncated() => new("PackStream value is truncated.");
}
