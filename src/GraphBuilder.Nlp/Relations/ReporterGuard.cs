using System.Collections.Frozen;
using GraphBuilder.Nlp.Data;
using GraphBuilder.Nlp.Pipeline;

namespace GraphBuilder.Nlp.Relations;

/// <summary>
/// The last stage: news outlets and monitors report relations, they are not parties to them ("Rudaw's correspondent
/// spoke with the Peshmerga", "sources confirmed to ARA News"), so relations the rules or the classifier gave one
/// are dropped. An outlet is a gazetteer entry with the reporter role, or a name headed by News, Agency, TV and the
/// like. The one relation kept is an outlet's declared side ("the pro-Hezbollah al-Manar").
/// </summary>
internal sealed class ReporterGuard(Gazetteer gazetteer) : IPipelineStage
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_outletHeads = FrozenSet.ToFrozenSet(
        ["News", "Agency", "TV", "Television", "Times", "Post", "Press", "Radio", "Channel", "Newspaper", "Daily", "Tribune", "Herald", "Journal", "Gazette"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public void Process(Document document, CancellationToken cancellationToken)
    {
        if (document.Relations.Count == 0)
        {
            return;
        }

        var reporters = new Dictionary<EntityCluster, bool>(ReferenceEqualityComparer.Instance);
        bool IsReporter(EntityCluster entity)
        {
            if (!reporters.TryGetValue(entity, out var reporter))
            {
                reporter = entity.Type == EntityType.Organization
                    && (gazetteer.ById(entity.Id) is { IsReporter: true } || entity.Mentions.Exists(m => m.IsName && !m.IsReference && HasOutletHead(document, m)));
                reporters[entity] = reporter;
            }

            return reporter;
        }

        document.Relations.RemoveAll(r => IsReporter(r.Object) || (IsReporter(r.Subject) && !DeclaresSide(document, r)));
    }

    /// <summary>"the pro-Hezbollah al-Manar": the pro- compound stands right before the outlet's name.</summary>
    private static bool DeclaresSide(Document document, RelationCandidate relation)
    {
        if (relation.Predicate != RelationPredicate.Supports || !relation.Trigger.StartsWith("pro", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var name = relation.Subject.Mentions.Find(m => m.Start > relation.EvidenceStart && m.Start <= relation.EvidenceEnd);
        return name is not null && !document.Text.AsSpan(relation.EvidenceStart, name.Start - relation.EvidenceStart).Trim().ContainsAny(' ', '\n');
    }

    private static bool HasOutletHead(Document document, Mention mention) =>
        mention.EndToken - 1 > mention.FirstToken && s_outletHeads.Contains(document.TokenSpan(mention.EndToken - 1));
}
