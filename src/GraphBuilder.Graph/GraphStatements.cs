using System.Globalization;

namespace GraphBuilder.Graph;

/// <summary>
/// Turns a batch of articles into the UNWIND statements of one write transaction. Rows are merged and sorted by id
/// first, so every transaction takes its locks in the same order (fewer deadlocks) and the result does not depend on
/// the order of the input. Labels and relationship types come from the enums, never from input text.
/// </summary>
internal static class GraphStatements
{
    internal const string UpsertArticles = """
        UNWIND $rows AS row
        MERGE (a:Article {id: row.id})
        SET a.file = row.file, a.title = row.title, a.published = row.published, a.source = row.source,
            a.url = row.url, a.contentHash = row.contentHash, a.duplicateOf = row.duplicateOf
        """;

    internal const string UpsertMentions = """
        UNWIND $rows AS row
        MATCH (a:Article {id: row.article})
        MATCH (e:Entity {id: row.entity})
        MERGE (a)-[m:MENTIONS]->(e)
        SET m.count = row.count, m.surfaces = row.surfaces
        """;

    // Several articles may report the same evidence: status, sentence, trigger and confidence combine order-independently.
    internal const string UpsertEvidence = """
        UNWIND $rows AS row
        MERGE (ev:Evidence {id: row.id})
        ON CREATE SET ev.predicate = row.predicate, ev.subject = row.subject, ev.object = row.object, ev.status = row.status,
            ev.sentence = row.sentence, ev.trigger = row.trigger, ev.confidence = row.confidence
        ON MATCH SET ev.status = CASE WHEN ev.status = 'asserted' THEN 'asserted' ELSE row.status END,
            ev.sentence = CASE WHEN row.sentence < ev.sentence THEN row.sentence ELSE ev.sentence END,
            ev.trigger = CASE WHEN row.trigger < ev.trigger THEN row.trigger ELSE ev.trigger END,
            ev.confidence = CASE WHEN row.confidence > ev.confidence THEN row.confidence ELSE ev.confidence END
        WITH ev, row
        MATCH (s:Entity {id: row.subject})
        MATCH (o:Entity {id: row.object})
        MERGE (ev)-[:SUBJECT]->(s)
        MERGE (ev)-[:OBJECT]->(o)
        """;

    internal const string UpsertEvidenceInArticle = """
        UNWIND $rows AS row
        MATCH (ev:Evidence {id: row.evidence})
        MATCH (a:Article {id: row.article})
        MERGE (ev)-[r:IN_ARTICLE]->(a)
        SET r.start = row.start, r.end = row.end, r.sentenceStart = row.sentenceStart, r.sentenceEnd = row.sentenceEnd
        """;

    // The name is the longest form seen (ties: ordinal-first), so it does not depend on the order articles arrive in;
    // every other form seen, including names that lost, stays in the sorted aliases.
    private static readonly Dictionary<EntityKind, string> UpsertEntitiesByKind = Enum.GetValues<EntityKind>().ToDictionary(kind => kind, kind => $"""
        UNWIND $rows AS row
        MERGE (e:Entity {"{"}id: row.id{"}"})
        WITH e, row, coalesce(e.aliases, []) + row.aliases + [row.name] + CASE WHEN e.name IS NULL THEN [] ELSE [e.name] END AS forms
        SET e:{GraphIds.Label(kind)}, e.type = '{GraphIds.Label(kind)}',
            e.name = CASE WHEN e.name IS NULL OR size(row.name) > size(e.name) OR (size(row.name) = size(e.name) AND row.name < e.name)
                THEN row.name ELSE e.name END,
            e.latitude = coalesce(row.latitude, e.latitude), e.longitude = coalesce(row.longitude, e.longitude),
            e.matchKey = coalesce(e.matchKey, row.matchKey)
        WITH e, forms
        UNWIND forms AS alias
        WITH e, alias ORDER BY alias
        WITH e, collect(DISTINCT alias) AS aliases
        SET e.aliases = [alias IN aliases WHERE alias <> e.name]
        """);

    // The WITHs and the unlabelled evidence keep Neo4j 3.1's planner from scanning all Evidence nodes per row (quadratic):
    // it can only expand from the two entities found through the unique index.
    // Setting the key write-locks the relationship, so a concurrent writer of the same relation waits for this
    // transaction and then recomputes from all committed evidence, including ours.
    private static readonly Dictionary<RelationType, string> UpsertRelationsByType = Enum.GetValues<RelationType>().ToDictionary(type => type, type => $"""
        UNWIND $rows AS row
        MATCH (s:Entity {"{"}id: row.subject{"}"})
        MATCH (o:Entity {"{"}id: row.object{"}"})
        MERGE (s)-[r:{GraphIds.RelationshipType(type)}]->(o)
        SET r.key = row.key
        """);

