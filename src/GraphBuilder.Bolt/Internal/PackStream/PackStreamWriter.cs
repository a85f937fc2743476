using System.Buffers;
using System.Buffers.Binary;
using System.Collections;
using System.Text;

namespace GraphBuilder.Bolt.Internal.PackStream;

/// <summary>Writes PackStream values to an <see cref="IBufferWriter{T}"/>, choosing the smallest encoding for each.</summary>
internal sealed class PackStreamWriter(IBufferWriter<byte> output)
{
    /// <summary>Bolt 5+ encodes DateTimeOffset as the UTC-based 'I' structure instead of the legacy 'F'.</summary>
    public bool UtcDateTime { get; set; }

    public IBufferWriter<byte> Output { get; } = output;

    /// <summary>Neo4j before 3.2 drops the connection on a byte array, so the client refuses to send one.</summary>
    public bool SupportsBytes { get; set; } = true;

    /// <summary>Temporal and spatial structures exist from Bolt 2 (Neo4j 3.4); a Bolt 1 server drops the connection on them.</summary>
    public bool SupportsTemporalAndSpatial { get; set; } = true;

    public void WriteNull() => WriteByte(Marker.Null);

    public void WriteBoolean(bool value) => WriteByte(value ? Marker.True : Marker.False);

    public void WriteInteger(long value)
    {
        if (value is >= -16 and <= 127)
        {
            WriteByte(unchecked((byte)value));
        }
        else if (value is >= sbyte.MinValue and <= sbyte.MaxValue)
        {
            var span = Output.GetSpan(2);
            span[0] = Marker.Int8;
            span[1] = unchecked((byte)value);
            Output.Advance(2);
        }
        else if (value is >= short.MinValue and <= short.MaxValue)
        {
            var span = Output.GetSpan(3);
            span[0] = Marker.Int16;
            BinaryPrimitives.WriteInt16BigEndian(span[1..], (short)value);
            Output.Advance(3);
        }
        else if (value is >= int.MinValue and <= int.MaxValue)
        {
            var span = Output.GetSpan(5);
            span[0] = Marker.Int32;
            BinaryPrimitives.WriteInt32BigEndian(span[1..], (int)value);
            Output.Advance(5);
        }
        else
        {
            var span = Output.GetSpan(9);
            span[0] = Marker.Int64;
            BinaryPrimitives.WriteInt64BigEndian(span[1..], value);
            Output.Advance(9);
        }
    }

    public void WriteFloat(double value)
    {
        var span = Output.GetSpan(9);
        span[0] = Marker.Float64;
        BinaryPrimitives.WriteDoubleBigEndian(span[1..], value);
        Output.Advance(9);
    }

    public void WriteString(string value) => WriteString(value.AsSpan());

    public void WriteString(ReadOnlySpan<char> value)
    {
        var byteCount = Encoding.UTF8.GetByteCount(value);
        WriteHeader(byteCount, Marker.TinyStringBase, Marker.String8, Marker.String16, Marker.String32);
        var span = Output.GetSpan(byteCount);
        Output.Advance(Encoding.UTF8.GetBytes(value, span));
    }

    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        if (!SupportsBytes)
        {
            throw new ArgumentException("Byte arrays cannot be sent to this server: Neo4j supports them from version 3.2.", nameof(value));
        }

        if (value.Length <= byte.MaxValue)
        {
            WriteMarkerAndSize(Marker.Bytes8, 1, value.Length);
        }
        else if (value.Length <= ushort.MaxValue)
        {
            WriteMarkerAndSize(Marker.Bytes16, 2, value.Length);
        }
        else
        {
            WriteMarkerAndSize(Marker.Bytes32, 4, value.Length);
        }

