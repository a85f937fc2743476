using System.Collections.Frozen;
using GraphBuilder.Nlp.Data;
using GraphBuilder.Nlp.Pipeline;
using GraphBuilder.Nlp.Relations;

namespace GraphBuilder.Nlp.Classification;

/// <summary>
/// Runs after the rule-based <c>RelationStage</c> and adds the relations its rules did not find: every pair of
/// named mentions in a sentence is scored by the trained <see cref="RelationClassifier"/>, and the most probable
/// predicate at or above the model's threshold is kept, hedged when a hedge cue precedes it in the sentence.
/// </summary>
internal sealed class RelationClassifierStage(RelationClassifier model, Gazetteer gazetteer) : IPipelineStage
{
    /// <summary>How many tokens before the first name a hedge cue still scopes over ("Washington may soon arm the SDF").</summary>
    private const int HedgeReach = 3;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_hedges = Words(
        "willing", "ready", "prepared", "preparing", "plan", "plans", "planned", "planning", "intend", "intends", "intended",
        "intent", "could", "may", "might", "would", "will", "if", "unless", "whether", "threaten", "threatens", "threatened",
        "deny", "denies", "denied", "not", "never", "possible", "possibly", "potential", "potentially", "expected", "likely",
        "attempt", "attempts", "attempted", "aim", "aims", "aiming", "aimed", "seek", "seeks", "seeking", "trying", "tried",
        "want", "wants", "vow", "vows", "vowed", "hope", "hopes", "goal", "objective", "should", "promise", "promises", "promised",
        "pledge", "pledges", "pledged", "pledging");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_speechAfter = Words(
        "said", "says", "say", "told", "tells", "added", "stated", "reported", "reports", "quoted", "wrote", "tweeted");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_coordination = Words("and", "or", ",", "&", "the");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_partWords = Words(
        "branch", "offshoot", "extension", "affiliate", "wing", "arm", "umbrella", "dominated", "spearheaded", "component",
        "faction", "offspring", "successor", "rebranded", "formerly", "renamed");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_directions = Words(
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
        "south-east", "south-west", "northeastern", "northwestern", "southeastern", "southwestern");