    private static readonly Dictionary<RelationType, string> RecomputeRelationsByType = Enum.GetValues<RelationType>().ToDictionary(type => type, type => $"""
        UNWIND $rows AS row
        MATCH (s:Entity {"{"}id: row.subject{"}"})-[r:{GraphIds.RelationshipType(type)}]->(o:Entity {"{"}id: row.object{"}"})
        WITH r, s, o
        MATCH (s)<-[:SUBJECT]-(ev)-[:OBJECT]->(o)
        WHERE ev.predicate = '{GraphIds.RelationshipType(type)}'
        WITH r, ev
        MATCH (ev)-[:IN_ARTICLE]->(a)
        WITH r, ev, a ORDER BY a.id
        WITH r, collect(DISTINCT a.id) AS articles, min(a.published) AS firstSeen, max(a.published) AS lastSeen,
             collect(DISTINCT ev) AS evidence
        UNWIND evidence AS ev
        WITH r, articles, firstSeen, lastSeen, size(evidence) AS evidenceCount, ev ORDER BY ev.trigger
        WITH r, articles, firstSeen, lastSeen, evidenceCount, collect(DISTINCT ev.trigger) AS triggers,
             sum(CASE WHEN ev.status = 'asserted' THEN 1 ELSE 0 END) AS asserted
        SET r.status = CASE WHEN asserted > 0 THEN 'asserted' ELSE 'hedged' END, r.evidenceCount = evidenceCount,
            r.articleCount = size(articles), r.articles = articles, r.triggers = triggers,
            r.firstSeen = firstSeen, r.lastSeen = lastSeen
        """);

    public static List<CypherStatement> ForBatch(IEnumerable<GraphArticle> batch)
    {
        var articles = new SortedDictionary<string, GraphArticle>(StringComparer.Ordinal);
        foreach (var article in batch)
        {
            Validate(article);
            articles.TryAdd(article.Id, article); // the same content twice in one batch is written once
        }

        var entities = new SortedDictionary<string, EntityRow>(StringComparer.Ordinal);
        var evidence = new SortedDictionary<string, EvidenceRow>(StringComparer.Ordinal);
        var relations = new SortedDictionary<string, (RelationType Type, string Subject, string Object)>(StringComparer.Ordinal);
        var articleRows = new List<Dictionary<string, object?>>(articles.Count);
        var mentionRows = new List<Dictionary<string, object?>>();
        var inArticleRows = new List<Dictionary<string, object?>>();
        foreach (var article in articles.Values)
        {
            articleRows.Add(new()
            {
                ["id"] = article.Id,
                ["file"] = article.File,
                ["title"] = article.Title,
                ["published"] = article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["source"] = article.Source,
                ["url"] = article.Url,
                ["contentHash"] = article.ContentHash,
                ["duplicateOf"] = article.DuplicateOf,
            });

            foreach (var entity in article.Entities.OrderBy(e => e.Id, StringComparer.Ordinal))
            {
                if (!entities.TryGetValue(entity.Id, out var row))
                {
                    entities[entity.Id] = row = new EntityRow(entity);
                }

                row.Add(entity);
                mentionRows.Add(new()
                {
                    ["article"] = article.Id,
                    ["entity"] = entity.Id,
                    ["count"] = entity.MentionCount,
                    ["surfaces"] = SortedDistinct(entity.Surfaces),
                });
            }

            var firstOffsets = new Dictionary<string, GraphEvidence>(StringComparer.Ordinal);
            foreach (var item in article.Evidence)
            {
                var id = item.Id;
                if (evidence.TryGetValue(id, out var row))
                {
                    row.Add(item);
                }
                else
                {
                    evidence[id] = new EvidenceRow(id, item);
                }

                relations.TryAdd(GraphIds.RelationKey(item.Subject, item.Relation, item.Object), (item.Relation, item.Subject, item.Object));
                if (!firstOffsets.TryGetValue(id, out var first) || item.Start < first.Start)
                {
                    firstOffsets[id] = item; // the same sentence twice in one article: keep its first occurrence
                }
            }

            foreach (var (id, item) in firstOffsets.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                inArticleRows.Add(new()
                {
                    ["evidence"] = id,
                    ["article"] = article.Id,
                    ["start"] = item.Start,
                    ["end"] = item.End,
                    ["sentenceStart"] = item.SentenceStart,
                    ["sentenceEnd"] = item.SentenceEnd,
                });
            }
        }

        var statements = new List<CypherStatement>();
        AddIfAny(statements, UpsertArticles, articleRows);
        foreach (var group in entities.Values.GroupBy(e => e.Kind).OrderBy(g => g.Key))
        {
            AddIfAny(statements, UpsertEntitiesByKind[group.Key], group.Select(e => e.ToRow()).ToList());
        }

        mentionRows.Sort(static (x, y) => CompareKeys(x, y, "entity", "article"));
        AddIfAny(statements, UpsertMentions, mentionRows);
        AddIfAny(statements, UpsertEvidence, evidence.Values.Select(e => e.ToRow()).ToList());
        inArticleRows.Sort(static (x, y) => CompareKeys(x, y, "evidence", "article"));
        AddIfAny(statements, UpsertEvidenceInArticle, inArticleRows);
        var relationRows = relations
            .GroupBy(pair => pair.Value.Type)
            .OrderBy(group => group.Key)
            .Select(group => (group.Key, Rows: group.Select(pair => new Dictionary<string, object?>
            {
                ["key"] = pair.Key,
                ["subject"] = pair.Value.Subject,
                ["object"] = pair.Value.Object,
            }).ToList()))
            .ToList();
        foreach (var (type, rows) in relationRows)
        {
            AddIfAny(statements, UpsertRelationsByType[type], rows);
        }

        foreach (var (type, rows) in relationRows)
        {
            AddIfAny(statements, RecomputeRelationsByType[type], rows);
        }

        return statements;
    }

