using GraphBuilder.Bolt;

namespace GraphBuilder.Graph;

/// <summary>
/// Joins entities that articles spell differently: each match key names one entity id, the one already in the graph
/// or else the ordinal-first id the batch offers, and the batch is rewritten to use it.
/// </summary>
internal static class EntityMatchKeys
{
    private const string FindByKey = """
        UNWIND $keys AS key
        MATCH (e:Entity {matchKey: key})
        RETURN key, min(e.id) AS id
        """;

    public static async Task<IReadOnlyCollection<GraphArticle>> ResolveAsync(
        IAsyncQueryRunner tx, IReadOnlyCollection<GraphArticle> articles, CancellationToken cancellationToken)
    {
        var offered = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in articles.SelectMany(a => a.Entities))
        {
            if (entity.MatchKey is { } key && (!offered.TryGetValue(key, out var id) || string.CompareOrdinal(entity.Id, id) < 0))
            {
                offered[key] = entity.Id;
            }
        }

        if (offered.Count == 0)
        {
            return articles;
        }

        var cursor = await tx.RunAsync(FindByKey, new Dictionary<string, object?> { ["keys"] = offered.Keys.ToArray() }, cancellationToken).ConfigureAwait(false);
        await foreach (var record in cursor.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            offered[record.Get<string>("key")] = record.Get<string>("id");
        }

        var rename = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in articles.SelectMany(a => a.Entities))
        {
            if (entity.MatchKey is { } key && offered[key] != entity.Id)
            {
                rename[entity.Id] = offered[key];
            }
        }

        return rename.Count == 0 ? articles : articles.Select(article => Rename(article, rename)).ToList();
    }

    private static GraphArticle Rename(GraphArticle article, Dictionary<string, string> rename)
    {
        string Id(string id) => rename.GetValueOrDefault(id, id);
        return new GraphArticle
        {
            Id = article.Id,
            File = article.File,
            Title = article.Title,
            Published = article.Published,
            Source = article.Source,
            Url = article.Url,
            ContentHash = article.ContentHash,
            DuplicateOf = article.DuplicateOf,
            Extractor = article.Extractor,
            Entities = article.Entities.Select(e => rename.ContainsKey(e.Id) ? e with { Id = Id(e.Id) } : e).ToList(),
            Evidence = article.Evidence.Select(e => rename.ContainsKey(e.Subject) || rename.ContainsKey(e.Object)
                ? e with { Subject = Id(e.Subject), Object = Id(e.Object) }
                : e).ToList(),
        };
    }
}
