namespace GraphBuilder.Bolt.Internal;

/// <summary>The keys of one result, shared by all its records.</summary>
internal sealed class RecordKeys
{
    private readonly Dictionary<string, int> _indexes;

    public RecordKeys(string[] names)
    {
        Names = names;
        _indexes = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            _indexes.TryAdd(names[i], i);
        }
    }

    public string[] Names { get; }

    public int IndexOf(string key) =>
        _indexes.TryGetValue(key, out var index)
            ? index
            : throw new KeyNotFoundException($"The result has no key '{key}'; keys are: {string.Join(", ", Names)}.");
}

internal sealed class Record(RecordKeys keys, object?[] values) : IRecord
{
    private Dictionary<string, object?>? _map;

    public IReadOnlyList<string> Keys => keys.Names;

    public object? this[int index] => values[index];

    public object? this[string key] => values[keys.IndexOf(key)];

    public T Get<T>(string key) => ValueConverter.Convert<T>(this[key]);

    public IReadOnlyDictionary<string, object?> Values => _map ??= BuildMap();

    private Dictionary<string, object?> BuildMap()
    {
        var map = new Dictionary<string, object?>(values.Length, StringComparer.Ordinal);
        for (var i = 0; i < values.Length; i++)
        {
            map[keys.Names[i]] = values[i];
        }

        return map;
    }

    public override string ToString() => "Record{" + string.Join(", ", Values.Select(kv => $"{kv.Key}: {kv.Value}")) + "}";
}

internal sealed class ResultSummary(Dictionary<string, object?> metadata, ServerInfo server) : IResultSummary
{
    public ICounters Counters { get; } = new Counters(metadata.GetValueOrDefault("stats") as Dictionary<string, object?>);

    public string? QueryType { get; } = metadata.GetValueOrDefault("type") as string;

    public ServerInfo Server { get; } = server;

    public string? Bookmark { get; } = metadata.GetValueOrDefault("bookmark") as string;
}

internal sealed class Counters : ICounters
{
    public Counters(Dictionary<string, object?>? stats)
    {
        int Get(string key) => stats?.GetValueOrDefault(key) is long value ? (int)value : 0;
        NodesCreated = Get("nodes-created");
        NodesDeleted = Get("nodes-deleted");
        RelationshipsCreated = Get("relationships-created");
        RelationshipsDeleted = Get("relationships-deleted");
        PropertiesSet = Get("properties-set");
        LabelsAdded = Get("labels-added");
        LabelsRemoved = Get("labels-removed");
        IndexesAdded = Get("indexes-added");
        IndexesRemoved = Get("indexes-removed");
        ConstraintsAdded = Get("constraints-added");
        ConstraintsRemoved = Get("constraints-removed");
        ContainsUpdates = stats?.GetValueOrDefault("contains-updates") as bool?
            ?? NodesCreated + NodesDeleted + RelationshipsCreated + RelationshipsDeleted + PropertiesSet + LabelsAdded
                + LabelsRemoved + IndexesAdded + IndexesRemoved + ConstraintsAdded + ConstraintsRemoved > 0;
    }

    public int NodesCreated { get; }
    public int NodesDeleted { get; }
    public int RelationshipsCreated { get; }
    public int RelationshipsDeleted { get; }
    public int PropertiesSet { get; }
    public int LabelsAdded { get; }
    public int LabelsRemoved { get; }
    public int ConstraintsAdded { get; }
    public int ConstraintsRemoved { get; }
    public int IndexesAdded { get; }
    public int IndexesRemoved { get; }
    public bool ContainsUpdates { get; }
}
