namespace GraphBuilder.Bolt;

public interface IEntity
{
    long Id { get; }

    /// <summary>Element id sent by Bolt 5+; on older servers the numeric id as a string.</summary>
    string ElementId { get; }

    IReadOnlyDictionary<string, object?> Properties { get; }

    object? this[string key] { get; }
}

public interface INode : IEntity
{
    IReadOnlyList<string> Labels { get; }
}

public interface IRelationship : IEntity
{
    string Type { get; }
    long StartNodeId { get; }
    long EndNodeId { get; }
    string StartNodeElementId { get; }
    string EndNodeElementId { get; }
}

public interface IPath
{
    INode Start { get; }
    INode End { get; }
    IReadOnlyList<INode> Nodes { get; }
    IReadOnlyList<IRelationship> Relationships { get; }
}

/// <summary>A PackStream structure the client does not map to a .NET type (kept as received, never an error).</summary>
public sealed record PackStreamStructure(byte Tag, IReadOnlyList<object?> Fields)
{
    public override string ToString() => $"Structure(0x{Tag:X2}, {Fields.Count} fields)";
}

/// <summary>Cypher LocalDateTime. Nanoseconds are kept exactly; <see cref="ToDateTime"/> truncates to 100 ns ticks.</summary>
public readonly record struct LocalDateTime(DateOnly Date, TimeOnly Time, int Nanosecond)
{
    public static LocalDateTime FromDateTime(DateTime value) =>
        new(DateOnly.FromDateTime(value), TimeOnly.FromTimeSpan(new TimeSpan(value.TimeOfDay.Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond)),
            (int)(value.TimeOfDay.Ticks % TimeSpan.TicksPerSecond * 100));

    public DateTime ToDateTime() => Date.ToDateTime(Time, DateTimeKind.Unspecified).AddTicks(Nanosecond / 100);
}

/// <summary>Cypher Time: a time of day with a UTC offset.</summary>
public readonly record struct OffsetTime(TimeOnly Time, TimeSpan Offset);

/// <summary>Cypher Duration, kept in the server's four components.</summary>
public readonly record struct Duration(long Months, long Days, long Seconds, int Nanoseconds);

/// <summary>Cypher Point; <see cref="Z"/> is null for 2D points.</summary>
public readonly record struct Point(int SrId, double X, double Y, double? Z = null);
