using GraphBuilder.Nlp.Data;
using GraphBuilder.Nlp.Pipeline;

namespace GraphBuilder.Nlp.Resolution;

/// <summary>
/// Groups mentions into entities: one cluster per key (gazetteer id or folded-name slug, so acronyms, spelling and
/// transliteration variants already share one), bare surnames joined to the full person name, tentative lone names
/// kept only when they are such a surname. Overlapping mentions keep the longer, more specific one.
/// </summary>
internal sealed class EntityResolver : IPipelineStage
{
    public void Process(Document document, CancellationToken cancellationToken)
    {
        RemoveOverlaps(document);
        var surnames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var mention in document.Mentions)
        {
            if (mention.Type != EntityType.Person || mention.Priority < 0 || mention.IsReference)
                continue;
            var words = NameKey.Fold(mention.Surface).Split(' ');
            if (words.Length >= 2)
                surnames.TryAdd(words[^1], mention.Key);
        }
        foreach (var mention in document.Mentions)
        {
            if (mention.IsReference || mention.Surface is null)
                continue;
            var fold = NameKey.Fold(mention.Surface);
            if (!fold.Contains(' ') && surnames.TryGetValue(fold, out var person))
            {
                mention.Key = person;
                mention.Type = EntityType.Person;
                mention.Priority = Math.Max(mention.Priority, 0);
            }
        }
        document.Mentions.RemoveAll(m => m.Priority < 0);

        var clusters = new Dictionary<string, EntityCluster>(StringComparer.Ordinal);
        foreach (var mention in document.Mentions)
        {
            if (!clusters.TryGetValue(mention.Key, out var cluster))
            {
                cluster = new EntityCluster(mention.Key, mention.Type);
                clusters.Add(mention.Key, cluster);
                document.Entities.Add(cluster);
            }
            cluster.Mentions.Add(mention);
            mention.Entity = cluster;
            if (cluster.Latitude is null && mention.Latitude is not null)
            {
                cluster.Latitude = mention.Latitude;
                cluster.Longitude = mention.Longitude;
            }
        }
        foreach (var cluster in document.Entities)
        {
            // the type most of its naming mentions give (gazetteer and cue types outvote defaults)
            cluster.Type = cluster.Mentions.GroupBy(m => m.Type).OrderByDescending(g => g.Sum(m => 1 + m.Priority)).First().Key;
        }
    }

    private static void RemoveOverlaps(Document document)
    {
        var mentions = document.Mentions;
        mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : (b.End - b.Start).CompareTo(a.End - a.Start));
        var kept = new List<Mention>(mentions.Count);
        foreach (var mention in mentions)
        {
            // sorted by start: only the last few kept mentions can reach this one
            var overlap = -1;
            for (var i = kept.Count - 1; i >= 0 && i >= kept.Count - 8; i--)
            {
                if (kept[i].End > mention.Start && kept[i].Start < mention.End)
                {
                    overlap = i;
                    break;
                }
            }
            if (overlap < 0)
            {
                kept.Add(mention);
                continue;
            }
            var other = kept[overlap];
            // a demonym or actor inside a compound token ("Iranian-backed") is kept next to the enclosing phrase
            if (mention.IsReference || other.IsReference)
            {
                kept.Add(mention);
                continue;
            }
            if (Score(mention) > Score(other))
                kept[overlap] = mention;
        }
        mentions.Clear();
        mentions.AddRange(kept);
    }

    private static int Score(Mention mention) => ((mention.End - mention.Start) * 10) + mention.Priority;
}
