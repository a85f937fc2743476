using System.Globalization;

namespace GraphBuilder.Bolt.Internal.PackStream;

/// <summary>Maps received structures to graph, temporal and spatial values; anything unknown or out of .NET range stays a <see cref="PackStreamStructure"/>.</summary>
internal static class StructureDecoder
{
    private const int UnixEpochDayNumber = 719162;
    private const long NanosPerTick = 100;

    public static object Decode(byte tag, object?[] fields)
    {
        try
        {
            return TryDecode(tag, fields) ?? new PackStreamStructure(tag, fields);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidCastException or NullReferenceException or IndexOutOfRangeException
            or OverflowException or TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return new PackStreamStructure(tag, fields);
        }
    }

    private static object? TryDecode(byte tag, object?[] f) => (tag, f.Length) switch
    {
        (StructTag.Node, 3 or 4) => new Node((long)f[0]!, f.Length == 4 ? (string)f[3]! : null, Strings(f[1]), Map(f[2])),
        (StructTag.Relationship, 5 or 8) => new Relationship(
            (long)f[0]!, (long)f[1]!, (long)f[2]!, (string)f[3]!, Map(f[4]),
            f.Length == 8 ? (string)f[5]! : null, f.Length == 8 ? (string)f[6]! : null, f.Length == 8 ? (string)f[7]! : null),
        (StructTag.UnboundRelationship, 3 or 4) => new UnboundRelationship((long)f[0]!, (string)f[1]!, Map(f[2]), f.Length == 4 ? (string)f[3]! : null),
        (StructTag.Path, 3) => BuildPath((List<object?>)f[0]!, (List<object?>)f[1]!, (List<object?>)f[2]!),
        (StructTag.Date, 1) => DateOnly.FromDayNumber(checked((int)((long)f[0]! + UnixEpochDayNumber))),
        (StructTag.LocalTime, 1) => new TimeOnly((long)f[0]! / NanosPerTick),
        (StructTag.Time, 2) => new OffsetTime(new TimeOnly((long)f[0]! / NanosPerTick), TimeSpan.FromSeconds((long)f[1]!)),
        (StructTag.LocalDateTime, 2) => ToLocalDateTime((long)f[0]!, (long)f[1]!),
        (StructTag.LegacyDateTime, 3) => new DateTimeOffset(Local((long)f[0]!, (long)f[1]!), TimeSpan.FromSeconds((long)f[2]!)),
        (StructTag.DateTime, 3) => new DateTimeOffset(Local((long)f[0]!, (long)f[1]!), TimeSpan.Zero).ToOffset(TimeSpan.FromSeconds((long)f[2]!)),
        (StructTag.LegacyDateTimeZoneId, 3) => FromLocalInZone(Local((long)f[0]!, (long)f[1]!), (string)f[2]!),
        (StructTag.DateTimeZoneId, 3) => FromUtcInZone(Local((long)f[0]!, (long)f[1]!), (string)f[2]!),
        (StructTag.Duration, 4) => new Duration((long)f[0]!, (long)f[1]!, (long)f[2]!, checked((int)(long)f[3]!)),
        (StructTag.Point2D, 3) => new Point(checked((int)(long)f[0]!), (double)f[1]!, (double)f[2]!),
        (StructTag.Point3D, 4) => new Point(checked((int)(long)f[0]!), (double)f[1]!, (double)f[2]!, (double)f[3]!),
        _ => null,
    };

    private static DateTime Local(long seconds, long nanos) =>
        new(checked(DateTime.UnixEpoch.Ticks + seconds * TimeSpan.TicksPerSecond + nanos / NanosPerTick), DateTimeKind.Unspecified);

    private static LocalDateTime ToLocalDateTime(long seconds, long nanos)
    {
        var dateTime = Local(seconds, 0);
        return new LocalDateTime(DateOnly.FromDateTime(dateTime), TimeOnly.FromDateTime(dateTime), checked((int)nanos));
    }

