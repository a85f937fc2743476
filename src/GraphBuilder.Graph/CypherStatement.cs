namespace GraphBuilder.Graph;

/// <summary>One parameterised statement of a write batch; <see cref="Rows"/> is how many UNWIND rows it carries.</summary>
internal sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters, int Rows)
{
    public static CypherStatement Unwind(string text, List<Dictionary<string, object?>> rows) =>
        new(text, new Dictionary<string, object?> { ["rows"] = rows }, rows.Count);
}
