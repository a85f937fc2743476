using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GraphBuilder.Graph;
using GraphBuilder.Nlp;

namespace GraphBuilder.Ingest;

/// <summary>Maps what the NLP extracted from one article to the graph writer's input model.</summary>
internal static class GraphArticleMapper
{
    /// <param name="idNamespace">Prefix for every article, entity and evidence-end id (empty for the normal single graph).</param>
    public static GraphArticle Map(ExtractedArticle extracted, string idNamespace)
    {
        var (article, entities, relations) = extracted.Extraction;
        var known = new HashSet<string>(entities.Select(e => e.Id), StringComparer.Ordinal);
        return new GraphArticle
        {
            Id = idNamespace + article.Id,
            File = article.FileName,
            Title = article.Title,
            Published = DateOnly.TryParseExact(article.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var published) ? published : null,
            Source = article.Source,
            Url = article.Url,
            ContentHash = ContentHash(article.Body),
            DuplicateOf = extracted.DuplicateOf is null ? null : idNamespace + extracted.DuplicateOf,
            Extractor = extracted.Extractor,
            Entities = entities.Select(e => new GraphEntity(idNamespace + e.Id, Kind(e.Type), e.Name, e.Aliases)
            {
                Latitude = e.Latitude,
                Longitude = e.Longitude,
                MentionCount = Math.Max(1, e.Mentions.Count),
                Surfaces = e.Mentions.Select(m => m.Text).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                MatchKey = EntityMatchKey.For(e) is { } key ? idNamespace + key : null,
            }).ToList(),

            // The writer requires both ends among the article's entities; a relation to an entity the NLP did not list is not evidence of anything.
            Evidence = relations.Where(r => known.Contains(r.Subject) && known.Contains(r.Object)).Select(r => new GraphEvidence(
                idNamespace + r.Subject,
                Relation(r.Predicate),
                idNamespace + r.Object,
                r.Status == RelationStatus.Hedged ? EvidenceStatus.Hedged : EvidenceStatus.Asserted,
                r.Evidence.Sentence,
                r.Evidence.Trigger,
                r.Evidence.Confidence)
            {
                Start = r.Evidence.Start,
                End = r.Evidence.End,
                SentenceStart = r.Evidence.SentenceStart,
                SentenceEnd = r.Evidence.SentenceEnd,
            }).ToList(),
        };
    }

    /// <summary>SHA-256 of the exact body: unlike the id (over normalised text), any edit changes it.</summary>
    internal static string ContentHash(string body) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));

    private static EntityKind Kind(EntityType type) => type switch
    {
        EntityType.Person => EntityKind.Person,
        EntityType.Organization => EntityKind.Organization,
        EntityType.Location => EntityKind.Location,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private static RelationType Relation(RelationPredicate predicate) => predicate switch
    {
        RelationPredicate.Supports => RelationType.Supports,
        RelationPredicate.Opposes => RelationType.Opposes,
        RelationPredicate.CrossedInto => RelationType.CrossedInto,
        RelationPredicate.Captured => RelationType.Captured,
        _ => throw new ArgumentOutOfRangeException(nameof(predicate), predicate, null),
    };
}
