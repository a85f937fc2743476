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
        CompleteKnownNames(document);
        var surnames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var mention in document.Mentions)
        {
            if (mention.Type != EntityType.Person || mention.Priority < 0 || mention.IsReference)
                continue;
            var words = NameKey.Fold(mention.Surface).Split(' ');
            if (words.Length >= 2)
                surnames.TryAdd(words[^1], mention.Key);
        }
        // "Saad Maan Ibrahim ... Maan told": Arabic names are often shortened to a middle part; the last word still wins
        var middleNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var mention in document.Mentions)
        {
            if (mention.Type != EntityType.Person || mention.Priority < 0 || mention.IsReference)
                continue;
            var words = NameKey.Fold(mention.Surface).Split(' ');
            for (var w = 1; w < words.Length - 1; w++)
            {
                if (words[w].Length >= 3 && !surnames.ContainsKey(words[w]))
                    middleNames.TryAdd(words[w], mention.Key);
            }
        }
        foreach (var mention in document.Mentions)
        {
            // a known group's name ("Houthi") is not the surname of a person named after it ("Mohammed Ali al-Houthi")
            if (mention.IsReference || mention.Surface is null || mention.Type == EntityType.Organization && !mention.HasFoldedKey && mention.Priority >= 2)
                continue;
            var fold = NameKey.Fold(mention.Surface);
            if (!fold.Contains(' ') && (surnames.TryGetValue(fold, out var person) || middleNames.TryGetValue(fold, out person) && !IsAfterPlaceWord(document, mention)
                                        || (mention.Priority < 0 || mention.Type == EntityType.Person && mention.HasFoldedKey) && MisspeltSurname(fold, surnames) is { } misspelt && (person = misspelt) is not null))
            {
                mention.Key = person;
                mention.Type = EntityType.Person;
                mention.Priority = Math.Max(mention.Priority, 0);
            }
        }
        document.Mentions.RemoveAll(m => m.Priority < 0);
        JoinShortenedNames(document, EntityType.Person);
        JoinShortenedNames(document, EntityType.Organization);
        JoinUndefinedAcronyms(document);
        ResolveKurdishForces(document);
        StripCompassQualifiers(document);
        JoinNamesSpellingAKnownId(document);

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
        MergePlaceSpellings(document);
        foreach (var cluster in document.Entities)
        {
            // the type most of its naming mentions give (gazetteer and cue types outvote defaults)
            cluster.Type = cluster.Mentions.GroupBy(m => m.Type).OrderByDescending(g => g.Sum(m => 1 + m.Priority)).First().Key;
        }
    }

    /// <summary>
    /// "the National Defence Forces ... NDF fighters": an acronym never defined in brackets is the one organisation named
    /// in the article whose words' initials spell it (function words skipped); the known identity of either side wins.
    /// </summary>
    private static void JoinUndefinedAcronyms(Document document)
    {
        foreach (var acronym in document.Mentions)
        {
            if (acronym.Type != EntityType.Organization || acronym.IsReference || acronym.Surface is not { Length: >= 3 and <= 6 } letters
                || !letters.All(char.IsUpper))
                continue;
            Mention? longForm = null;
            var ambiguous = false;
            foreach (var other in document.Mentions)
            {
                if (other.Type != EntityType.Organization || other.IsReference || other.Surface is null || other.Key == acronym.Key
                    || !InitialsSpell(other.Surface, letters))
                    continue;
                ambiguous |= longForm is not null && longForm.Key != other.Key;
                longForm ??= other;
            }
            if (longForm is null || ambiguous || !acronym.HasFoldedKey && !longForm.HasFoldedKey)
                continue;
            var (from, to) = acronym.HasFoldedKey ? (acronym.Key, longForm.Key) : (longForm.Key, acronym.Key);
            foreach (var mention in document.Mentions)
            {
                if (mention.Key == from)
                {
                    mention.Key = to;
                    mention.HasFoldedKey = mention.HasFoldedKey && acronym.HasFoldedKey && longForm.HasFoldedKey;
                }
            }
        }
    }

    private static bool InitialsSpell(string name, string acronym)
    {
        var matched = 0;
        foreach (var word in name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word is "of" or "for" or "the" or "and" or "al" or "el")
                continue;
            // "Iraqi State television" is no "IS": every content word of the long form counts
            if (!char.IsUpper(word[0]))
                return false;
            if (matched >= acronym.Length || char.ToUpperInvariant(word[0]) != acronym[matched])
                return false;
            matched++;
        }
        return matched == acronym.Length && matched >= 2;
    }

    /// <summary>"travel to Sanaa": a name after a place preposition is the town, even when a person bears it as a middle name.</summary>
    private static bool IsAfterPlaceWord(Document document, Mention mention) =>
        mention.FirstToken > 0 && (Mentions.Cues.PlacePrepositions.Contains(document.TokenText(mention.FirstToken - 1))
                                   || document.TokenSpan(mention.FirstToken - 1) is "of" or "to" or "via" or "through");

    /// <summary>
    /// A name of two words or more that ends the longer name of exactly one other entity of its type is that entity
    /// shortened: "General Abdel Amir Rasheed Yar Allah ... Yar Allah said" (people, tentative names only),
    /// "Popular Mobilization Forces ... the Mobilization Forces" (organisations, which also take the owner's kind of key).
    /// </summary>
    private static void JoinShortenedNames(Document document, EntityType type)
    {
        var named = document.Mentions.Where(m => m.Type == type && !m.IsReference && m.Surface is not null)
            .Select(m => (Mention: m, Fold: NameKey.Fold(m.Surface!))).ToList();
        foreach (var (mention, fold) in named)
        {
            if (!mention.HasFoldedKey || !fold.Contains(' '))
                continue;
            string? owner = null;
            var ambiguous = false;
            foreach (var (other, otherFold) in named)
            {
                if (other.Key == mention.Key || otherFold.Length <= fold.Length + 1 || !otherFold.EndsWith(fold, StringComparison.Ordinal)
                    || otherFold[otherFold.Length - fold.Length - 1] != ' ')
                    continue;
                ambiguous |= owner is not null && owner != other.Key;
                owner = other.Key;
            }
            if (owner is null || ambiguous)
                continue;
            mention.Key = owner;
            if (type == EntityType.Organization)
                mention.HasFoldedKey = named.First(o => o.Mention.Key == owner).Mention.HasFoldedKey;
        }
    }

    /// <summary>
    /// "Tawfik ... Taqfik": an otherwise unknown lone name one letter off a full name's surname (same length, same
    /// initial) is that surname mistyped; only tentative names are tried, so no typed entity is ever re-assigned.
    /// </summary>
    private static string? MisspeltSurname(string fold, Dictionary<string, string> surnames)
    {
        if (fold.Length < 5)
            return null;
        string? found = null;
        foreach (var (surname, person) in surnames)
        {
            if (surname.Length != fold.Length || surname[0] != fold[0])
                continue;
            var differences = 0;
            for (var c = 1; c < fold.Length && differences < 2; c++)
            {
                if (surname[c] != fold[c])
                    differences++;
            }
            if (differences != 1)
                continue;
            if (found is not null && found != person)
                return null;
            found = person;
        }
        return found;
    }

    /// <summary>
    /// A known name written with more than the gazetteer holds: a first name in another spelling before a known
    /// surname ("Massoud" + "Barzani") and a media head after a known outlet ("Rudaw" + "News") belong to the name.
    /// </summary>
    private static void CompleteKnownNames(Document document)
    {
        var mentions = document.Mentions;
        for (var i = 0; i < mentions.Count; i++)
        {
            var known = mentions[i];
            if (known.IsReference || known.Surface is null)
                continue;
            // "the Baath party": a party's name written with its head in lower case
            if (known.Type == EntityType.Organization && known.EndToken < document.Tokens.Count && document.TokenSpan(known.EndToken) is "party"
                && known.EndToken - known.FirstToken == 1 && document.Tokens[known.EndToken].SpaceBefore && !document.Tokens[known.EndToken].LineBreakBefore
                && (i + 1 >= mentions.Count || mentions[i + 1].FirstToken > known.EndToken))
            {
                known.End = document.Tokens[known.EndToken].End;
                known.EndToken++;
                known.Surface = document.Text[known.Start..known.End];
                continue;
            }
            if (known.HasFoldedKey)
                continue;
            if (known.Type == EntityType.Person && i > 0 && mentions[i - 1] is { Type: EntityType.Person, HasFoldedKey: true, IsReference: false } first
                && first.EndToken == known.FirstToken && first.EndToken - first.FirstToken == 1)
            {
                // "Turki al-Maliki" is not Nouri al-Maliki, "Masrour" is not "Masoud": another spelling of the first name keeps its
                // consonants, another name is another person
                if (first.Surface is { Length: > 0 } given && Skeleton(given) != Skeleton(known.Key.Split('-')[0]))
                {
                    known.FirstToken = first.FirstToken;
                    known.Start = first.Start;
                    known.Surface = document.Text[known.Start..known.End];
                    known.Key = NameKey.Slug(NameKey.Fold(known.Surface));
                    known.HasFoldedKey = true;
                    mentions.RemoveAt(--i);
                    continue;
                }
                known.FirstToken = first.FirstToken;
                known.Start = first.Start;
                known.Surface = document.Text[known.Start..known.End];
                mentions.RemoveAt(--i);
                continue;
            }
            if (known.Type == EntityType.Organization && known.EndToken < document.Tokens.Count
                && document.TokenSpan(known.EndToken) is "News" or "TV" or "Television" or "Agency" or "Network" or "Radio"
                && document.Tokens[known.EndToken].SpaceBefore && !document.Tokens[known.EndToken].LineBreakBefore
                && (i + 1 >= mentions.Count || mentions[i + 1].FirstToken > known.EndToken))
            {
                known.End = document.Tokens[known.EndToken].End;
                known.EndToken++;
                known.Surface = document.Text[known.Start..known.End];
            }
        }
    }

    /// <summary>
    /// "Kurdish fighters", "Kurdish forces": when the article names exactly one Kurdish armed organisation, the
    /// description is that organisation; with none or several named it stays the unnamed actor (NOTES.md).
    /// </summary>
    private static void ResolveKurdishForces(Document document)
    {
        string? named = null;
        foreach (var mention in document.Mentions)
        {
            if (mention.Key is "peshmerga" or "ypg" or "sdf")
            {
                if (named is not null && named != mention.Key)
                    return;
                named = mention.Key;
            }
        }
        // the SDF is a Kurdish-led alliance: a "Kurdish forces" next to it may be any of its parts
        if (named is null or "sdf")
            return;
        foreach (var mention in document.Mentions)
        {
            if (mention.Key == "kurdish-forces")
                mention.Key = named;
        }
        // "alongside the Kurds": the people stand for their one armed group (never an entity of their own, NOTES.md)
        var added = false;
        for (var t = 1; t < document.Tokens.Count; t++)
        {
            if (document.TokenSpan(t) is "Kurds" && document.TokenSpan(t - 1).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                var token = document.Tokens[t];
                document.Mentions.Add(new Mention(t, t + 1, token.Start, token.End, EntityType.Organization, named) { IsName = false });
                added = true;
            }
        }
        if (added)
            document.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>
    /// "Iraqi Security Forces" written as a capitalised name is the body a cue already named "iraqi-security-forces": a
    /// name whose readable slug is the id of a known entity of the same type is that entity.
    /// </summary>
    private static void JoinNamesSpellingAKnownId(Document document)
    {
        var known = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        foreach (var mention in document.Mentions)
        {
            if (!mention.HasFoldedKey)
                known.TryAdd(mention.Key, mention.Type);
        }
        // the acronym a definition joined to the name ("Iraqi Security Forces (ISF)") carries the name's key and follows it
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var mention in document.Mentions)
        {
            if (mention.HasFoldedKey && mention.Surface is { } surface && NameKey.Slug(surface) is var slug
                && known.TryGetValue(slug, out var type) && type == mention.Type)
                renamed.TryAdd(mention.Key, slug);
        }
        foreach (var mention in document.Mentions)
        {
            if (renamed.TryGetValue(mention.Key, out var id))
            {
                mention.Key = id;
                mention.HasFoldedKey = false;
            }
        }
    }

    /// <summary>
    /// "operations in Northern al-Karama ... clashes in al-Karama": a compass qualifier before a place the article also names
    /// bare marks a part of that place, which is annotated as the place itself. A name never written bare ("Eastern
    /// Ghouta") stays a region of its own.
    /// </summary>
    private static void StripCompassQualifiers(Document document)
    {
        Dictionary<string, Mention>? bare = null;
        foreach (var mention in document.Mentions)
        {
            if (mention.Type != EntityType.Location || mention.IsReference || mention.EndToken - mention.FirstToken < 2
                || document.TokenSpan(mention.FirstToken) is not ("Northern" or "Southern" or "Eastern" or "Western" or "Central"))
                continue;
            if (bare is null)
            {
                bare = new Dictionary<string, Mention>(StringComparer.Ordinal);
                foreach (var other in document.Mentions)
                {
                    if (other.Type == EntityType.Location && !other.IsReference && other.Surface is not null)
                        bare.TryAdd(NameKey.Fold(other.Surface), other);
                }
            }
            var rest = document.Text[document.Tokens[mention.FirstToken + 1].Start..mention.End];
            if (!bare.TryGetValue(NameKey.Fold(rest), out var place) || place == mention)
                continue;
            mention.FirstToken++;
            mention.Start = document.Tokens[mention.FirstToken].Start;
            mention.Surface = rest;
            mention.Key = place.Key;
            mention.HasFoldedKey = place.HasFoldedKey;
        }
    }

    /// <summary>
    /// Two places in one article whose names share a consonant skeleton ("Jarablus", "Jarabulus") are one place:
    /// the looser key is safe within an article, where two different towns rarely differ only in vowels.
    /// </summary>
    private static void MergePlaceSpellings(Document document)
    {
        var bySkeleton = new Dictionary<string, EntityCluster>(StringComparer.Ordinal);
        foreach (var cluster in document.Entities.ToList())
        {
            if (cluster.Type != EntityType.Location || cluster.Mentions[0].Surface is not { } surface)
                continue;
            var skeleton = Skeleton(surface);
            if (skeleton.Length < 4)
                continue;
            if (!bySkeleton.TryGetValue(skeleton, out var kept))
            {
                bySkeleton.Add(skeleton, cluster);
                continue;
            }
            // keep the gazetteer-backed cluster (not a folded key), else the earlier one
            var (into, from) = kept.Mentions.All(m => m.HasFoldedKey) && !cluster.Mentions.All(m => m.HasFoldedKey) ? (cluster, kept) : (kept, cluster);
            foreach (var mention in from.Mentions)
            {
                mention.Entity = into;
                mention.Key = into.Id;
                mention.HasFoldedKey = into.Mentions.All(m => m.HasFoldedKey);
                into.Mentions.Add(mention);
            }
            into.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
            into.Latitude ??= from.Latitude;
            into.Longitude ??= from.Longitude;
            document.Entities.Remove(from);
            bySkeleton[skeleton] = into;
        }
    }

    private static string Skeleton(string surface)
    {
        var normalized = NameKey.Normalize(surface);
        var builder = new System.Text.StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'h' or ' ' || (builder.Length > 0 && builder[^1] == c))
                continue;
            builder.Append(c);
        }
        return builder.ToString();
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
            // so is the leader inside "pro-Assad forces": the phrase names his army, the compound the man it backs
            if (mention.IsReference || other.IsReference || IsInsideCompound(document, mention, other))
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

    private static bool IsInsideCompound(Document document, Mention inner, Mention outer) =>
        inner.Type == EntityType.Person && inner.EndToken == inner.FirstToken + 1 && inner.Start > document.Tokens[inner.FirstToken].Start
        && outer.FirstToken == inner.FirstToken && outer.EndToken > inner.EndToken;

    private static int Score(Mention mention) => ((mention.End - mention.Start) * 10) + mention.Priority;
}