    private static DateTimeOffset FromLocalInZone(DateTime local, string zoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static DateTimeOffset FromUtcInZone(DateTime utc, string zoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var instant = new DateTimeOffset(utc, TimeSpan.Zero);
        return instant.ToOffset(zone.GetUtcOffset(instant));
    }

    private static List<string> Strings(object? value)
    {
        var items = (List<object?>)value!;
        var strings = new List<string>(items.Count);
        foreach (var item in items)
        {
            strings.Add((string)item!);
        }

        return strings;
    }

    private static Dictionary<string, object?> Map(object? value) => (Dictionary<string, object?>)value!;

    private static Path BuildPath(List<object?> nodeValues, List<object?> relationshipValues, List<object?> sequence)
    {
        var nodes = nodeValues.ConvertAll(n => (INode)n!);
        var unbound = relationshipValues.ConvertAll(r => (UnboundRelationship)r!);
        var pathNodes = new List<INode>(sequence.Count / 2 + 1) { nodes[0] };
        var pathRelationships = new List<IRelationship>(sequence.Count / 2);
        var previous = nodes[0];
        for (var i = 0; i + 1 < sequence.Count; i += 2)
        {
            var relationshipIndex = (long)sequence[i]!;
            var next = nodes[(int)(long)sequence[i + 1]!];
            var r = unbound[(int)Math.Abs(relationshipIndex) - 1];
            pathRelationships.Add(relationshipIndex > 0 ? r.Bind(previous, next) : r.Bind(next, previous));
            pathNodes.Add(next);
            previous = next;
        }

        return new Path(pathNodes, pathRelationships);
    }
}

internal sealed class Node(long id, string? elementId, IReadOnlyList<string> labels, IReadOnlyDictionary<string, object?> properties) : INode
{
    public long Id { get; } = id;
    public string ElementId { get; } = elementId ?? id.ToString(CultureInfo.InvariantCulture);
    public IReadOnlyList<string> Labels { get; } = labels;
    public IReadOnlyDictionary<string, object?> Properties { get; } = properties;
    public object? this[string key] => Properties[key];

    public override string ToString() => $"({ElementId}:{string.Join(':', Labels)} {Properties.Count} properties)";
}

internal sealed class Relationship(
    long id, long startNodeId, long endNodeId, string type, IReadOnlyDictionary<string, object?> properties,
    string? elementId, string? startNodeElementId, string? endNodeElementId) : IRelationship
{
    public long Id { get; } = id;
    public string ElementId { get; } = elementId ?? id.ToString(CultureInfo.InvariantCulture);
    public long StartNodeId { get; } = startNodeId;
    public long EndNodeId { get; } = endNodeId;
    public string StartNodeElementId { get; } = startNodeElementId ?? startNodeId.ToString(CultureInfo.InvariantCulture);
    public string EndNodeElementId { get; } = endNodeElementId ?? endNodeId.ToString(CultureInfo.InvariantCulture);
    public string Type { get; } = type;
    public IReadOnlyDictionary<string, object?> Properties { get; } = properties;
    public object? this[string key] => Properties[key];

    public override string ToString() => $"[{ElementId}:{Type} {StartNodeElementId}->{EndNodeElementId}]";
}

/// <summary>A relationship inside a path, before its ends are known.</summary>
internal sealed class UnboundRelationship(long id, string type, Dictionary<string, object?> properties, string? elementId)
{
    public IRelationship Bind(INode start, INode end) =>
        new Relationship(id, start.Id, end.Id, type, properties, elementId, start.ElementId, end.ElementId);
}

internal sealed class Path(IReadOnlyList<INode> nodes, IReadOnlyList<IRelationship> relationships) : IPath
{
    public INode Start => Nodes[0];
    public INode End => Nodes[^1];
    public IReadOnlyList<INode> Nodes { get; } = nodes;
    public IReadOnlyList<IRelationship> Relationships { get; } = relationships;

    public override string ToString() => $"<path of {Relationships.Count} relationships>";
}