    internal static void Validate(GraphArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentException.ThrowIfNullOrEmpty(article.Id, nameof(article));
        var ids = article.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var item in article.Evidence)
        {
            if (!ids.Contains(item.Subject) || !ids.Contains(item.Object))
            {
                throw new ArgumentException(
                    $"Article {article.Id}: evidence {GraphIds.RelationKey(item.Subject, item.Relation, item.Object)} names an entity the article does not list",
                    nameof(article));
            }
        }
    }

    private static void AddIfAny(List<CypherStatement> statements, string text, List<Dictionary<string, object?>> rows)
    {
        if (rows.Count > 0)
        {
            statements.Add(CypherStatement.Unwind(text, rows));
        }
    }

    private static int CompareKeys(Dictionary<string, object?> x, Dictionary<string, object?> y, string first, string second)
    {
        var order = string.CompareOrdinal((string?)x[first], (string?)y[first]);
        return order != 0 ? order : string.CompareOrdinal((string?)x[second], (string?)y[second]);
    }

    private static string[] SortedDistinct(IEnumerable<string> values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    private static string Min(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? a : b;

    /// <summary>An entity as seen by all articles of the batch, combined with the same rules the Cypher applies.</summary>
    private sealed class EntityRow(GraphEntity first)
    {
        private readonly SortedSet<string> _forms = new(StringComparer.Ordinal);
        private string _name = first.Name;
        private double? _latitude;
        private double? _longitude;
        private string? _matchKey;

        public EntityKind Kind { get; } = first.Kind;

        public void Add(GraphEntity entity)
        {
            _forms.UnionWith(entity.Aliases.Concat(entity.Surfaces).Append(entity.Name).Where(form => !string.IsNullOrWhiteSpace(form)));
            if (entity.Name.Length > _name.Length || (entity.Name.Length == _name.Length && string.CompareOrdinal(entity.Name, _name) < 0))
            {
                _name = entity.Name;
            }

            _latitude ??= entity.Latitude;
            _longitude ??= entity.Longitude;
            _matchKey ??= entity.MatchKey;
        }

        public Dictionary<string, object?> ToRow() => new()
        {
            ["id"] = first.Id,
            ["name"] = _name,
            ["aliases"] = _forms.Where(form => form != _name).ToArray(),
            ["latitude"] = _latitude,
            ["longitude"] = _longitude,
            ["matchKey"] = _matchKey,
        };
    }

    /// <summary>One Evidence node combined over the batch with the same rules the Cypher applies against the stored node.</summary>
    private sealed class EvidenceRow(string id, GraphEvidence first)
    {
        private bool _asserted = first.Status == EvidenceStatus.Asserted;
        private string _sentence = first.Sentence;
        private string _trigger = first.Trigger;
        private double _confidence = first.Confidence;

        public void Add(GraphEvidence other)
        {
            _asserted |= other.Status == EvidenceStatus.Asserted;
            _sentence = Min(_sentence, other.Sentence);
            _trigger = Min(_trigger, other.Trigger);
            _confidence = Math.Max(_confidence, other.Confidence);
        }

        public Dictionary<string, object?> ToRow() => new()
        {
            ["id"] = id,
            ["predicate"] = GraphIds.RelationshipType(first.Relation),
            ["subject"] = first.Subject,
            ["object"] = first.Object,
            ["status"] = _asserted ? "asserted" : "hedged",
            ["sentence"] = _sentence,
            ["trigger"] = _trigger,
            ["confidence"] = _confidence,
        };
    }
}
