using GraphBuilder.Bolt.Internal.PackStream;
using static GraphBuilder.Bolt.Tests.PackStream.PackStreamVectorTests;

namespace GraphBuilder.Bolt.Tests.PackStream;

public sealed class StructureDecodingTests
{
    private static object? Decode(byte tag, params object?[] fields) => Unpack(Pack(new PackStreamStructure(tag, fields)));

    [Fact]
    public void Temporal_structures_decode_to_dotnet_values()
    {
        Assert.Equal(new DateOnly(1970, 1, 2), Decode(StructTag.Date, 1L));
        Assert.Equal(new DateOnly(1969, 12, 31), Decode(StructTag.Date, -1L));
        Assert.Equal(new TimeOnly(12, 30, 15), Decode(StructTag.LocalTime, 45_015_000_000_000L));
        Assert.Equal(new OffsetTime(new TimeOnly(1, 0), TimeSpan.FromHours(2)), Decode(StructTag.Time, 3_600_000_000_000L, 7200L));
        Assert.Equal(new LocalDateTime(new DateOnly(2000, 1, 1), new TimeOnly(0, 0, 1), 5), Decode(StructTag.LocalDateTime, 946_684_801L, 5L));
        Assert.Equal(new Duration(14, 3, 61, 7), Decode(StructTag.Duration, 14L, 3L, 61L, 7L));
    }

    [Fact]
    public void Legacy_datetime_seconds_are_local_while_bolt5_seconds_are_utc()
    {
        // 2020-01-01T12:00:00+02:00: legacy 'F' carries the local wall-clock seconds, 'I' the UTC instant.
        var expected = new DateTimeOffset(2020, 1, 1, 12, 0, 0, TimeSpan.FromHours(2));
        var legacy = Assert.IsType<DateTimeOffset>(Decode(StructTag.LegacyDateTime, 1_577_880_000L, 0L, 7200L));
        var utc = Assert.IsType<DateTimeOffset>(Decode(StructTag.DateTime, 1_577_872_800L, 0L, 7200L));
        Assert.Equal((expected, expected.Offset), (legacy, legacy.Offset));
        Assert.Equal((expected, expected.Offset), (utc, utc.Offset));
    }

    [Fact]
    public void Zoned_datetimes_resolve_the_zone_or_stay_raw()
    {
        // 2020-07-01T12:00 in Europe/Stockholm is UTC+2 (summer time).
        var legacy = Assert.IsType<DateTimeOffset>(Decode(StructTag.LegacyDateTimeZoneId, 1_593_604_800L, 0L, "Europe/Stockholm"));
        Assert.Equal(new DateTimeOffset(2020, 7, 1, 12, 0, 0, TimeSpan.FromHours(2)), legacy);
        var utc = Assert.IsType<DateTimeOffset>(Decode(StructTag.DateTimeZoneId, 1_593_597_600L, 0L, "Europe/Stockholm"));
        Assert.Equal(TimeSpan.FromHours(2), utc.Offset);
        Assert.Equal(legacy, utc);
        Assert.IsType<PackStreamStructure>(Decode(StructTag.DateTimeZoneId, 0L, 0L, "Not/AZone"));
    }

    [Fact]
    public void Points_decode_in_two_and_three_dimensions()
    {
        Assert.Equal(new Point(7203, 1.5, -2.0), Decode(StructTag.Point2D, 7203L, 1.5, -2.0));
        Assert.Equal(new Point(4979, 1, 2, 3), Decode(StructTag.Point3D, 4979L, 1.0, 2.0, 3.0));
    }

    [Fact]
    public void Bolt1_to_4_nodes_and_relationships_use_numeric_ids_as_element_ids()
    {
        var node = Assert.IsAssignableFrom<INode>(Decode(StructTag.Node, 5L, new List<object?> { "A", "B" }, new Dictionary<string, object?> { ["x"] = 1L }));
        Assert.Equal((5L, "5", 1L), (node.Id, node.ElementId, node["x"]));
        var relationship = Assert.IsAssignableFrom<IRelationship>(Decode(StructTag.Relationship, 6L, 5L, 7L, "R", new Dictionary<string, object?>()));
        Assert.Equal(("6", "5", "7", "R"), (relationship.ElementId, relationship.StartNodeElementId, relationship.EndNodeElementId, relationship.Type));
    }

    [Fact]
    public void Malformed_or_out_of_range_known_structures_are_kept_raw()
    {
        Assert.IsType<PackStreamStructure>(Decode(StructTag.Date, long.MaxValue));
        Assert.IsType<PackStreamStructure>(Decode(StructTag.Node, "not an id", null, null));
        Assert.IsType<PackStreamStructure>(Decode(StructTag.Point2D, 1L, 2L, 3L));
    }
}

public sealed class ParameterEncodingTests
{
    [Fact]
    public void Utc_datetimes_are_sent_as_datetimes_and_other_kinds_as_local_datetimes()
    {
        var utc = new DateTime(2020, 1, 1, 12, 0, 0, DateTimeKind.Utc);
        Assert.Equal(new DateTimeOffset(utc), PackStreamVectorTests.Unpack(PackStreamVectorTests.Pack(utc, utc: true)));
        var local = new DateTime(2020, 1, 1, 12, 0, 0, 500, DateTimeKind.Unspecified);
        var decoded = Assert.IsType<LocalDateTime>(PackStreamVectorTests.Unpack(PackStreamVectorTests.Pack(local)));
        Assert.Equal(local, decoded.ToDateTime());
        Assert.Equal(500_000_000, decoded.Nanosecond);
    }

    [Fact]
    public void Timespans_are_sent_as_durations_in_seconds_and_nanoseconds() =>
        Assert.Equal(new Duration(0, 0, 90, 250_000_000), PackStreamVectorTests.Unpack(PackStreamVectorTests.Pack(TimeSpan.FromSeconds(90.25))));
}
