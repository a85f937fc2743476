using System.Text.Json;

namespace GraphBuilder.Nlp;

/// <summary>One article's annotation in the gold shape; predictions are converted to it so that both sides are scored alike.</summary>
internal sealed record GoldDocument(
    string Article,
    string? Title,
    string? Published,
    string? Source,
    IReadOnlyList<GoldEntity> Entities,
    IReadOnlyList<GoldRelation> Relations)
{
    public static GoldDocument FromExtraction(ArticleExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var article = extraction.Article;
        return new GoldDocument(
            article.FileName,
            article.Title,
            article.Published,
            article.Source,
            [.. extraction.Entities.Select(e => new GoldEntity(e.Id, e.Type, e.Name, e.Aliases))],
            [.. extraction.Relations.Select(r => new GoldRelation(r.Subject, r.Predicate, r.Object, r.Status, r.Evidence.Text))]);
    }
}

internal sealed record GoldEntity(string Id, EntityType Type, string Name, IReadOnlyList<string> Aliases);

internal sealed record GoldRelation(string Subject, RelationPredicate Predicate, string Object, RelationStatus Status, string Evidence);

/// <summary>Reads gold files (and <see cref="ExtractionJson"/> output, which has the same shape).</summary>
internal static class GoldReader
{
    public static async Task<GoldDocument> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        try
        {
            return Parse(bytes);
        }
        catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException($"{path}: not a gold file ({e.Message})", e);
        }
    }

    public static GoldDocument Parse(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        return new GoldDocument(
            root.GetProperty("article").GetString() ?? throw new FormatException("\"article\" is null"),
            OptionalString(root, "title"),
            OptionalString(root, "published"),
            OptionalString(root, "source"),
            [.. root.GetProperty("entities").EnumerateArray().Select(ParseEntity)],
            [.. root.GetProperty("relations").EnumerateArray().Select(ParseRelation)]);
    }

    private static GoldEntity ParseEntity(JsonElement element) => new(
        RequiredString(element, "id"),
        Enum.Parse<EntityType>(RequiredString(element, "type"), ignoreCase: true),
        RequiredString(element, "name"),
        element.TryGetProperty("aliases", out var aliases)
            ? [.. aliases.EnumerateArray().Select(a => a.GetString() ?? string.Empty)]
            : []);

    private static GoldRelation ParseRelation(JsonElement element) => new(
        RequiredString(element, "subject"),
        NlpWireNames.ParsePredicate(RequiredString(element, "predicate")),
        RequiredString(element, "object"),
        RequiredString(element, "status") switch
        {
            "asserted" => RelationStatus.Asserted,
            "hedged" => RelationStatus.Hedged,
            var other => throw new FormatException($"Unknown status '{other}'."),
        },
        OptionalString(element, "evidence") ?? string.Empty);

    private static string RequiredString(JsonElement element, string name) =>
        element.GetProperty(name).GetString() ?? throw new FormatException($"\"{name}\" is null");

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
