using System.Text.Json;
using GraphBuilder.Testing;

namespace GraphBuilder.Graph.Tests;

/// <summary>The five real articles with their gold annotations, mapped to the graph model under a per-test id prefix.</summary>
internal static class GoldArticles
{
    public static List<GraphArticle> Load(string prefix)
    {
        var articles = new List<GraphArticle>();
        foreach (var path in Directory.EnumerateFiles(SharedData.Gold, "*.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var root = json.RootElement;
            var file = root.GetProperty("article").GetString()!;
            var body = File.ReadAllText(Path.Combine(SharedData.Articles, file));
            var entities = root.GetProperty("entities").EnumerateArray().Select(e => new GraphEntity(
                    prefix + e.GetProperty("id").GetString(),
                    Enum.Parse<EntityKind>(e.GetProperty("type").GetString()!),
                    e.GetProperty("name").GetString()!,
                    e.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).ToList())
                {
                    MentionCount = CountOccurrences(body, e.GetProperty("name").GetString()!),
                    Surfaces = [e.GetProperty("name").GetString()!],
                })
                .ToList();
            var evidence = root.GetProperty("relations").EnumerateArray().Select(r =>
                {
                    var text = r.GetProperty("evidence").GetString()!;
                    var start = body.IndexOf(text, StringComparison.Ordinal);
                    return new GraphEvidence(
                        prefix + r.GetProperty("subject").GetString(),
                        ParseRelation(r.GetProperty("predicate").GetString()!),
                        prefix + r.GetProperty("object").GetString(),
                        r.GetProperty("status").GetString() == "asserted" ? EvidenceStatus.Asserted : EvidenceStatus.Hedged,
                        text,
                        text.Split(' ')[0],
                        0.9)
                    {
                        Start = start,
                        End = start + text.Length,
                        SentenceStart = start,
                        SentenceEnd = start + text.Length,
                    };
                })
                .ToList();
            articles.Add(new GraphArticle
            {
                Id = prefix + Path.GetFileNameWithoutExtension(file),
                File = file,
                Title = root.GetProperty("title").GetString(),
                Published = root.GetProperty("published").GetString() is { } published
                    ? DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)
                    : null,
                Source = root.GetProperty("source").GetString(),
                ContentHash = Path.GetFileNameWithoutExtension(file),
                Entities = entities,
                Evidence = evidence,
            });
        }

        return articles;
    }

    private static RelationType ParseRelation(string predicate) => predicate switch
    {
        "SUPPORTS" => RelationType.Supports,
        "OPPOSES" => RelationType.Opposes,
        "CROSSED_INTO" => RelationType.CrossedInto,
        "CAPTURED" => RelationType.Captured,
        _ => throw new InvalidDataException($"Unknown predicate {predicate}"),
    };

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return Math.Max(count, 1);
    }
}
