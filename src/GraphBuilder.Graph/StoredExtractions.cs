using GraphBuilder.Bolt;

namespace GraphBuilder.Graph;

/// <summary>One Evidence node an article pointed to before it was rewritten.</summary>
internal sealed record StoredEvidence(string Id, RelationType Relation, string Subject, string Object);

/// <summary>
/// What the graph already holds for the articles of a batch that were written before: the entities each one mentions
/// and the evidence that cites it. Writing such an article replaces that extraction (see <see cref="GraphStatements"/>).
/// </summary>
internal sealed class StoredExtractions
{
    private const string FindMentions = """
        UNWIND $ids AS id
        MATCH (a:Article {id: id})
        OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
        RETURN a.id AS article, collect(e.id) AS entities
        """;

    private const string FindEvidence = """
        UNWIND $ids AS id
        MATCH (a:Article {id: id})<-[:IN_ARTICLE]-(ev:Evidence)
        MATCH (s:Entity)<-[:SUBJECT]-(ev)-[:OBJECT]->(o:Entity)
        RETURN a.id AS article, ev.id AS id, ev.predicate AS predicate, s.id AS subject, o.id AS object
        """;

    public static readonly StoredExtractions None = new();

    /// <summary>Entity ids each stored article mentions, by article id; only articles already in the graph are keys.</summary>
    public Dictionary<string, HashSet<string>> Mentions { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<StoredEvidence>> Evidence { get; } = new(StringComparer.Ordinal);

    public static async Task<StoredExtractions> ReadAsync(IAsyncQueryRunner tx, IReadOnlyCollection<GraphArticle> articles, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?> { ["ids"] = articles.Select(a => a.Id).Distinct(StringComparer.Ordinal).ToArray() };
        var stored = new StoredExtractions();
        var cursor = await tx.RunAsync(FindMentions, parameters, cancellationToken).ConfigureAwait(false);
        await foreach (var record in cursor.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            stored.Mentions[record.Get<string>("article")] = record.Get<List<string>>("entities").ToHashSet(StringComparer.Ordinal);
        }

        if (stored.Mentions.Count == 0)
        {
            return None;
        }

        var predicates = Enum.GetValues<RelationType>().ToDictionary(GraphIds.RelationshipType, type => type, StringComparer.Ordinal);
        cursor = await tx.RunAsync(FindEvidence, parameters, cancellationToken).ConfigureAwait(false);
        await foreach (var record in cursor.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (predicates.TryGetValue(record.Get<string>("predicate"), out var relation))
            {
                var article = record.Get<string>("article");
                (stored.Evidence.TryGetValue(article, out var list) ? list : stored.Evidence[article] = [])
                    .Add(new StoredEvidence(record.Get<string>("id"), relation, record.Get<string>("subject"), record.Get<string>("object")));
            }
        }

        return stored;
    }
}
