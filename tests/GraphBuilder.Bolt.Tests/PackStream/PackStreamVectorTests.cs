using System.Buffers;
using GraphBuilder.Bolt.Internal.PackStream;

namespace GraphBuilder.Bolt.Tests.PackStream;

/// <summary>Encodings taken from the PackStream specification, including each size-marker boundary.</summary>
public sealed class PackStreamVectorTests
{
    internal static byte[] Pack(object? value, bool utc = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        new PackStreamWriter(buffer) { UtcDateTime = utc }.WriteValue(value);
        return buffer.WrittenSpan.ToArray();
    }

    internal static object? Unpack(byte[] bytes)
    {
        var reader = new PackStreamReader(bytes);
        var value = reader.ReadValue();
        Assert.True(reader.End, "bytes left after the value");
        return value;
    }

    private static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));

    [Theory]
    [InlineData(0L, "00")]
    [InlineData(1L, "01")]
    [InlineData(127L, "7F")]
    [InlineData(-1L, "FF")]
    [InlineData(-16L, "F0")]
    [InlineData(-17L, "C8 EF")]
    [InlineData(-128L, "C8 80")]
    [InlineData(128L, "C9 00 80")]
    [InlineData(-129L, "C9 FF 7F")]
    [InlineData(32767L, "C9 7F FF")]
    [InlineData(-32768L, "C9 80 00")]
    [InlineData(32768L, "CA 00 00 80 00")]
    [InlineData(-32769L, "CA FF FF 7F FF")]
    [InlineData(2147483647L, "CA 7F FF FF FF")]
    [InlineData(-2147483648L, "CA 80 00 00 00")]
    [InlineData(2147483648L, "CB 00 00 00 00 80 00 00 00")]
    [InlineData(-2147483649L, "CB FF FF FF FF 7F FF FF FF")]
    [InlineData(long.MaxValue, "CB 7F FF FF FF FF FF FF FF")]
    [InlineData(long.MinValue, "CB 80 00 00 00 00 00 00 00")]
    public void Integers_use_the_smallest_marker(long value, string hex)
    {
        Assert.Equal(Hex(hex), Pack(value));
        Assert.Equal(value, Unpack(Hex(hex)));
    }

    [Theory]
    [InlineData("C8 05", 5L)]
    [InlineData("C9 00 05", 5L)]
    [InlineData("CA 00 00 00 05", 5L)]
    [InlineData("CB 00 00 00 00 00 00 00 05", 5L)]
    public void Wider_than_necessary_integers_are_read(string hex, long expected) => Assert.Equal(expected, Unpack(Hex(hex)));

    [Fact]
    public void Null_booleans_and_floats_match_the_specification()
    {
        Assert.Equal(Hex("C0"), Pack(null));
        Assert.Equal(Hex("C3"), Pack(true));
        Assert.Equal(Hex("C2"), Pack(false));
        Assert.Equal(Hex("C1 3F F1 99 99 99 99 99 9A"), Pack(1.1));
        Assert.Equal(Hex("C1 BF F1 99 99 99 99 99 9A"), Pack(-1.1));
        Assert.Null(Unpack(Hex("C0")));
        Assert.Equal(true, Unpack(Hex("C3")));
        Assert.Equal(-1.1, Unpack(Hex("C1 BF F1 99 99 99 99 99 9A")));
    }

    [Fact]
    public void Strings_match_the_specification()
    {
        Assert.Equal(Hex("80"), Pack(""));
        Assert.Equal(Hex("81 61"), Pack("a"));
        Assert.Equal(Hex("D0 1A 61 62 63 64 65 66 67 68 69 6A 6B 6C 6D 6E 6F 70 71 72 73 74 75 76 77 78 79 7A"), Pack("abcdefghijklmnopqrstuvwxyz"));
        Assert.Equal(Hex("D0 18 45 6E 20 C3 A5 20 66 6C C3 B6 74 20 C3 B6 76 65 72 20 C3 A4 6E 67 65 6E"), Pack("En å flöt över ängen"));
        Assert.Equal("En å flöt över ängen", Unpack(Pack("En å flöt över ängen")));
    }

    [Theory]
    [InlineData(15, "8F", 1)]
    [InlineData(16, "D0 10", 2)]
    [InlineData(255, "D0 FF", 2)]
    [InlineData(256, "D1 01 00", 3)]
    [InlineData(65535, "D1 FF FF", 3)]
    [InlineData(65536, "D2 00 01 00 00", 5)]
    public void String_size_markers_change_at_each_boundary(int length, string header, int headerLength)
    {
        var value = new string('x', length);
        var packed = Pack(value);
        Assert.Equal(Hex(header), packed[..headerLength]);
        Assert.Equal(headerLength + length, packed.Length);
        Assert.Equal(value, Unpack(packed));
    }

    [Theory]
    [InlineData(15, "9F", 1)]
    [InlineData(16, "D4 10", 2)]
    [InlineData(255, "D4 FF", 2)]
    [InlineData(256, "D5 01 00", 3)]
    [InlineData(65535, "D5 FF FF", 3)]
    [InlineData(65536, "D6 00 01 00 00", 5)]
    public void List_size_markers_change_at_each_boundary(int count, string header, int headerLength)
    {
        var value = Enumerable.Repeat<object?>(1L, count).ToList();
        var packed = Pack(value);
        Assert.Equal(Hex(header), packed[..headerLength]);
        Assert.Equal(headerLength + count, packed.Length);
        Assert.Equal(value, Unpack(packed));
    }

    [Theory]
    [InlineData(15, "AF", 1)]
    [InlineData(16, "D8 10", 2)]
    [InlineData(255, "D8 FF", 2)]
    [InlineData(256, "D9 01 00", 3)]
    [InlineData(65535, "D9 FF FF", 3)]
    [InlineData(65536, "DA 00 01 00 00", 5)]
    public void Map_size_markers_change_at_each_boundary(int count, string header, int headerLength)
    {
        var value = Enumerable.Range(0, count).ToDictionary(i => i.ToString("x5", System.Globalization.CultureInfo.InvariantCulture), i => (object?)(long)(i % 100));
        var packed = Pack(value);
        Assert.Equal(Hex(header), packed[..headerLength]);
        Assert.Equal(value, Assert.IsType<Dictionary<string, object?>>(Unpack(packed)));
    }

    [Theory]
    [InlineData(0, "CC 00", 2)]
    [InlineData(255, "CC FF", 2)]
    [InlineData(256, "CD 01 00", 3)]
    [InlineData(65535, "CD FF FF", 3)]
    [InlineData(65536, "CE 00 01 00 00", 5)]
    public void Byte_array_size_markers_change_at_each_boundary(int length, string header, int headerLength)
    {
        var value = Enumerable.Range(0, length).Select(i => (byte)i).ToArray();
        var packed = Pack(value);
        Assert.Equal(Hex(header), packed[..headerLength]);
        Assert.Equal(value, Unpack(packed));
    }

    [Fact]
    public void Lists_and_maps_match_the_specification()
    {
        Assert.Equal(Hex("90"), Pack(new List<object?>()));
        Assert.Equal(Hex("93 01 02 03"), Pack(new[] { 1, 2, 3 }));
        Assert.Equal(Hex("A0"), Pack(new Dictionary<string, object?>()));
        Assert.Equal(Hex("A1 81 61 01"), Pack(new Dictionary<string, object?> { ["a"] = 1 }));
        Assert.Equal(Hex("92 81 61 A1 81 62 C3"), Pack(new List<object?> { "a", new Dictionary<string, object?> { ["b"] = true } }));
    }

    [Fact]
    public void Unknown_structures_are_kept_raw_including_the_struct8_and_struct16_forms()
    {
        var tiny = Assert.IsType<PackStreamStructure>(Unpack(Hex("B2 7A 01 81 61")));
        Assert.Equal(0x7A, tiny.Tag);
        Assert.Equal(new object?[] { 1L, "a" }, tiny.Fields);

        var struct8 = Assert.IsType<PackStreamStructure>(Unpack([0xDC, 16, 0x7A, .. Enumerable.Repeat((byte)1, 16)]));
        Assert.Equal(16, struct8.Fields.Count);
        var struct16 = Assert.IsType<PackStreamStructure>(Unpack([0xDD, 0x01, 0x00, 0x7A, .. Enumerable.Repeat((byte)2, 256)]));
        Assert.Equal(256, struct16.Fields.Count);
        Assert.Equal([0xDD, 0x01, 0x00, 0x7A, .. Enumerable.Repeat((byte)2, 256)], Pack(struct16));
    }

    [Fact]
    public void Truncated_and_unknown_markers_raise_protocol_errors()
    {
        Assert.Throws<ProtocolException>(() => Unpack(Hex("C9 00")));
        Assert.Throws<ProtocolException>(() => Unpack(Hex("83 61 62")));
        Assert.Throws<ProtocolException>(() => Unpack(Hex("E0")));
    }

    [Fact]
    public void Decimal_parameters_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => Pack(1.5m));
    }
}
