using FsCheck;
using FsCheck.Fluent;
using static GraphBuilder.Bolt.Tests.PackStream.PackStreamVectorTests;

namespace GraphBuilder.Bolt.Tests.PackStream;

/// <summary>Round-trip properties: anything the writer packs, the reader gives back equal.</summary>
public sealed class PackStreamPropertyTests
{
    private static readonly Gen<long> Integers = Gen.OneOf(
        ArbMap.Default.GeneratorFor<long>(),
        Gen.Choose(-300, 300).Select(i => (long)i),
        Gen.Elements(0L, -16L, -17L, 127L, 128L, -128L, -129L, 32767L, 32768L, -32768L, -32769L,
            int.MaxValue, int.MinValue, (long)int.MaxValue + 1, (long)int.MinValue - 1, long.MaxValue, long.MinValue));

    private static readonly Gen<object?> Scalars = Gen.OneOf(
        Gen.Constant<object?>(null),
        ArbMap.Default.GeneratorFor<bool>().Select(b => (object?)b),
        Integers.Select(i => (object?)i),
        ArbMap.Default.GeneratorFor<double>().Where(d => !double.IsNaN(d)).Select(d => (object?)d),
        ArbMap.Default.GeneratorFor<string>().Where(s => s is not null).Select(s => (object?)s),
        ArbMap.Default.GeneratorFor<byte[]>().Where(b => b is not null).Select(b => (object?)b));

    private static Gen<object?> Values(int depth) => depth == 0
        ? Scalars
        : Gen.OneOf(
            Scalars,
            Values(depth - 1).ListOf().Select(items => (object?)items.ToList()),
            Gen.Zip(ArbMap.Default.GeneratorFor<string>().Where(s => s is not null), Values(depth - 1)).ListOf()
                .Select(pairs => (object?)pairs.DistinctBy(p => p.Item1).ToDictionary(p => p.Item1, p => p.Item2)));

    [Fact]
    public void Integers_round_trip() =>
        Prop.ForAll(Integers.ToArbitrary(), value => Equals(value, Unpack(Pack(value)))).QuickCheckThrowOnFailure();

    [Fact]
    public void Integers_use_the_smallest_encoding() =>
        Prop.ForAll(Integers.ToArbitrary(), value =>
        {
            var expectedLength = value switch
            {
                >= -16 and <= 127 => 1,
                >= sbyte.MinValue and <= sbyte.MaxValue => 2,
                >= short.MinValue and <= short.MaxValue => 3,
                >= int.MinValue and <= int.MaxValue => 5,
                _ => 9,
            };
            return Pack(value).Length == expectedLength;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Strings_round_trip() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), value => value is null || value == (string?)Unpack(Pack(value))).QuickCheckThrowOnFailure();

    [Fact]
    public void Floats_round_trip_bit_for_bit() =>
        Prop.ForAll(ArbMap.Default.ArbFor<double>(), value =>
            BitConverter.DoubleToInt64Bits(value) == BitConverter.DoubleToInt64Bits((double)Unpack(Pack(value))!)).QuickCheckThrowOnFailure();

    [Fact]
    public void Nested_lists_and_maps_round_trip() =>
        Prop.ForAll(Values(3).ToArbitrary(), value => DeepEqual(value, Unpack(Pack(value)))).QuickCheckThrowOnFailure();

    [Fact]
    public void Temporal_and_spatial_values_round_trip() =>
        Prop.ForAll(
            Gen.Choose(-700_000, 2_900_000).ToArbitrary(),
            Gen.Choose(0, 86_399).ToArbitrary(),
            Gen.Choose(0, 999_999_9).ToArbitrary(),
            (days, seconds, ticks) =>
            {
                var date = DateOnly.FromDayNumber(719162 + days);
                var time = new TimeOnly(seconds * TimeSpan.TicksPerSecond + ticks);
                var offset = TimeSpan.FromMinutes((days % 24) * 30);
                var instant = new DateTimeOffset(date.ToDateTime(time), offset);
                var local = new LocalDateTime(date, TimeOnly.FromTimeSpan(TimeSpan.FromSeconds(seconds)), ticks * 100);
                var duration = new Duration(days, seconds, -ticks, ticks);
                var point = new Point(4326, days / 7.0, seconds / 3.0, days % 2 == 0 ? null : ticks);
                return Equals(date, Unpack(Pack(date)))
                    && Equals(time, Unpack(Pack(time)))
                    && Equals(new OffsetTime(time, offset), Unpack(Pack(new OffsetTime(time, offset))))
                    && Equals(instant, Unpack(Pack(instant, utc: false)))
                    && Equals(instant, Unpack(Pack(instant, utc: true)))
                    && ((DateTimeOffset)Unpack(Pack(instant, utc: true))!).Offset == offset
                    && Equals(local, Unpack(Pack(local)))
                    && Equals(duration, Unpack(Pack(duration)))
                    && Equals(point, Unpack(Pack(point)));
            }).QuickCheckThrowOnFailure();

    private static bool DeepEqual(object? expected, object? actual) => (expected, actual) switch
    {
        (null, null) => true,
        (byte[] a, byte[] b) => a.AsSpan().SequenceEqual(b),
        (double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b),
        (List<object?> a, List<object?> b) => a.Count == b.Count && a.Zip(b).All(p => DeepEqual(p.First, p.Second)),
        (Dictionary<string, object?> a, Dictionary<string, object?> b) =>
            a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var other) && DeepEqual(kv.Value, other)),
        _ => Equals(expected, actual),
    };
}
