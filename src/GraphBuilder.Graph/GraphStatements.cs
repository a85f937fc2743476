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
        ON CREATE SET a.duplicateOf = row.duplicateOf
        SET a.file = row.file, a.title = row.title, a.published = row.published, a.source = row.source,
            a.url = row.url, a.contentHash = row.contentHash, a.extractor = row.extractor
        """;

    internal const string UpsertMentions = """
        UNWIND $rows AS row
        MATCH (a:Article {id: row.article})
        MATCH (e:Entity {id: row.entity})
        MERGE (a)-[m:MENTIONS]->(e)
        SET m.count = row.count, m.surfaces = row.surfaces, m.name = row.name, m.aliases = row.aliases
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
        SET r.start = row.start, r.end = row.end, r.sentenceStart = row.sentenceStart, r.sentenceEnd = row.sentenceEnd,
            r.status = row.status, r.trigger = row.trigger, r.confidence = row.confidence
        """;

    // Rewriting an article replaces its extraction: what the new one no longer has is cut loose from the article,
    // and Evidence that no article cites any more goes with it.
    internal const string DeleteStaleMentions = """
        UNWIND $rows AS row
        MATCH (a:Article {id: row.article})-[m:MENTIONS]->(e:Entity {id: row.entity})
        DELETE m
        """;

    internal const string DeleteStaleEvidenceInArticle = """
        UNWIND $rows AS row
        MATCH (ev:Evidence {id: row.evidence})-[r:IN_ARTICLE]->(a:Article {id: row.article})
        DELETE r
        """;

    internal const string DeleteUncitedEvidence = """
        UNWIND $rows AS row
        MATCH (ev:Evidence {id: row.id})
        OPTIONAL MATCH (ev)-[r:IN_ARTICLE]->()
        WITH ev, count(r) AS articles
        WHERE articles = 0
        DETACH DELETE ev
        """;

    // An Evidence node's status, trigger and confidence combine what each citing article read into the sentence
    // (kept on IN_ARTICLE), so they are recomputed when one article's reading is replaced. An IN_ARTICLE written
    // before those properties existed counts with the node's own values. The sentence is not recomputed: every
    // article's copy of it is the same after normalisation.
    internal const string RecomputeEvidence = """
        UNWIND $rows AS row
        MATCH (ev:Evidence {id: row.id})-[r:IN_ARTICLE]->()
        WITH ev, collect(coalesce(r.status, ev.status)) AS statuses, min(coalesce(r.trigger, ev.trigger)) AS trigger,
             max(coalesce(r.confidence, ev.confidence)) AS confidence
        SET ev.status = CASE WHEN 'asserted' IN statuses THEN 'asserted' ELSE 'hedged' END, ev.trigger = trigger,
            ev.confidence = confidence
        """;

    // Name and aliases follow from every article's MENTIONS (the same rule as UpsertEntitiesByKind), so a form only
    // the replaced extraction used disappears. A MENTIONS written before it carried name and aliases keeps the
    // entity's stored forms.
    internal const string RecomputeEntities = """
        UNWIND $rows AS row
        MATCH (e:Entity {id: row.id})<-[m:MENTIONS]-(:Article)
        WITH e, collect(m) AS mentions
        WITH e, any(m IN mentions WHERE m.name IS NULL) AS legacy,
             reduce(forms = [], m IN mentions | forms + coalesce(m.aliases, []) + coalesce(m.surfaces, []) + coalesce(m.name, [])) AS forms,
             [m IN mentions WHERE m.name IS NOT NULL | m.name] AS names
        WITH e, forms + CASE WHEN legacy THEN [e.name] + coalesce(e.aliases, []) ELSE [] END AS forms,
             names + CASE WHEN legacy THEN [e.name] ELSE [] END AS names
        UNWIND names AS name
        WITH e, forms, name ORDER BY size(name) DESC, name
        WITH e, forms, collect(name)[0] AS name
        UNWIND forms AS alias
        WITH e, name, alias ORDER BY alias
        WITH e, name, collect(DISTINCT alias) AS aliases
        SET e.name = name, e.aliases = [alias IN aliases WHERE alias <> name]
        """;

    internal const string DeleteUnmentionedEntities = """
        UNWIND $rows AS row
        MATCH (e:Entity {id: row.id})
        OPTIONAL MATCH (e)-[r]-()
        WITH e, count(r) AS relationships
        WHERE relationships = 0
        DELETE e
        """;

    // The name is the longest form seen (ties: ordinal-first) and the match key the ordinal-first one, so neither
    // depends on the order articles arrive in; every other form seen, including names that lost, stays in the sorted aliases.
    private static readonly Dictionary<EntityKind, string> UpsertEntitiesByKind = Enum.GetValues<EntityKind>().ToDictionary(kind => kind, kind => $"""
        UNWIND $rows AS row
        MERGE (e:Entity {"{"}id: row.id{"}"})
        WITH e, row, coalesce(e.aliases, []) + row.aliases + [row.name] + CASE WHEN e.name IS NULL THEN [] ELSE [e.name] END AS forms
        SET e:{GraphIds.Label(kind)}, e.type = '{GraphIds.Label(kind)}',
            e.name = CASE WHEN e.name IS NULL OR size(row.name) > size(e.name) OR (size(row.name) = size(e.name) AND row.name < e.name)
                THEN row.name ELSE e.name END,
            e.latitude = coalesce(row.latitude, e.latitude), e.longitude = coalesce(row.longitude, e.longitude),
            e.matchKey = CASE WHEN e.matchKey IS NULL OR row.matchKey < e.matchKey THEN row.matchKey ELSE e.matchKey END
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

    private static readonly Dictionary<RelationType, string> DeleteUnsupportedRelationsByType = Enum.GetValues<RelationType>().ToDictionary(type => type, type => $"""
        UNWIND $rows AS row
        MATCH (s:Entity {"{"}id: row.subject{"}"})-[r:{GraphIds.RelationshipType(type)}]->(o:Entity {"{"}id: row.object{"}"})
        WITH r, s, o
        OPTIONAL MATCH (s)<-[:SUBJECT]-(ev)-[:OBJECT]->(o)
        WHERE ev.predicate = '{GraphIds.RelationshipType(type)}'
        WITH r, count(ev) AS evidence
        WHERE evidence = 0
        DELETE r
        """);

    /// <param name="stored">The earlier extraction of articles of the batch already in the graph, which the batch replaces.</param>
    public static List<CypherStatement> ForBatch(IEnumerable<GraphArticle> batch, StoredExtractions? stored = null)
    {
        stored ??= StoredExtractions.None;
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
        var replaced = new Replaced();
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
                ["extractor"] = article.Extractor,
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
                    ["name"] = entity.Name,
                    ["aliases"] = SortedDistinct(entity.Aliases),
                });
            }

            // This article's reading of each of its sentences: the first occurrence's offsets, the combined status,
            // trigger and confidence when the same sentence comes twice.
            var inThisArticle = new SortedDictionary<string, (GraphEvidence First, EvidenceRow Reading)>(StringComparer.Ordinal);
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
                if (inThisArticle.TryGetValue(id, out var seen))
                {
                    seen.Reading.Add(item);
                    inThisArticle[id] = (item.Start < seen.First.Start ? item : seen.First, seen.Reading);
                }
                else
                {
                    inThisArticle[id] = (item, new EvidenceRow(id, item));
                }
            }

            foreach (var (id, (item, reading)) in inThisArticle)
            {
                var combined = reading.ToRow();
                inArticleRows.Add(new()
                {
                    ["evidence"] = id,
                    ["article"] = article.Id,
                    ["start"] = item.Start,
                    ["end"] = item.End,
                    ["sentenceStart"] = item.SentenceStart,
                    ["sentenceEnd"] = item.SentenceEnd,
                    ["status"] = combined["status"],
                    ["trigger"] = combined["trigger"],
                    ["confidence"] = combined["confidence"],
                });
            }

            if (stored.Mentions.TryGetValue(article.Id, out var storedEntities))
            {
                replaced.Add(article, storedEntities, stored.Evidence.GetValueOrDefault(article.Id) ?? [], inThisArticle.Keys, relations);
            }
        }

        var statements = new List<CypherStatement>();
        AddIfAny(statements, UpsertArticles, articleRows);
        AddIfAny(statements, DeleteStaleMentions, replaced.StaleMentions);
        AddIfAny(statements, DeleteStaleEvidenceInArticle, replaced.StaleEvidenceInArticle);
        AddIfAny(statements, DeleteUncitedEvidence, IdRows(replaced.StaleEvidence));
        foreach (var group in entities.Values.GroupBy(e => e.Kind).OrderBy(g => g.Key))
        {
            AddIfAny(statements, UpsertEntitiesByKind[group.Key], group.Select(e => e.ToRow()).ToList());
        }

        mentionRows.Sort(static (x, y) => CompareKeys(x, y, "entity", "article"));
        AddIfAny(statements, UpsertMentions, mentionRows);
        AddIfAny(statements, UpsertEvidence, evidence.Values.Select(e => e.ToRow()).ToList());
        inArticleRows.Sort(static (x, y) => CompareKeys(x, y, "evidence", "article"));
        AddIfAny(statements, UpsertEvidenceInArticle, inArticleRows);
        AddIfAny(statements, RecomputeEvidence, IdRows(replaced.Evidence));
        var relationRows = RelationRows(relations);
        foreach (var (type, rows) in relationRows)
        {
            AddIfAny(statements, UpsertRelationsByType[type], rows);
        }

        foreach (var (type, rows) in relationRows)
        {
            AddIfAny(statements, RecomputeRelationsByType[type], rows);
        }

        foreach (var (type, rows) in RelationRows(replaced.StaleRelations))
        {
            AddIfAny(statements, DeleteUnsupportedRelationsByType[type], rows);
        }

        AddIfAny(statements, RecomputeEntities, IdRows(replaced.Entities));
        AddIfAny(statements, DeleteUnmentionedEntities, IdRows(replaced.StaleEntities));
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

    private static List<Dictionary<string, object?>> IdRows(IEnumerable<string> ids) =>
        ids.Order(StringComparer.Ordinal).Select(id => new Dictionary<string, object?> { ["id"] = id }).ToList();

    private static List<(RelationType Type, List<Dictionary<string, object?>> Rows)> RelationRows(
        SortedDictionary<string, (RelationType Type, string Subject, string Object)> relations) =>
        relations
            .GroupBy(pair => pair.Value.Type)
            .OrderBy(group => group.Key)
            .Select(group => (group.Key, group.Select(pair => new Dictionary<string, object?>
            {
                ["key"] = pair.Key,
                ["subject"] = pair.Value.Subject,
                ["object"] = pair.Value.Object,
            }).ToList()))
            .ToList();

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

    /// <summary>
    /// What rewriting articles already in the graph touches: the mentions and evidence their earlier extraction had
    /// and the new one has not, and every entity, Evidence node and relation whose values must be recomputed.
    /// </summary>
    private sealed class Replaced
    {
        public List<Dictionary<string, object?>> StaleMentions { get; } = [];

        public List<Dictionary<string, object?>> StaleEvidenceInArticle { get; } = [];

        public SortedSet<string> StaleEvidence { get; } = new(StringComparer.Ordinal);

        /// <summary>Entities that lost a mention or an evidence end: removed if nothing else refers to them.</summary>
        public SortedSet<string> StaleEntities { get; } = new(StringComparer.Ordinal);

        /// <summary>Relations that lost evidence: removed if none is left.</summary>
        public SortedDictionary<string, (RelationType Type, string Subject, string Object)> StaleRelations { get; } = new(StringComparer.Ordinal);

        public SortedSet<string> Evidence { get; } = new(StringComparer.Ordinal);

        public SortedSet<string> Entities { get; } = new(StringComparer.Ordinal);

        public void Add(
            GraphArticle article,
            HashSet<string> storedEntities,
            List<StoredEvidence> storedEvidence,
            IEnumerable<string> evidenceIds,
            SortedDictionary<string, (RelationType Type, string Subject, string Object)> relations)
        {
            var entityIds = article.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            Entities.UnionWith(entityIds);
            foreach (var entity in storedEntities.Where(id => !entityIds.Contains(id)).Order(StringComparer.Ordinal))
            {
                StaleMentions.Add(new() { ["article"] = article.Id, ["entity"] = entity });
                StaleEntities.Add(entity);
                Entities.Add(entity);
            }

            var current = evidenceIds.ToHashSet(StringComparer.Ordinal);
            Evidence.UnionWith(current);
            foreach (var item in storedEvidence.Where(e => !current.Contains(e.Id)).OrderBy(e => e.Id, StringComparer.Ordinal))
            {
                StaleEvidenceInArticle.Add(new() { ["evidence"] = item.Id, ["article"] = article.Id });
                StaleEvidence.Add(item.Id);
                Evidence.Add(item.Id);
                StaleEntities.Add(item.Subject);
                StaleEntities.Add(item.Object);
                var key = GraphIds.RelationKey(item.Subject, item.Relation, item.Object);
                relations.TryAdd(key, (item.Relation, item.Subject, item.Object));
                StaleRelations.TryAdd(key, (item.Relation, item.Subject, item.Object));
            }
        }
    }

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
            if (entity.MatchKey is { } key && (_matchKey is null || string.CompareOrdinal(key, _matchKey) < 0))
            {
                _matchKey = key;
            }
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
