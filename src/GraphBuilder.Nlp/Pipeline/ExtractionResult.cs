using GraphBuilder.Nlp.Data;
using GraphBuilder.Nlp.Mentions;

namespace GraphBuilder.Nlp.Pipeline;

/// <summary>Turns the enriched document into the public model: names, aliases, mentions and evidence.</summary>
internal static class ExtractionResult
{
    /// <param name="ids">When given, receives the id each written entity got, by cluster.</param>
    internal static ArticleExtraction From(Article article, Document document, Dictionary<EntityCluster, string>? ids = null)
    {
        var related = new HashSet<EntityCluster>();
        foreach (var relation in document.Relations)
        {
            related.Add(relation.Subject);
            related.Add(relation.Object);
        }
        var entities = new List<ExtractedEntity>();
        ids ??= [];
        var taken = new HashSet<string>(document.Entities.Where(e => !e.Mentions.All(m => m.HasFoldedKey)).Select(e => e.Id), StringComparer.Ordinal);
        foreach (var cluster in document.Entities.OrderBy(e => e.Mentions[0].Start))
        {
            var forms = SurfaceForms(document, cluster);
            if (forms.Count == 0)
            {
                if (!related.Contains(cluster) && !cluster.Mentions.Exists(m => m.IsActorDemonym))
                    continue;
                forms.Add(cluster.Mentions[0].Surface ?? document.Text[cluster.Mentions[0].Start..cluster.Mentions[0].End]);
            }
            var name = forms.OrderByDescending(NameQuality).First();
            // a name-derived entity gets a readable slug of its canonical name; the fold only joined its spellings
            var id = cluster.Id;
            if (cluster.Mentions.All(m => m.HasFoldedKey) && NameKey.Slug(name) is { Length: > 0 } readable && taken.Add(readable))
                id = readable;
            ids[cluster] = id;
            var mentions = cluster.Mentions.Where(m => m.IsName).Select(m => new MentionSpan(m.Start, m.End, document.Text[m.Start..m.End])).ToList();
            entities.Add(new ExtractedEntity(id, cluster.Type, name, forms.Where(f => f != name).ToList(), mentions, cluster.Latitude, cluster.Longitude));
        }
        var relations = document.Relations.Select(r =>
        {
            var sentence = document.Sentences[r.SentenceIndex];
            var evidence = new RelationEvidence(document.Text[r.EvidenceStart..r.EvidenceEnd], r.EvidenceStart, r.EvidenceEnd,
                document.Text[sentence.Start..sentence.End], sentence.Start, sentence.End, r.Trigger, r.Confidence);
            return new ExtractedRelation(ids.GetValueOrDefault(r.Subject, r.Subject.Id), r.Predicate, ids.GetValueOrDefault(r.Object, r.Object.Id), r.Status, evidence);
        }).ToList();
        return new ArticleExtraction(article, entities, relations);
    }

    /// <summary>Every distinct naming form, in order of first use; a place with its head noun also gives the bare name.</summary>
    private static List<string> SurfaceForms(Document document, EntityCluster cluster)
    {
        var forms = new List<string>();
        foreach (var mention in cluster.Mentions)
        {
            if (!mention.IsName || mention.IsReference)
                continue;
            var surface = mention.Surface ?? document.Text[mention.Start..mention.End];
            if (!forms.Contains(surface, StringComparer.Ordinal))
                forms.Add(surface);
            // "Mosul city" also gives "Mosul"; "old city" is no name plus a head
            if (cluster.Type == EntityType.Location && mention.EndToken - mention.FirstToken >= 2
                && Cues.PlaceHeads.Contains(document.TokenText(mention.EndToken - 1)) && !(char.IsLower(surface[0]) && !document.TokenSpan(mention.FirstToken).Contains('-')))
            {
                var bare = document.Text[mention.Start..document.Tokens[mention.EndToken - 2].End];
                if (!forms.Contains(bare, StringComparer.Ordinal))
                    forms.Add(bare);
            }
            // "River Euphrates" also gives "Euphrates" ("Lake Assad" gives no "Assad")
            else if (cluster.Type == EntityType.Location && mention.EndToken - mention.FirstToken >= 2 && document.TokenSpan(mention.FirstToken) is "River")
            {
                var bare = document.Text[document.Tokens[mention.FirstToken + 1].Start..mention.End];
                if (!forms.Contains(bare, StringComparer.Ordinal))
                    forms.Add(bare);
            }
        }
        return forms;
    }

    /// <summary>The fullest proper form: more words, not all capitals, without a geographic head noun; earlier wins ties.</summary>
    private static int NameQuality(string form)
    {
        var words = form.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var score = words.Length * 10;
        if (MentionText.IsAllCapitals(form) && form.Length > 5)
            score -= 50;
        if (words.Length > 1 && Cues.PlaceHeads.Contains(words[^1]))
            score -= 15;
        return score;
    }
}
