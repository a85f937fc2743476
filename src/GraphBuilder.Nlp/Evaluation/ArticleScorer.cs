namespace GraphBuilder.Nlp;

/// <summary>What scoring one article found: matched counts plus the misses and false finds to show in verbose mode.</summary>
internal sealed record ArticleEvaluation(
    string Article,
    IReadOnlyDictionary<EntityType, PrecisionRecall> Entities,
    IReadOnlyDictionary<RelationPredicate, PrecisionRecall> Relations,
    int StatusCorrect,
    IReadOnlyList<GoldEntity> MissedEntities,
    IReadOnlyList<GoldEntity> SpuriousEntities,
    IReadOnlyList<GoldRelation> MissedRelations,
    IReadOnlyList<GoldRelation> SpuriousRelations,
    IReadOnlyList<(GoldRelation Gold, GoldRelation Predicted)> StatusMismatches,
    MetadataAgreement Metadata);

internal readonly record struct MetadataAgreement(bool Title, bool Published, bool Source);

/// <summary>
/// Scores one article's prediction against its gold. Entities match one-to-one when their types agree and their
/// normalised surface forms (name and aliases) intersect; relations match on predicate and matched subject and object.
/// </summary>
internal static class ArticleScorer
{
    public static ArticleEvaluation Score(GoldDocument gold, GoldDocument predicted)
    {
        var goldIdOf = MatchEntities(gold.Entities, predicted.Entities);

        var entityCounts = new Dictionary<EntityType, PrecisionRecall>();
        foreach (var type in Enum.GetValues<EntityType>())
        {
            var matched = predicted.Entities.Count(p => p.Type == type && goldIdOf.ContainsKey(p.Id));
            entityCounts[type] = new PrecisionRecall(
                matched,
                predicted.Entities.Count(p => p.Type == type) - matched,
                gold.Entities.Count(g => g.Type == type) - matched);
        }

        var matchedGoldIds = goldIdOf.Values.ToHashSet(StringComparer.Ordinal);
        var goldRelations = Distinct(gold.Relations, r => r);
        var predictedRelations = Distinct(predicted.Relations, r => r with
        {
            // Unmatched entities keep a marked id so that their relations can only be spurious.
            Subject = goldIdOf.GetValueOrDefault(r.Subject) ?? "?" + r.Subject,
            Object = goldIdOf.GetValueOrDefault(r.Object) ?? "?" + r.Object,
        });

        var relationCounts = new Dictionary<RelationPredicate, PrecisionRecall>();
        var statusCorrect = 0;
        var mismatches = new List<(GoldRelation, GoldRelation)>();
        foreach (var predicate in Enum.GetValues<RelationPredicate>())
        {
            var truePositives = 0;
            foreach (var (key, relation) in predictedRelations.Where(p => p.Key.Predicate == predicate))
            {
                if (goldRelations.TryGetValue(key, out var goldRelation))
                {
                    truePositives++;
                    if (goldRelation.Status == relation.Status)
                    {
                        statusCorrect++;
                    }
                    else
                    {
                        mismatches.Add((goldRelation, relation));
                    }
                }
            }

            relationCounts[predicate] = new PrecisionRecall(
                truePositives,
                predictedRelations.Keys.Count(k => k.Predicate == predicate) - truePositives,
                goldRelations.Keys.Count(k => k.Predicate == predicate) - truePositives);
        }

        return new ArticleEvaluation(
            gold.Article,
            entityCounts,
            relationCounts,
            statusCorrect,
            [.. gold.Entities.Where(g => !matchedGoldIds.Contains(g.Id))],
            [.. predicted.Entities.Where(p => !goldIdOf.ContainsKey(p.Id))],
            [.. goldRelations.Where(g => !predictedRelations.ContainsKey(g.Key)).Select(g => g.Value)],
            [.. predictedRelations.Where(p => !goldRelations.ContainsKey(p.Key)).Select(p => p.Value)],
            mismatches,
            new MetadataAgreement(
                SameText(gold.Title, predicted.Title),
                gold.Published == predicted.Published,
                SameText(gold.Source, predicted.Source)));
    }

    /// <summary>
    /// One-to-one entity matching by augmenting paths (maximum number of matched pairs); each gold entity tries its
    /// candidates best first: same id, then most shared surface forms.
    /// </summary>
    /// <returns>Predicted entity id to gold entity id, for the matched pairs.</returns>
    internal static Dictionary<string, string> MatchEntities(IReadOnlyList<GoldEntity> gold, IReadOnlyList<GoldEntity> predicted)
    {
        var predictedForms = predicted.Select(Forms).ToArray();
        var candidates = new List<int>[gold.Count];
        for (var g = 0; g < gold.Count; g++)
        {
            var forms = Forms(gold[g]);
            var goldEntity = gold[g];
            candidates[g] = [.. Enumerable.Range(0, predicted.Count)
                .Select(p => (Index: p, Shared: predictedForms[p].Count(forms.Contains)))
                .Where(c => c.Shared > 0 && predicted[c.Index].Type == goldEntity.Type)
                .OrderByDescending(c => predicted[c.Index].Id == goldEntity.Id)
                .ThenByDescending(c => c.Shared)
                .ThenBy(c => c.Index)
                .Select(c => c.Index)];
        }

        var goldOfPredicted = new int[predicted.Count];
        Array.Fill(goldOfPredicted, -1);
        for (var g = 0; g < gold.Count; g++)
        {
            TryAssign(g, candidates, goldOfPredicted, new bool[predicted.Count]);
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var p = 0; p < predicted.Count; p++)
        {
            if (goldOfPredicted[p] >= 0)
            {
                result.TryAdd(predicted[p].Id, gold[goldOfPredicted[p]].Id);
            }
        }

        return result;
    }

    private static bool TryAssign(int g, List<int>[] candidates, int[] goldOfPredicted, bool[] visited)
    {
        foreach (var p in candidates[g])
        {
            if (visited[p])
            {
                continue;
            }

            visited[p] = true;
            if (goldOfPredicted[p] < 0 || TryAssign(goldOfPredicted[p], candidates, goldOfPredicted, visited))
            {
                goldOfPredicted[p] = g;
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> Forms(GoldEntity entity)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal) { SurfaceForm.Normalise(entity.Name) };
        foreach (var alias in entity.Aliases)
        {
            forms.Add(SurfaceForm.Normalise(alias));
        }

        forms.Remove(string.Empty);
        return forms;
    }

    /// <summary>One entry per triple; when a triple is stated as both hedged and asserted, asserted is kept (as in the gold).</summary>
    private static Dictionary<(string Subject, RelationPredicate Predicate, string Object), GoldRelation> Distinct(
        IReadOnlyList<GoldRelation> relations,
        Func<GoldRelation, GoldRelation> map)
    {
        var distinct = new Dictionary<(string, RelationPredicate, string), GoldRelation>();
        foreach (var relation in relations.Select(map))
        {
            var key = (relation.Subject, relation.Predicate, relation.Object);
            if (!distinct.TryGetValue(key, out var kept) || (kept.Status == RelationStatus.Hedged && relation.Status == RelationStatus.Asserted))
            {
                distinct[key] = relation;
            }
        }

        return distinct;
    }

    private static bool SameText(string? a, string? b) =>
        a is null || b is null ? a == b : TextFolding.Fold(a) == TextFolding.Fold(b);
}