    /// <summary>"YBS-held areas", "ISIS-controlled territory": the holder names where, not who acts there.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_holdingSuffixes = Words(
        "held", "controlled", "occupied", "run", "ruled", "dominated", "besieged", "populated", "majority");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_backingSuffixes = Words(
        "backed", "supported", "sponsored", "funded", "armed", "trained", "allied", "aligned", "led", "affiliated", "linked");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_placePrepositions = Words(
        "in", "into", "inside", "within", "throughout", "across", "to", "toward", "towards", "from", "near", "through", "via", "around");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_placeModifiers = Words(
        "the", "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern",
        "southwestern", "north", "south", "east", "west", "neighbouring", "neighboring", "war-torn", "war-ravaged");

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public void Process(Document document, CancellationToken cancellationToken)
    {
        // Entities are numbered once so that the sets below hash integers, not objects.
        var index = new Dictionary<EntityCluster, int>(ReferenceEqualityComparer.Instance);
        foreach (var entity in document.Entities)
        {
            index.TryAdd(entity, index.Count);
        }

        foreach (var relation in document.Relations)
        {
            index.TryAdd(relation.Subject, index.Count);
            index.TryAdd(relation.Object, index.Count);
        }

        // Entities named only in mentions the rules never related are numbered as the walk meets them, above n.
        long n = index.Count + document.Mentions.Count;

        // What the rules decided stands: a pair they related keeps their predicate, and a predicate they gave an
        // object in a sentence has found its subject there. A backer the rules found in a sentence is described
        // there as backing, not as acting.
        var ruled = new HashSet<long>();
        var ruledObjects = new HashSet<long>();
        var ruledBackers = new HashSet<long>();
        var ruledMoves = new HashSet<long>();
        foreach (var relation in document.Relations)
        {
            var (subject, obj) = (index[relation.Subject], index[relation.Object]);
            ruled.Add((subject * n) + obj);
            ruled.Add((obj * n) + subject);
            ruledObjects.Add((((relation.SentenceIndex * 4L) + (int)relation.Predicate) * n) + obj);
            if (relation.Predicate is RelationPredicate.CrossedInto or RelationPredicate.Captured)
            {
                // the rules found where this actor went in the sentence; other places there are where it came from or passed
                ruledMoves.Add((((relation.SentenceIndex * 4L) + (int)relation.Predicate) * n) + subject);
            }

            if (relation.Predicate == RelationPredicate.Supports)
            {
                ruledBackers.Add((relation.SentenceIndex * n) + subject);
            }
        }

        var best = new Dictionary<long, (Pair Pair, RelationPredicate Predicate, double Probability, int Sentence)>();
        var ownStates = new Dictionary<(EntityCluster, EntityCluster), bool>();
        var sink = new HashingFeatureSink();
        Span<double> probabilities = stackalloc double[4];
        var slots = new List<long>();
        foreach (var (s, mentions) in NamedMentionsBySentence(document))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = document.Sentences[s];
            slots.Clear();
            foreach (var mention in mentions)
            {
                slots.Add(index.TryGetValue(mention.Entity!, out var entity) ? entity : index[mention.Entity!] = index.Count);
            }

            foreach (var pair in Pairs(mentions, gazetteer))
            {
                var (subject, obj) = (slots[pair.SubjectSlot], slots[pair.ObjectSlot]);
                var key = (subject * n) + obj;
                if (ruled.Contains(key) || ruledBackers.Contains((s * n) + subject)
                    || IsSpeaker(document, sentence, pair.Subject) || IsSpeaker(document, sentence, pair.Object) || Coordinated(document, pair)
                    || (pair.SubjectIsCountry && InPlacePhrase(document, sentence, pair.Subject, mentions)) || OwnState(pair, ownStates)
                    || IsBackerCompound(document, pair.Object) || PartOf(document, pair))
                {
                    continue;
                }

                var objectIsPlace = pair.ObjectIsCountry && InPlacePhrase(document, sentence, pair.Object, mentions);
                var subjectCompound = PairFeatures.HyphenatedWord(document, pair.Subject);
                var subjectIsBacker = s_backingSuffixes.Contains(subjectCompound);
                var subjectIsHolder = s_holdingSuffixes.Contains(subjectCompound);

                sink.Features.Clear();
                PairFeatures.Collect(document, sentence, pair.Subject, pair.SubjectIsCountry, pair.Object, pair.ObjectIsCountry, mentions, sink);
                model.Probabilities(sink.Features, probabilities);
                foreach (var predicate in pair.Predicates)
                {
                    var probability = probabilities[(int)predicate];
                    if (probability < model.Threshold || (predicate is RelationPredicate.Captured or RelationPredicate.CrossedInto && NamesStandoffWeapons(document, sentence, pair.Subject))
                        || (objectIsPlace && predicate is RelationPredicate.Supports or RelationPredicate.Opposes)
                        || (subjectIsBacker && predicate != RelationPredicate.Supports)
                        || subjectIsHolder
                        || (predicate is RelationPredicate.Captured or RelationPredicate.CrossedInto && IsLandmark(document, sentence, pair.Object))
                        || ruledObjects.Contains((((s * 4L) + (int)predicate) * n) + obj)
                        || ruledMoves.Contains((((s * 4L) + (int)predicate) * n) + subject)
                        || (best.TryGetValue(key, out var kept) && kept.Probability >= probability))
                    {
                        continue;
                    }

                    best[key] = (pair, predicate, probability, s);
                }
            }
        }

        foreach (var found in best.Values.OrderBy(b => Math.Min(b.Pair.Subject.Start, b.Pair.Object.Start)))
        {
            document.Relations.Add(Candidate(document, found.Sentence, found.Pair, found.Predicate, found.Probability));
        }
    }

    /// <summary>A candidate pair; the slots are the two mentions' positions in the sentence's mention list.</summary>
    internal readonly record struct Pair(Mention Subject, bool SubjectIsCountry, Mention Object, bool ObjectIsCountry, RelationPredicate[] Predicates, int SubjectSlot, int ObjectSlot);

    private static readonly RelationPredicate[] s_betweenActors = [RelationPredicate.Supports, RelationPredicate.Opposes];
    private static readonly RelationPredicate[] s_toPlaces = [RelationPredicate.Captured, RelationPredicate.CrossedInto];
    private static readonly RelationPredicate[] s_toCountries = [RelationPredicate.Supports, RelationPredicate.Opposes, RelationPredicate.Captured, RelationPredicate.CrossedInto];

    private static bool IsNamed(Mention m) => m.Entity is not null && m.IsName && !m.IsReference;

    /// <summary>
    /// Each sentence holding two or more named, resolved mentions: its index and those mentions in text order. One walk
    /// over the document's mentions sorted once; the list is reused from one sentence to the next.
    /// </summary>
    internal static IEnumerable<(int Sentence, List<Mention> Mentions)> NamedMentionsBySentence(Document document)
    {
        var named = document.Mentions.Where(IsNamed).ToList();
        named.Sort((a, b) => a.Start.CompareTo(b.Start));
        var mentions = new List<Mention>();
        var next = 0;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            mentions.Clear();
            while (next < named.Count && named[next].Start < sentence.Start)
            {
                next++;
            }

            for (var i = next; i < named.Count && named[i].Start < sentence.End; i++)
            {
                if (named[i].End <= sentence.End)
                {
                    mentions.Add(named[i]);
                }
            }

            if (mentions.Count >= 2)
            {
                yield return (s, mentions);
            }
        }
    }

    /// <summary>Every ordered pair of mentions of two entities whose subject can act, with the predicates its object allows.</summary>
    internal static IEnumerable<Pair> Pairs(List<Mention> mentions, Gazetteer gazetteer)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var subject = mentions[i];
            var subjectIsCountry = IsCountry(subject, gazetteer);
            if (subject.Entity!.Type == EntityType.Location && !subjectIsCountry)
            {
                continue;
            }

            for (var j = 0; j < mentions.Count; j++)
            {
                var obj = mentions[j];
                if (obj.Entity == subject.Entity)
                {
                    continue;
                }

                var objectIsCountry = IsCountry(obj, gazetteer);
                var predicates = obj.Entity!.Type != EntityType.Location ? s_betweenActors : objectIsCountry ? s_toCountries : s_toPlaces;
                yield return new Pair(subject, subjectIsCountry, obj, objectIsCountry, predicates, i, j);
            }
        }
    }

    /// <summary>"X and Y", "X, Y": coordination is syntax the rules read (joint action, shared objects), not a relation by itself.</summary>
    private static bool Coordinated(Document document, Pair pair)
    {
        var (first, second) = pair.Subject.Start < pair.Object.Start ? (pair.Subject, pair.Object) : (pair.Object, pair.Subject);
        if (first.EndToken >= second.FirstToken)
        {
            return false;
        }

        for (var t = first.EndToken; t < second.FirstToken; t++)
        {
            if (!s_coordination.Contains(document.TokenSpan(t)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"X said", "X told", "according to X", "told X": whoever reports a clause is not its actor (GUIDELINES), nor its object.</summary>
    private static bool IsSpeaker(Document document, Sentence sentence, Mention mention)
    {
        if (mention.EndToken < sentence.EndToken && s_speechAfter.Contains(document.TokenSpan(mention.EndToken)))
        {
            return true;
        }

        var before = mention.FirstToken - 1;
        if (before >= sentence.FirstToken && document.TokenSpan(before).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            before--;
        }

        if (before < sentence.FirstToken)
        {
            return false;
        }

        var word = document.TokenSpan(before);
        return word.Equals("told", StringComparison.OrdinalIgnoreCase)
            || (word.Equals("to", StringComparison.Ordinal) && before - 1 >= sentence.FirstToken
                && document.TokenSpan(before - 1).Equals("according", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// "fighting in eastern Syria", "advisers sent to Syria and Iraq": a country after a preposition of place is where
    /// things happen, not a party to them.
    /// </summary>
    private bool InPlacePhrase(Document document, Sentence sentence, Mention mention, List<Mention> mentions)
    {
        // "to Turkish-backed rebels", "in Iraqi Kurdistan": an adjective or a compound is no place of its own
        if (mention.Start != document.Tokens[mention.FirstToken].Start || mention.End != document.Tokens[mention.EndToken - 1].End
            || gazetteer.TryGetDemonym(NameKey.Normalize(document.Slice(mention.Start, mention.End)), out _))
        {
            return false;
        }

        var k = mention.FirstToken - 1;
        while (k >= sentence.FirstToken)
        {
            // "to Syria and Iraq": a later conjunct shares the first one's preposition
            if (s_coordination.Contains(document.TokenSpan(k)) && mentions.FindLast(m => m.EndToken == k && m.Type == EntityType.Location) is { } conjunct)
            {
                k = conjunct.FirstToken - 1;
            }
            else if (s_placeModifiers.Contains(document.TokenSpan(k)))
            {
                k--;
            }
            else
            {
                break;
            }
        }

        return k >= sentence.FirstToken && s_placePrepositions.Contains(document.TokenSpan(k));
    }

    /// <summary>
    /// A state and its own army, government, leader or forces ("Israel" and "Israel Defense Forces", "US" and "the US
    /// military"): the classifier reads their shared context as a relation between them, which the text never states.
    /// </summary>
    /// <summary><see cref="OwnState(Pair)"/>, worked out once per pair of entities in a document: it reads every form of the other entity.</summary>
    private bool OwnState(Pair pair, Dictionary<(EntityCluster, EntityCluster), bool> known)
    {
        var key = (pair.Subject.Entity!, pair.Object.Entity!);
        if (!known.TryGetValue(key, out var own))
        {
            known[key] = own = OwnState(pair);
        }

        return own;
    }

    private bool OwnState(Pair pair)
    {
        var (country, other) = pair.SubjectIsCountry ? (pair.Subject.Entity!, pair.Object.Entity!) : pair.ObjectIsCountry ? (pair.Object.Entity!, pair.Subject.Entity!) : (null, null);
        if (country is null || other is null || other.Type == EntityType.Location || gazetteer.ById(country.Id) is not { } state)
        {
            return false;
        }

        if (gazetteer.ById(other.Id)?.Country is { } code && string.Equals(code, state.Country, StringComparison.OrdinalIgnoreCase)
            || other.Id.StartsWith(gazetteer.DemonymSlugOf(country.Id) + "-", StringComparison.Ordinal))
        {
            return true;
        }

        // "IDF" is the Israel Defense Forces: the known name counts as well as the forms written
        return NamesCountry(gazetteer.ById(other.Id)?.Name, country) || other.Mentions.Any(m => NamesCountry(m.Surface, country));
    }

    private bool NamesCountry(string? name, EntityCluster country)
    {
        foreach (var word in (name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var key = NameKey.Normalize(word);
            if (gazetteer.TryGetDemonym(key, out var of) && of.Id == country.Id || gazetteer.TryGetName(key, out var named) && named.Id == country.Id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Iran-backed militias", "US-led coalition": the name inside a backing compound describes another party. It may
    /// back someone in the sentence, but it is no party to what that party does or suffers.
    /// </summary>
    private static bool IsBackerCompound(Document document, Mention mention) =>
        s_backingSuffixes.Contains(PairFeatures.HyphenatedWord(document, mention));

    /// <summary>
    /// "the YPG, the Syrian branch of the PKK", "an umbrella group dominated by the YPG", "PKK/PYD": one organisation
    /// described as part or form of the other, which is membership, not a relation between them (NOTES).
    /// </summary>
    private static bool PartOf(Document document, Pair pair)
    {
        if (pair.Subject.Entity!.Type != EntityType.Organization || pair.Object.Entity!.Type != EntityType.Organization)
        {
            return false;
        }

        var (first, second) = pair.Subject.Start < pair.Object.Start ? (pair.Subject, pair.Object) : (pair.Object, pair.Subject);
        if (second.FirstToken - first.EndToken > 12)
        {
            return false;
        }

        for (var t = first.EndToken; t < second.FirstToken; t++)
        {
            if (s_partWords.Contains(document.TokenSpan(t)))
            {
                return true;
            }
        }

        return second.FirstToken == first.EndToken + 1 && document.TokenSpan(first.EndToken) is "/" or "[";
    }

    /// <summary>"20 km southwest of Manbij", "north of Tikrit", "near Mosul": a place named to locate another is not where anyone went.</summary>
    private static bool IsLandmark(Document document, Sentence sentence, Mention place)
    {
        var k = place.FirstToken - 1;
        if (k >= sentence.FirstToken && document.TokenSpan(k) is "near" or "outside" or "nearby")
        {
            return true;
        }

        return k - 1 >= sentence.FirstToken && document.TokenSpan(k) is "of" && s_directions.Contains(document.TokenSpan(k - 1));
    }

    /// <summary>"Russian warplanes", "coalition jets and artillery": the mention owns the weapons that did it.</summary>
    private static bool NamesStandoffWeapons(Document document, Sentence sentence, Mention mention) =>
        mention.EndToken < sentence.EndToken && StandoffWeapons.Is(document.TokenSpan(mention.EndToken));

    private static bool IsCountry(Mention mention, Gazetteer gazetteer) =>
        mention.Entity!.Type == EntityType.Location && gazetteer.ById(mention.Entity.Id) is { Kind: GazetteerKind.Country };

    private RelationCandidate Candidate(Document document, int sentenceIndex, Pair pair, RelationPredicate predicate, double probability)
    {
        var sentence = document.Sentences[sentenceIndex];
        var (first, second) = pair.Subject.Start < pair.Object.Start ? (pair.Subject, pair.Object) : (pair.Object, pair.Subject);

        // The trigger is the word between the two that weighs most for the predicate; the evidence runs from one name to the other.
        var trigger = -1;
        var triggerWeight = 0f;
        for (var t = first.EndToken; t < second.FirstToken; t++)
        {
            var word = document.TokenSpan(t);
            var weight = model.Weight(predicate, HashingFeatureSink.HashOf("bw:", word))
                + model.Weight(predicate, HashingFeatureSink.HashOf(pair.Subject == first ? "ab:bw:" : "ba:bw:", word));
            if (weight > triggerWeight)
            {
                (trigger, triggerWeight) = (t, weight);
            }
        }

        // A hedge cue before the later name, or a purpose infinitive ("to support") as the trigger.
        var hedged = trigger > sentence.FirstToken && document.TokenSpan(trigger - 1).Equals("to", StringComparison.OrdinalIgnoreCase);
        for (var t = Math.Max(sentence.FirstToken, first.FirstToken - HedgeReach); t < second.EndToken && !hedged; t++)
        {
            hedged = s_hedges.Contains(document.TokenSpan(t));
        }

        var compound = PairFeatures.HyphenatedWord(document, pair.Subject);
        var triggerText = trigger >= 0 ? document.TokenText(trigger) : compound.Length > 0 ? compound.ToString() : predicate.ToWire().ToLowerInvariant();
        return new RelationCandidate(
            pair.Subject.Entity!,
            predicate,
            pair.Object.Entity!,
            hedged ? RelationStatus.Hedged : RelationStatus.Asserted,
            first.Start,
            second.End,
            sentenceIndex,
            triggerText,
            Math.Round(probability, 4));
    }
}