        Output.Write(value);
    }

    public void WriteListHeader(int count) => WriteHeader(count, Marker.TinyListBase, Marker.List8, Marker.List16, Marker.List32);

    public void WriteMapHeader(int count) => WriteHeader(count, Marker.TinyMapBase, Marker.Map8, Marker.Map16, Marker.Map32);

    public void WriteStructHeader(byte tag, int fieldCount)
    {
        var span = Output.GetSpan(4);
        int length;
        if (fieldCount <= 15)
        {
            span[0] = (byte)(Marker.TinyStructBase | fieldCount);
            length = 1;
        }
        else if (fieldCount <= byte.MaxValue)
        {
            span[0] = Marker.Struct8;
            span[1] = (byte)fieldCount;
            length = 2;
        }
        else
        {
            span[0] = Marker.Struct16;
            BinaryPrimitives.WriteUInt16BigEndian(span[1..], checked((ushort)fieldCount));
            length = 3;
        }

        span[length] = tag;
        Output.Advance(length + 1);
    }

    public void WriteMap(IReadOnlyDictionary<string, object?>? map)
    {
        if (map is null)
        {
            WriteMapHeader(0);
            return;
        }

        WriteMapHeader(map.Count);
        foreach (var (key, value) in map)
        {
            WriteString(key);
            WriteValue(value);
        }
    }

    /// <summary>Writes any value a query parameter may hold.</summary>
    public void WriteValue(object? value)
    {
        switch (value)
        {
            case null: WriteNull(); break;
            case bool b: WriteBoolean(b); break;
            case long l: WriteInteger(l); break;
            case int i: WriteInteger(i); break;
            case short s: WriteInteger(s); break;
            case sbyte sb: WriteInteger(sb); break;
            case byte ub: WriteInteger(ub); break;
            case ushort us: WriteInteger(us); break;
            case uint ui: WriteInteger(ui); break;
            case ulong ul when ul <= long.MaxValue: WriteInteger((long)ul); break;
            case double d: WriteFloat(d); break;
            case float f: WriteFloat(f); break;
            case string str: WriteString(str); break;
            case char c: WriteString([c]); break;
            case byte[] bytes: WriteBytes(bytes); break;
            case ReadOnlyMemory<byte> memory: WriteBytes(memory.Span); break;
            case Memory<byte> memory: WriteBytes(memory.Span); break;
            case DateOnly date:
                WriteValueStructHeader(StructTag.Date, 1);
                WriteInteger(date.DayNumber - UnixEpochDayNumber);
                break;
            case TimeOnly time:
                WriteValueStructHeader(StructTag.LocalTime, 1);
                WriteInteger(time.Ticks * 100);
                break;
            case OffsetTime offsetTime:
                WriteValueStructHeader(StructTag.Time, 2);
                WriteInteger(offsetTime.Time.Ticks * 100);
                WriteInteger((long)offsetTime.Offset.TotalSeconds);
                break;
            case LocalDateTime localDateTime:
                WriteValueStructHeader(StructTag.LocalDateTime, 2);
                WriteInteger(SecondsSinceEpoch(localDateTime.Date.ToDateTime(localDateTime.Time)));
                WriteInteger(localDateTime.Nanosecond);
                break;
            case DateTime { Kind: DateTimeKind.Utc } utc: WriteDateTimeOffset(new DateTimeOffset(utc)); break;
            case DateTime dateTime: WriteValue(LocalDateTime.FromDateTime(dateTime)); break;
            case DateTimeOffset dateTimeOffset: WriteDateTimeOffset(dateTimeOffset); break;
            case Duration duration:
                WriteValueStructHeader(StructTag.Duration, 4);
                WriteInteger(duration.Months);
                WriteInteger(duration.Days);
                WriteInteger(duration.Seconds);
                WriteInteger(duration.Nanoseconds);
                break;
            case TimeSpan timeSpan:
                WriteValueStructHeader(StructTag.Duration, 4);
                WriteInteger(0);
                WriteInteger(0);
                WriteInteger(timeSpan.Ticks / TimeSpan.TicksPerSecond);
                WriteInteger(timeSpan.Ticks % TimeSpan.TicksPerSecond * 100);
                break;
            case Point point:
                WriteValueStructHeader(point.Z is null ? StructTag.Point2D : StructTag.Point3D, point.Z is null ? 3 : 4);
                WriteInteger(point.SrId);
                WriteFloat(point.X);
                WriteFloat(point.Y);
                if (point.Z is { } z)
                {
                    WriteFloat(z);
                }

                break;
            case PackStreamStructure structure:
                WriteValueStructHeader(structure.Tag, structure.Fields.Count);
                foreach (var field in structure.Fields)
                {
                    WriteValue(field);
                }

                break;
            case IReadOnlyDictionary<string, object?> map: WriteMap(map); break;
            case IDictionary dictionary: WriteDictionary(dictionary); break;
            case IList list: WriteList(list); break;
            case IEnumerable enumerable: WriteEnumerable(enumerable); break;
            default:
                throw new ArgumentException($"Values of type {value.GetType()} cannot be sent as query parameters.", nameof(value));
        }
    }

    private const int UnixEpochDayNumber = 719162;

    private void WriteValueStructHeader(byte tag, int fieldCount)
    {
        if (!SupportsTemporalAndSpatial)
        {
            throw new ArgumentException($"Structure 0x{tag:X2} (a temporal or spatial value) cannot be sent over Bolt 1: the server needs Bolt 3 or later (Neo4j 3.5+).", nameof(tag));
        }

        WriteStructHeader(tag, fieldCount);
    }

    // DateTime ticks are never negative, so dividing first floors correctly for instants before 1970.
    private static long SecondsSinceEpoch(DateTime value) => value.Ticks / TimeSpan.TicksPerSecond - DateTime.UnixEpoch.Ticks / TimeSpan.TicksPerSecond;

    private void WriteDateTimeOffset(DateTimeOffset value)
    {
        var nanos = value.Ticks % TimeSpan.TicksPerSecond * 100;
        if (UtcDateTime)
        {
            WriteValueStructHeader(StructTag.DateTime, 3);
            WriteInteger(SecondsSinceEpoch(value.UtcDateTime));
        }
        else
        {
            WriteValueStructHeader(StructTag.LegacyDateTime, 3);
            WriteInteger(SecondsSinceEpoch(value.DateTime));
        }

        WriteInteger(nanos);
        WriteInteger((long)value.Offset.TotalSeconds);
    }

    private void WriteDictionary(IDictionary dictionary)
    {
        WriteMapHeader(dictionary.Count);
        foreach (DictionaryEntry entry in dictionary)
        {
            WriteString(entry.Key as string ?? throw new ArgumentException("Map keys must be strings.", nameof(dictionary)));
            WriteValue(entry.Value);
        }
    }

    private void WriteList(IList list)
    {
        WriteListHeader(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            WriteValue(list[i]);
        }
    }

    private void WriteEnumerable(IEnumerable enumerable)
    {
        var items = new List<object?>();
        foreach (var item in enumerable)
        {
            items.Add(item);
        }

        WriteList(items);
    }

    private void WriteHeader(int size, byte tinyBase, byte marker8, byte marker16, byte marker32)
    {
        if (size <= 15)
        {
            WriteByte((byte)(tinyBase | size));
        }
        else if (size <= byte.MaxValue)
        {
            WriteMarkerAndSize(marker8, 1, size);
        }
        else if (size <= ushort.MaxValue)
        {
            WriteMarkerAndSize(marker16, 2, size);
        }
        else
        {
            WriteMarkerAndSize(marker32, 4, size);
        }
    }

    private void WriteMarkerAndSize(byte marker, int sizeBytes, int size)
    {
        var span = Output.GetSpan(1 + sizeBytes);
        span[0] = marker;
        switch (sizeBytes)
        {
            case 1: span[1] = (byte)size; break;
            case 2: BinaryPrimitives.WriteUInt16BigEndian(span[1..], (ushort)size); break;
            default: BinaryPrimitives.WriteInt32BigEndian(span[1..], size); break;
        }

        Output.Advance(1 + sizeBytes);
    }

    private void WriteByte(byte value)
    {
        Output.GetSpan(1)[0] = value;
        Output.Advance(1);
    }
}
