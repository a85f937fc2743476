using System.Collections.Frozen;
using GraphBuilder.Nlp.Data;
using GraphBuilder.Nlp.Mentions;
using GraphBuilder.Nlp.Pipeline;

namespace GraphBuilder.Nlp.Relations;

/// <summary>
/// SUPPORTS, OPPOSES, CROSSED_INTO and CAPTURED from verbs, nouns ("war on", "liberation of"), compounds
/// ("Iran-backed", "pro-X", "anti-X") and passives ("backed by", "were liberated"), with the subject and object taken
/// within the clause, pronouns and descriptions resolved to the salient actor, and hedging from the clause's cues.
/// </summary>
internal sealed class RelationStage(Lexicon lexicon, Gazetteer gazetteer) : IPipelineStage
{
    internal Lexicon Lexicon { get; } = lexicon;

    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _triggerForms =
        Morphology.InflectionTable(s_verbs.Keys).GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, (RelationPredicate Predicate, string[] Prepositions)>.AlternateLookup<ReadOnlySpan<char>> NounLookup =>
        s_nouns.GetAlternateLookup<ReadOnlySpan<char>>();

    internal bool TryTrigger(ReadOnlySpan<char> word, out string lemma) => _triggerForms.TryGetValue(word, out lemma!);

    private static FrozenSet<string> Set(params string[] words) => FrozenSet.ToFrozenSet(words, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, RelationPredicate> s_verbs = new Dictionary<string, RelationPredicate>(StringComparer.Ordinal)
    {
        ["back"] = RelationPredicate.Supports, ["support"] = RelationPredicate.Supports, ["arm"] = RelationPredicate.Supports,
        ["fund"] = RelationPredicate.Supports, ["finance"] = RelationPredicate.Supports, ["train"] = RelationPredicate.Supports,
        ["advise"] = RelationPredicate.Supports, ["aid"] = RelationPredicate.Supports, ["assist"] = RelationPredicate.Supports,
        ["reinforce"] = RelationPredicate.Supports, ["bolster"] = RelationPredicate.Supports, ["help"] = RelationPredicate.Supports,
        ["coordinate"] = RelationPredicate.Supports, ["cooperate"] = RelationPredicate.Supports, ["ally"] = RelationPredicate.Supports,
        ["equip"] = RelationPredicate.Supports, ["sponsor"] = RelationPredicate.Supports, ["protect"] = RelationPredicate.Supports,
        ["fight"] = RelationPredicate.Opposes, ["attack"] = RelationPredicate.Opposes, ["besiege"] = RelationPredicate.Opposes,
        ["target"] = RelationPredicate.Opposes, ["oppose"] = RelationPredicate.Opposes, ["threaten"] = RelationPredicate.Opposes,
        ["warn"] = RelationPredicate.Opposes, ["condemn"] = RelationPredicate.Opposes, ["decry"] = RelationPredicate.Opposes, ["denounce"] = RelationPredicate.Opposes, ["clash"] = RelationPredicate.Opposes,
        ["combat"] = RelationPredicate.Opposes, ["battle"] = RelationPredicate.Opposes, ["resist"] = RelationPredicate.Opposes,
        ["confront"] = RelationPredicate.Opposes, ["defeat"] = RelationPredicate.Opposes, ["strike"] = RelationPredicate.Opposes,
        ["bomb"] = RelationPredicate.Opposes, ["shell"] = RelationPredicate.Opposes, ["raid"] = RelationPredicate.Opposes,
        ["ambush"] = RelationPredicate.Opposes, ["declare"] = RelationPredicate.Opposes,
        ["cross"] = RelationPredicate.CrossedInto, ["enter"] = RelationPredicate.CrossedInto, ["infiltrate"] = RelationPredicate.CrossedInto,
        ["move"] = RelationPredicate.CrossedInto, ["deploy"] = RelationPredicate.CrossedInto, ["advance"] = RelationPredicate.CrossedInto,
        ["capture"] = RelationPredicate.Captured, ["seize"] = RelationPredicate.Captured, ["take"] = RelationPredicate.Captured,
        ["liberate"] = RelationPredicate.Captured, ["recapture"] = RelationPredicate.Captured, ["retake"] = RelationPredicate.Captured,
        ["storm"] = RelationPredicate.Captured, ["push"] = RelationPredicate.Captured, ["drive"] = RelationPredicate.Captured,
        ["expel"] = RelationPredicate.Captured, ["oust"] = RelationPredicate.Captured, ["free"] = RelationPredicate.Captured,
        ["regain"] = RelationPredicate.Captured, ["conquer"] = RelationPredicate.Captured, ["overrun"] = RelationPredicate.Captured,
        ["give"] = RelationPredicate.Supports, ["dislodge"] = RelationPredicate.Opposes, ["kill"] = RelationPredicate.Opposes,
        ["assassinate"] = RelationPredicate.Opposes, ["regard"] = RelationPredicate.Opposes, ["consider"] = RelationPredicate.Opposes,
        ["designate"] = RelationPredicate.Opposes, ["brand"] = RelationPredicate.Opposes, ["label"] = RelationPredicate.Opposes,
        ["lose"] = RelationPredicate.Captured, ["fall"] = RelationPredicate.Captured, ["wipe"] = RelationPredicate.Opposes, ["eliminate"] = RelationPredicate.Opposes,
        ["destroy"] = RelationPredicate.Opposes, ["crush"] = RelationPredicate.Opposes, ["shoot"] = RelationPredicate.Opposes, ["invade"] = RelationPredicate.CrossedInto, ["repel"] = RelationPredicate.Opposes,
        ["repulse"] = RelationPredicate.Opposes, ["thwart"] = RelationPredicate.Opposes, ["foil"] = RelationPredicate.Opposes,
        ["reclaim"] = RelationPredicate.Captured, ["intervene"] = RelationPredicate.Opposes, ["send"] = RelationPredicate.CrossedInto,
        ["flee"] = RelationPredicate.CrossedInto, ["arrive"] = RelationPredicate.CrossedInto,
        ["sweep"] = RelationPredicate.CrossedInto, ["stream"] = RelationPredicate.CrossedInto, ["pour"] = RelationPredicate.CrossedInto,
        ["rout"] = RelationPredicate.Opposes, ["object"] = RelationPredicate.Opposes,
        ["pound"] = RelationPredicate.Opposes, ["bombard"] = RelationPredicate.Opposes, ["encircle"] = RelationPredicate.Opposes,
        ["skirmish"] = RelationPredicate.Opposes, ["fire"] = RelationPredicate.Opposes, ["strafe"] = RelationPredicate.Opposes,
        ["collaborate"] = RelationPredicate.Supports, ["harass"] = RelationPredicate.Opposes, ["wrest"] = RelationPredicate.Captured,
        ["supply"] = RelationPredicate.Supports, ["provide"] = RelationPredicate.Supports, ["bankroll"] = RelationPredicate.Supports, ["secure"] = RelationPredicate.Captured, ["clear"] = RelationPredicate.Captured, ["win"] = RelationPredicate.Captured, ["hit"] = RelationPredicate.Opposes, ["list"] = RelationPredicate.Opposes, ["blacklist"] = RelationPredicate.Opposes, ["classify"] = RelationPredicate.Opposes, ["cede"] = RelationPredicate.Captured, ["surrender"] = RelationPredicate.Captured, ["hand"] = RelationPredicate.Captured,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Nouns that take their object after a preposition: "war on", "liberation of", "support for".</summary>
    private static readonly FrozenDictionary<string, (RelationPredicate Predicate, string[] Prepositions)> s_nouns =
        new Dictionary<string, (RelationPredicate, string[])>(StringComparer.OrdinalIgnoreCase)
        {
            ["war"] = (RelationPredicate.Opposes, ["on", "against", "with"]),
            ["clashes"] = (RelationPredicate.Opposes, ["with"]),
            ["clashed"] = (RelationPredicate.Opposes, ["with"]),
            ["invasion"] = (RelationPredicate.CrossedInto, ["of"]),
            ["incursion"] = (RelationPredicate.CrossedInto, ["into"]),
            ["fight"] = (RelationPredicate.Opposes, ["against"]),
            ["fighting"] = (RelationPredicate.Opposes, ["against"]),
            ["offensive"] = (RelationPredicate.Opposes, ["against", "on"]),
            ["campaign"] = (RelationPredicate.Opposes, ["against"]),
            ["siege"] = (RelationPredicate.Opposes, ["on", "of"]),
            ["attack"] = (RelationPredicate.Opposes, ["on", "against"]),
            ["attacks"] = (RelationPredicate.Opposes, ["on", "against"]),
            ["assault"] = (RelationPredicate.Opposes, ["on", "against"]),
            ["assaults"] = (RelationPredicate.Opposes, ["on", "against"]),
            ["blow"] = (RelationPredicate.Opposes, ["to"]),
            ["operations"] = (RelationPredicate.Opposes, ["against"]),
            ["operation"] = (RelationPredicate.Opposes, ["against"]),
            ["struggle"] = (RelationPredicate.Opposes, ["against"]),
            ["battle"] = (RelationPredicate.Opposes, ["against", "with"]),
            ["strikes"] = (RelationPredicate.Opposes, ["on", "against", "at"]),
            ["airstrikes"] = (RelationPredicate.Opposes, ["on", "against", "at"]),
            ["missiles"] = (RelationPredicate.Opposes, ["at", "on", "against"]),
            ["rockets"] = (RelationPredicate.Opposes, ["at", "on", "against"]),
            ["progress"] = (RelationPredicate.Opposes, ["against"]),
            ["advances"] = (RelationPredicate.Opposes, ["against", "on"]),
            ["aimed"] = (RelationPredicate.Opposes, ["against", "at"]),
            ["directed"] = (RelationPredicate.Opposes, ["against"]),
            ["threat"] = (RelationPredicate.Opposes, ["to"]),
            ["warnings"] = (RelationPredicate.Opposes, ["to", "against"]),
            ["support"] = (RelationPredicate.Supports, ["for", "to", "of"]),
            ["help"] = (RelationPredicate.Supports, ["of"]),
            ["assistance"] = (RelationPredicate.Supports, ["of", "to"]),
            ["ally"] = (RelationPredicate.Supports, ["of"]),
            ["allies"] = (RelationPredicate.Supports, ["of"]),
            ["backer"] = (RelationPredicate.Supports, ["of"]),
            ["backers"] = (RelationPredicate.Supports, ["of"]),
            ["sponsor"] = (RelationPredicate.Supports, ["of"]),
            ["enemy"] = (RelationPredicate.Opposes, ["of"]),
            ["enemies"] = (RelationPredicate.Opposes, ["of"]),
            ["backing"] = (RelationPredicate.Supports, ["for", "of", "to"]),
            ["aid"] = (RelationPredicate.Supports, ["to", "for"]),
            ["liberation"] = (RelationPredicate.Captured, ["of"]),
            ["capture"] = (RelationPredicate.Captured, ["of"]),
            ["seizure"] = (RelationPredicate.Captured, ["of"]),
            ["recapture"] = (RelationPredicate.Captured, ["of"]),
            ["takeover"] = (RelationPredicate.Captured, ["of"]),
            ["designs"] = (RelationPredicate.Captured, ["on"]),
            ["resistance"] = (RelationPredicate.Opposes, ["from", "by"]),
            ["cover"] = (RelationPredicate.Supports, ["to", "for"]),
            ["protection"] = (RelationPredicate.Supports, ["of"]),
            ["victory"] = (RelationPredicate.Opposes, ["over", "against"]),
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> s_hedges = Set(
        "willing", "ready", "prepared", "seeking", "trying", "tries", "tried", "aiming", "intent", "planning", "vow", "vows", "vowed", "plan", "plans", "planned", "planning", "intend", "intends",
        "intended", "could", "may", "might", "would", "if", "threaten", "threatens", "threatened", "deny", "denies",
        "denied", "not", "never", "possible", "possibly", "potential", "potentially", "expected", "prelude", "attempt",
        "attempts", "aim", "aims", "seek", "seeks", "want", "wants", "propose", "proposed", "hope", "hopes", "likely",
        "discuss", "unless", "whether", "believe", "believed", "allegedly", "suspected", "offered", "offers", "able",
        "prepare", "preparing", "will", "shall", "to", "should", "intention", "ambitions", "consider", "considering", "designs", "aimed",
        "objective", "goal", "promise", "promises", "promised", "promising", "pledge", "pledges", "pledged", "pledging");

    /// <summary>Tokens that end the clause a subject or object is looked for in.</summary>
    private static readonly FrozenSet<string> s_clauseBreaks = Set(
        ";", "which", "who", "whom", "while", "although", "though", "but", "whereas", "because", "“", "”", "\"", "—", "that", "despite", "after", "before", "when", "as", "whether", "since", "if", ":");

    private static readonly FrozenSet<string> s_objectPath = Set(
        "back", "the", "a", "an", "of", "several", "some", "two", "three", "four", "key", "strategic", "nearby", "control", "command",
        "over", "most", "parts", "part", "rest", "remaining", "last", "bits", "land", "villages", "village", "town",
        "towns", "city", "cities", "area", "areas", "district", "districts", "province", "region", "border", "outskirts",
        "neighbourhood", "neighbourhoods", "neighborhood", "territory", "on", "along", "in", "out", "from", "into",
        "under", "important", "entire", "whole", "all", "remaining", "northern", "southern", "eastern", "western",
        "central", "densely", "populated", "old", "militants", "militants'", "enclave", "positions", "its", "their",
        "base", "airport", "dam", "crossing", "centre", "center", "headquarters", "further", "large", "small", "major",
        "nearby", "surrounding", ",", "and", "recently", "the", "territories", "back", "more", "than", "up", "to",
        "kilometers", "kilometres", "km", "miles", "deep", "inside", "further", "farther", "deeper", "second", "largest",
        "biggest", "capital", "provincial", "fighters", "remnants", "elements", "neighboring", "neighbouring", "ancient", "historic",
        "stronghold", "strongholds", "bastion", "foothold", "footholds", "redoubt", "redoubts", "'s", "’s", "de", "facto");

    /// <summary>Groups writers call militants or terrorists, never "the militia" or "the force".</summary>
    private static readonly FrozenSet<string> s_jihadistIds = FrozenSet.ToFrozenSet(
        ["isis", "al-qaeda", "aqap", "aqi", "nusra-front", "hts", "al-shabaab", "boko-haram"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_pronouns = Set("they", "their", "them", "it", "its", "we", "our", "us");

    private static readonly FrozenSet<string> s_descriptions = Set(
        "insurgents", "terrorists", "jihadists", "extremists",
        "group", "militia", "militias", "militants", "force", "forces", "organization", "organisation", "movement",
        "paramilitary", "paramilitaries", "fighters", "troops");

    /// <summary>Ground or targets an actor holds ("positions held by X", "IS-held headquarters").</summary>
    private static readonly FrozenSet<string> s_heldGround = Set(
        "positions", "position", "areas", "area", "territory", "territories", "villages", "village", "towns", "town", "cities", "city",
        "districts", "district", "neighbourhoods", "neighborhoods", "neighbourhood", "neighborhood", "parts", "regions", "region", "pockets",
        "bases", "base", "headquarters", "strongholds", "stronghold", "enclave", "zones", "zone", "suburbs", "countryside");

    /// <summary>What an attack hits that belongs to an actor ("IS positions were hit").</summary>
    private static readonly FrozenSet<string> s_attackTargets = Set(
        "positions", "position", "targets", "target", "bases", "base", "headquarters", "strongholds", "stronghold", "hideouts", "hideout",
        "convoy", "convoys", "depots", "depot", "sites", "vehicles", "checkpoints", "checkpoint");

    /// <summary>Head nouns a named actor lends its name to ("Hezbollah fighters", "Russian airstrikes"): the name still acts.</summary>
    private static readonly FrozenSet<string> s_unitHeads = Set(
        "forces", "force", "fighters", "troops", "units", "unit", "militia", "militias", "militiamen", "soldiers", "airstrikes", "strikes", "air",
        "warplanes", "jets", "aircraft", "planes", "drones", "officers", "advisers", "advisors", "commanders", "artillery", "personnel",
        "members", "volunteers", "combatants", "gunmen", "special", "operatives", "elements", "contingents", "battalions", "brigades");

    private static readonly FrozenSet<string> s_placeKinds = Set(
        "village", "town", "city", "province", "district", "region", "area", "governorate", "stronghold", "capital", "hub", "base", "airport",
        "airbase", "crossing", "suburb", "neighbourhood", "neighborhood", "enclave", "port", "oasis", "hamlet", "settlement", "territory", "border");

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var salient = SalientActor(document);
        var backedBy = new Dictionary<EntityCluster, EntityCluster>();
        var found = new List<RelationCandidate>();
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var context = new SentenceContext(document, s, salient, this, backedBy);
            context.Extract(found);
        }
        // one triple once: asserted wins over hedged, then the most confident
        foreach (var group in found.Where(r => r.Subject != r.Object).GroupBy(r => (r.Subject.Id, r.Predicate, r.Object.Id)))
        {
            document.Relations.Add(group.OrderBy(r => r.Status).ThenByDescending(r => r.Confidence).First());
        }
    }

    internal string? CountryOfWord(ReadOnlySpan<char> word)
    {
        var key = NameKey.Normalize(word);
        if (gazetteer.TryGetDemonym(key, out var country))
            return country.Id;
        return gazetteer.TryGetName(key, out var entry) && entry.Kind == GazetteerKind.Country ? entry.Id : null;
    }

    internal string CountryName(string id) => gazetteer.ById(id)?.Name ?? id;

    internal bool IsActor(EntityCluster entity) =>
        entity.Type != EntityType.Location || gazetteer.ById(entity.Id) is { Kind: GazetteerKind.Country };

    private EntityCluster? SalientActor(Document document) =>
        document.Entities.Where(e => e.Type == EntityType.Organization && !IsStateBody(e.Id) && !s_jihadistIds.Contains(e.Id))
            .OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Mentions[0].Start).FirstOrDefault();

    private static bool IsStateBody(string id) =>
        id.EndsWith("-government", StringComparison.Ordinal) || id.EndsWith("-forces", StringComparison.Ordinal) || id.EndsWith("-army", StringComparison.Ordinal);

    private sealed class SentenceContext
    {
        private readonly Document _doc;
        private readonly Sentence _sentence;
        private readonly int _index;
        private readonly EntityCluster? _salient;
        private readonly RelationStage _stage;
        private readonly List<Mention> _mentions;

        private readonly Dictionary<EntityCluster, EntityCluster> _backedBy;
        private readonly bool _heading;

        public SentenceContext(Document document, int index, EntityCluster? salient, RelationStage stage, Dictionary<EntityCluster, EntityCluster> backedBy)
        {
            _backedBy = backedBy;
            _heading = NameCandidateStage.IsHeading(document, document.Sentences[index]);
            _doc = document;
            _index = index;
            _sentence = document.Sentences[index];
            _salient = salient;
            _stage = stage;
            _mentions = MentionsIn(document, _sentence);
        }

        private string Word(int t) => _doc.TokenText(t);

        /// <summary>The resolved mentions inside a sentence; document mentions are sorted by start, so a binary search finds them.</summary>
        private static List<Mention> MentionsIn(Document document, Sentence sentence)
        {
            var all = document.Mentions;
            var index = FirstAtOrAfter(all, sentence.FirstToken);
            var result = new List<Mention>();
            for (; index < all.Count && all[index].FirstToken < sentence.EndToken; index++)
            {
                var m = all[index];
                if (m.Entity is not null && m.EndToken <= sentence.EndToken)
                    result.Add(m);
            }
            return result;
        }

        private static int FirstAtOrAfter(List<Mention> mentions, int token)
        {
            int lo = 0, hi = mentions.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (mentions[mid].FirstToken < token)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            return lo;
        }

        public void Extract(List<RelationCandidate> found)
        {
            for (var t = _sentence.FirstToken; t < _sentence.EndToken; t++)
            {
                if (_doc.TokenSpan(t).Contains('-') || _mentions.Count > 0 && _mentions.Any(m => m.FirstToken == t && m.IsReference))
                    Compound(t, found);
                var span = _doc.TokenSpan(t);
                if (_doc.Tokens[t].Kind != TokenKind.Word || span.Length < 3)
                    continue;
                if (t == _sentence.FirstToken && FrontedBacking(t, found) is var afterFronted and > 0)
                {
                    t = afterFronted;
                    continue;
                }
                if (span is "behalf" or "side" && OnSideOf(t, found))
                    continue;
                var isTrigger = _stage.TryTrigger(span, out var triggerLemma);
                if (!isTrigger && !NounLookup.ContainsKey(span) && !span.Equals("clashes", StringComparison.OrdinalIgnoreCase)
                    && !(MentionText.Is(_doc, t + 1, "with") && t > _sentence.FirstToken && (MentionText.Is(_doc, t - 1, "in") || MentionText.IsPossessive(_doc, t - 1)))
                    && !((span.Equals("coalition", StringComparison.OrdinalIgnoreCase) || span.Equals("alliance", StringComparison.OrdinalIgnoreCase)) && MentionText.Is(_doc, t + 1, "against"))
                    && !span.Equals("working", StringComparison.OrdinalIgnoreCase) && !MentionText.Is(_doc, t + 1, "control")
                    && !(Cues.CampaignNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(span) && AimAfter(t) > 0)
                    && !IsLaunchVerb(span) && !IsJoinVerb(span) && !(span.Equals("attempt", StringComparison.OrdinalIgnoreCase) && MentionText.Is(_doc, t + 1, "by"))
                    && !IsForceVerb(span) && !span.Equals("joint", StringComparison.OrdinalIgnoreCase) && !span.Equals("combined", StringComparison.OrdinalIgnoreCase))
                    continue;
                if (MentionAt(t) is { IsReference: false } named)
                {
                    // "the US-led coalition against IS": a coalition named for its enemy opposes it
                    if (Word(t).ToLowerInvariant() is "coalition" or "alliance" && named.EndToken == t + 1 && MentionText.Is(_doc, t + 1, "against"))
                        CoalitionAgainst(named, t, found);
                    continue;
                }
                if (MentionText.Is(_doc, t + 1, "control") && t > _sentence.FirstToken && MentionText.Is(_doc, t - 1, "under"))
                {
                    UnderControl(t, found);
                    continue;
                }
                var word = Word(t);
                var lower = word.ToLowerInvariant();
                if (lower is "clashes" or "clash" or "fighting" or "battles" or "war" && BetweenAfter(t) is var between and >= 0)
                {
                    Mutual(between, found);
                    continue;
                }
                if (lower is "clashes" or "clash" or "clashed" or "clashing" or "battles" or "skirmishes" or "skirmished" or "skirmishing" or "skirmish"
                    && MentionText.Is(_doc, t + 1, "with") && ClashesWith(t, found))
                    continue;
                if (IsLaunchVerb(_doc.TokenSpan(t)))
                    LaunchedJointly(t, found);
                if (Cues.CampaignNouns.Contains(lower) && AimAfter(t) is var aim and > 0
                    && Morphology.VerbLemma(Word(aim + 1), _stage.Lexicon) is "take" or "retake" or "capture" or "recapture" or "liberate" or "reclaim" or "regain" or "defeat" or "clear" or "drive" or "oust"
                        or "wipe" or "eliminate" or "destroy" or "crush" or "expel" or "target" or "fight" or "attack" or "root" or "push" or "free"
                        or "dislodge" or "seize" or "rid")
                {
                    // the aim's verb is the campaign's, not a capture of its own: "launched an operation to retake X" is hedged
                    if (PurposeOfCampaign(t, aim, found))
                    {
                        t = aim + 1;
                        continue;
                    }
                }
                if (lower == "siege" && BrokenSiege(t, found))
                    continue;
                if (lower is "support" or "assistance" or "help" or "backing" or "cover" or "aid" or "protection" && IsBackingPhrase(t))
                {
                    BackedClause(t, found);
                    continue;
                }
                if (lower is "support" or "assistance" or "help" or "backing" or "cover" or "aid" && WithBackerBefore(t) is { } modifierBacker)
                {
                    // "With Russian air support, the army retook X": a fronted phrase backs the subject after the comma
                    if (PhraseStart(modifierBacker) <= _sentence.FirstToken + 2 && MentionText.Is(_doc, t + 1, ",")
                        && _mentions.FirstOrDefault(m => m.FirstToken >= t + 2 && m.FirstToken <= t + 3 && !m.IsReference && _stage.IsActor(m.Entity!) && !PossessesOtherActor(m)
                                                         && m.Entity!.Type != EntityType.Person) is { } fronted)
                        Add(found, modifierBacker.Entity!, RelationPredicate.Supports, fronted.Entity!, t, t + 1, modifierBacker, fronted, 0.7, Word(t),
                            Hedged(_sentence.FirstToken, t, RelationPredicate.Supports, "support"));
                    else
                        BackedBy([modifierBacker], t, found);
                    continue;
                }
                if (lower is "advance" or "advances" or "progress" or "expansion" && t - 2 >= _sentence.FirstToken && MentionText.Is(_doc, t + 1, "of")
                    && Morphology.VerbLemma(Word(t - 2), _stage.Lexicon) is "stop" or "halt" or "block" or "curb" or "check" or "slow" or "prevent" or "counter" or "repel" or "thwart")
                {
                    Stopped(t - 2, t + 2, found);
                    continue;
                }
                if (IsJoinVerb(span) || MentionText.Is(_doc, t + 1, "part") && MentionText.Is(_doc, t + 2, "in") && lower is "taking" or "took" or "take" or "takes" or "taken")
                    JoinedCampaign(t, found);
                if (lower is "attack" or "attacks" or "assault" or "assaults" or "raids" or "shelling" or "bombardment" or "offensive" or "advance" or "incursion" or "attempt"
                    && MentionText.Is(_doc, t + 1, "by") && AttackBy(t, found))
                    continue;
                if (lower is "warnings" or "warning" or "threats" && t + 2 < _sentence.EndToken && Word(t + 1).ToLowerInvariant() is "by" or "from"
                    && WarningsBy(t, found))
                    continue;
                if (lower is "allies" or "partners" && CopulaAllies(t, found))
                    continue;
                if (lower is "cooperation" or "coordination" or "collaboration" or "partnership" or "conjunction" or "concert" or "alliance" or "league" && MentionText.Is(_doc, t + 1, "with")
                    && t > _sentence.FirstToken && MentionText.Is(_doc, t - 1, "in"))
                {
                    InCooperationWith(t, found);
                    continue;
                }
                // "the PYD's coordination with the regime and Russia": the owner works with each partner
                if (lower is "cooperation" or "coordination" or "collaboration" or "partnership" or "alliance" && MentionText.Is(_doc, t + 1, "with")
                    && t - 1 > _sentence.FirstToken && MentionText.IsPossessive(_doc, t - 1)
                    && _mentions.LastOrDefault(m => m.EndToken == t - 1 && !m.IsReference && _stage.IsActor(m.Entity!) && m.Entity!.Type != EntityType.Person) is { } cooperating)
                {
                    var hedgedCooperation = Hedged(_sentence.FirstToken, t, RelationPredicate.Supports, "cooperate");
                    foreach (var partner in Actors(t + 2))
                        Add(found, cooperating.Entity!, RelationPredicate.Supports, partner.Entity!, t, t + 1, cooperating, partner, 0.7, Word(t) + " with", hedgedCooperation);
                    continue;
                }
                if (lower == "resistance")
                {
                    Resistance(t, found);
                    continue;
                }
                // "Assad's main backers", "a Russian ally": the partner is named before the noun, not after "of"
                if (lower is "ally" or "allies" or "backer" or "backers" or "sponsor" or "enemy" or "enemies" && !MentionText.Is(_doc, t + 1, "of") && !IsVerbUse(t)
                    && PossessiveOrModifierAlly(t, lower is "enemy" or "enemies" ? RelationPredicate.Opposes : RelationPredicate.Supports, found))
                    continue;
                if (s_nouns.TryGetValue(lower, out var noun) && t + 1 < _sentence.EndToken && noun.Prepositions.Contains(Word(t + 1).ToLowerInvariant())
                    && !IsVerbUse(t) && !(lower == "cover" && !MentionText.Is(_doc, t - 1, "air")))
                {
                    Nominal(t, noun.Predicate, found);
                    continue;
                }
                // "carried out airstrikes in Iraq and Syria against X", "an operation on Wednesday in Shingal against X"
                if (s_nouns.TryGetValue(lower, out var adjunctNoun) && adjunctNoun.Predicate == RelationPredicate.Opposes && adjunctNoun.Prepositions.Contains("against")
                    && !IsVerbUse(t) && AgainstAfterAdjunct(t) is var against and > 0)
                {
                    Nominal(t, adjunctNoun.Predicate, found, against + 1);
                    continue;
                }
                // "establishing control over the towns of A and B": taking control
                if (!isTrigger && lower is "establishing" or "established" or "establish" or "gaining" or "gained" or "imposing" or "imposed" or "assumed" or "assuming"
                    && MentionText.Is(_doc, t + 1, "control"))
                {
                    Verb(t, "take", RelationPredicate.Captured, found);
                    continue;
                }
                // "a joint operation between A and B", "a joint offensive conducted by A and B": the partners back each other
                if (lower is "joint" or "combined")
                {
                    JointOperationOf(t, found);
                    continue;
                }
                // "forced the militants to retreat from X": making an actor retreat is fighting it, and the place it left is taken
                if (IsForceVerb(span) && RetreatAfterForced(t) is var retreat and > 0)
                {
                    ForcedToRetreat(t, retreat, found);
                    continue;
                }
                if (isTrigger && s_verbs.TryGetValue(triggerLemma, out var predicate))
                    Verb(t, triggerLemma, predicate, found);
                else if (lower == "working" && MentionText.Is(_doc, t + 1, "closely") && MentionText.Is(_doc, t + 2, "with"))
                    Verb(t, "work", RelationPredicate.Supports, found);
            }
        }

        private bool IsVerbUse(int t) => t > _sentence.FirstToken && Word(t - 1).ToLowerInvariant() is "to" or "will" or "would" or "could" or "they" or "we";

        /// <summary>An actor written inside a compound token ("US" in "US-backed", "SDF" in "SDF-held").</summary>
        private bool IsCompoundInner(Mention m)
        {
            var token = _doc.Tokens[m.FirstToken];
            return m.EndToken == m.FirstToken + 1 && (m.Start != token.Start || m.End != token.End);
        }

        /// <summary>True when the mention's noun phrase is the object of a preposition ("against ISIS", "affiliated with the US-backed SDF").</summary>
        private bool IsGoverned(Mention m)
        {
            var k = m.FirstToken - 1;
            if (k >= _sentence.FirstToken && Word(k) == "(")
            {
                var outer = _mentions.LastOrDefault(x => x.EndToken == k);
                if (outer is null)
                    return false;
                k = outer.FirstToken - 1;
            }
            for (var steps = 0; k >= _sentence.FirstToken && steps < 5; k--, steps++)
            {
                var w = Word(k);
                if (Cues.NeverNames.Contains(w))
                    return false;
                if (w is "the" or "a" or "an" || w.Contains('-', StringComparison.Ordinal) || MentionText.IsPossessive(_doc, k)
                    || (char.IsUpper(w[0]) && _doc.Tokens[k].Kind == TokenKind.Word && !IsClauseStart(k))
                    || _mentions.Any(x => x.FirstToken <= k && x.EndToken > k && x != m))
                    continue;
                return w.ToLowerInvariant() is "against" or "on" or "from" or "with" or "by" or "to" or "into" or "in" or "near"
                    or "at" or "for" or "than" or "between" or "toward" or "towards" or "inside" or "across" or "under" or "of";
            }
            return false;
        }

        private bool IsClauseStart(int k) => k == _sentence.FirstToken || Word(k - 1) is "“" or "\"" or "," or "(";

        private Mention? MentionAt(int t) => _mentions.FirstOrDefault(m => m.FirstToken <= t && m.EndToken > t && !m.IsReference)
                                              ?? _mentions.FirstOrDefault(m => m.FirstToken <= t && m.EndToken > t);

        /// <summary>"sending Iranian weapons to Assad": the country behind the weapons supports their receiver.</summary>
        private void SuppliesTo(Mention reference, List<RelationCandidate> found)
        {
            var noun = reference.EndToken;
            if (MentionText.Is(_doc, noun, "military"))
                noun++;
            if (noun + 1 >= _sentence.EndToken || Word(noun).ToLowerInvariant() is not ("weapons" or "arms" or "aid" or "support" or "help" or "backing" or "funding" or "drones" or "missiles"))
                return;
            if (!(MentionText.Is(_doc, noun + 1, "to") || MentionText.Is(_doc, noun + 1, "for")))
                return;
            var receiver = Actors(noun + 2).FirstOrDefault();
            if (receiver is not null)
                Add(found, reference.Entity!, RelationPredicate.Supports, receiver.Entity!, noun, noun, reference, receiver, 0.7, Word(noun),
                    Hedged(_sentence.FirstToken, noun, RelationPredicate.Supports, "supply"));
        }

        private void Compound(int t, List<RelationCandidate> found)
        {
            foreach (var reference in _mentions)
            {
                if (reference.FirstToken == t && reference.IsReference && !IsCompoundInner(reference))
                    SuppliesTo(reference, found);
            }
            var token = _doc.Tokens[t];
            foreach (var inner in _mentions)
            {
                if (inner.FirstToken != t || inner.EndToken != t + 1 || (inner.Start == token.Start && inner.End == token.End))
                    continue;
                var span = _doc.TokenSpan(t);
                var relative = inner.Start - token.Start;
                if (relative == 0)
                {
                    var suffix = span[(inner.End - token.Start + 1)..].ToString().ToLowerInvariant();
                    if (suffix is "backed" or "supported" or "sponsored" or "funded" or "armed" or "trained" or "allied" or "financed" or "equipped")
                    {
                        // "Iranian-backed militias such as A and B": the named examples are the ones backed
                        if (suffix != "allied" && Enclosing(inner) is null && ExemplifiedMembers(t + 1) is { Count: > 0 } examples)
                        {
                            foreach (var example in examples)
                            {
                                if (example.Entity != inner.Entity)
                                    Add(found, inner.Entity!, RelationPredicate.Supports, example.Entity!, t, t, inner, example, 0.8, "-" + suffix);
                            }
                            continue;
                        }
                        var target = Enclosing(inner) ?? CompoundHead(t + 1, inner.Entity!) ?? BackedCampaignOwner(t, inner);
                        if (target is { IsReference: false })
                            _backedBy[inner.Entity!] = target.Entity!;
                        // "SDF-allied council": the council is the SDF's ally, so it is the one lending support
                        if (target is not null && suffix == "allied")
                            Add(found, target.Entity!, RelationPredicate.Supports, inner.Entity!, t, t, target, inner, 0.85, "-" + suffix);
                        else if (target is not null)
                            Add(found, inner.Entity!, RelationPredicate.Supports, target.Entity!, t, t, inner, target, 0.9, "-" + suffix);
                    }
                }
                else
                {
                    var prefix = span[..(relative - 1)].ToString().ToLowerInvariant();
                    var owner = Enclosing(inner) ?? NextActor(t + 1, 8);
                    // "pro-Assad commander confirmed ... in Syria": a place after a preposition owns no compound
                    if (owner is null || owner.Entity!.Type == EntityType.Location && IsGoverned(owner))
                        continue;
                    // "pro-Turkey rebels attack US ...", "a pro-Iraqi paramilitary group and the Iraqi army": the compound modifies its own
                    // noun phrase, which ends before a verb or a coordination; an actor after that is not the one described
                    if (owner.FirstToken > t + 1 && NounPhraseEndsBetween(t + 1, owner.FirstToken))
                        continue;
                    if (prefix == "pro")
                        Add(found, owner.Entity!, RelationPredicate.Supports, inner.Entity!, t, t, owner, inner, 0.85, "pro-");
                    else if (prefix == "anti")
                        Add(found, owner.Entity!, RelationPredicate.Opposes, inner.Entity!, t, t, owner, inner, 0.85, "anti-");
                }
            }
        }

        /// <summary>
        /// What an "X-backed" compound modifies: the actor right after it (only modifiers between), "the ... alliance
        /// known as Y", or a definite description ("the US-backed forces") resolved to the recent organisation.
        /// </summary>
        /// <summary>"militias, such as A and B", "groups including A": the named examples after an unnamed plural head noun starting at or after from.</summary>
        private List<Mention> ExemplifiedMembers(int from)
        {
            var k = from;
            var head = false;
            for (; k < _sentence.EndToken && k < from + 4; k++)
            {
                if (_mentions.Any(m => m.FirstToken <= k && m.EndToken > k && !m.IsReference) || _doc.Tokens[k].Kind != TokenKind.Word || s_clauseBreaks.Contains(Word(k)))
                    return [];
                var w = Word(k).ToLowerInvariant();
                if (s_unitHeads.Contains(w) && w.EndsWith('s') || w is "groups" or "rebels" or "factions" or "proxies" or "organizations" or "organisations" or "parties" or "movements")
                {
                    head = true;
                    k++;
                    break;
                }
            }
            if (!head)
                return [];
            return ExamplesAt(k);
        }

        /// <summary>"... have deployed, most prominently A and B": examples after a comma later in the sentence, with no other actor before them.</summary>
        private List<Mention> LaterExamples(int from)
        {
            for (var k = from; k + 1 < _sentence.EndToken && k < from + 12; k++)
            {
                // a place where they deployed may stand between; another actor may not
                if (_mentions.Any(m => m.FirstToken == k && !m.IsReference && m.Entity!.Type != EntityType.Location) || s_clauseBreaks.Contains(Word(k)))
                    return [];
                if (Word(k) == "," && ExamplesAt(k) is { Count: > 0 } examples)
                    return examples;
            }
            return [];
        }

        /// <summary>The actors after ", including", "such as", "notably", "most prominently" at k, else none.</summary>
        private List<Mention> ExamplesAt(int k)
        {
            if (k < _sentence.EndToken && Word(k) == ",")
                k++;
            if (k + 1 >= _sentence.EndToken)
                return [];
            var w = Word(k).ToLowerInvariant();
            var next = Word(k + 1).ToLowerInvariant();
            var listStart = w is "including" or "notably" or "particularly" or "especially" or "mainly" ? k + 1
                : w == "such" && next == "as" || w == "most" && next is "notably" or "prominently" or "importantly" || w == "among" && next == "them" ? k + 2
                : -1;
            return listStart < 0 ? [] : Actors(listStart);
        }

        private Mention? CompoundHead(int from, EntityCluster backer)
        {
            for (var k = from; k < _sentence.EndToken && k < from + 4; k++)
            {
                var m = _mentions.FirstOrDefault(x => x.FirstToken == k && !IsCompoundInner(x) && !x.IsReference);
                if (m is not null)
                    return _stage.IsActor(m.Entity!) ? m : null;
                var w = Word(k);
                var lower = w.ToLowerInvariant();
                // "the US-backed fighters of the SDF": the named owner after "of" is the one backed
                if ((s_unitHeads.Contains(lower) || lower is "alliance" or "coalition" or "rebels") && MentionText.Is(_doc, k + 1, "of"))
                {
                    var owner = SkipArticleAfter(k + 2);
                    if (_mentions.FirstOrDefault(x => x.FirstToken == owner && !IsCompoundInner(x) && !x.IsReference && _stage.IsActor(x.Entity!)
                                                      && x.Entity!.Type == EntityType.Organization) is { } namedOwner)
                        return namedOwner;
                }
                if (lower is "alliance" or "coalition" or "group" or "groups" or "militia" or "militias" or "forces" or "force" or "faction" or "factions"
                    or "organization" or "organisation" or "movement")
                {
                    for (var j = k + 1; j + 2 < _sentence.EndToken && j < k + 10; j++)
                    {
                        if (MentionText.Is(_doc, j, "known") && MentionText.Is(_doc, j + 1, "as"))
                            return _mentions.FirstOrDefault(x => x.FirstToken >= j + 2 && x.FirstToken <= j + 4 && _stage.IsActor(x.Entity!));
                    }
                    var determiner = from - 2 >= _sentence.FirstToken ? Word(from - 2).ToLowerInvariant() : "";
                    // "the US-backed force": the one the article already called US-backed
                    if (determiner is "the" && _backedBy.TryGetValue(backer, out var known))
                        return NamedElsewhereInSentence(known, from) ? null : Synthetic(known, k);
                    // otherwise the article's main actor, the usual referent of "the X-backed group"; plural "the X-backed militias" are a
                    // class of factions the article need not have named
                    if (determiner is "the" && !lower.EndsWith('s') && (_salient is not null && _salient != backer ? _salient : RecentOrganization(k)) is { } described)
                        return NamedElsewhereInSentence(described, from) ? null : Synthetic(described, k);
                    // "The FSA, a Turkish-backed rebel group": the apposition describes the name before the comma
                    // "the National Liberation Front (NLF), a Turkish-backed alliance": an acronym in brackets may close the name
                    if (determiner is "a" or "an" && from - 3 >= _sentence.FirstToken && Word(from - 3) == ","
                        && _mentions.LastOrDefault(x => (x.EndToken == from - 3 || Word(from - 4) == ")" && x.EndToken <= from - 4 && x.EndToken >= from - 6)
                                                        && _stage.IsActor(x.Entity!) && !x.IsReference) is { } appositive)
                        return appositive;
                    return null;
                }
                // "Iranian-backed, predominantly Shia Hashd": a comma or an adverb between stacked modifiers
                var isModifier = char.IsUpper(w[0]) || w.Contains('-', StringComparison.Ordinal) || w == "and" && k > from && k + 1 < _sentence.EndToken && char.IsUpper(Word(k + 1)[0]) && char.IsUpper(Word(k - 1)[0])
                             || w == "," && k + 1 < _sentence.EndToken && (Word(k + 1).EndsWith("ly", StringComparison.Ordinal) || Word(k + 1).Contains('-', StringComparison.Ordinal)) || lower.EndsWith("ly", StringComparison.Ordinal) || lower is "shia" or "shiite" or "sunni" or "paramilitary" or "armed" or "rebel" or "militant" or "opposition" or "jihadist" or "islamist" or "kurdish";
                if (!isModifier)
                    return null;
            }
            return null;
        }

        /// <summary>
        /// "According to the SDF's account, the Turkish-backed forces attacked": a description is not an actor the same sentence
        /// names outside it, or the writer would have used the name.
        /// </summary>
        private bool NamedElsewhereInSentence(EntityCluster entity, int descriptionStart) =>
            _mentions.Any(m => m.Entity == entity && !m.IsReference && (m.EndToken <= descriptionStart - 1 || m.FirstToken > descriptionStart + 4));

        /// <summary>"a wide-scale US-backed operation": the backer supports whoever wages it, the actor of the clause or of the article.</summary>
        private Mention? BackedCampaignOwner(int t, Mention backer)
        {
            var k = t + 1;
            while (k < _sentence.EndToken && k <= t + 2 && !CampaignNounAt(k) && char.IsLower(Word(k)[0]) && Word(k).EndsWith("ing", StringComparison.Ordinal) is false
                   && (_stage.Lexicon.Classes(_doc.TokenSpan(k)) & LexicalClass.Noun) == 0)
                k++;
            if (!CampaignNounAt(k) || MentionText.Is(_doc, k + 1, "of"))
                return null;
            // "A launched a US-backed offensive" names the owner; "IS is facing a US-backed offensive" does not
            var owner = PreviousActor(t, adjacentOnly: false) is { Entity.Type: EntityType.Organization } before && before.Entity != backer.Entity && LaunchBetween(before.EndToken, t) ? before
                : LeadingActor() is { } leading && leading != backer.Entity && !_mentions.Any(m => m.FirstToken < t && _stage.IsActor(m.Entity!)) ? Synthetic(leading, k) : null;
            return owner is null || s_jihadistIds.Contains(owner.Entity!.Id) ? null : owner;
        }

        private bool CampaignNounAt(int k)
        {
            if (k < _sentence.EndToken && MentionText.Is(_doc, k, "the"))
                k++;
            return k < _sentence.EndToken && Word(k).ToLowerInvariant() is "operation" or "offensive" or "campaign" or "assault" or "counteroffensive" or "push";
        }

        private Mention? Enclosing(Mention inner) =>
            _mentions.FirstOrDefault(m => m != inner && !m.IsReference && m.Start <= inner.Start && m.End >= inner.End && m.Entity != inner.Entity);

        /// <summary>"clashes between", "clashes, posturing and positioning continue between": the "between" that names the parties.</summary>
        private int BetweenAfter(int t)
        {
            for (var k = t + 1; k < _sentence.EndToken && k <= t + 6; k++)
            {
                var w = Word(k);
                if (w.Equals("between", StringComparison.OrdinalIgnoreCase))
                    return k;
                if (s_clauseBreaks.Contains(w) || _doc.Tokens[k].Kind != TokenKind.Word && w != "," || _mentions.Any(m => m.FirstToken == k))
                    return -1;
            }
            return -1;
        }

        /// <summary>"clashes between A and B (as well as C)": the first party and each of the others oppose each other.</summary>
        private void Mutual(int between, List<RelationCandidate> found)
        {
            if (Sides(between, found))
                return;
            var parties = Actors(between + 1);
            // "between the Turkey-backed FSA and ...": the backer inside the first party's compound is no party
            if (parties.Count >= 3 && parties[0].IsReference && parties[0].EndToken == parties[1].FirstToken)
                parties.RemoveAt(0);
            // "between fighters of A –who are based in X– and B": a dashed aside after the first party
            var asideEnd = parties.Count == 1 ? DashedAsideEnd(parties[0].EndToken) : -1;
            if (asideEnd > 0 && MentionText.Is(_doc, asideEnd, "and"))
                parties = [parties[0], .. Actors(asideEnd + 1).Where(m => m.FirstToken > asideEnd && m.Entity != parties[0].Entity)];
            if (parties.Count < 2)
                return;
            // "between Peshmerga fighters and the PMU": the first party's head noun stands before "and"
            var afterFirst = parties[0].EndToken;
            for (var head = 0; head < 2 && afterFirst < _sentence.EndToken && s_unitHeads.Contains(Word(afterFirst)); head++)
                afterFirst++;
            // "between the Free Syrian Army (FSA) and ...": the first party's acronym in brackets
            if (afterFirst + 2 < _sentence.EndToken && Word(afterFirst) == "(" && Word(afterFirst + 2) == ")")
                afterFirst += 3;
            if (asideEnd > 0)
                afterFirst = asideEnd;
            if (!MentionText.Is(_doc, afterFirst, "and"))
                return;
            var first = parties[0];
            var hedged = Hedged(_sentence.FirstToken, between, RelationPredicate.Opposes, "clash");
            foreach (var second in parties.Skip(1))
            {
                Add(found, first.Entity!, RelationPredicate.Opposes, second.Entity!, between, between, first, second, 0.7, "clashes", hedged);
                Add(found, second.Entity!, RelationPredicate.Opposes, first.Entity!, between, between, first, second, 0.7, "clashes", hedged);
            }
        }

        /// <summary>The token after a dashed aside opening at k ("–who are based in X–"), or -1.</summary>
        private int DashedAsideEnd(int k)
        {
            if (k >= _sentence.EndToken || Word(k) is not ("–" or "—"))
                return -1;
            for (var j = k + 1; j < _sentence.EndToken && j <= k + 12; j++)
            {
                if (Word(j) is "–" or "—")
                    return j + 1;
            }
            return -1;
        }

        /// <summary>
        /// "fighting between A and B on one side and C on the other": the actors of each side fight those of the other and
        /// fight alongside each other.
        /// </summary>
        private bool Sides(int between, List<RelationCandidate> found)
        {
            var oneSide = -1;
            for (var k = between + 2; k + 2 < _sentence.EndToken && k <= between + 16; k++)
            {
                if (Word(k) == "on" && (Word(k + 1) == "one" && Word(k + 2) == "side" || Word(k + 1) == "the" && k + 3 < _sentence.EndToken && Word(k + 2) == "one" && Word(k + 3) == "hand"))
                {
                    oneSide = k;
                    break;
                }
            }
            if (oneSide < 0)
                return false;
            var sideEnd = Word(oneSide + 1) == "one" ? oneSide + 3 : oneSide + 4;
            var first = SideActors(between + 1, oneSide);
            var otherEnd = _sentence.EndToken;
            for (var k = sideEnd; k + 2 < _sentence.EndToken; k++)
            {
                if (Word(k) == "on" && Word(k + 1) == "the" && Word(k + 2) == "other")
                {
                    otherEnd = k;
                    break;
                }
            }
            var second = SideActors(sideEnd, otherEnd);
            if (first.Count == 0 || second.Count == 0)
                return false;
            var hedged = Hedged(_sentence.FirstToken, between, RelationPredicate.Opposes, "clash");
            foreach (var a in first)
            {
                foreach (var b in second)
                {
                    Add(found, a.Entity!, RelationPredicate.Opposes, b.Entity!, between, between, a, b, 0.7, "clashes", hedged);
                    Add(found, b.Entity!, RelationPredicate.Opposes, a.Entity!, between, between, a, b, 0.7, "clashes", hedged);
                }
            }
            JointAction(first, between, between, hedged, found);
            JointAction(second, between, between, hedged, found);
            return true;
        }

        /// <summary>The actors named in [from, to), a compound's backer ("Turkey-backed") excepted.</summary>
        private List<Mention> SideActors(int from, int to) =>
            _mentions.Where(m => m.FirstToken >= from && m.EndToken <= to && _stage.IsActor(m.Entity!) && m.Entity!.Type != EntityType.Person
                                 && !IsCompoundInner(m) && (!m.IsReference || IsActorReference(m)))
                .GroupBy(m => m.Entity).Select(g => g.First()).ToList();

        /// <summary>"X ... amid fierce clashes with Y": the clause's actor and Y oppose each other.</summary>
        private bool ClashesWith(int t, List<RelationCandidate> found)
        {
            var subject = PreviousActor(t, adjacentOnly: false) ?? PronounBefore(t) ?? _lastSubject ?? FirstGroupActor();
            if (subject?.Entity is not { Type: not EntityType.Person })
                return false;
            var added = false;
            foreach (var other in Actors(t + 1))
            {
                if (other.Entity == subject.Entity || other.Entity!.Type == EntityType.Person)
                    continue;
                var hedged = Hedged(HedgeScopeStart(subject, t), t, RelationPredicate.Opposes, "clash");
                Add(found, subject.Entity, RelationPredicate.Opposes, other.Entity, t, t + 1, subject, other, 0.7, "clashes with", hedged);
                Add(found, other.Entity, RelationPredicate.Opposes, subject.Entity, t, t + 1, subject, other, 0.7, "clashes with", hedged);
                added = true;
            }
            return added;
        }

        private Mention? FirstGroupActor() =>
            _mentions.FirstOrDefault(m => !m.IsReference && m.Entity!.Type == EntityType.Organization);

        /// <summary>
        /// "Backed initially by A and later B, X retook ...": every actor in the fronted participle phrase supports the
        /// actor that opens the main clause. Returns the comma ending the phrase (its actors are no subjects later), or -1.
        /// </summary>
        private int FrontedBacking(int t, List<RelationCandidate> found)
        {
            if (Word(t) is not ("Backed" or "Supported" or "Aided" or "Helped" or "Assisted" or "Armed"))
                return -1;
            var comma = -1;
            for (var k = t + 1; k < _sentence.EndToken && k <= t + 16; k++)
            {
                if (Word(k) == ",")
                {
                    comma = k;
                    break;
                }
            }
            if (comma < 0 || !SentenceHas(t, "by"))
                return -1;
            var backers = _mentions.Where(m => m.FirstToken > t && m.EndToken <= comma && (!m.IsReference || IsActorReference(m) || IsCompoundInner(m))
                                              && m.Entity!.Type != EntityType.Person && _stage.IsActor(m.Entity)).ToList();
            // "Backed by X, the offensive ...": the campaign's actor, the one the article is about
            // "Backed by X, the army and the militias retook ...": every coordinated subject is backed
            List<Mention> subjects = Actors(comma + 1);
            if (subjects.Count == 0 && CampaignNounAt(comma + 1) && LeadingActor() is { } leading)
                subjects = [Synthetic(leading, comma + 1)];
            if (backers.Count == 0 || subjects.Count == 0)
                return -1;
            foreach (var backed in subjects)
            {
                foreach (var backer in backers)
                {
                    if (backer.Entity != backed.Entity && backed.Entity is not null)
                        Add(found, backer.Entity!, RelationPredicate.Supports, backed.Entity, t, t, backed, backer, 0.75, Word(t),
                            Hedged(t, comma, RelationPredicate.Supports, "back"));
                }
            }
            _mentions.RemoveAll(m => m.EndToken <= comma);
            return comma;
        }

        private bool OnlyAdverbsBetween(int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                var w = Word(k).ToLowerInvariant();
                if (!(w.EndsWith("ly", StringComparison.Ordinal) || w is "have" or "had" or "has" or "again" or "also" or "then" or "later" or "repeatedly"))
                    return false;
            }
            return true;
        }

        /// <summary>"with assistance from X", "air support from X", "with the full, unlimited support of X", "under the protection of X".</summary>
        private bool IsBackingPhrase(int t)
        {
            if (t + 1 >= _sentence.EndToken)
                return false;
            var next = Word(t + 1).ToLowerInvariant();
            if (next == "from")
                return true;
            if (next != "of")
                return false;
            for (var k = t - 1; k >= _sentence.FirstToken && k >= t - 5; k--)
            {
                var w = Word(k);
                if (w.Equals("with", StringComparison.OrdinalIgnoreCase) || w.Equals("under", StringComparison.OrdinalIgnoreCase))
                    return true;
                // only the noun phrase's own modifiers between: "with the full, unlimited support of"
                if (!(w == "," || char.IsLower(w[0]) && _doc.Tokens[k].Kind == TokenKind.Word && !s_clauseBreaks.Contains(w) && !_mentions.Any(m => m.FirstToken <= k && m.EndToken > k)))
                    return false;
            }
            return false;
        }

        /// <summary>
        /// "with Russian air support", "with coalition backing": the actor modifying a support noun right after "with" backs
        /// the clause's actor.
        /// </summary>
        private Mention? WithBackerBefore(int t)
        {
            var k = t - 1;
            while (k > _sentence.FirstToken && Word(k).ToLowerInvariant() is "air" or "aerial" or "military" or "logistical" or "logistic" or "heavy"
                       or "artillery" or "intelligence" or "naval" or "financial" or "full" or "direct" or "limited")
                k--;
            var backer = _mentions.LastOrDefault(m => m.EndToken == k + 1 && m.FirstToken <= k && _stage.IsActor(m.Entity!) && (!m.IsReference || IsActorReference(m)));
            if (backer is null)
                return null;
            var before = backer.FirstToken - 1;
            if (before > _sentence.FirstToken && Word(before).ToLowerInvariant() is "the")
                before--;
            return before >= _sentence.FirstToken && Word(before).Equals("with", StringComparison.OrdinalIgnoreCase) ? backer : null;
        }

        /// <summary>The backer named after "support from/of" supports the clause's actor.</summary>
        private void BackedClause(int t, List<RelationCandidate> found) => BackedBy(Actors(t + 2), t, found);

        private void BackedBy(List<Mention> backers, int t, List<RelationCandidate> found)
        {
            if (backers.Count == 0)
                return;
            // "X retook the city because of help from Y": past a clause break, the first actor of the sentence
            var backed = PreviousActor(t, adjacentOnly: false, allowOf: true)
                         ?? _mentions.LastOrDefault(m => m.EndToken <= t && !m.IsReference && _stage.IsActor(m.Entity!) && !IsGoverned(m) && !backers.Contains(m))
                         ?? (_mentions.Any(m => m.FirstToken < t && !m.IsReference && _stage.IsActor(m.Entity!)) ? null : PreviousSentenceActor());
            // "the SDF, which have driven ISIS from X with coalition support": the relative clause's subject is backed, not its object
            if (backed is not null && ObjectOfRelativeClause(backed) is { } antecedent && !backers.Contains(antecedent))
                backed = antecedent;
            if (backed is { Entity.Type: EntityType.Person })
                return;
            // "As X prepares ..., the opposition groups seek ... with the support of Y": a described subject stands nearer
            if (backed?.Entity is null || DescribedSubjectBetween(backed.EndToken, t))
                return;
            foreach (var backer in backers)
                Add(found, backer.Entity!, RelationPredicate.Supports, backed.Entity, t, t + 1, backed, backer, 0.7, Word(t) + " " + Word(t + 1),
                    Hedged(HedgeScopeStart(backed, t), t, RelationPredicate.Supports, "support"));
        }

        /// <summary>"X, which have driven ISIS": the antecedent when m is the object of a short relative clause, else null.</summary>
        private Mention? ObjectOfRelativeClause(Mention m)
        {
            for (var k = m.FirstToken - 2; k >= _sentence.FirstToken && k >= m.FirstToken - 4; k--)
            {
                if (Word(k) is "which" or "who")
                    return VerbBetween(k + 1, m.FirstToken) && RelativeAntecedent(k + 1, 1) is { } antecedent && antecedent.Entity != m.Entity ? antecedent : null;
            }
            return null;
        }

        private bool DescribedSubjectBetween(int from, int to)
        {
            for (var k = from; k + 1 < to; k++)
            {
                if (Word(k) == "," && MentionText.Is(_doc, k + 1, "the") && !_mentions.Any(m => m.FirstToken == k + 2))
                {
                    for (var j = k + 2; j < to && j <= k + 5; j++)
                    {
                        if (s_descriptions.Contains(Word(j)) || Word(j) is "groups" or "rebels" or "opposition")
                            return true;
                    }
                }
            }
            return false;
        }

        /// <summary>"the coalition fighting ISIS": a participle right after an actor has that actor as its subject.</summary>
        private Mention? ReducedRelativeSubject(int t) =>
            Word(t).EndsWith("ing", StringComparison.Ordinal)
                ? _mentions.LastOrDefault(m => m.EndToken == t && !m.IsReference && !IsCompoundInner(m) && _stage.IsActor(m.Entity!))
                : null;

        /// <summary>"X breaks the Y siege of Z", "X broke Y's siege": breaker and besieger oppose each other.</summary>
        private bool BrokenSiege(int t, List<RelationCandidate> found)
        {
            var k = t - 1;
            if (k >= _sentence.FirstToken && MentionText.IsPossessive(_doc, k))
                k--;
            var besieger = _mentions.LastOrDefault(m => m.EndToken == k + 1 && !m.IsReference && m.Entity!.Type == EntityType.Organization);
            if (besieger is null)
                return false;
            var verb = besieger.FirstToken - 1;
            if (verb >= _sentence.FirstToken && Word(verb) is "the")
                verb--;
            if (verb <= _sentence.FirstToken || Morphology.VerbLemma(Word(verb), _stage.Lexicon) is not ("break" or "lift" or "end" or "breach"))
                return false;
            var breaker = PreviousActor(verb, adjacentOnly: false) ?? PronounBefore(verb);
            if (breaker?.Entity is null)
                return false;
            var hedged = Hedged(HedgeScopeStart(breaker, verb), verb, RelationPredicate.Opposes, "break");
            Add(found, breaker.Entity, RelationPredicate.Opposes, besieger.Entity!, verb, t, breaker, besieger, 0.75, Word(verb), hedged);
            Add(found, besieger.Entity!, RelationPredicate.Opposes, breaker.Entity, verb, t, breaker, besieger, 0.75, Word(verb), hedged);
            return true;
        }

        /// <summary>"stop the advance of X": the one stopping it opposes X.</summary>
        private void Stopped(int verb, int objectStart, List<RelationCandidate> found)
        {
            // "an effort to push X back and stop the advance of Y": an infinitive's actor is the clause's subject
            var infinitive = verb > _sentence.FirstToken && Word(verb - 1).ToLowerInvariant() is "to" or "and";
            var actor = infinitive ? MainActor() : PreviousActor(verb, adjacentOnly: false) ?? PronounBefore(verb) ?? MainActor();
            if (actor?.Entity is null)
                return;
            foreach (var target in Actors(objectStart))
                Add(found, actor.Entity, RelationPredicate.Opposes, target.Entity!, verb, objectStart - 1, actor, target, 0.7, Word(verb),
                    Hedged(HedgeScopeStart(actor, verb), verb, RelationPredicate.Opposes, "stop"));
        }

        private bool StartsWithDeterminer() => Word(_sentence.FirstToken).ToLowerInvariant() is "the" or "this" or "that" or "these" or "its" or "their";

        private bool PossessiveBefore(int t)
        {
            for (var k = t - 1; k >= Math.Max(_sentence.FirstToken, t - 3); k--)
            {
                if (Word(k).ToLowerInvariant() is "its" or "their" or "his" or "her" or "our")
                    return true;
            }
            return false;
        }

        private bool PartOfBefore(int t)
        {
            for (var k = t - 1; k > _sentence.FirstToken && k >= t - 4; k--)
            {
                if (MentionText.Is(_doc, k, "of") && MentionText.Is(_doc, k - 1, "part"))
                    return true;
            }
            return false;
        }

        /// <summary>"launched a new offensive to take the militants' enclave": the campaign's owner opposes whom it targets.</summary>
        private bool PurposeOfCampaign(int t, int to, List<RelationCandidate> found)
        {
            // "..., as part of an offensive to dislodge X": the clause's actor owns the offensive
            var partOf = PartOfBefore(t) && !MentionText.IsPossessive(_doc, t - 1);
            var owner = (partOf ? MainActor() : null) ?? PreviousActor(t, adjacentOnly: false, allowOf: true) ?? PronounBefore(t);
            // "The offensive to free X was led by Y": the leader named after the aim owns it, and it was carried out
            var ledBy = owner is null && t == _sentence.FirstToken + 1 ? LedByAfter(to + 2) : null;
            owner ??= ledBy;
            // "..., in a bid to retake X": the purpose adjunct belongs to the actor of the clause's verb
            if (owner is null or { IsReference: false } && (MentionText.Is(_doc, t - 2, "in") || MentionText.Is(_doc, t - 3, "in") && Word(t - 2).ToLowerInvariant() is "a" or "an")
                && _lastSubject is not null && (owner is null || MentionText.IsPossessive(_doc, owner.EndToken)))
                owner = _lastSubject;
            // "entered ISIS's capital of X, in a bid to take ...": the possessor of an earlier noun phrase owns no campaign
            if (owner is { IsReference: false } && MentionText.IsPossessive(_doc, owner.EndToken) && SentenceHasWordBetween(owner.EndToken, t, ","))
                return false;
            // "Special forces, with the aid of coalition air strikes, concluded an operation to ...": the backer owns no campaign
            if (owner is { IsReference: false } && InBackingPhrase(owner))
                return false;
            // "Iraqi troops, supported by A and B, launched an operation to ...": the agent of a parenthetical participle owns no campaign
            if (owner is { IsReference: false } && AgentOfParenthetical(owner, t) is var parenthetical and > 0)
                owner = PreviousActor(parenthetical, adjacentOnly: false) ?? DescriptionBefore(parenthetical);
            if (owner?.Entity is null)
                return false;
            var targets = Actors(to + 2);
            var hedged = Hedged(HedgeScopeStart(owner, t), t, RelationPredicate.Opposes, "offensive");
            // "A and B launched an offensive to ...": the campaign is each conjunct's
            List<Mention> owners = owner.IsReference ? [owner] : [owner, .. ConjunctsBefore(owner)];
            foreach (var target in targets)
            {
                foreach (var one in owners)
                    Add(found, one.Entity!, RelationPredicate.Opposes, target.Entity!, t, to + 1, one, target, 0.65, Word(t), hedged);
            }
            // "an offensive to retake X", "to dislodge them from X": the place is the campaign's aim, not yet taken
            var verb = Morphology.VerbLemma(Word(to + 1), _stage.Lexicon);
            var placesFrom = verb is "take" or "retake" or "capture" or "recapture" or "liberate" or "seize" or "free" or "reclaim" or "regain" ? to + 2
                : verb is "dislodge" or "drive" or "expel" or "oust" or "push" or "clear" or "rid" ? WordWithin(to + 1, 8, ["from", "out"]) + 1 : 0;
            if (placesFrom <= 0)
                return false;
            var places = Places(placesFrom, capture: placesFrom == to + 2);
            // "a bid to reclaim the militants' main stronghold": the stronghold is the place just named
            // ("... stronghold in Syria" locates the stronghold, it does not name it)
            if (placesFrom == to + 2 && WordWithin(to + 1, 5, ["stronghold", "bastion", "capital"]) is var described and > 0 && (places.Count == 0 || places[0].FirstToken > described))
                places = RecentPlaceBefore(t) is { } stronghold ? [stronghold] : [];
            // "the prime minister announced a campaign to retake X": a leader announcing it does not take the place
            foreach (var place in owner.Entity.Type == EntityType.Person ? [] : places)
            {
                foreach (var one in owners)
                    Add(found, one.Entity!, RelationPredicate.Captured, place.Entity!, t, to + 1, one, place, 0.6, Word(t), hedged: ledBy is null);
            }
            return places.Count > 0;
        }

        /// <summary>
        /// The "to" of a campaign's aim: right after the noun, or past a short time or place adjunct ("an offensive on
        /// Friday to drive ...", "an operation in the west to retake ..."). -1 when there is none.
        /// </summary>
        private int AimAfter(int t)
        {
            // "a campaign aimed at capturing X": the "at" before the gerund plays the part of "to"
            if (t + 3 < _sentence.EndToken && Word(t + 1).ToLowerInvariant() is "aimed" or "designed" or "intended" && MentionText.Is(_doc, t + 2, "at")
                && Word(t + 3).EndsWith("ing", StringComparison.Ordinal))
                return t + 2;
            for (var k = t + 1; k < _sentence.EndToken - 1 && k <= t + 5; k++)
            {
                var w = Word(k);
                if (w.Equals("to", StringComparison.OrdinalIgnoreCase))
                    return k;
                if (k == t + 1 && !(w.ToLowerInvariant() is "on" or "in" or "at" or "this" or "last" or "early" or "late" or "overnight" or "earlier" or "since" or "for" or "until"))
                    return -1;
                if (s_clauseBreaks.Contains(w) && k > t + 1 || _doc.Tokens[k].Kind != TokenKind.Word || _stage.TryTrigger(w, out _) && char.IsLower(w[0])
                    || _mentions.Any(m => m.FirstToken == k && _stage.IsActor(m.Entity!)))
                    return -1;
            }
            return -1;
        }

        private bool LaunchBetween(int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (IsLaunchVerb(_doc.TokenSpan(k)))
                    return true;
            }
            return false;
        }

        private static bool IsLaunchVerb(ReadOnlySpan<char> word) =>
            word is "launched" or "launch" or "launches" or "launching" or "began" or "begun" or "begin" or "begins" or "mounted" or "mount"
                or "started" or "start" or "starts" or "waged" or "wage" or "waging" or "spearheaded" or "conducted" or "conduct";

        /// <summary>"A and B launched an offensive": a campaign the coordinated actors open together is joint action, mutual support.</summary>
        private void LaunchedJointly(int t, List<RelationCandidate> found)
        {
            var campaign = -1;
            for (var k = t + 1; k < _sentence.EndToken && k <= t + 4; k++)
            {
                var w = Word(k).ToLowerInvariant();
                if (w is "offensive" or "operation" or "operations" or "assault" or "attack" or "attacks" or "campaign" or "counteroffensive" or "counter-offensive" or "push" or "battle" or "raid" or "raids")
                {
                    campaign = k;
                    break;
                }
                if (s_clauseBreaks.Contains(w) || w == "," || _mentions.Any(m => m.FirstToken == k && _stage.IsActor(m.Entity!) && !IsCompoundInner(m)))
                    return;
            }
            if (campaign < 0)
                return;
            // "X and Y, an alliance of ..., on Sunday launched": an apposition and a time adjunct may stand between
            var last = SubjectBeforeAppositionAndTime(t);
            if (last is null)
            {
                if (PreviousActor(t, adjacentOnly: false) is not { IsReference: false } previous || previous.Entity!.Type == EntityType.Person)
                    return;
                last = previous;
                // "Peshmerga forces launched": the name's head noun may stand between
                var verbStart = last.EndToken < t && s_descriptions.Contains(Word(last.EndToken)) ? last.EndToken + 1 : last.EndToken;
                if (!OnlyAdverbsBetween(verbStart, t))
                    return;
            }
            if (SeparateActs(last.EndToken, t))
                return;
            JointAction([last, .. ConjunctsBefore(last)], t, campaign, Hedged(HedgeScopeStart(last, t), t, RelationPredicate.Supports, "launch"), found);
        }

        private void JointOperationOf(int t, List<RelationCandidate> found)
        {
            var k = t + 1;
            if (k < _sentence.EndToken && Word(k).ToLowerInvariant() is "military" or "ground" or "security")
                k++;
            if (k >= _sentence.EndToken || Word(k).ToLowerInvariant() is not ("operation" or "operations" or "offensive" or "campaign" or "attack" or "assault" or "raid" or "push"))
                return;
            var campaign = k;
            // "between A and B"; "(being) conducted / carried out / launched / led by A and B"
            for (k = campaign + 1; k < _sentence.EndToken && k <= campaign + 5; k++)
            {
                var w = Word(k).ToLowerInvariant();
                if (w is "between" or "by")
                    break;
                if (!(w is "being" or "conducted" or "carried" or "out" or "launched" or "led" or "mounted" or "waged" or "staged"))
                    return;
            }
            if (k >= _sentence.EndToken || Word(k).ToLowerInvariant() is not ("between" or "by"))
                return;
            var partners = Actors(k + 1);
            if (partners.Count < 2 || partners.Any(p => p.Entity!.Type == EntityType.Person))
                return;
            // only coordinated partners ("A and B"), not "by A in B"
            if (!SentenceHasWordBetween(partners[0].EndToken, partners[^1].FirstToken, "and"))
                return;
            JointAction(partners, t, campaign, Hedged(_sentence.FirstToken, t, RelationPredicate.Supports, "launch"), found);
        }

        private Mention? SubjectBeforeAppositionAndTime(int t)
        {
            var k = t - 1;
            while (k > _sentence.FirstToken && (IsTimeWord(Word(k)) && Word(k) != "," || Word(k).ToLowerInvariant() is "on" or "last" or "late" or "early" or "this" or "week" or "weekend"))
                k--;
            if (k <= _sentence.FirstToken || Word(k) != ",")
                return null;
            // the apposition: lower-case words and names up to the comma after the subject, no verb of its own
            var open = k - 1;
            while (open > _sentence.FirstToken && Word(open) != "," && k - open < 12)
            {
                if (s_clauseBreaks.Contains(Word(open)) || _stage.TryTrigger(Word(open), out _))
                    return null;
                open--;
            }
            if (open <= _sentence.FirstToken || Word(open) != "," || !MentionText.Is(_doc, open + 1, "a") && !MentionText.Is(_doc, open + 1, "an") && !MentionText.Is(_doc, open + 1, "the"))
                return null;
            return _mentions.LastOrDefault(m => m.EndToken == open && !m.IsReference && _stage.IsActor(m.Entity!) && m.Entity!.Type != EntityType.Person && !IsCompoundInner(m));
        }

        /// <summary>Actors acting together (fighting, launching a campaign, taking a place) back each other.</summary>
        private void JointAction(List<Mention> partners, int t, int triggerEnd, bool hedged, List<RelationCandidate> found)
        {
            foreach (var a in partners)
            {
                foreach (var b in partners)
                {
                    if (a.Entity != b.Entity)
                        Add(found, a.Entity!, RelationPredicate.Supports, b.Entity!, t, triggerEnd, b, a, 0.6, Word(t), hedged);
                }
            }
        }

        /// <summary>"A, B and the C": the actors coordinated before the given one (no people, no objects of a preposition).</summary>
        private List<Mention> ConjunctsBefore(Mention last)
        {
            var result = new List<Mention>();
            var k = SkipArticleBefore(PhraseStart(last) - 1);
            if (k > _sentence.FirstToken && Word(k) == "(" && _mentions.LastOrDefault(m => m.EndToken == k && m.Entity == last.Entity) is { } longForm)
                k = SkipArticleBefore(longForm.FirstToken - 1);
            var first = true;
            while (k > _sentence.FirstToken && (Word(k) == "and" || !first && Word(k) == ","))
            {
                // "the Democratic Union Party (PYD) and ...": the name before its bracketed short form
                var end = Word(k - 1) == ")" && _mentions.Any(m => m.EndToken == k - 1) ? k - 1 : k;
                var before = _mentions.LastOrDefault(m => m.EndToken == end && !m.IsReference && !IsCompoundInner(m) && _stage.IsActor(m.Entity!)
                                                          && m.Entity!.Type != EntityType.Person && m.Entity != last.Entity);
                if (before is null || IsGoverned(before))
                    break;
                result.Add(before);
                first = false;
                k = SkipArticleBefore(PhraseStart(before) - 1);
            }
            return result;
        }

        /// <summary>Where the noun phrase of a name starts: "Shiite militias of the PMU" starts at "Shiite".</summary>
        private int PhraseStart(Mention m)
        {
            var k = m.FirstToken - 1;
            if (k > _sentence.FirstToken && MentionText.Is(_doc, k, "the"))
                k--;
            if (k <= _sentence.FirstToken || !MentionText.Is(_doc, k, "of") || !IsMembersOf(m))
                return m.FirstToken;
            k--;
            var start = k;
            // the head noun, then up to two modifiers ("Shiite", "elite")
            for (var j = k - 1; j >= _sentence.FirstToken && j >= k - 2; j--)
            {
                var w = Word(j);
                if (w is "and" or "," || s_clauseBreaks.Contains(w) || _doc.Tokens[j].Kind != TokenKind.Word || _mentions.Any(x => x.FirstToken <= j && x.EndToken > j)
                    || Lexicon.IsFunctionWord(_doc.TokenSpan(j)) || _stage.TryTrigger(w, out _))
                    break;
                start = j;
            }
            return start;
        }

        private int SkipArticleAfter(int k) => k < _sentence.EndToken && Word(k).ToLowerInvariant() is "the" ? k + 1 : k;

        private int SkipArticleBefore(int k)
        {
            while (k > _sentence.FirstToken && Word(k).ToLowerInvariant() is "the" or "its" or "their")
                k--;
            return k;
        }

        /// <summary>
        /// "The X brigade, one of the groups fighting for the town, said Y had fallen": a group in the battle announcing
        /// the fall of a place speaks of its own gain.
        /// </summary>
        private (Mention? Combatant, Mention? Place) FallReportedByCombatant(int t)
        {
            if (t - 3 < _sentence.FirstToken || Word(t - 1).ToLowerInvariant() is not ("had" or "has"))
                return default;
            var place = _mentions.LastOrDefault(m => m.EndToken == t - 1 && m.Type == EntityType.Location);
            if (place is null || place.FirstToken - 1 <= _sentence.FirstToken || Word(place.FirstToken - 1).ToLowerInvariant() is not ("said" or "says" or "announced" or "confirmed"))
                return default;
            var speaker = MainActor();
            if (speaker is null || speaker.IsReference || speaker.Entity!.Type != EntityType.Organization || speaker.FirstToken >= place.FirstToken)
                return default;
            for (var k = speaker.EndToken; k < place.FirstToken - 1; k++)
            {
                if (Word(k).ToLowerInvariant() is "battle" or "fighting" or "offensive" or "clashes" or "assault")
                    return (speaker, place);
            }
            return default;
        }

        /// <summary>The "with" (or the comma before it) that opens the backing phrase a mention sits in, or -1.</summary>
        private int BackingPhraseStart(Mention m)
        {
            for (var k = m.FirstToken - 1; k > _sentence.FirstToken && k >= m.FirstToken - 6; k--)
            {
                if (MentionText.Is(_doc, k, "with"))
                    return Word(k - 1) == "," ? k - 1 : k;
            }
            return -1;
        }

        /// <summary>"Hezbollah, Iran's main ally in Lebanon, ...": a possessor opening an apposition stands for the name before the comma.</summary>
        private Mention? PossessiveAppositionHead(Mention m)
        {
            if (!MentionText.IsPossessive(_doc, m.EndToken) || m.FirstToken - 1 <= _sentence.FirstToken || Word(m.FirstToken - 1) != ",")
                return null;
            return _mentions.LastOrDefault(x => x.EndToken == m.FirstToken - 1 && !x.IsReference && _stage.IsActor(x.Entity!) && x.Entity != m.Entity
                                                && x.Entity!.Type == EntityType.Organization);
        }

        /// <summary>The comma opening ", a NATO member," when the mention sits in such an apposition closed before the verb, else -1.</summary>
        private int AppositionComma(Mention m, int verb)
        {
            var k = PhraseStart(m) - 1;
            if (k - 1 < _sentence.FirstToken || Word(k).ToLowerInvariant() is not ("a" or "an") || Word(k - 1) != ",")
                return -1;
            for (var c = m.EndToken; c < verb && c <= m.EndToken + 3; c++)
            {
                if (Word(c) == ",")
                    return _mentions.Any(x => x.EndToken == k - 1 && _stage.IsActor(x.Entity!)) ? k - 1 : -1;
            }
            return -1;
        }

        /// <summary>"would not allow the YPG to take X", "urged Turkey to attack": the infinitive's deed is only wanted or refused.</summary>
        private bool ControlledInfinitive(Mention subject, int t)
        {
            if (subject.IsReference || subject.FirstToken >= t || subject.EndToken != t - 1 || !MentionText.Is(_doc, t - 1, "to"))
                return false;
            var k = subject.FirstToken - 1;
            if (k >= _sentence.FirstToken && MentionText.Is(_doc, k, "the"))
                k--;
            if (k >= _sentence.FirstToken && MentionText.Is(_doc, k, "on"))
                k--;
            return k >= _sentence.FirstToken && Morphology.VerbLemma(Word(k), _stage.Lexicon) is "allow" or "let" or "permit" or "prevent" or "urge" or "ask" or "want"
                or "call" or "expect" or "order" or "tell" or "encourage" or "invite" or "press" or "pressure" or "forbid";
        }

        /// <summary>"urged Turkey to attack X": the name between a control verb and "to" is the infinitive's subject.</summary>
        private Mention? ControlledSubject(int t)
        {
            if (t - 2 < _sentence.FirstToken || !MentionText.Is(_doc, t - 1, "to"))
                return null;
            var named = _mentions.LastOrDefault(m => m.EndToken == t - 1 && !m.IsReference && !IsCompoundInner(m) && _stage.IsActor(m.Entity!));
            return named is not null && ControlledInfinitive(named, t) ? named : null;
        }

        /// <summary>"allowing the militants to", "forced government troops to": a control verb whose object before "to" is an unnamed noun.</summary>
        private bool ControlsDescription(int t)
        {
            var noun = t - 2;
            if (noun - 1 <= _sentence.FirstToken || !MentionText.Is(_doc, t - 1, "to") || !char.IsLower(Word(noun)[0])
                || !(s_descriptions.Contains(Word(noun)) || s_unitHeads.Contains(Word(noun)) || Word(noun) is "military" or "army")
                || _mentions.Any(m => m.FirstToken <= noun && m.EndToken >= noun))
                return false;
            // the noun's determiner and up to two modifiers ("the government ground forces"), none of them a name
            for (var k = noun - 1; k >= _sentence.FirstToken && k >= noun - 3; k--)
            {
                if (Morphology.VerbLemma(Word(k), _stage.Lexicon) is "allow" or "enable" or "force" or "prompt" or "permit" or "let")
                    return true;
                if (!char.IsLower(Word(k)[0]) || _doc.Tokens[k].Kind != TokenKind.Word || _mentions.Any(m => m.FirstToken <= k && m.EndToken > k))
                    return false;
            }
            return false;
        }

        /// <summary>The comma opening ", backed/supported/aided by X ...," when the mention is that agent and the phrase closes before the verb, else -1.</summary>
        private int AgentOfParenthetical(Mention m, int verb)
        {
            var k = ListStartBefore(m) - 1;
            if (k > _sentence.FirstToken && MentionText.Is(_doc, k, "the"))
                k--;
            if (k - 2 < _sentence.FirstToken || Word(k - 2) != ","
                || !(MentionText.Is(_doc, k, "by") && Word(k - 1).ToLowerInvariant() is "backed" or "supported" or "aided" or "assisted" or "helped" or "escorted" or "accompanied"
                     || MentionText.Is(_doc, k, "with") && Word(k - 1).ToLowerInvariant() is "along" or "together"))
                return -1;
            for (var c = m.EndToken; c < verb; c++)
            {
                if (Word(c) == ",")
                    return k - 2;
            }
            return -1;
        }

        /// <summary>
        /// "X and its allies, including A and B, retook ...": when the subject found is the last of a list after "including" that runs up
        /// to the verb, the actor the list hangs on, the members, and whether they are named as its allies.
        /// </summary>
        private (Mention? Head, List<Mention> Members, bool Allies) IncludedListHead(Mention subject, int t)
        {
            var end = subject.EndToken;
            for (var head = 0; head < 2 && end < t && s_unitHeads.Contains(Word(end)); head++)
                end++;
            if (end < t && Word(end) is "," or "\"" or "“")
                end++;
            if (end < t && Word(end) is "are" or "were" or "is" or "was")
                end++;
            if (!OnlyAdverbsBetween(end, t))
                return (null, [], false);
            for (var k = subject.FirstToken - 1; k > _sentence.FirstToken && k >= subject.FirstToken - 14; k--)
            {
                var w = Word(k);
                if (w == "including")
                {
                    var members = Actors(k + 1);
                    if (members.Count == 0 || members[^1] != subject)
                        return (null, [], false);
                    // "troops and allied militia including A and B seized": without a named head the members act on their own
                    var listHead = PreviousActor(k, adjacentOnly: false);
                    if (listHead is null || listHead.EndToken < k - 4 || listHead.Entity!.Type == EntityType.Person || members.Any(m => m.Entity == listHead.Entity))
                        return members.Count > 1 ? (subject, members.Where(m => m != subject).ToList(), false) : (null, [], false);
                    var allies = false;
                    for (var j = listHead.EndToken; j < k; j++)
                        allies |= Word(j).ToLowerInvariant() is "allies" or "allied" or "partners" or "proxies";
                    return (listHead, members, allies);
                }
                if (w is "." or ";" || s_clauseBreaks.Contains(w) || _stage.TryTrigger(w, out _) && !s_unitHeads.Contains(w))
                    return (null, [], false);
            }
            return (null, [], false);
        }

        /// <summary>"backed by Russian jets, Hezbollah fighters and Iranian officers": where the list holding the mention begins.</summary>
        private int ListStartBefore(Mention m)
        {
            var start = m.FirstToken;
            var k = m.FirstToken - 1;
            while (k > _sentence.FirstToken && start - k <= 12)
            {
                var w = Word(k);
                // "backed by Hashd fighters and Kurdish Peshmerga forces": an ethnic or national adjective before a name in the list
                if (w is "and" or "," or "the" || s_unitHeads.Contains(w) || MentionText.IsPossessive(_doc, k)
                    || w is "of" or "from" && s_unitHeads.Contains(Word(k - 1)) || IsUncoveredDemonym(k))
                {
                    k--;
                    continue;
                }
                var before = _mentions.LastOrDefault(x => x.EndToken == k + 1 && (!x.IsReference || IsActorReference(x)) && _stage.IsActor(x.Entity!));
                if (before is null || !SentenceHasWordBetween(before.EndToken, start, "and") && !SentenceHasWordBetween(before.EndToken, start, ",")
                                      && !MentionText.IsPossessive(_doc, before.EndToken))
                    break;
                start = before.FirstToken;
                k = start - 1;
            }
            return start > _sentence.FirstToken && MentionText.Is(_doc, start - 1, "the") ? start - 1 : start;
        }

        private bool IsUncoveredDemonym(int k) =>
            char.IsUpper(Word(k)[0]) && (Cues.EthnicAdjectives.Contains(Word(k)) || _stage.CountryOfWord(_doc.TokenSpan(k)) is not null)
            && !_mentions.Any(m => m.FirstToken <= k && m.EndToken > k);

        private bool InBackingPhrase(Mention m)
        {
            var k = m.FirstToken - 1;
            if (k > _sentence.FirstToken && MentionText.Is(_doc, k, "the"))
                k--;
            return k - 1 >= _sentence.FirstToken && (MentionText.Is(_doc, k, "of") || MentionText.Is(_doc, k, "from"))
                   && Word(k - 1).ToLowerInvariant() is "aid" or "help" or "support" or "backing" or "assistance" or "cover";
        }

        private bool SentenceHasWordBetween(int from, int to, string word)
        {
            for (var k = from; k < to; k++)
            {
                if (Word(k) == word)
                    return true;
            }
            return false;
        }

        private bool IsParticipleTrigger(int k) =>
            Word(k) is { Length: > 4 } w && char.IsLower(w[0]) && w.EndsWith("ing", StringComparison.Ordinal) && _stage.TryTrigger(w, out _);

        private Mention? HandsHolder(int fell, int hands) =>
            NextActor(fell + 2, 2) is { } owner && owner.EndToken < hands ? owner
            : MentionText.Is(_doc, hands + 1, "of") ? NextActor(hands + 2, 1) : null;

        private Mention? LedByAfter(int from)
        {
            var led = WordWithin(from, 10, ["led"]);
            if (led <= from || Word(led - 1).ToLowerInvariant() is not ("was" or "were") || !MentionText.Is(_doc, led + 1, "by"))
                return null;
            // "led by the country's special forces": the possessor is not the leader, the named unit it owns is
            if (NextActor(led + 2, 4) is not { } leader)
                return null;
            if (!MentionText.IsPossessive(_doc, leader.EndToken))
                return leader;
            return _mentions.FirstOrDefault(m => m.FirstToken > leader.EndToken && m.FirstToken <= leader.EndToken + 4 && !m.IsReference
                                                 && m.Entity!.Type == EntityType.Organization && !BreakBetween(leader.EndToken, m.FirstToken));
        }

        /// <summary>The "against" after a place or time adjunct right after the noun at t ("in Iraq and Syria against"), or -1.</summary>
        private int AgainstAfterAdjunct(int t)
        {
            if (t + 2 >= _sentence.EndToken || Word(t + 1).ToLowerInvariant() is not ("in" or "on" or "near" or "across" or "inside" or "around" or "overnight"))
                return -1;
            for (var k = t + 2; k < _sentence.EndToken && k <= t + 9; k++)
            {
                var w = Word(k);
                if (w.Equals("against", StringComparison.OrdinalIgnoreCase))
                    return k;
                var place = _mentions.Any(m => m.FirstToken <= k && m.EndToken > k && m.Entity!.Type == EntityType.Location);
                if (!(place || IsTimeWord(w) || w.ToLowerInvariant() is "and" or "the" or "in" or "on" or "near" or "of" or "northern" or "southern" or "eastern" or "western" or "central"))
                    return -1;
            }
            return -1;
        }

        private void Nominal(int t, RelationPredicate predicate, List<RelationCandidate> found, int objectStart = -1)
        {
            // "Russia, an ally of X", "Iran is a backer of X": only an apposition or a copula names whose ally it is
            if (Word(t).ToLowerInvariant() is "ally" or "allies" or "backer" or "backers" or "sponsor" or "enemy" or "enemies")
            {
                if (PossessiveOrModifierAlly(t, predicate, found))
                    return;
                var k = t - 1;
                while (k > _sentence.FirstToken && Word(k).ToLowerInvariant() is "a" or "an" or "the" or "key" or "main" or "close" or "staunch" or "strong" or "major" or "longtime" or "old" or "regional" or "top")
                    k--;
                if (k <= _sentence.FirstToken || !(Word(k) == "," || Word(k).ToLowerInvariant() is "is" or "are" or "was" or "were" or "remains" or "became"))
                    return;
                var holder = _mentions.LastOrDefault(m => m.EndToken == k && _stage.IsActor(m.Entity!) && !m.IsReference);
                var allies = Actors(t + 2);
                foreach (var obj in allies)
                {
                    if (holder is not null)
                        Add(found, holder.Entity!, predicate, obj.Entity!, t, t + 1, holder, obj, 0.7, Word(t) + " " + Word(t + 1), Hedged(HedgeScopeStart(holder, t), t, predicate, "ally"));
                }
                return;
            }
            // "any attack on", "any attempt": hypothetical, nobody's act
            if (t - 1 >= _sentence.FirstToken && (MentionText.Is(_doc, t - 1, "any") || (t - 2 >= _sentence.FirstToken && MentionText.Is(_doc, t - 2, "any"))))
                return;
            if (objectStart < 0)
                objectStart = t + 2;
            var objects = predicate is RelationPredicate.Captured or RelationPredicate.CrossedInto ? Places(objectStart) : Actors(objectStart);
            // "an offensive on Mosul": a town attacked is the campaign's aim, a hedged capture
            var aimedAtPlace = false;
            // "an IS assault on Baghdad" is an attack, a raid as often as a push to take the city; only an offensive aims at taking it
            // "an offensive on the villages surrounding X": X only locates the villages attacked
            if (objects.Count == 0 && predicate == RelationPredicate.Opposes && Word(t).ToLowerInvariant() is "offensive" or "counteroffensive" or "counter-offensive")
            {
                objects = Places(objectStart, capture: true);
                objects.RemoveAll(o => _stage.IsActor(o.Entity!) || LocatorBetween(objectStart, o.FirstToken));
                predicate = RelationPredicate.Captured;
                aimedAtPlace = true;
            }
            // "the capture of the northern city by X": a definite place noun stands for the place named last
            Mention? captureAgent = null;
            if (objects.Count == 0 && predicate == RelationPredicate.Captured && DescribedPlace(objectStart) is var described and > 0
                && CaptureAgentAfter(described + 1) is { } describedAgent && RecentPlaceBefore(t) is { } recent)
            {
                objects = [recent];
                captureAgent = describedAgent;
            }
            if (objects.Count == 0)
                return;
            // "the capture of X by Y", "the seizure of X, near Z, by Y": the agent after the place took it
            if (captureAgent is null && predicate == RelationPredicate.Captured && !aimedAtPlace)
                captureAgent = CaptureAgentAfter(objects[^1].EndToken);
            // "a large ISIS attack on ..." : the actor right before the noun owns it
            // the sentence before supplies the owner only when this sentence names nobody before the noun
            // "coalition airstrikes against X": an actor written as the noun's modifier owns it, named or described
            var owner = captureAgent
                        ?? _mentions.LastOrDefault(m => m.EndToken == t && !m.IsReference && !m.IsName && _stage.IsActor(m.Entity!))
                        ?? PreviousActor(t, adjacentOnly: true) ?? PreviousActor(t, adjacentOnly: false, allowOf: true)
                        ?? (_mentions.Any(m => m.FirstToken < t) || PossessiveBefore(t) || !StartsWithDeterminer() ? null : PreviousSentenceActor())
                        ?? OngoingFightOwner(t, objects, found);
            if (owner is { IsReference: false } && owner.FirstToken < t && PossessiveAppositionHead(owner) is { } describedOwner)
                owner = describedOwner;
            // "Colonel X said the seizure of Y ...": the speaker reports the deed, it is not his
            if (owner is { IsReference: false, Entity.Type: EntityType.Person } && owner.FirstToken < t && IsSpeakerOrAddressee(owner, t))
                return;
            // "after making advances on X", "carried out strikes against X": the light verb's subject owns the noun
            if (owner is null && LightVerbBefore(t) is var light and >= 0)
                owner = ParticipleSubject(light) ?? PreviousActor(light, adjacentOnly: false) ?? PronounBefore(light);
            // "the PYD and its YPG militia, who also had designs on X": the relative clause's antecedent and its conjuncts
            var relative = false;
            if (owner is null && RelativeAntecedent(t) is { } antecedent && !IsGoverned(antecedent))
            {
                owner = antecedent;
                relative = true;
            }
            if (owner is null)
                return;
            // "the liberation of X": news writers never call a jihadist group's capture a liberation; such an owner is a wrong guess
            if (predicate == RelationPredicate.Captured && Word(t).Equals("liberation", StringComparison.OrdinalIgnoreCase) && s_jihadistIds.Contains(owner.Entity!.Id))
                return;
            // "X, the spokesman for the operation against Y": a spokesperson describes the operation, it is not theirs
            if (owner.Entity!.Type == EntityType.Person && owner.EndToken < t
                && (SentenceHasWordBetween(owner.EndToken, t, "spokesman") || SentenceHasWordBetween(owner.EndToken, t, "spokeswoman") || SentenceHasWordBetween(owner.EndToken, t, "spokesperson")))
                return;
            // "had designs on X": an ambition, not a deed; "a step towards the liberation of X": not there yet
            var hedged = Hedged(HedgeScopeStart(owner, t), t, predicate, Word(t)) || Word(t).Equals("designs", StringComparison.OrdinalIgnoreCase)
                         || TowardsBefore(t) || aimedAtPlace;
            // "sought to slow the offensive on X": only the actor launching or owning the offensive aims at the place
            if (aimedAtPlace && !(owner.EndToken >= t - 2 || LaunchBetween(owner.EndToken, t)))
                return;
            var mutual = Word(t).ToLowerInvariant() is "clashes" or "clashed";
            // "A and B launched an offensive against C": the campaign is each conjunct's
            if ((predicate == RelationPredicate.Opposes && LaunchBetween(owner.EndToken, t) || relative) && !owner.IsReference)
            {
                foreach (var conjunct in ConjunctsBefore(owner))
                {
                    foreach (var obj in objects)
                        Add(found, conjunct.Entity!, predicate, obj.Entity!, t, t + 1, conjunct, obj, 0.65, Word(t) + " " + Word(t + 1), hedged);
                }
            }
            foreach (var obj in objects)
            {
                Add(found, owner.Entity!, predicate, obj.Entity!, t, t + 1, owner, obj, 0.7, Word(t) + " " + Word(t + 1), hedged);
                if (mutual)
                    Add(found, obj.Entity!, predicate, owner.Entity!, t, t + 1, owner, obj, 0.7, Word(t) + " " + Word(t + 1), hedged);
            }
        }

        /// <summary>"the (northern) city": the place noun of a definite description starting at the token, or -1.</summary>
        private int DescribedPlace(int from)
        {
            if (!MentionText.Is(_doc, from, "the"))
                return -1;
            for (var k = from + 1; k < _sentence.EndToken && k <= from + 3; k++)
            {
                var w = Word(k);
                if (w is "city" or "town" or "village")
                    return k;
                if (_doc.Tokens[k].Kind != TokenKind.Word || !char.IsLower(w[0]) || _mentions.Any(m => m.FirstToken <= k && m.EndToken > k && !m.IsReference))
                    return -1;
            }
            return -1;
        }

        /// <summary>The named organisation after a "by" that follows a capture noun's place, with only an apposition between, or null.</summary>
        private Mention? CaptureAgentAfter(int from)
        {
            for (var k = from; k < _sentence.EndToken && k < from + 10; k++)
            {
                var w = Word(k);
                if (w == "by")
                    return Actors(k + 1).FirstOrDefault(a => !a.IsReference && a.Entity!.Type == EntityType.Organization);
                // "the capture of X was followed by", "the capture of X, backed by": a verb ends the noun phrase
                if (s_clauseBreaks.Contains(w) || w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal)
                    || w is "is" or "was" or "were" or "are" or "has" or "had" or "have" or "be" or "been" or "will" or "would" or "and" or "or")
                    return null;
            }
            return null;
        }

        /// <summary>A relation verb between two tokens with no clause break: the later actor is its object.</summary>
        private bool VerbBetween(int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (s_clauseBreaks.Contains(Word(k)) || Word(k) == ",")
                    return false;
                if (_stage.TryTrigger(_doc.TokenSpan(k), out _) && !_mentions.Any(m => m.FirstToken <= k && m.EndToken > k))
                    return true;
            }
            return false;
        }

        /// <summary>"the villages taken by X include(d) A and B", "the towns captured by X are A and B": the places after the main verb.</summary>
        private List<Mention> IncludedPlacesAfter(int t, Mention agent)
        {
            var head = Word(t - 1).ToLowerInvariant();
            if (t - 1 <= _sentence.FirstToken || !head.EndsWith('s') || !s_placeKinds.Contains(head[..^1]) && head is not ("cities" or "areas" or "neighbourhoods" or "neighborhoods" or "positions"))
                return [];
            for (var k = agent.EndToken; k < _sentence.EndToken && k <= agent.EndToken + 3; k++)
            {
                if (Word(k).ToLowerInvariant() is "include" or "included" or "includes" or "are" or "were")
                    return Places(k + 1, capture: true);
                if (s_clauseBreaks.Contains(Word(k)) || Word(k) == ",")
                    break;
            }
            return [];
        }

        /// <summary>"pushed further south into": the "into" (or "inside") within the window with only directions before it, or -1.</summary>
        private int WayInAfterDirections(int t, int window) =>
            WordWithin(t, window, ["into", "inside"]) is var way and > 0 && OnlyDirectionsBetween(t + 1, way) ? way : -1;

        private bool OnlyDirectionsBetween(int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (Word(k).ToLowerInvariant() is not ("further" or "farther" or "deeper" or "north" or "south" or "east" or "west" or "northward" or "southward" or "eastward" or "westward"
                        or "northwards" or "southwards" or "eastwards" or "westwards" or "swiftly" or "quickly" or "rapidly" or "also" or "then" or "on" or "forward" or "back"))
                    return false;
            }
            return true;
        }

        private bool NounPhraseEndsBetween(int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                var w = Word(k);
                if (w is "and" or "," or "or" || s_clauseBreaks.Contains(w) || char.IsLower(w[0]) && _stage.TryTrigger(_doc.TokenSpan(k), out _))
                    return true;
            }
            return false;
        }

        private bool LocatorBetween(int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (Word(k).ToLowerInvariant() is "surrounding" or "around" or "near" or "outside" or "nearby")
                    return true;
            }
            return false;
        }

        private static bool IsAllyModifier(string word) =>
            word is "a" or "an" or "the" or "key" or "main" or "close" or "closest" or "staunch" or "staunchest" or "strong" or "strongest" or "major" or "longtime"
                or "long-standing" or "longstanding" or "old" or "regional" or "top" or "principal" or "chief" or "traditional" or "loyal" or "steadfast" or "biggest" or "only" or "important";

        /// <summary>The actor a holder phrase ends with before a comma or a copula: "A and B, ..." or "A is ...", with its conjuncts.</summary>
        private List<Mention> HoldersEndingBefore(int k)
        {
            if (k <= _sentence.FirstToken || !(Word(k) == "," || Word(k).ToLowerInvariant() is "is" or "are" or "was" or "were" or "remains" or "remain" or "became"))
                return [];
            var holder = _mentions.LastOrDefault(m => m.EndToken == k && !m.IsReference && _stage.IsActor(m.Entity!));
            if (holder is null)
                return [];
            var holders = ConjunctsBefore(holder);
            // "ties with Iran and Russia, Assad's backers": the apposition describes every conjunct, even after a preposition
            if (holders.Count == 0)
            {
                var j = SkipArticleBefore(PhraseStart(holder) - 1);
                while (j > _sentence.FirstToken && (Word(j) == "and" || holders.Count > 0 && Word(j) == ","))
                {
                    var before = _mentions.LastOrDefault(m => m.EndToken == j && !m.IsReference && !IsCompoundInner(m) && _stage.IsActor(m.Entity!)
                                                              && m.Entity!.Type != EntityType.Person && m.Entity != holder.Entity);
                    if (before is null)
                        break;
                    holders.Add(before);
                    j = SkipArticleBefore(PhraseStart(before) - 1);
                }
            }
            holders.Add(holder);
            return holders;
        }

        /// <summary>
        /// "Iran and Russia, Assad's main backers", "Hezbollah is Syria's closest ally": the holder backs (or, for "enemy",
        /// opposes) the possessor; "Assad, a long-standing Russian ally": the modifying country backs the holder.
        /// </summary>
        private bool PossessiveOrModifierAlly(int t, RelationPredicate predicate, List<RelationCandidate> found)
        {
            if (predicate == RelationPredicate.Supports && OwnAllies(t, found))
                return true;
            var k = t - 1;
            while (k > _sentence.FirstToken && IsAllyModifier(Word(k).ToLowerInvariant()) && Word(k).ToLowerInvariant() is not ("a" or "an" or "the"))
                k--;
            if (k <= _sentence.FirstToken)
                return false;
            if (Word(k) is "'s" or "’s")
            {
                var possessor = _mentions.LastOrDefault(m => m.EndToken == k && !m.IsReference && _stage.IsActor(m.Entity!));
                if (possessor is null)
                    return false;
                var before = possessor.FirstToken - 1;
                var hedged = Hedged(_sentence.FirstToken, t, predicate, "ally");
                foreach (var holder in HoldersEndingBefore(before).Where(h => h.Entity != possessor.Entity))
                    Add(found, holder.Entity!, predicate, possessor.Entity!, t, t, holder, possessor, 0.7, Word(t), hedged);
                return true;
            }
            // only "ally": "a Russian ally" is backed by Russia; "a Russian backer" is not a usual phrase
            if (predicate != RelationPredicate.Supports || !Word(t).Equals("ally", StringComparison.OrdinalIgnoreCase))
                return false;
            var modifier = _mentions.LastOrDefault(m => m.EndToken == t && !m.IsReference && _stage.IsActor(m.Entity!));
            if (modifier is null)
                return false;
            var j = modifier.FirstToken - 1;
            while (j > _sentence.FirstToken && IsAllyModifier(Word(j).ToLowerInvariant()) && Word(j).ToLowerInvariant() is not ("a" or "an"))
                j--;
            if (j <= _sentence.FirstToken || Word(j).ToLowerInvariant() is not ("a" or "an"))
                return false;
            var backed = HoldersEndingBefore(j - 1).Where(h => h.Entity != modifier.Entity).ToList();
            var hedgedAlly = Hedged(_sentence.FirstToken, t, predicate, "ally");
            foreach (var holder in backed)
                Add(found, modifier.Entity!, RelationPredicate.Supports, holder.Entity!, t, t, modifier, holder, 0.7, Word(t), hedgedAlly);
            return backed.Count > 0;
        }

        /// <summary>"the army and its Russian allies", "Assad and his allies Iran and Russia": the named allies back the actor before "and".</summary>
        private bool OwnAllies(int t, List<RelationCandidate> found)
        {
            var modifier = _mentions.LastOrDefault(m => m.EndToken == t && _stage.IsActor(m.Entity!) && m.Entity!.Type != EntityType.Person);
            // "its Russian allies": a demonym of a country the article names
            if (modifier is null && t - 1 > _sentence.FirstToken && _stage.CountryOfWord(_doc.TokenSpan(t - 1)) is { } country
                && _doc.Entities.FirstOrDefault(e => e.Id == country) is { } countryEntity)
                modifier = Synthetic(countryEntity, t - 1);
            var k = (modifier?.FirstToken ?? t) - 1;
            while (k > _sentence.FirstToken && IsAllyModifier(Word(k).ToLowerInvariant()) && Word(k).ToLowerInvariant() is not ("a" or "an" or "the"))
                k--;
            if (k - 2 < _sentence.FirstToken || Word(k).ToLowerInvariant() is not ("its" or "their" or "his") || !MentionText.Is(_doc, k - 1, "and"))
                return false;
            var owner = _mentions.LastOrDefault(m => m.EndToken == k - 1 && !m.IsReference && !IsCompoundInner(m) && _stage.IsActor(m.Entity!));
            if (owner is null)
                return false;
            List<Mention> allies = modifier is not null ? [modifier]
                : _mentions.Any(m => m.FirstToken == t + 1 && !m.IsReference && _stage.IsActor(m.Entity!)) ? Actors(t + 1) : [];
            var hedged = Hedged(_sentence.FirstToken, t, RelationPredicate.Supports, "ally");
            foreach (var ally in allies.Where(a => a.Entity != owner.Entity))
                Add(found, ally.Entity!, RelationPredicate.Supports, owner.Entity!, t, t, ally, owner, 0.7, Word(t), hedged);
            return allies.Count > 0;
        }

        private int LightVerbBefore(int t)
        {
            for (var k = t - 1; k >= _sentence.FirstToken && k >= t - 4; k--)
            {
                var w = Word(k).ToLowerInvariant();
                if (w is "making" or "made" or "make" or "makes" or "dealing" or "dealt" or "deal" or "deals" or "delivering" or "delivered" or "carrying" or "carried" or "launching" or "waging" or "waged" or "conducting" or "conducted"
                    or "mounting" or "mounted" or "staging" or "staged" or "stepping" or "stepped" or "intensifying" or "intensified")
                    return k;
                if (!(w is "the" or "a" or "an" or "another" or "new" or "fresh" or "further" or "more" or "its" or "their" or "out" or "up" or "significant" or "major" or "heavy" or "serious" or "severe" or "decisive" or "fatal" || w.EndsWith("ly", StringComparison.Ordinal)))
                    return -1;
            }
            return -1;
        }

        private bool TowardsBefore(int t)
        {
            var k = t - 1;
            if (k > _sentence.FirstToken && Word(k).ToLowerInvariant() is "the" or "a" or "full" or "final" or "eventual" or "complete")
                k--;
            if (k > _sentence.FirstToken && Word(k).ToLowerInvariant() is "full" or "final" or "eventual" or "complete")
                k--;
            return k >= _sentence.FirstToken && Word(k).ToLowerInvariant() is "towards" or "toward";
        }

        /// <summary>
        /// "It was a vital step in the fight against X": a war noun with nobody named before it in its sentence is the
        /// fight of the actor the previous sentence opened with, or of the article's main actor.
        /// </summary>
        private Mention? OngoingFightOwner(int t, List<Mention> objects, List<RelationCandidate> found)
        {
            if (Word(t).ToLowerInvariant() is not ("fight" or "war" or "battle" or "campaign" or "struggle" or "blow" or "fighting")
                || _mentions.Any(m => m.FirstToken < t && _stage.IsActor(m.Entity!)))
                return null;
            var owner = PreviousSentenceActor() ?? (_salient is null ? null : Synthetic(_salient, t));
            // only an actor the article has already shown fighting or gaining ground: not a rights group or a newspaper
            if (owner is null || owner.Entity!.Type == EntityType.Person || objects.Any(o => o.Entity == owner.Entity)
                || owner.Entity != LeadingActor() && !found.Any(r => r.Subject == owner.Entity && r.Predicate is RelationPredicate.Captured or RelationPredicate.Opposes or RelationPredicate.CrossedInto))
                return null;
            return owner;
        }

        /// <summary>
        /// "The city is now fully under our control," a commander of X said: a place newly under an actor's control was
        /// taken by it. Only with a sign of change ("now", "fully", "came under"): being held is no capture.
        /// </summary>
        private void UnderControl(int t, List<RelationCandidate> found)
        {
            var under = t - 1;
            var changed = false;
            var placeEnd = -1;
            for (var k = under - 1; k >= _sentence.FirstToken && k >= under - 5; k--)
            {
                var w = Word(k).ToLowerInvariant();
                if (w is "now" or "fully" or "completely" or "entirely" or "totally" or "came" or "come" or "brought" or "fell")
                    changed = true;
                else if (w is "is" or "was" or "are" or "were" or "been" or "has" or "have" or "had")
                {
                    placeEnd = k;
                    continue;
                }
                else if (placeEnd < 0 && !w.EndsWith("ly", StringComparison.Ordinal))
                    return;
                if (placeEnd >= 0)
                    break;
            }
            if (!changed || placeEnd <= _sentence.FirstToken)
                return;
            var place = _mentions.LastOrDefault(m => m.EndToken == placeEnd && m.Entity!.Type == EntityType.Location && !m.IsReference && !_stage.IsActor(m.Entity))
                        ?? (Word(placeEnd - 1).ToLowerInvariant() is "city" or "town" or "village" && IsDefinite(placeEnd - 1) ? PlaceInPreviousSentence() : null);
            if (place is null)
                return;
            var possessor = Word(t).ToLowerInvariant();
            var holder = possessor switch
            {
                "our" => QuotedSpeakerOrganization(t) ?? (_salient is null ? null : Synthetic(_salient, t)),
                "their" or "its" => PronounBefore(t + 1),
                "the" when MentionText.Is(_doc, t + 2, "of") => Actors(t + 3).FirstOrDefault(),
                _ => null,
            };
            if (holder?.Entity is null || holder.Entity.Type == EntityType.Person)
                return;
            Add(found, holder.Entity, RelationPredicate.Captured, place.Entity!, under, t + 1, holder, place, 0.6, "under control",
                Hedged(_sentence.FirstToken, under, RelationPredicate.Captured, "control"));
        }

        /// <summary>The last non-country place of the sentence before: the only safe referent of a sentence-opening "the city".</summary>
        private Mention? PlaceInPreviousSentence() =>
            _index == 0 ? null
                : MentionsIn(_doc, _doc.Sentences[_index - 1]).LastOrDefault(m => m.Entity is { Type: EntityType.Location } e && !m.IsReference && !_stage.IsActor(e)
                                                                                   && !e.Id.EndsWith("-border", StringComparison.Ordinal));

        /// <summary>The organisation behind a quote: '..." X said' with X an organisation, or a person "of"/"from" one.</summary>
        private Mention? QuotedSpeakerOrganization(int t)
        {
            var close = -1;
            for (var k = t + 1; k < _sentence.EndToken; k++)
            {
                if (Word(k) is "”" or "\"")
                {
                    close = k;
                    break;
                }
            }
            if (close < 0)
                return null;
            var speaker = _mentions.FirstOrDefault(m => m.FirstToken > close && m.FirstToken <= close + 6 && _stage.IsActor(m.Entity!) && !m.IsReference && !IsCompoundInner(m));
            if (speaker is null || speaker.Entity!.Type != EntityType.Person)
                return speaker;
            // "Ali Hassan of X", "Ali Hassan, a spokesman for X": the organisation the person speaks for
            for (var k2 = speaker.EndToken; k2 + 1 < _sentence.EndToken && k2 <= speaker.EndToken + 5; k2++)
            {
                var w = Word(k2).ToLowerInvariant();
                if (w is "of" or "from" or "for")
                    return _mentions.FirstOrDefault(m => m.FirstToken > k2 && m.FirstToken <= k2 + 4 && m.Entity!.Type == EntityType.Organization && !m.IsReference && !IsCompoundInner(m));
                if (!(w is "," or "a" or "an" or "the" or "spokesman" or "spokeswoman" or "spokesperson" or "commander" or "official" or "leader" or "head" or "chief" or "member"
                      || char.IsUpper(Word(k2)[0])))
                    return null;
            }
            return null;
        }

        /// <summary>"attacks by X on Y": X opposes Y; "collapsed in the face of an advance by X": X opposes the ones who faced it.</summary>
        private bool AttackBy(int t, List<RelationCandidate> found)
        {
            var attackers = Actors(t + 2);
            if (attackers.Count == 0)
                return false;
            var after = attackers[^1].EndToken;
            List<Mention> targets = after + 1 < _sentence.EndToken && Word(after).ToLowerInvariant() is "on" or "against" ? Actors(after + 1) : [];
            if (targets.Count == 0 && FacedBefore(t))
            {
                var faced = PreviousActor(t, adjacentOnly: false) ?? RelativeAntecedent(t, 12);
                if (faced is not null)
                    targets = [faced];
            }
            // "an attempt by X to breach the lines" is hostile only when stopped by someone, or aimed at someone
            if (Word(t).Equals("attempt", StringComparison.OrdinalIgnoreCase) && !(targets.Count > 0 && FacedBefore(t)))
                return false;
            var hedged = Hedged(_sentence.FirstToken, t, RelationPredicate.Opposes, "attack");
            // "stopped/repelled an attack by X": the defender fought it off, so the two oppose each other
            var foughtOff = FacedBefore(t) && !FacedOnly(t);
            foreach (var attacker in attackers)
            {
                foreach (var target in targets.Where(x => x.Entity != attacker.Entity && x.Entity!.Type != EntityType.Person))
                {
                    Add(found, attacker.Entity!, RelationPredicate.Opposes, target.Entity!, t, t + 1, attacker, target, 0.65, Word(t) + " by", hedged);
                    if (foughtOff)
                        Add(found, target.Entity!, RelationPredicate.Opposes, attacker.Entity!, t, t + 1, target, attacker, 0.65, Word(t) + " by", hedged);
                }
            }
            return targets.Count > 0;
        }

        /// <summary>
        /// "This comes despite repeated warnings by X": X opposes the one warned, named after "to/against", else the
        /// actor of this clause or, for a clause opening with "This/It", of the sentence before.
        /// </summary>
        private bool WarningsBy(int t, List<RelationCandidate> found)
        {
            var warners = Actors(t + 2);
            if (warners.Count == 0)
                return false;
            var after = warners[^1].EndToken;
            List<Mention> warned = after + 1 < _sentence.EndToken && Word(after).ToLowerInvariant() is "to" or "against" ? Actors(after + 1) : [];
            if (warned.Count == 0)
            {
                var before = PreviousActor(t, adjacentOnly: false);
                if (before is null && Word(_sentence.FirstToken).ToLowerInvariant() is "this" or "it" or "that")
                    before = PreviousSentenceSubject();
                if (before is not null)
                    warned = [before];
            }
            foreach (var warner in warners)
            {
                foreach (var target in warned.Where(x => x.Entity != warner.Entity && x.Entity!.Type != EntityType.Person))
                    Add(found, warner.Entity!, RelationPredicate.Opposes, target.Entity!, t, t + 1, warner, target, 0.6, Word(t) + " " + Word(t + 1));
            }
            return warned.Count > 0;
        }

        /// <summary>The first actor of the sentence before that is not a modifier inside a compound ("Iran" in "Iran-backed").</summary>
        private Mention? PreviousSentenceSubject()
        {
            if (_index == 0)
                return null;
            foreach (var m in MentionsIn(_doc, _doc.Sentences[_index - 1]))
            {
                if (m.IsReference || !_stage.IsActor(m.Entity!))
                    continue;
                var token = _doc.Tokens[m.FirstToken];
                if (m.EndToken == m.FirstToken + 1 && (m.Start != token.Start || m.End != token.End))
                    continue;
                return m;
            }
            return null;
        }

        private bool FacedOnly(int t)
        {
            for (var k = t - 1; k >= _sentence.FirstToken && k >= t - 6; k--)
            {
                if (Word(k).ToLowerInvariant() is "face" or "faced" or "facing" or "faces")
                    return true;
            }
            return false;
        }

        private static bool IsJoinVerb(ReadOnlySpan<char> word) => word is "joined" or "join" or "joins" or "joining" or "participated" or "participating";

        /// <summary>"Fighters of X also joined the ongoing operation": the joiner backs whoever wages it, the article's leading actor.</summary>
        private void JoinedCampaign(int t, List<RelationCandidate> found)
        {
            var campaign = -1;
            for (var k = t + 1; k < _sentence.EndToken && k <= t + 5; k++)
            {
                var w = Word(k).ToLowerInvariant();
                if (w is "operation" or "operations" or "offensive" or "battle" or "fight" or "campaign" or "assault")
                {
                    campaign = k;
                    break;
                }
                if (s_clauseBreaks.Contains(w) || w == "," || _mentions.Any(m => m.FirstToken == k))
                    return;
            }
            var joiner = PreviousActor(t, adjacentOnly: false) ?? PronounBefore(t);
            if (campaign < 0 || joiner?.Entity is null || joiner.Entity.Type == EntityType.Person || LeadingActor() is not { } owner || owner == joiner.Entity)
                return;
            Add(found, joiner.Entity, RelationPredicate.Supports, owner, t, campaign, joiner, joiner, 0.6, Word(t) + " " + Word(campaign),
                Hedged(HedgeScopeStart(joiner, t), t, RelationPredicate.Supports, "join"));
        }

        private bool FacedBefore(int t)
        {
            for (var k = t - 1; k >= _sentence.FirstToken && k >= t - 6; k--)
            {
                var w = Word(k).ToLowerInvariant();
                if (w is "face" or "faced" or "facing" or "faces" or "repelled" or "repulsed" or "withstood" or "resisted" or "halted" or "stopped")
                    return true;
                if (s_clauseBreaks.Contains(w) || w == ",")
                    return false;
            }
            return false;
        }

        /// <summary>"retreated amid fierce resistance from X": X opposes the actor of the clause.</summary>
        private void Resistance(int t, List<RelationCandidate> found)
        {
            if (t + 2 >= _sentence.EndToken || Word(t + 1).ToLowerInvariant() is not ("from" or "by"))
                return;
            var resisters = Actors(t + 2);
            if (resisters.Count == 0)
                return;
            var resisted = PreviousActor(t, adjacentOnly: false) ?? PronounBefore(t) ?? _lastSubject ?? MainActor();
            if (resisted?.Entity is null || resisted.Entity.Type == EntityType.Person)
                return;
            var hedged = Hedged(HedgeScopeStart(resisted, t), t, RelationPredicate.Opposes, "resist");
            foreach (var resister in resisters)
                Add(found, resister.Entity!, RelationPredicate.Opposes, resisted.Entity, t, t + 1, resisted, resister, 0.65, Word(t) + " " + Word(t + 1), hedged);
        }

        /// <summary>"X said the rebels had taken ...", "told Reuters the army had ...": a speaker or addressee, not the subject.</summary>
        private bool IsSpeakerOrAddressee(Mention m, int t)
        {
            if (m.FirstToken - 1 >= _sentence.FirstToken && Word(m.FirstToken - 1).ToLowerInvariant() is "told")
                return true;
            for (var k = m.EndToken; k < t && k <= m.EndToken + 3; k++)
            {
                if (Word(k).ToLowerInvariant() is "said" or "says" or "told" or "reported" or "reports" or "announced" or "claimed" or "stated" or "added")
                    return true;
            }
            return false;
        }

        /// <summary>"..., the operations command said on Friday.": the source a sentence ends on, not an actor a later pronoun means.</summary>
        private bool IsTrailingSource(Mention m)
        {
            var at = _index;
            while (at > 0 && _doc.Sentences[at].FirstToken > m.FirstToken)
                at--;
            var sentence = _doc.Sentences[at];
            if (m.FirstToken - 2 < sentence.FirstToken || !(_doc.TokenText(m.FirstToken - 1) is "," || _doc.TokenText(m.FirstToken - 2) is ","))
                return false;
            var verb = m.EndToken;
            if (verb >= sentence.EndToken || _doc.TokenText(verb).ToLowerInvariant() is not ("said" or "says" or "reported" or "announced" or "stated" or "added"))
                return false;
            return sentence.EndToken - verb <= 5;
        }

        private void Verb(int t, string lemma, RelationPredicate predicate, List<RelationCandidate> found)
        {
            var word = Word(t).ToLowerInvariant();
            var next = t + 1 < _sentence.EndToken ? Word(t + 1).ToLowerInvariant() : "";
            // "Hamas is allied with Iran": a state, not a passive; the subject is the ally
            var passive = IsPassive(t) && !(lemma == "ally" && next is "with" or "to") || HitTargetPassive(t);
            // "Iraqi militias fighting alongside X": the participle's subject is the noun right before it
            if ((word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal) && next == "to") && t > _sentence.FirstToken && _doc.Tokens[t - 1].Kind == TokenKind.Word
                && !_mentions.Any(m => m.EndToken == t || m.EndToken == t - 1 && !IsCompoundInner(m)) && char.IsLower(Word(t - 1)[0]) && Word(t - 1).EndsWith('s')
                && (_stage.Lexicon.Classes(_doc.TokenSpan(t - 1)) & LexicalClass.Noun) != 0 && !(Word(t - 1) is "is" or "was" or "has"))
            {
                var described = DescriptionBefore(t);
                if ((described is null || !IsDefinite(t - 1)) && WithAbsoluteSubject(t) is null)
                    return;
            }
            // "ISIS, US backed Arab and Kurdish SDF": an unhyphenated compound modifying the name after it
            if (lemma is "back" or "support" && word is "backed" or "supported" && IsUnhyphenatedCompound(t) is { } compoundBacker)
            {
                if (CompoundHead(t + 1, compoundBacker.Entity!) is { } head)
                    Add(found, compoundBacker.Entity!, RelationPredicate.Supports, head.Entity!, t, t, compoundBacker, head, 0.85, "backed");
                return;
            }
            // "fight alongside X" is support; "back from", "take back" are not relations
            // "the main Kurdish fighting force": an adjective naming a kind of unit, not the verb
            if (word is "fighting" or "attacking" or "attack" or "strike" or "striking" && next is "force" or "forces" or "unit" or "units" or "group" or "groups" or "men" or "season" or "capability" or "capabilities" or "power")
                return;
            // "a deal struck with Russia", "struck an agreement": striking a bargain is no attack
            if (lemma == "strike" && (next is "a" or "an" && t + 2 < _sentence.EndToken && IsAccordNoun(Word(t + 2)) || t > _sentence.FirstToken && IsAccordNoun(Word(t - 1)) || IsAccordNoun(next)))
                return;
            var alongside = lemma is "fight" or "battle" && next == "alongside";
            if (alongside)
            {
                predicate = RelationPredicate.Supports;
                t++;
            }
            if (lemma is "back" && next is "from" or "to" or "up" && !(next == "up"))
                return;
            // "the army and allies seized ...": "allies" is the noun; "the army and allied forces broke X": "allied" is its adjective
            if (lemma == "ally" && (word == "allies" || word == "allied" && s_unitHeads.Contains(next) && !(Word(t - 1).ToLowerInvariant() is "its" or "their")))
                return;
            // "pushed into X" is an advance into it; "pushed X out of Y" a capture of Y
            if (lemma is "push" or "drive" or "storm" && (next is "into" or "inside" || WayInAfterDirections(t, 4) > 0))
                predicate = RelationPredicate.CrossedInto;
            // "launched strikes to support X", "carried out raids": the noun after a light verb, whose object needs "on" or "against"
            if (predicate == RelationPredicate.Opposes && word is "strikes" or "attacks" or "raids" or "airstrikes" && t > _sentence.FirstToken
                && Word(t - 1).ToLowerInvariant() is "launched" or "launch" or "launching" or "conducted" or "conduct" or "conducting" or "staged" or "out" or "began" or "intensified" or "up"
                && next is not ("on" or "against" or "at"))
                return;
            // "a 30-minute drive of X", "a renewed push": the noun, not the verb
            if (lemma is "push" or "drive" && word is "push" or "drive" && t > _sentence.FirstToken
                && (Word(t - 1).ToLowerInvariant() is "a" or "the" or "renewed" or "new" or "final" or "major" || Word(t - 1).EndsWith("-minute", StringComparison.Ordinal) || Word(t - 1).EndsWith("-hour", StringComparison.Ordinal)))
                return;
            // "to help push back the militants": driving an enemy back is fighting it
            if (lemma is "push" or "drive" && next == "back" && Actors(t + 2).Count > 0)
            {
                PushedBack(t, found);
                return;
            }
            // "gave up the town to X", "handed over X to Y", "ceded the district to Y": the one it goes to took it
            if (lemma is "give" && next == "up" || lemma == "hand" && next == "over" || lemma is "cede" or "surrender")
            {
                HandedOver(t, lemma is "give" or "hand" ? t + 2 : t + 1, found);
                return;
            }
            if (lemma == "hand")
                return;
            // "A and B agreed to cooperate": coordinated subjects of a cooperation verb without a partner named back each other
            // "cooperate against X": X is the common enemy, not a partner
            if (lemma is "cooperate" or "collaborate" or "coordinate" && next != "with" && (next == "against" || Actors(t + 1).Count == 0))
            {
                CooperatingSubjects(t, found);
                return;
            }
            // "urged Iran to help end the war": helping do something is no support of what follows
            if (lemma == "help" && t + 1 < _sentence.EndToken && char.IsLower(Word(t + 1)[0]) && _stage.Lexicon.IsVerb(_doc.TokenSpan(t + 1))
                && !Lexicon.IsFunctionWord(_doc.TokenSpan(t + 1)) && !_mentions.Any(m => m.FirstToken == t + 1))
                return;
            // "supplied weapons to X", "provides X with arms": only a delivery of arms, aid or training backs the receiver ("provided details to
            // reporters" does not); "the supply of", "supply lines" are nouns
            if (lemma is "supply" or "provide")
            {
                if (word == "supplies" || t > _sentence.FirstToken && Word(t - 1).ToLowerInvariant() is "the" or "a" or "its" or "their" or "of"
                    || next is "lines" or "line" or "route" or "routes" or "chain" or "chains" || passive)
                    return;
                if (WordWithin(t, 6, ["weapons", "arms", "ammunition", "training", "aid", "assistance", "equipment", "funding", "funds", "money", "support", "cover",
                        "advisers", "advisors", "artillery", "tanks", "missiles", "rockets", "munitions", "intelligence"]) < 0)
                    return;
            }
            // "objected to the SDF advancing": only with the one objected to named
            if (lemma == "object" && next != "to")
                return;
            // "fired on X", "opened fire at X"; "came under fire from X" or "set fire to" are no attack by the subject
            if (lemma == "fire")
            {
                // "came under fire from X": X attacks the clause's actor
                if (next == "from" && t > _sentence.FirstToken && MentionText.Is(_doc, t - 1, "under")
                    && (PreviousActor(t, adjacentOnly: false) ?? PronounBefore(t)) is { Entity: not null } target)
                {
                    foreach (var attacker in Actors(t + 2))
                    {
                        if (attacker.Entity != target.Entity)
                            Add(found, attacker.Entity!, RelationPredicate.Opposes, target.Entity, t, t + 1, target, attacker, 0.7, "under fire from",
                                Hedged(HedgeScopeStart(target, t), t, RelationPredicate.Opposes, "fire"));
                    }
                }
                if (next is not ("on" or "at" or "upon"))
                    return;
            }
            // "a skirmish" without "with" names no second party here
            if (lemma == "skirmish")
                return;
            // "sent tanks into Syria", "fled across the border into Syria", "arrived by plane in Turkey": only with the way in named
            var objectFrom = t + 1;
            // "sending military advisers to Syria", "has deployed thousands of fighters in Syria": forces dispatched to a country
            var dispatchedTo = lemma is "send" or "deploy" && !passive ? ForcesDispatchedTo(t) : -1;
            if (lemma is "send" or "flee" or "arrive")
            {
                var way = WordWithin(t, lemma == "arrive" ? 4 : 8, lemma == "arrive" ? ["in", "into"] : ["into", "inside"]);
                if (way < 0 && dispatchedTo < 0)
                    return;
                objectFrom = way < 0 ? dispatchedTo : way + 1;
            }
            else if (dispatchedTo > 0 && next != "into")
                objectFrom = dispatchedTo;
            // "drove the militants out of X", "pushed the rebels from X": the place named after the expelled is what was taken
            // (the gold does not read the expulsion itself as an OPPOSES relation, so only the place is taken)
            if (lemma is "push" or "drive" or "expel" or "oust" && predicate == RelationPredicate.Captured && !passive && ExpelledFrom(t) is var expelledFrom and > 0)
                objectFrom = expelledFrom;
            if (lemma is "move" or "advance" or "push" or "sweep" or "stream" or "pour" && predicate == RelationPredicate.CrossedInto && !NextIs(t, "into") && !NextWithin(t, 6, "into", "inside")
                || lemma == "deploy" && !passive && next != "into" && dispatchedTo < 0)
                return;
            // "pushed further south into X": the way in is named after a direction
            if (lemma is "move" or "advance" or "push" or "sweep" or "stream" or "pour" && predicate == RelationPredicate.CrossedInto && objectFrom == t + 1
                && WayInAfterDirections(t, 6) is var wayIn and > 0)
                objectFrom = wayIn + 1;
            // "listed by Turkey, the US and the EU as a terrorist organisation": the designation may follow the designators
            var terrorAfterAgents = next == "by" && TerrorComplementAfterAgents(t);
            if (lemma is "declare" or "regard" or "consider" or "designate" or "brand" or "label" && !SentenceHas(t, "threat", "enemy", "terrorist", "terrorists", "war") && !terrorAfterAgents)
                return;
            // "listed as a terrorist organisation": listing and classifying are hostile only as a terror designation
            if (lemma is "list" or "blacklist" or "classify" && !SentenceHas(t, "terrorist", "terrorists", "terror") && !terrorAfterAgents)
                return;
            // "pushed back the fighters", "fought back": a particle, not the verb "to back"
            // "driving back the militants", "clawing back": a gerund's particle
            if (lemma == "back" && t > _sentence.FirstToken && Word(t - 1).EndsWith("ing", StringComparison.Ordinal)
                && Morphology.VerbLemma(Word(t - 1), _stage.Lexicon) is "push" or "fight" or "hit" or "strike" or "fall" or "pull" or "come" or "go" or "turn" or "roll"
                    or "beat" or "drive" or "bring" or "send" or "get" or "hold" or "scale" or "cut" or "step" or "bounce" or "win" or "claw" or "force"
                    or "throw" or "knock" or "hand" or "give" or "move" or "head" or "return")
                return;
            if (lemma == "back" && t > _sentence.FirstToken && Word(t - 1).ToLowerInvariant() is "push" or "pushed" or "pushing" or "fight" or "fought"
                    or "fighting" or "hit" or "strike" or "struck" or "fell" or "fall" or "pull" or "pulled" or "come" or "came" or "go" or "went"
                    or "turn" or "turned" or "roll" or "rolled" or "beat" or "drive" or "drove" or "driven" or "bring" or "brought" or "send"
                    or "sent" or "get" or "got" or "hold" or "held" or "scale" or "scaled" or "cut" or "step" or "stepped" or "pushes" or "bounce"
                    or "take" or "took" or "taken" or "win" or "won")
                return;
            // "X and its allied fighters of Y": Y is allied to X
            if (lemma == "ally" && word == "allied" && t > _sentence.FirstToken && Word(t - 1).ToLowerInvariant() is "its" or "their")
            {
                var partner = PreviousActor(t - 1, adjacentOnly: false);
                foreach (var ally in Actors(t + 1))
                {
                    if (partner?.Entity is not null)
                        Add(found, ally.Entity!, RelationPredicate.Supports, partner.Entity, t, t, partner, ally, 0.7, word);
                }
                return;
            }
            // "Palmyra fell to Islamic State": the actor after "to" took the place before
            if (lemma == "fall")
            {
                if (next == "to" && PlacesBefore(t, acrossRelative: true) is { Count: > 0 } fallen)
                {
                    foreach (var winner in Actors(t + 2))
                    {
                        foreach (var place in fallen)
                            Add(found, winner.Entity!, RelationPredicate.Captured, place.Entity!, t, t + 1, winner, place, 0.7, Word(t), Hedged(_sentence.FirstToken, t, RelationPredicate.Captured, "fall"));
                    }
                }
                // "X fell into the group's hands", "fell into the hands of the group"
                else if (next == "into" && WordWithin(t + 1, 5, ["hands"]) is var hands and > 0 && HandsHolder(t, hands) is { } holder && PlacesBefore(t) is { Count: > 0 } taken)
                {
                    // "X, the capital of Y province, fell": the place in the apposition only locates X
                    foreach (var place in taken.Where(p => !MentionText.Is(_doc, p.FirstToken - 1, "of")))
                        Add(found, holder.Entity!, RelationPredicate.Captured, place.Entity!, t, hands, holder, place, 0.7, Word(t), Hedged(_sentence.FirstToken, t, RelationPredicate.Captured, "fall"));
                }
                else if (next != "to" && FallReportedByCombatant(t) is ({ } combatant, { } place))
                    Add(found, combatant.Entity!, RelationPredicate.Captured, place.Entity!, t, t, combatant, place, 0.6, Word(t), hedged: false);
                return;
            }
            // "X and Y clashed near Z": a clash without an object is mutual between the coordinated subjects
            if (lemma == "clash" && next != "with" && PreviousActor(t, adjacentOnly: false) is { IsReference: false } second)
            {
                // "regained control over a large area ..., in clashes": a noun, not the coordinated subjects' verb
                if (!OnlyAdverbsBetween(second.EndToken, t))
                    return;
                var k = second.FirstToken - 1;
                if (k > _sentence.FirstToken && Word(k) == "and" && _mentions.LastOrDefault(m => m.EndToken == k && _stage.IsActor(m.Entity!) && !m.IsReference) is { } firstParty)
                {
                    var hedgedClash = Hedged(HedgeScopeStart(firstParty, t), t, RelationPredicate.Opposes, "clash");
                    Add(found, firstParty.Entity!, RelationPredicate.Opposes, second.Entity!, t, t, firstParty, second, 0.7, Word(t), hedgedClash);
                    Add(found, second.Entity!, RelationPredicate.Opposes, firstParty.Entity!, t, t, firstParty, second, 0.7, Word(t), hedgedClash);
                }
                return;
            }
            if (lemma == "lose")
            {
                Lost(t, found);
                return;
            }
            if (word.EndsWith("ing", StringComparison.Ordinal) && t > _sentence.FirstToken && _doc.TokenSpan(t - 1) is "the" or "a")
                return;

            if (lemma == "take" && next == "part")
                return;
            if (lemma is "repel" or "repulse" or "thwart" or "foil")
            {
                Repelled(t, found);
                return;
            }
            // "trying to prevent the rebels taking X", "stopped the jihadists from overrunning X": a thwarted capture is nobody's
            if (predicate is RelationPredicate.Captured or RelationPredicate.CrossedInto && word.EndsWith("ing", StringComparison.Ordinal) && PreventedBefore(t))
                return;
            // "Turkish warplanes and artillery had seized X": aircraft and guns support a capture, they do not take ground
            if (predicate == RelationPredicate.Captured && InstrumentSubjectBefore(t))
                return;
            // "ISIS ousted from Makhmour village", "militants driven out of X": a headline's passive without its auxiliary; the
            // one named before was expelled, it took nothing
            if (predicate == RelationPredicate.Captured && lemma is "oust" or "expel" or "drive" or "push" or "dislodge" && (word.EndsWith("ed", StringComparison.Ordinal) || word is "driven")
                && (next == "from" || next == "out" && MentionText.Is(_doc, t + 2, "of")) && WordWithin(t, 8, ["by"]) < 0)
                return;
            // "have largely captured X": partial control is no capture
            if (predicate == RelationPredicate.Captured && t > _sentence.FirstToken && Word(t - 1).ToLowerInvariant() is "largely" or "partly" or "partially" or "mostly")
                return;
            Mention? subject;
            List<Mention> objects;
            var adjectival = passive is false && word.EndsWith("ed", StringComparison.Ordinal) && t > _sentence.FirstToken
                             && Word(t - 1).ToLowerInvariant() is "the" or "recently" or "newly" or "already";
            var byAgent = passive || (word.EndsWith("ed", StringComparison.Ordinal) && next == "by");
            // "X, which is considered a terrorist organisation by A, B and C": the designators come after the designation
            var designators = predicate == RelationPredicate.Opposes && (passive || word.EndsWith("ed", StringComparison.Ordinal)) ? DesignatorsAfter(t, lemma) : -1;
            if (byAgent && predicate is RelationPredicate.Supports or RelationPredicate.Opposes && next == "by" || passive && NextIs(t, "by") || designators > 0)
            {
                var agents = Actors(designators > 0 ? designators : AfterBy(t));
                subject = agents.FirstOrDefault();
                // "militias backed by Iran": the noun phrase right before is the one backed, named or not
                // "X or those backed by Y": a pronoun is the one backed, not a name before it
                if (t > _sentence.FirstToken && Word(t - 1).ToLowerInvariant() is "those" or "ones" or "others" or "some")
                    return;
                var patient = UnitOwnerBefore(t) ?? (predicate == RelationPredicate.Opposes ? TargetOwnerBefore(t) : null) ?? (NounBefore(t) ? DescriptionBefore(t) : PreviousActor(t, adjacentOnly: false) ?? RelativeAntecedent(t) ?? DescriptionBefore(t));
                // "an offshoot of the PKK, listed by A as a terrorist group": a designation describes the name right before its comma
                if (patient is null && (designators > 0 || terrorAfterAgents) && t - 1 > _sentence.FirstToken && Word(t - 1) == ",")
                    patient = _mentions.LastOrDefault(m => m.EndToken == t - 1 && !m.IsReference && _stage.IsActor(m.Entity!));
                // "militias backed by X have deployed, most prominently A, B and C": the examples named later are the ones backed
                if (predicate is RelationPredicate.Supports && t > _sentence.FirstToken && s_unitHeads.Contains(Word(t - 1)) && Word(t - 1).EndsWith('s')
                    && !_mentions.Any(m => m.EndToken == t - 1 || m.FirstToken <= t - 1 && m.EndToken > t - 1)
                    && agents.Count > 0 && LaterExamples(agents[^1].EndToken) is { Count: > 0 } examples)
                {
                    foreach (var agent in agents)
                    {
                        foreach (var example in examples)
                        {
                            if (example.Entity != agent.Entity)
                                Add(found, agent.Entity!, RelationPredicate.Supports, example.Entity!, t, t, agent, example, 0.7, Word(t), Hedged(_sentence.FirstToken, t, predicate, lemma));
                        }
                    }
                    return;
                }
                // "Assad forces, including Iranian troops and Hezbollah fighters, are backed by X": the list's head is the one named as backed
                if (patient is { IsReference: false } && IncludedListHead(patient, t) is ({ } includedHead, _, _) && includedHead != patient)
                    patient = includedHead;
                // "..., aided by X": a participle after a finished clause describes the clause's actor
                if (patient is null && predicate is RelationPredicate.Supports && t > _sentence.FirstToken && Word(t - 1) == ",")
                    patient = MainActor();
                // "The army drove ISIS out of the town, backed by coalition jets": the object of the clause's verb is not the one backed
                if (patient is { IsReference: false } && predicate is RelationPredicate.Supports && t > _sentence.FirstToken && Word(t - 1) == ","
                    && MainActor() is { } clauseActor && clauseActor.EndToken <= patient.FirstToken && clauseActor.Entity != patient.Entity
                    && VerbBetween(clauseActor.EndToken, patient.FirstToken))
                    patient = clauseActor;
                objects = patient is null ? [] : [patient];
                // "Mosul, which was seized by X": the relative clause's place, not an actor before it
                if (predicate == RelationPredicate.Captured && patient?.Entity?.Type != EntityType.Location && PlacesBefore(t, acrossRelative: true) is { Count: > 0 } taken)
                    objects = taken;
                if (subject is null && predicate is RelationPredicate.Supports)
                    return;
                // "attacked by Turkish-backed groups", "killed by a roadside bomb": an agent the article names only by description is nobody we can name
                if (subject is null)
                    return;
                // "backed by the UAE and Egypt": every agent in the list
                foreach (var agent in agents.Skip(1))
                {
                    foreach (var obj in objects)
                        Add(found, agent.Entity!, predicate, obj.Entity!, t, t, agent, obj, 0.7, Word(t), Hedged(_sentence.FirstToken, t, predicate, lemma));
                }
            }
            else if (predicate == RelationPredicate.Captured && (next == "by" || passive && NextIs(t, "by")))
            {
                // "the town, seized by Islamic State in 2014": the agent after "by" took the place before
                subject = NextActor(AfterBy(t), 3);
                objects = PlacesBefore(t, acrossRelative: true);
                // "The towns seized by X include A, B and C": the places are named after the verb of the sentence
                if (objects.Count == 0 && subject is not null && IncludedPlacesAfter(t, subject) is { Count: > 0 } namedAfter)
                    objects = namedAfter;
                if (objects.Count == 0 && RecentPlaceDescription(t) is { } described)
                    objects = [described];
            }
            else if (passive && predicate is RelationPredicate.Supports or RelationPredicate.Opposes)
            {
                // "fighters were killed", "the town was attacked": without "by" the passive names no actor; but "dozens of
                // ISIS jihadists had been killed" in an article about one armed actor's fight counts as that actor's blow
                if (lemma is "kill" or "eliminate" && PreviousActor(t, adjacentOnly: false) is { Entity.Type: EntityType.Organization } victim
                    && s_jihadistIds.Contains(victim.Entity.Id) && LeadingActor() is { } killer && killer != victim.Entity)
                    Add(found, killer, RelationPredicate.Opposes, victim.Entity, t, t, victim, victim, 0.6, Word(t), Hedged(victim.FirstToken, t, predicate, lemma));
                return;
            }
            else if (passive && lemma == "deploy")
            {
                if (next is not ("in" or "into"))
                    return;
                subject = PreviousActor(t, adjacentOnly: false) ?? PronounBefore(t);
                var place = NextPlace(t + 2, 2);
                objects = place is not null && _stage.IsActor(place.Entity!) ? [place] : [];
                subject = CoordinatedSubjects(subject, objects, t, predicate, found);
            }
            else if (passive && predicate is RelationPredicate.Captured or RelationPredicate.CrossedInto)
            {
                objects = PlacesBefore(t);
                subject = MainActor(exclude: FromActor(t));
                // "X is liberated," the president said / "X is liberated and Y moved on": no agent named, and neither the
                // speaker nor the next clause's actor is the captor; the article's protagonist is
                if (subject is null or { Entity.Type: EntityType.Person } || subject.FirstToken > t && !subject.IsReference)
                    subject = LeadingActor() is { } leading ? Synthetic(leading, t) : subject;
            }
            else
            {
                _coordinationStart = -1;
                // "militias that support X": the relative clause's subject is an unnamed noun, not an earlier actor
                if (RelativeOfUnnamedNoun(t))
                    return;
                subject = WithAbsoluteSubject(t) ?? ReducedRelativeSubject(t) ?? ParticipleSubject(t) ?? CoordinatedVerbSubject(t) ?? PreviousActor(t, adjacentOnly: false) ?? PronounBefore(t)
                          ?? RelativeAntecedent(t) ?? GerundSubject(t) ?? _lastSubject ?? OpeningGerundSubject(t, predicate) ?? StrikesSubject(t);
                // "the National Defense Forces (NDF) have retaken X": the bracketed short form stands for its long form, whose conjuncts act too
                if (subject is { IsReference: false } && subject.FirstToken - 1 > _sentence.FirstToken && Word(subject.FirstToken - 1) == "(" && subject.EndToken < t
                    && Word(subject.EndToken) == ")" && _mentions.LastOrDefault(m => m.EndToken == subject.FirstToken - 1 && m.Entity == subject.Entity) is { } longForm)
                    subject = longForm;
                // "The Peshmerga, with the backing of coalition warplanes, pushed ...": the backer is no subject, the actor before it is
                if (subject is { IsReference: false } && subject.FirstToken < t && InBackingPhrase(subject) && BackingPhraseStart(subject) is var phrase and > 0)
                    subject = PreviousActor(phrase, adjacentOnly: false) ?? subject;
                // "Hezbollah fighters, backed by Syrian army artillery, advanced": the agent of a parenthetical participle is no subject
                // "The army, backed by X, has sought to ...": with no name before the phrase its agent is still not the subject
                if (subject is not null && subject.FirstToken < t && AgentOfParenthetical(subject, t) is var parenthetical and > 0)
                    subject = PreviousActor(parenthetical, adjacentOnly: false) ?? (DescriptionBefore(parenthetical) is { } describedSubject ? describedSubject : null);
                if (ControlledSubject(t) is { } controlled)
                    subject = controlled;
                // "..., allowing the militants to seize X": an unnamed object of a control verb is the infinitive's subject
                else if (ControlsDescription(t))
                {
                    if (!s_descriptions.Contains(Word(t - 2)) || DescriptionBefore(t - 1) is not { } describedController)
                        return;
                    subject = describedController;
                }
                // "Turkey, a NATO member, has bombed ...": a name inside an apposition is not the subject, the name before it is
                if (subject is { IsReference: false } && subject.FirstToken < t && AppositionComma(subject, t) is var apposition and > 0)
                    subject = PreviousActor(apposition, adjacentOnly: false) ?? subject;
                // "The Revolutionary Guards, Iran's most powerful force, have been fighting": the possessor describes the name before it
                if (subject is { IsReference: false } && subject.FirstToken < t && PossessiveAppositionHead(subject) is { } appositionHead)
                    subject = appositionHead;
                // "X news agency said the rebels had taken ...": the reported clause has a subject of its own
                if (subject is { IsReference: false } && subject.FirstToken < t && IsSpeakerOrAddressee(subject, t))
                    subject = PronounBefore(t);
                // "forces fighting ISIS entered X": the object of a participle before the verb is not its subject
                if (subject is { IsReference: false } && subject.FirstToken - 1 > _sentence.FirstToken && subject.FirstToken < t && IsParticipleTrigger(subject.FirstToken - 1))
                    subject = PreviousActor(subject.FirstToken - 1, adjacentOnly: false);
                objects = predicate is RelationPredicate.Captured or RelationPredicate.CrossedInto
                    ? Places(objectFrom, predicate == RelationPredicate.Captured, crossing: lemma == "cross") : Actors(t + 1);
                if (objects.Count == 0 && predicate == RelationPredicate.Captured && DefinitePlaceObject(t) is { } described)
                    objects = [described];
                // "Sinjar, which Islamic State seized in 2014": an object relative, the place is the antecedent
                if (objects.Count == 0 && predicate == RelationPredicate.Captured && subject is { IsReference: false } && subject.FirstToken < t
                    && SkipArticleBefore(subject.FirstToken - 1) is var relative && relative > _sentence.FirstToken && Word(relative) is "which" or "that"
                    && OnlyAdverbsBetween(subject.EndToken < t && s_unitHeads.Contains(Word(subject.EndToken)) ? subject.EndToken + 1 : subject.EndToken, t)
                    && RelativePlaceAntecedent(relative) is { } antecedent)
                    objects = [antecedent];
                // arriving in a city is a visit; arriving in a country is an entry (and so is a force sent there)
                if (lemma == "arrive" || objectFrom == dispatchedTo)
                    objects.RemoveAll(o => !_stage.IsActor(o.Entity!));
                // "had fought since June to drive X out of Y": the fight's aim names whom it was against
                if (objects.Count == 0 && lemma is "fight" or "battle" && AimAfter(t) is var aim and > 0
                    && Morphology.VerbLemma(Word(aim + 1), _stage.Lexicon) is "drive" or "push" or "expel" or "oust" or "defeat" or "dislodge" or "clear" or "rid" or "free" or "crush" or "eliminate")
                    objects = Actors(aim + 2).Where(a => !a.IsReference || s_jihadistIds.Contains(a.Entity!.Id)).ToList();
                if (objects.Count == 0 && lemma is "warn" or "threaten")
                    objects = ComplementActor(t);
                if (lemma == "give" && !GivesAdvantage(objects))
                    return;
                // "hit 40 ISIS targets": "hit" is an attack only on an actor's targets or positions, not "hit hard by sanctions"
                if (lemma == "hit" && !(objects.Count > 0 && objects[^1].EndToken < _sentence.EndToken
                                        && Word(objects[^1].EndToken).ToLowerInvariant() is "targets" or "target" or "positions" or "position" or "bases" or "base"
                                            or "convoy" or "convoys" or "fighters" or "militants" or "hideouts" or "headquarters" or "sites" or "depots" or "vehicles"))
                    return;
                // "... to confront X": an infinitive after a person in apposition belongs to the sentence's actor
                if (subject is { Entity.Type: EntityType.Person } && t > _sentence.FirstToken && MentionText.Is(_doc, t - 1, "to")
                    && MainActor() is { Entity.Type: EntityType.Organization } main)
                    subject = main;
            }
            if (predicate == RelationPredicate.CrossedInto)
            {
                // "enter the Syrian border": entering the country whose border it is
                if (lemma is "enter" or "cross")
                {
                    for (var i = 0; i < objects.Count; i++)
                    {
                        if (objects[i].Entity!.Id.EndsWith("-border", StringComparison.Ordinal) && BorderCountry(objects[i], lemma == "cross") is { } country)
                            objects[i] = country;
                    }
                }
                objects.RemoveAll(o => o.Entity!.Id.EndsWith("-border", StringComparison.Ordinal));
            }
            // "A and B have retaken almost the entire province": taking unnamed ground together is still acting together
            if (subject?.Entity is not null && objects.Count == 0 && predicate == RelationPredicate.Captured && !passive && !subject.IsReference
                && subject.FirstToken < t && lemma is "capture" or "seize" or "take" or "retake" or "recapture" or "liberate" or "storm" or "regain"
                && WordWithin(t, 5, ["province", "city", "town", "village", "villages", "area", "areas", "territory", "district", "neighbourhood", "neighborhood", "base", "airport", "towns"]) > 0
                && !Hedged(HedgeScopeStart(subject, t), t, predicate, lemma) && !SeparateActs(subject.EndToken, t))
            {
                var partners = ConjunctsBefore(subject);
                // "National Defense Forces (NDF) have retaken": the bracketed short form is part of the subject
                var subjectEnd = subject.EndToken + 2 < t && Word(subject.EndToken) == "(" && Word(subject.EndToken + 2) == ")" ? subject.EndToken + 3 : subject.EndToken;
                if (partners.Count > 0 && OnlyAdverbsBetween(subjectEnd, t))
                    JointAction([subject, .. partners], t, t, hedged: false, found);
            }
            // "The army and its allies, including Hezbollah and Iranian officers, retook X": the list's head acts, and so does each one included
            List<Mention> included = [];
            if (!passive && subject is { IsReference: false } && subject.FirstToken < t && IncludedListHead(subject, t) is ({ } listHead, var members, var allies))
            {
                if (allies && objects.Count > 0)
                {
                    foreach (var member in members)
                        Add(found, member.Entity!, RelationPredicate.Supports, listHead.Entity!, t, t, member, listHead, 0.65, "including", hedged: false);
                }
                subject = listHead;
                included = members;
            }
            if (subject?.Entity is null || objects.Count == 0)
                return;
            // "they want to liberate X": news writers do not say a jihadist group liberates; a pronoun resolved to one is wrong
            if (lemma is "liberate" or "free" && subject.IsReference && s_jihadistIds.Contains(subject.Entity.Id))
                return;
            // "they will assist the SDF": a pronoun guessed as a jihadist group backing a non-jihadist actor is the wrong antecedent
            if (predicate == RelationPredicate.Supports && subject.IsReference && s_jihadistIds.Contains(subject.Entity.Id) && objects.Any(o => !s_jihadistIds.Contains(o.Entity!.Id)))
                return;
            _lastSubject = subject;
            _negationEnd = -1;
            // "X, Y and Z fight together against W": the fighters also back each other
            if (lemma == "fight" && MentionText.Is(_doc, t + 1, "together") && !subject.IsReference)
                FightingTogether(subject, t, found, objects);
            if (!passive && subject.FirstToken < t && !subject.IsReference)
                CoordinatedSubjects(subject, objects, t, predicate, found, lemma);
            // "its fighters and the army had entered X": the pronoun's organisation acted too
            if (!passive && !subject.IsReference && subject.FirstToken < t && predicate != RelationPredicate.Supports && PronounUnitConjunct(subject) is { } pronounOwner
                && pronounOwner.Entity != subject.Entity)
            {
                var jointHedged = Hedged(HedgeScopeStart(subject, t), t, predicate, lemma);
                foreach (var obj in objects)
                    Add(found, pronounOwner.Entity!, predicate, obj.Entity!, t, t, pronounOwner, obj, 0.7, Word(t), jointHedged);
            }
            var hedged = !adjectival && (Hedged(HedgeScopeStart(subject, t), t, predicate, lemma) || ControlledInfinitive(subject, t));
            // "launched a counteroffensive to retake the city", "sent reinforcements to take X": a purpose, not yet done
            if (predicate == RelationPredicate.Captured && t - 2 >= _sentence.FirstToken && MentionText.Is(_doc, t - 1, "to")
                && Word(t - 2).ToLowerInvariant() is "counteroffensive" or "counter-offensive" or "offensive" or "operation" or "operations" or "campaign" or "assault"
                    or "push" or "bid" or "drive" or "attempt" or "effort" or "efforts" or "mission" or "plan" or "plans" or "reinforcements" or "troops")
                hedged = true;
            // "Taking X would deepen ...": an opening gerund is as hedged as the main verb it is the subject of
            if (t == _sentence.FirstToken && (subject.IsReference || subject.FirstToken < _sentence.FirstToken) && word.EndsWith("ing", StringComparison.Ordinal) && ModalLater(t))
                hedged = true;
            foreach (var obj in objects)
                Add(found, subject.Entity, predicate, obj.Entity!, t, t, subject, obj, passive ? 0.7 : 0.8, Word(t), hedged);
            foreach (var member in included)
            {
                foreach (var obj in objects)
                {
                    if (member.Entity != obj.Entity)
                        Add(found, member.Entity!, predicate, obj.Entity!, t, t, member, obj, 0.7, Word(t), hedged);
                }
            }
            if (predicate == RelationPredicate.Captured && !hedged && !passive)
                AirSupportAfter(subject, objects, t, found);
            if (!passive && !subject.IsReference && subject.FirstToken < t && (predicate == RelationPredicate.Captured || predicate == RelationPredicate.Opposes && IsCombatLemma(lemma)))
                ActingWith(subject, objects, t, predicate, hedged, found);
            if (alongside)
                Alliance(subject, objects, t, hedged, found);
            // "resisting the advance of X", "resisted X": the one resisted is on the attack against the subject
            if (lemma == "resist" && !passive)
            {
                foreach (var obj in objects)
                    Add(found, obj.Entity!, RelationPredicate.Opposes, subject.Entity, t, t, obj, subject, 0.7, Word(t), hedged);
            }
            if (predicate == RelationPredicate.Supports && !passive && lemma is "support" or "back" or "help" or "assist" or "aid" or "arm" or "train" or "equip" or "reinforce" or "bolster")
                SupportedAgainst(subject, objects, hedged, found);
        }

        /// <summary>
        /// After a designation participle ("considered", "listed", "designated"), the token after a "by" that follows its terror or threat
        /// complement ("as a terrorist organisation by"), or -1.
        /// </summary>
        private int DesignatorsAfter(int t, string lemma)
        {
            if (lemma is not ("regard" or "consider" or "designate" or "brand" or "label" or "list" or "blacklist" or "classify"))
                return -1;
            var complement = false;
            for (var k = t + 1; k < Math.Min(_sentence.EndToken - 1, t + 9); k++)
            {
                var w = Word(k).ToLowerInvariant();
                if (w is "terrorist" or "terrorists" or "terror" or "threat" or "enemy")
                    complement = true;
                else if (w == "by")
                    return complement ? k + 1 : -1;
                else if (s_clauseBreaks.Contains(w) && !(w == "as" && k == t + 1) || _mentions.Any(m => m.FirstToken == k && !m.IsReference))
                    return -1;
            }
            return -1;
        }

        /// <summary>"listed by A, B and C as a terrorist organisation": after the agents, "as" and a terror word.</summary>
        private bool TerrorComplementAfterAgents(int t)
        {
            for (var k = t + 2; k < Math.Min(_sentence.EndToken - 1, t + 14); k++)
            {
                if (MentionText.Is(_doc, k, "as"))
                    return WordWithin(k, 3, ["terrorist", "terrorists", "terror"]) > 0;
                if (s_clauseBreaks.Contains(Word(k)))
                    return false;
            }
            return false;
        }

        private static bool IsAccordNoun(string word) =>
            word.ToLowerInvariant() is "deal" or "deals" or "agreement" or "agreements" or "accord" or "accords" or "bargain" or "truce" or "compromise" or "balance" or "pact";

        private static bool IsForceVerb(ReadOnlySpan<char> word) =>
            word.Equals("forced", StringComparison.OrdinalIgnoreCase) || word.Equals("forcing", StringComparison.OrdinalIgnoreCase)
            || word.Equals("force", StringComparison.OrdinalIgnoreCase) || word.Equals("compelled", StringComparison.OrdinalIgnoreCase);

        /// <summary>"forced X to retreat", "forcing X to withdraw from": the retreat verb after "to", or -1.</summary>
        private int RetreatAfterForced(int t)
        {
            // "the force to", "a forced march": the noun or adjective, not the verb
            if (t > _sentence.FirstToken && Word(t - 1).ToLowerInvariant() is "the" or "a" or "air" or "task" or "this" or "its" or "their")
                return -1;
            for (var k = t + 2; k < Math.Min(_sentence.EndToken - 1, t + 10); k++)
            {
                if (MentionText.Is(_doc, k, "to"))
                    return Morphology.VerbLemma(Word(k + 1), _stage.Lexicon) is "retreat" or "withdraw" or "flee" or "pull" or "abandon" or "evacuate" or "leave"
                        ? k + 1 : -1;
                if (s_clauseBreaks.Contains(Word(k)))
                    return -1;
            }
            return -1;
        }

        private void ForcedToRetreat(int t, int retreat, List<RelationCandidate> found)
        {
            var before = found.Count;
            Verb(t, "force", RelationPredicate.Opposes, found);
            var forcers = found.Skip(before).Where(r => r.Predicate == RelationPredicate.Opposes).Select(r => (r.Subject, r.Status)).Distinct().ToList();
            // "to withdraw from X", "to abandon X": the place left behind; "to retreat to X" names where they went, which is not taken
            var lemma = Morphology.VerbLemma(Word(retreat), _stage.Lexicon);
            var placesFrom = lemma is "abandon" or "evacuate" or "leave" ? retreat + 1
                : MentionText.Is(_doc, retreat + 1, "from") ? retreat + 2
                : MentionText.Is(_doc, retreat + 1, "out") && MentionText.Is(_doc, retreat + 2, "of") ? retreat + 3 : -1;
            // "airstrikes forced X to retreat from Y": aircraft and guns drive an enemy out, they do not hold the ground it left
            if (placesFrom < 0 || forcers.Count == 0 || InstrumentSubjectBefore(t))
                return;
            foreach (var place in Places(placesFrom, capture: true))
            {
                foreach (var (forcer, status) in forcers)
                    Add(found, forcer, RelationPredicate.Captured, place.Entity!, t, retreat, Synthetic(forcer, t), place, 0.7, Word(retreat), status == RelationStatus.Hedged);
            }
        }

        /// <summary>"support the Iraqi army against ISIS": the backer and the backed both oppose the actor after "against".</summary>
        private void SupportedAgainst(Mention backer, List<Mention> backed, bool hedged, List<RelationCandidate> found)
        {
            var against = -1;
            for (var k = backed[^1].EndToken; k < _sentence.EndToken && k <= backed[^1].EndToken + 3; k++)
            {
                var w = Word(k);
                if (w.Equals("against", StringComparison.OrdinalIgnoreCase))
                {
                    against = k;
                    break;
                }
                if (s_clauseBreaks.Contains(w) || w == ",")
                    return;
            }
            if (against < 0)
                return;
            foreach (var enemy in Actors(against + 1))
            {
                Add(found, backer.Entity!, RelationPredicate.Opposes, enemy.Entity!, against, against, backer, enemy, 0.65, "support against", hedged);
                foreach (var ally in backed)
                    Add(found, ally.Entity!, RelationPredicate.Opposes, enemy.Entity!, against, against, ally, enemy, 0.65, "support against", hedged);
            }
        }

        /// <summary>
        /// "X joined the fighting on the side of Y", "X fought on behalf of Y": X backs Y; the clause must name a taking part
        /// ("joined", "fought", "intervened") so that "a spokesman on behalf of Y" is no backing.
        /// </summary>
        private bool OnSideOf(int t, List<RelationCandidate> found)
        {
            var on = Word(t) == "behalf" ? t - 1 : t - 2;
            if (on <= _sentence.FirstToken || !MentionText.Is(_doc, on, "on") || !MentionText.Is(_doc, t + 1, "of") || Word(t) == "side" && !MentionText.Is(_doc, t - 1, "the"))
                return false;
            var verb = -1;
            for (var k = on - 1; k >= _sentence.FirstToken && k >= on - 6; k--)
            {
                var w = Word(k).ToLowerInvariant();
                if (IsJoinVerb(w) || w is "fought" or "fight" or "fights" or "fighting" or "intervened" or "intervene" or "intervening" or "battled" or "battling" or "entered" or "sided" or "stood")
                {
                    verb = k;
                    break;
                }
                if (s_clauseBreaks.Contains(w) || w == ",")
                    break;
            }
            if (verb < 0)
                return false;
            var subject = ParticipleSubject(verb) ?? PreviousActor(verb, adjacentOnly: false) ?? PronounBefore(verb);
            if (subject?.Entity is null)
                return false;
            var hedged = Hedged(HedgeScopeStart(subject, verb), verb, RelationPredicate.Supports, "join");
            // only the first party: ", and the army joined ..." after it starts a clause of its own
            if (Actors(t + 2) is [var partner, ..])
                Add(found, subject.Entity, RelationPredicate.Supports, partner.Entity!, verb, t + 1, subject, partner, 0.7, Word(verb) + " on the side of", hedged);
            return true;
        }

        /// <summary>"its fighters and the Syrian army": the organisation a possessive pronoun's unit conjoined before the subject stands for.</summary>
        private Mention? PronounUnitConjunct(Mention subject)
        {
            var k = SkipArticleBefore(PhraseStart(subject) - 1);
            if (k - 2 < _sentence.FirstToken || !MentionText.Is(_doc, k, "and")
                || Word(k - 1).ToLowerInvariant() is not ("fighters" or "forces" or "troops" or "units" or "soldiers" or "men" or "militants" or "members")
                || Word(k - 2).ToLowerInvariant() is not ("its" or "their"))
                return null;
            // "X's television station said its fighters ...": a news outlet speaks for fighters it does not own
            var owner = PronounBefore(k - 1);
            return owner is null || owner.EndToken < _sentence.EndToken
                   && Word(owner.EndToken).ToLowerInvariant() is "television" or "tv" or "station" or "channel" or "agency" or "newspaper" or "radio" or "website" or "outlet" or "broadcaster"
                ? null
                : owner;
        }

        /// <summary>"drove the militants out of X", "pushed IS fighters from": the token after "from" or "out of" when an object stands between.</summary>
        private int ExpelledFrom(int t)
        {
            for (var k = t + 2; k < _sentence.EndToken && k <= t + 7; k++)
            {
                var w = Word(k);
                if (w.Equals("from", StringComparison.OrdinalIgnoreCase))
                    return k + 1;
                if (w.Equals("out", StringComparison.OrdinalIgnoreCase) && k + 1 < _sentence.EndToken && MentionText.Is(_doc, k + 1, "of"))
                    return k + 2;
                if (s_clauseBreaks.Contains(w) || w is "," or "into" or "back" or "to")
                    return -1;
            }
            return -1;
        }

        /// <summary>"X, in coordination with Y, took Z": the two act together and back each other.</summary>
        private void InCooperationWith(int t, List<RelationCandidate> found)
        {
            var partners = Actors(t + 2);
            if (partners.Count == 0)
                return;
            var actor = PreviousActor(t - 1, adjacentOnly: false) ?? PronounBefore(t - 1);
            // "to fight ISIS inside Syria in coordination with X": the verb's object is no partner, the clause's subject is
            if (actor is { IsReference: false } && actor.FirstToken > _sentence.FirstToken && _stage.TryTrigger(Word(actor.FirstToken - 1), out _))
                actor = PronounBefore(actor.FirstToken - 1) ?? PreviousActor(actor.FirstToken - 1, adjacentOnly: false);
            if (actor?.Entity is null || actor.Entity.Type == EntityType.Person)
                return;
            var hedged = Hedged(HedgeScopeStart(actor, t), t, RelationPredicate.Supports, "cooperate");
            foreach (var partner in partners)
            {
                if (partner.Entity == actor.Entity || partner.Entity!.Type == EntityType.Person)
                    continue;
                Add(found, actor.Entity, RelationPredicate.Supports, partner.Entity!, t, t + 1, actor, partner, 0.7, Word(t) + " with", hedged);
                // coordinating with Y is the actor's support of Y (as "coordinate with" is); cooperation and partnership are mutual
                if (!Word(t).Equals("coordination", StringComparison.OrdinalIgnoreCase))
                    Add(found, partner.Entity!, RelationPredicate.Supports, actor.Entity, t, t + 1, actor, partner, 0.7, Word(t) + " with", hedged);
            }
        }

        private void CoalitionAgainst(Mention coalition, int t, List<RelationCandidate> found)
        {
            foreach (var enemy in Actors(t + 2))
                Add(found, coalition.Entity!, RelationPredicate.Opposes, enemy.Entity!, t, t + 1, coalition, enemy, 0.7, Word(t) + " against");
        }

        private void CooperatingSubjects(int t, List<RelationCandidate> found)
        {
            if (PreviousActor(t, adjacentOnly: false) is not { IsReference: false } last || last.Entity!.Type == EntityType.Person)
                return;
            var partners = ConjunctsBefore(last);
            partners.Add(last);
            var hedged = Hedged(HedgeScopeStart(partners[0], t), t, RelationPredicate.Supports, "cooperate")
                         || SentenceHasWordBetween(last.EndToken, t, "agreed") || SentenceHasWordBetween(last.EndToken, t, "agree");
            if (MentionText.Is(_doc, t + 1, "against"))
            {
                foreach (var enemy in Actors(t + 2))
                {
                    foreach (var a in partners)
                        Add(found, a.Entity!, RelationPredicate.Opposes, enemy.Entity!, t, t + 1, a, enemy, 0.7, Word(t) + " against", hedged);
                }
            }
            foreach (var a in partners)
            {
                foreach (var b in partners)
                {
                    if (a.Entity != b.Entity)
                        Add(found, a.Entity!, RelationPredicate.Supports, b.Entity!, t, t, a, b, 0.7, Word(t), hedged);
                }
            }
        }

        private bool RelativeOfUnnamedNoun(int t)
        {
            var k = t - 1;
            while (k > _sentence.FirstToken && (Word(k).ToLowerInvariant() is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "also" or "still" or "been"
                                                   || Word(k).EndsWith("ly", StringComparison.Ordinal) && char.IsLower(Word(k)[0])))
                k--;
            if (k <= _sentence.FirstToken || Word(k) is not ("that" or "who" or "which"))
                return false;
            var j = k - 1;
            var head = Word(j);
            return _doc.Tokens[j].Kind == TokenKind.Word && char.IsLower(head[0]) && head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal)
                   && !_mentions.Any(m => m.FirstToken <= j && m.EndToken > j)
                   && !_mentions.Any(m => m.EndToken == j && !IsCompoundInner(m) && m.IsName)
                   && (_stage.Lexicon.Classes(_doc.TokenSpan(j)) & LexicalClass.Noun) != 0;
        }

        /// <summary>
        /// "A and B were (de facto) allies (in the fight) against C": the coordinated subjects of a copula back each other and
        /// each opposes C.
        /// </summary>
        private bool CopulaAllies(int t, List<RelationCandidate> found)
        {
            var k = t - 1;
            while (k > _sentence.FirstToken && Word(k).ToLowerInvariant() is "de" or "facto" or "close" or "former" or "longtime" or "key" or "strategic"
                       or "natural" or "unlikely" or "uneasy" or "effective" or "staunch" or "military" or "old" or "strong")
                k--;
            if (k <= _sentence.FirstToken || Word(k).ToLowerInvariant() is not ("were" or "are" or "became" or "remain" or "remained" or "have" or "had"))
                return false;
            if (Word(k).ToLowerInvariant() is "have" or "had")
            {
                if (!MentionText.Is(_doc, k + 1, "been"))
                    return false;
            }
            var last = _mentions.LastOrDefault(m => m.EndToken == k && !m.IsReference && _stage.IsActor(m.Entity!) && m.Entity!.Type != EntityType.Person);
            if (last is null)
                return false;
            var partners = ConjunctsBefore(last);
            if (partners.Count == 0)
                return false;
            partners.Add(last);
            var hedged = Hedged(_sentence.FirstToken, t, RelationPredicate.Supports, "ally");
            foreach (var a in partners)
            {
                foreach (var b in partners)
                {
                    if (a.Entity != b.Entity)
                        Add(found, a.Entity!, RelationPredicate.Supports, b.Entity!, t, t, a, b, 0.7, Word(t), hedged);
                }
            }
            // "allies against C", "allies in the fight against C"
            var against = WordWithin(t, 5, ["against"]);
            if (against > 0)
            {
                foreach (var enemy in Actors(against + 1))
                {
                    foreach (var a in partners)
                        Add(found, a.Entity!, RelationPredicate.Opposes, enemy.Entity!, t, against, a, enemy, 0.65, Word(t) + " against", hedged);
                }
            }
            return true;
        }

        private void HandedOver(int t, int placesFrom, List<RelationCandidate> found)
        {
            var places = Places(placesFrom, capture: true);
            if (places.Count == 0)
                return;
            var to = places[^1].EndToken;
            while (to < _sentence.EndToken && to < places[^1].EndToken + 4 && !MentionText.Is(_doc, to, "to") && !s_clauseBreaks.Contains(Word(to)))
                to++;
            if (to >= _sentence.EndToken || !MentionText.Is(_doc, to, "to"))
                return;
            var hedged = Hedged(_sentence.FirstToken, t, RelationPredicate.Captured, "cede");
            foreach (var winner in Actors(to + 1))
            {
                foreach (var place in places)
                    Add(found, winner.Entity!, RelationPredicate.Captured, place.Entity!, t, to, winner, place, 0.7, Word(t), hedged);
            }
        }

        /// <summary>"X, along with Y, seized Z", "X together with Y attacked Z": the companion acts too, and the two back each other.</summary>
        private void ActingWith(Mention subject, List<Mention> objects, int t, RelationPredicate predicate, bool hedged, List<RelationCandidate> found)
        {
            for (var k = _sentence.FirstToken + 1; k < t - 1; k++)
            {
                var w = Word(k).ToLowerInvariant();
                var companionsFrom = w switch
                {
                    "alongside" => k + 1,
                    "along" or "together" when Word(k + 1).Equals("with", StringComparison.OrdinalIgnoreCase) => k + 2,
                    _ => -1,
                };
                if (companionsFrom < 0)
                    continue;
                // the leader stands right before the phrase ("The YPG, along with ..."), else the clause's subject is the leader
                var markerStart = Word(k - 1) == "," ? k - 1 : k;
                // "Hezbollah fighters, alongside ...": the name's head noun may stand before the phrase
                if (markerStart - 1 > _sentence.FirstToken && s_descriptions.Contains(Word(markerStart - 1)))
                    markerStart--;
                var leader = _mentions.LastOrDefault(m => m.EndToken == markerStart && !m.IsReference && _stage.IsActor(m.Entity!)) ?? (subject.EndToken <= k ? subject : null);
                if (leader is null || leader.Entity!.Type == EntityType.Person || BreakBetween(leader.EndToken, k))
                    return;
                foreach (var companion in Actors(companionsFrom).Where(c => c.FirstToken < t && c.Entity != leader.Entity && c.Entity!.Type != EntityType.Person))
                {
                    foreach (var actor in new[] { leader, companion })
                    {
                        foreach (var obj in objects)
                            Add(found, actor.Entity!, predicate, obj.Entity!, t, t, actor, obj, 0.65, Word(t), hedged);
                    }
                    Add(found, companion.Entity!, RelationPredicate.Supports, leader.Entity!, k, k, leader, companion, 0.65, w, hedged);
                    Add(found, leader.Entity!, RelationPredicate.Supports, companion.Entity!, k, k, leader, companion, 0.65, w, hedged);
                }
                return;
            }
        }

        /// <summary>"X retook the towns after a series of US air strikes": the actor whose strikes preceded or aided a gain backs the gainer.</summary>
        private void AirSupportAfter(Mention subject, List<Mention> objects, int t, List<RelationCandidate> found)
        {
            var from = objects.Count > 0 ? objects[^1].EndToken : t + 1;
            for (var k = from; k < _sentence.EndToken - 1; k++)
            {
                var w = Word(k).ToLowerInvariant();
                // "..., and Kurdish fighters made gains after ...": another clause with a subject of its own
                if (w is ";" || s_clauseBreaks.Contains(w) && w is not ("after" or "as") || _mentions.Any(m => m.FirstToken == k && _stage.IsActor(m.Entity!)))
                    return;
                if (w is not ("after" or "with" or "under" or "amid" or "following" or "backed" or "supported" or "helped"))
                    continue;
                for (var j = k + 1; j < _sentence.EndToken && j <= k + 6; j++)
                {
                    var backer = _mentions.FirstOrDefault(m => m.FirstToken == j && _stage.IsActor(m.Entity!) && m.Entity!.Type != EntityType.Person);
                    if (backer is null)
                        continue;
                    var head = backer.EndToken;
                    if (MentionText.Is(_doc, head, "air") || MentionText.Is(_doc, head, "aerial"))
                        head++;
                    // "after Russian air strikes ended": the strikes stopping is no help; jihadist gains are nobody's air support
                    if (head < _sentence.EndToken && Word(head).ToLowerInvariant() is "strikes" or "airstrikes" or "raids" or "support" or "cover" or "bombardment" or "bombing" or "warplanes" or "jets"
                        && backer.Entity != subject.Entity && objects.All(o => o.Entity != backer.Entity) && !s_jihadistIds.Contains(subject.Entity!.Id)
                        && !(head + 1 < _sentence.EndToken && Word(head + 1).ToLowerInvariant() is "ended" or "stopped" or "ceased" or "halted" or "subsided" or "paused" or "eased"))
                        Add(found, backer.Entity!, RelationPredicate.Supports, subject.Entity!, k, head, subject, backer, 0.65, Word(k) + " " + Word(head));
                    break;
                }
                return;
            }
        }

        /// <summary>"A is fighting alongside B (in an alliance) against C": A and B back each other and each opposes C.</summary>
        private void Alliance(Mention subject, List<Mention> partners, int t, bool hedged, List<RelationCandidate> found)
        {
            // fighting alongside someone is the subject's support; it is mutual only when the sentence calls it an alliance
            if (!hedged && NextWithin(t, 12, "alliance", "allies", "together"))
            {
                foreach (var partner in partners)
                    Add(found, partner.Entity!, RelationPredicate.Supports, subject.Entity!, t, t, subject, partner, 0.75, "alongside", hedged);
            }
            var against = WordWithin(t, 10, ["against"]);
            if (against < 0)
                return;
            foreach (var enemy in Actors(against + 1))
            {
                foreach (var ally in partners.Append(subject))
                {
                    if (ally.Entity != enemy.Entity)
                        Add(found, ally.Entity!, RelationPredicate.Opposes, enemy.Entity!, against, against, ally, enemy, 0.7, "against", hedged);
                }
            }
        }

        /// <summary>The actor right before "backed" when the two read as a compound: after a comma, an article or "and", before a name or modifier.</summary>
        private Mention? IsUnhyphenatedCompound(int t)
        {
            var backer = _mentions.LastOrDefault(m => m.EndToken == t && !m.IsReference && _stage.IsActor(m.Entity!));
            if (backer is null || t + 1 >= _sentence.EndToken)
                return null;
            var before = backer.FirstToken - 1;
            if (before >= _sentence.FirstToken && !(Word(before).ToLowerInvariant() is "," or "the" or "a" or "an" or "and"))
                return null;
            var next = Word(t + 1);
            return char.IsUpper(next[0]) || next.Contains('-', StringComparison.Ordinal) ? backer : null;
        }

        /// <summary>"..., with Washington and its allies bombing the jihadists": the actor after "with" does the participle's deed.</summary>
        private Mention? WithAbsoluteSubject(int t)
        {
            if (!Word(t).EndsWith("ing", StringComparison.Ordinal))
                return null;
            for (var k = t - 1; k > _sentence.FirstToken && k >= t - 6; k--)
            {
                var w = Word(k).ToLowerInvariant();
                if (w == "with")
                {
                    var actor = _mentions.FirstOrDefault(m => m.FirstToken == k + 1 && !m.IsReference && !IsCompoundInner(m) && _stage.IsActor(m.Entity!));
                    return actor is { Entity.Type: not EntityType.Person } ? actor : null;
                }
                if (!(w is "and" or "its" or "their" or "the" or "allies" or "partners" || s_descriptions.Contains(w) || _mentions.Any(m => m.FirstToken <= k && m.EndToken > k)))
                    return null;
            }
            return null;
        }

        private void PushedBack(int t, List<RelationCandidate> found)
        {
            var subject = ParticipleSubject(t) ?? PreviousActor(t, adjacentOnly: false) ?? PronounBefore(t) ?? _lastSubject
                          ?? (MentionText.Is(_doc, t - 1, "to") || MentionText.Is(_doc, t - 1, "help") ? MainActor() : null);
            if (subject?.Entity is null)
                return;
            // "entered the town to help push back the militants": a purpose, not yet done
            var hedged = Hedged(HedgeScopeStart(subject, t), t, RelationPredicate.Opposes, "push") || MentionText.Is(_doc, t - 1, "to")
                         || MentionText.Is(_doc, t - 1, "help") && MentionText.Is(_doc, t - 2, "to");
            // "push back the fighters": a description resolved to a non-jihadist group is too loose a guess here
            foreach (var enemy in Actors(t + 2).Where(e => !e.IsReference || s_jihadistIds.Contains(e.Entity!.Id)))
                Add(found, subject.Entity, RelationPredicate.Opposes, enemy.Entity!, t, t + 1, subject, enemy, 0.7, Word(t) + " back", hedged);
        }

        /// <summary>"X repelled a large Y attack": Y opposes X.</summary>
        private void Repelled(int t, List<RelationCandidate> found)
        {
            var defender = PreviousActor(t, adjacentOnly: false) ?? PronounBefore(t);
            if (defender?.Entity is null)
                return;
            var hedged = Hedged(HedgeScopeStart(defender, t), t, RelationPredicate.Opposes, "repel");
            for (var k = t + 1; k < Math.Min(_sentence.EndToken, t + 6); k++)
            {
                var attacker = _mentions.FirstOrDefault(m => m.FirstToken == k && _stage.IsActor(m.Entity!) && !m.IsReference);
                if (attacker is null)
                {
                    // "repelled three suicide car bombings": an attack with no attacker named is the jihadist group's the sentence names
                    if (IsAttackNoun(Word(k)) && defender.Entity.Type != EntityType.Person && !s_jihadistIds.Contains(defender.Entity.Id)
                        && _mentions.LastOrDefault(m => m.EndToken <= t && !m.IsReference && m.Entity is { } e && s_jihadistIds.Contains(e.Id)) is { } jihadist)
                    {
                        Add(found, jihadist.Entity!, RelationPredicate.Opposes, defender.Entity, t, k, jihadist, defender, 0.6, Word(t), hedged);
                        Add(found, defender.Entity, RelationPredicate.Opposes, jihadist.Entity!, t, k, defender, jihadist, 0.6, Word(t), hedged);
                        return;
                    }
                    continue;
                }
                var after = attacker.EndToken < _sentence.EndToken ? Word(attacker.EndToken).ToLowerInvariant() : "";
                if (after is "attack" or "attacks" or "assault" or "offensive" or "advance" or "raid" or "incursion")
                {
                    // fighting off an attack is fighting the attacker
                    Add(found, attacker.Entity!, RelationPredicate.Opposes, defender.Entity, t, attacker.EndToken, attacker, defender, 0.75, Word(t), hedged);
                    if (defender.Entity.Type != EntityType.Person)
                        Add(found, defender.Entity, RelationPredicate.Opposes, attacker.Entity!, t, attacker.EndToken, defender, attacker, 0.7, Word(t), hedged);
                }
                return;
            }
        }

        private static bool IsAttackNoun(string word) =>
            word.ToLowerInvariant() is "attack" or "attacks" or "assault" or "assaults" or "bombings" or "raids" or "offensive" or "counterattack" or "counterattacks" or "incursion" or "incursions";

        private Mention? _lastSubject;
        private int _coordinationStart = -1;
        private int _negationEnd = -1;

        /// <summary>"..., moving into X": a participle after a comma shares the sentence's subject.</summary>
        private Mention? ParticipleSubject(int t)
        {
            var word = Word(t);
            if (!word.EndsWith("ing", StringComparison.Ordinal) || t - 1 < _sentence.FirstToken)
                return null;
            // "..., retaking the town": the participle adjunct takes the clause's subject
            if (Word(t - 1) == ",")
                return _lastSubject ?? MainActor();
            // "the troops moved on after retaking the town": a gerund after a time preposition, too
            if (Word(t - 1).ToLowerInvariant() is not ("after" or "before" or "while" or "upon"))
                return null;
            // "After killing X, the Peshmerga ...": a fronted adjunct's subject is the one after the comma
            if (t - 1 == _sentence.FirstToken)
                return GerundSubject(t);
            // "our forces retook the crossing after killing X": the subject of the clause the adjunct hangs on
            return PreviousActor(t - 1, adjacentOnly: false) is { Entity.Type: not EntityType.Person } before ? before : MainActor();
        }

        /// <summary>"... will not tolerate X and will oppose Y": the second verb shares the first one's subject.</summary>
        private Mention? CoordinatedVerbSubject(int t)
        {
            var k = t - 1;
            while (k > _sentence.FirstToken && (Word(k).ToLowerInvariant() is "will" or "would" or "also" or "then" or "not" or "to" or "has" or "have" or "had"
                                                    || Word(k).EndsWith("ly", StringComparison.Ordinal) && char.IsLower(Word(k)[0])))
                k--;
            if (k <= _sentence.FirstToken || !MentionText.Is(_doc, k, "and"))
                return null;
            for (var j = k - 1; j > _sentence.FirstToken; j--)
            {
                if (Word(j).ToLowerInvariant() is "will" or "would" or "has" or "have" or "had" or "is" or "are" or "was" or "were" or "can" or "could")
                {
                    _coordinationStart = k;
                    return PreviousActor(j, adjacentOnly: false) ?? PronounBefore(j);
                }
                if (s_clauseBreaks.Contains(Word(j)))
                    return null;
            }
            return null;
        }

        /// <summary>"..., who are fighting X": the actor the relative clause hangs on.</summary>
        private Mention? RelativeAntecedent(int t, int window = 8)
        {
            for (var k = t - 1; k > _sentence.FirstToken && k >= t - window; k--)
            {
                if (Word(k) is "who" or "which")
                {
                    var j = k - 1;
                    // "rebel groups fighting X, many of which are ...": the quantified relative hangs on the groups, a noun too far back to name
                    if (j - 1 > _sentence.FirstToken && Word(j).Equals("of", StringComparison.OrdinalIgnoreCase)
                        && Word(j - 1).ToLowerInvariant() is "many" or "some" or "most" or "all" or "several" or "both" or "each" or "none" or "one" or "two" or "few")
                        return null;
                    if (j >= _sentence.FirstToken && Word(j) == ",")
                        j--;
                    // "its YPG militia, who ...": the name the head noun follows
                    if (j > _sentence.FirstToken && s_descriptions.Contains(Word(j))
                        && _mentions.LastOrDefault(m => m.EndToken == j && !m.IsReference && !IsCompoundInner(m) && _stage.IsActor(m.Entity!)) is { } named)
                        return named;
                    // "The coalition, which has fought ...": a definite description stands for the recent organisation
                    if (j > _sentence.FirstToken && (s_descriptions.Contains(Word(j)) || Word(j) is "coalition" or "alliance") && IsDefinite(j) && !_mentions.Any(m => m.EndToken == j + 1))
                        return RecentOrganization(j) is { } described ? Synthetic(described, j) : null;
                    return _mentions.LastOrDefault(m => m.EndToken <= j + 1 && _stage.IsActor(m.Entity!) && !IsCompoundInner(m) && !m.IsReference);
                }
            }
            return null;
        }

        /// <summary>"By taking the border area, we ...": the subject comes after the comma.</summary>
        private Mention? GerundSubject(int t)
        {
            // "By taking X, we ...", "After killing several X fighters, the Peshmerga ...": the main clause's subject
            if (!Word(t).EndsWith("ing", StringComparison.Ordinal) || t - 1 < _sentence.FirstToken
                || !(MentionText.Is(_doc, t - 1, "by") || t - 1 == _sentence.FirstToken && Word(t - 1).ToLowerInvariant() is "after" or "before" or "while" or "since" or "upon"))
                return null;
            for (var k = t + 1; k < _sentence.EndToken; k++)
            {
                if (Word(k) != ",")
                    continue;
                var w = k + 1 < _sentence.EndToken ? Word(k + 1).ToLowerInvariant() : "";
                if (w is "we" or "our")
                    return _salient is null ? null : Synthetic(_salient, k + 1);
                var subjectStart = w == "the" ? k + 2 : k + 1;
                return _mentions.FirstOrDefault(m => m.FirstToken >= k + 1 && m.FirstToken <= subjectStart && _stage.IsActor(m.Entity!));
            }
            return null;
        }

        /// <summary>"X delivered air strikes ... The strikes targeted Y": a definite strike noun as subject is the earlier strikes' owner.</summary>
        private Mention? StrikesSubject(int t)
        {
            var k = t - 1;
            if (k < _sentence.FirstToken || _index == 0)
                return null;
            while (k > _sentence.FirstToken && OnlyAdverbsBetween(k, k + 1) && Word(k) is not ("strikes" or "airstrikes" or "raids" or "attack" or "attacks" or "bombardment" or "shelling"))
                k--;
            var noun = Word(k).ToLowerInvariant();
            if (noun is not ("strikes" or "airstrikes" or "raids" or "attack" or "attacks" or "bombardment" or "shelling") || !IsDefinite(k) || k - 3 < _sentence.FirstToken && k - 1 != _sentence.FirstToken
                || _mentions.Any(m => m.FirstToken < t && _stage.IsActor(m.Entity!)) || _index == 0)
                return null;
            var previous = _doc.Sentences[_index - 1];
            for (var j = previous.EndToken - 1; j >= previous.FirstToken; j--)
            {
                if (!_doc.TokenText(j).Equals(noun, StringComparison.OrdinalIgnoreCase))
                    continue;
                var owner = MentionsIn(_doc, previous).LastOrDefault(m => m.EndToken <= j && !m.IsReference && _stage.IsActor(m.Entity!) && m.Entity!.Type != EntityType.Person);
                return owner is null ? null : Synthetic(owner.Entity!, k);
            }
            return null;
        }

        /// <summary>
        /// After "send" or "deploy", the token after the "to" or "in" that follows a force it sends ("sent thousands of troops to",
        /// "deployed fighters in", "sent them to fight in"), or -1.
        /// </summary>
        private int ForcesDispatchedTo(int t)
        {
            var forces = false;
            for (var k = t + 1; k < _sentence.EndToken - 1 && k <= t + 8; k++)
            {
                var w = Word(k).ToLowerInvariant();
                if (w is "forces" or "fighters" or "troops" or "units" or "militiamen" or "soldiers" or "officers" or "advisers" or "advisors" or "commanders"
                    or "personnel" or "volunteers" or "combatants" or "reinforcements" or "men" or "tanks" or "battalions" or "brigades" or "contingent" or "contingents" or "them")
                    forces = true;
                else if (w is "to" or "in" && forces)
                {
                    // "sent fighters to fight in X": the purpose's place
                    if (w == "to" && Word(k + 1).ToLowerInvariant() is "fight" or "help" or "defend" or "support" or "aid" or "serve")
                        return WordWithin(k + 1, 3, ["in"]) is var within and > 0 ? within + 1 : -1;
                    return k + 1;
                }
                // "personnel based in Iraq": a participle's place is where the force is, not where it is sent
                else if (s_clauseBreaks.Contains(w) || w is "," or "." || w.EndsWith("ed", StringComparison.Ordinal) || _mentions.Any(m => m.FirstToken == k && !m.IsReference && _stage.IsActor(m.Entity!) && m.Entity!.Type != EntityType.Location))
                    return -1;
            }
            return -1;
        }

        /// <summary>A "prevent", "stop" or "block" verb before a gerund, with only its object and a "from" between.</summary>
        private bool PreventedBefore(int t)
        {
            for (var k = t - 1; k >= _sentence.FirstToken && k >= t - 6; k--)
            {
                var w = Word(k);
                if (s_clauseBreaks.Contains(w) || w is "," or "." || _doc.Tokens[k].Kind != TokenKind.Word)
                    return false;
                if (Morphology.VerbLemma(w, _stage.Lexicon) is "prevent" or "stop" or "block" or "thwart" or "halt" or "bar" or "deter")
                    return true;
            }
            return false;
        }

        private bool InstrumentSubjectBefore(int t)
        {
            for (var k = t - 1; k >= _sentence.FirstToken && k >= t - 4; k--)
            {
                var w = Word(k).ToLowerInvariant();
                if (StandoffWeapons.Is(w))
                    return true;
                if (!(w is "and" or "had" or "have" or "has" or "reportedly" or "also" || _mentions.Any(m => m.FirstToken <= k && m.EndToken > k)))
                    return false;
            }
            return false;
        }

        private bool ModalLater(int t)
        {
            for (var k = t + 1; k < _sentence.EndToken; k++)
            {
                if (Word(k).ToLowerInvariant() is "would" or "could" or "may" or "might" or "will" or "should" or "can")
                    return true;
            }
            return false;
        }

        /// <summary>"Taking control of X would ...": an opening gerund of a gain is the aim of the actor the article follows.</summary>
        private Mention? OpeningGerundSubject(int t, RelationPredicate predicate)
        {
            if (predicate != RelationPredicate.Captured || t != _sentence.FirstToken || !Word(t).EndsWith("ing", StringComparison.Ordinal) || !char.IsUpper(Word(t)[0]))
                return null;
            var actor = PreviousSentenceActor() is { Entity.Type: EntityType.Organization } previous ? previous : _salient is null ? null : Synthetic(_salient, t);
            return actor is null || s_jihadistIds.Contains(actor.Entity!.Id) ? null : actor;
        }

        /// <summary>"warned that any movement by the PMU ...": the first actor of the complement clause.</summary>
        private List<Mention> ComplementActor(int t)
        {
            if (!MentionText.Is(_doc, t + 1, "that") && !MentionText.Is(_doc, t + 1, "against"))
                return [];
            var actor = _mentions.FirstOrDefault(m => m.FirstToken > t + 1 && m.FirstToken <= t + 8 && _stage.IsActor(m.Entity!) && !m.IsReference && !IsCompoundInner(m));
            return actor is null || BreakBetween(t + 2, actor.FirstToken) ? [] : [actor];
        }

        private Mention? BorderCountry(Mention border, bool hyphenatedOnly)
        {
            var word = _doc.TokenSpan(border.FirstToken);
            if (hyphenatedOnly && word.IndexOf('-') <= 0)
                return null;
            // "crossed the Turkey-Syria border": written from where to where, so into the second
            var hyphen = word.IndexOf('-');
            if (hyphen > 0)
                word = word[(hyphen + 1)..];
            else if (MentionText.Is(_doc, border.FirstToken, "border"))
                return null;
            var country = _stage.CountryOfWord(word);
            if (country is null)
                return null;
            var entity = _doc.Entities.FirstOrDefault(e => e.Id == country);
            if (entity is null)
            {
                // the country is named only inside the border phrase: it becomes an entity through this relation
                entity = new EntityCluster(country, EntityType.Location);
                entity.Mentions.Add(new Mention(border.FirstToken, border.FirstToken + 1, border.Start, border.End, EntityType.Location, country)
                {
                    Surface = _stage.CountryName(country),
                    IsName = false,
                    Entity = entity,
                });
                _doc.Entities.Add(entity);
            }
            return Synthetic(entity, border.FirstToken);
        }

        private bool GivesAdvantage(List<Mention> objects)
        {
            if (objects.Count == 0)
                return false;
            var after = objects[^1].EndToken;
            for (var k = after; k < Math.Min(_sentence.EndToken, after + 4); k++)
            {
                if (Word(k).ToLowerInvariant() is "ability" or "advantage" or "support" or "cover" or "weapons" or "arms" or "backing" or "aid" or "help" or "boost" or "edge")
                    return true;
            }
            return false;
        }

        /// <summary>Hedges count from the subject on (or the clause start); a leading "if" or "unless" covers the sentence.</summary>
        private int HedgeScopeStart(Mention subject, int trigger)
        {
            for (var k = _sentence.FirstToken; k < trigger; k++)
            {
                if (Word(k).ToLowerInvariant() is "if" or "unless")
                    return _sentence.FirstToken;
            }
            if (_coordinationStart >= 0 && _coordinationStart < trigger)
            {
                // modality ("ready to", "will") spans both verbs; a negation stays with its own verb
                _negationEnd = _coordinationStart;
                _coordinationStart = -1;
                return subject.FirstToken < _negationEnd ? subject.FirstToken : _negationEnd;
            }
            return subject.FirstToken < trigger && subject.FirstToken >= _sentence.FirstToken ? subject.FirstToken : _sentence.FirstToken;
        }

        private Mention? CoordinatedSubjects(Mention? subject, List<Mention> objects, int t, RelationPredicate predicate, List<RelationCandidate> found, string lemma = "")
        {
            // "Hezbollah al-Nujabaa and the Al-Imam Ali Battalions are deployed in Syria": every conjunct is a subject
            if (subject is null || objects.Count == 0)
                return subject;
            // "the US and Russia, which is backing X": a singular relative verb takes the last conjunct alone
            for (var r = subject.EndToken; r + 1 < t; r++)
            {
                if (Word(r) is "which" or "who" or "that" && Word(r + 1).ToLowerInvariant() is "is" or "was" or "has")
                    return subject;
            }
            var k = PhraseStart(subject) - 1;
            while (k > _sentence.FirstToken && Word(k).ToLowerInvariant() is "the")
                k--;
            Mention? other = null;
            // "..., said al-Duleimi, Iraqi forces have ...": a person before a comma is an attribution, not a conjunct
            if (k > _sentence.FirstToken && Word(k) is "and" or ",")
                other = _mentions.LastOrDefault(m => m.EndToken == k && _stage.IsActor(m.Entity!) && !IsCompoundInner(m)
                                                     && !(Word(k) == "," && m.Entity!.Type == EntityType.Person)
                                                     // "According to X, the army captured ...": an attribution or adjunct before a comma is no conjunct
                                                     && !(Word(k) == "," && (IsGoverned(m) || PhraseStart(m) > _sentence.FirstToken && Word(PhraseStart(m) - 1).ToLowerInvariant() is "to" or "by" or "from" or "in")));
            // "The PMU and Iraqi troops seized ..., establishing control over X": the conjunct after the subject too
            var after = subject.EndToken;
            if (other is null && after + 1 < t && Word(after) == "and")
            {
                var start = MentionText.Is(_doc, after + 1, "the") ? after + 2 : after + 1;
                other = _mentions.FirstOrDefault(m => m.FirstToken == start && m.EndToken < t && !m.IsReference && _stage.IsActor(m.Entity!) && !IsCompoundInner(m));
            }
            if (other is not null)
            {
                var hedged = Hedged(_sentence.FirstToken, t, predicate, "deploy");
                foreach (var obj in objects)
                    Add(found, other.Entity!, predicate, obj.Entity!, t, t, other, obj, 0.7, Word(t), hedged);
                // "X and Y have taken control of Z", "X and Y attacked Z": taking a place or fighting together is acting together
                if (IsJointDeed(predicate, lemma) && !hedged && other.Entity != subject.Entity
                    && other.Entity!.Type != EntityType.Person && subject.Entity!.Type != EntityType.Person && !SeparateActs(subject.EndToken, t))
                {
                    Add(found, other.Entity!, RelationPredicate.Supports, subject.Entity!, t, t, other, subject, 0.6, Word(t));
                    Add(found, subject.Entity!, RelationPredicate.Supports, other.Entity!, t, t, other, subject, 0.6, Word(t));
                }
                // "A, B and C captured X": the conjuncts further back act too
                if (other.FirstToken < subject.FirstToken)
                {
                    var joint = IsJointDeed(predicate, lemma) && !hedged && !SeparateActs(subject.EndToken, t);
                    var all = ConjunctsBefore(subject);
                    foreach (var further in all.Where(c => c != other && c.Entity != other.Entity && c.Entity != subject.Entity))
                    {
                        foreach (var obj in objects)
                            Add(found, further.Entity!, predicate, obj.Entity!, t, t, further, obj, 0.65, Word(t), hedged);
                        if (!joint)
                            continue;
                        foreach (var partner in all.Append(subject).Where(p => p.Entity != further.Entity))
                        {
                            Add(found, further.Entity!, RelationPredicate.Supports, partner.Entity!, t, t, further, partner, 0.6, Word(t));
                            Add(found, partner.Entity!, RelationPredicate.Supports, further.Entity!, t, t, further, partner, 0.6, Word(t));
                        }
                    }
                }
            }
            return subject;
        }

        /// <summary>"X and Y have both fought Z", "each launched": parallel deeds, not joint action.</summary>
        private bool SeparateActs(int from, int to)
        {
            for (var k = Math.Max(from, _sentence.FirstToken); k < to; k++)
            {
                if (Word(k).ToLowerInvariant() is "both" or "each" or "separately" or "respectively" or "independently" or "separate")
                    return true;
            }
            return false;
        }

        /// <summary>Deeds that coordinated subjects do together: taking ground, fighting, and entering a place as one force.</summary>
        private static bool IsJointDeed(RelationPredicate predicate, string lemma) =>
            predicate == RelationPredicate.Captured || predicate == RelationPredicate.Opposes && IsCombatLemma(lemma)
            || predicate == RelationPredicate.CrossedInto && lemma is "enter" or "storm" or "push" or "advance" or "sweep";

        private static bool IsCombatLemma(string lemma) =>
            lemma is "fight" or "attack" or "battle" or "combat" or "strike" or "bomb" or "shell" or "raid" or "ambush" or "besiege" or "target"
                or "kill" or "storm" or "repel" or "repulse" or "rout" or "crush" or "destroy" or "eliminate" or "defeat" or "pound" or "bombard"
                or "encircle" or "fire" or "strafe";

        /// <summary>"the operation backed by", "a force backed by": a common noun, not a name, right before the participle.</summary>
        /// <summary>"YPG fighters were killed by X", "Turkish troops backed by X": the name a head noun before the participle belongs to.</summary>
        private Mention? UnitOwnerBefore(int t)
        {
            var k = t - 1;
            while (k > _sentence.FirstToken && Word(k).ToLowerInvariant() is "was" or "were" or "is" or "are" or "been" or "being" or "have" or "has" or "had")
                k--;
            if (k <= _sentence.FirstToken || !s_unitHeads.Contains(Word(k)))
                return null;
            return _mentions.LastOrDefault(m => m.EndToken == k && !m.IsReference && !IsCompoundInner(m) && _stage.IsActor(m.Entity!) && m.Entity!.Type != EntityType.Person);
        }

        private bool NounBefore(int t)
        {
            var k = t - 1;
            if (k >= _sentence.FirstToken && Word(k).ToLowerInvariant() is "was" or "were" or "is" or "are" or "been" or "being")
                k--;
            return k >= _sentence.FirstToken && !_mentions.Any(m => m.EndToken == k + 1) && _doc.Tokens[k].Kind == TokenKind.Word && char.IsLower(Word(k)[0])
                   && !Lexicon.IsFunctionWord(_doc.TokenSpan(k)) && (_stage.Lexicon.Classes(_doc.TokenSpan(k)) & LexicalClass.Noun) != 0;
        }

        /// <summary>"The town is one of several seized": a definite place noun stands for the place named just before.</summary>
        private Mention? RecentPlaceDescription(int t)
        {
            for (var k = t - 1; k >= _sentence.FirstToken; k--)
            {
                if (Word(k).ToLowerInvariant() is "town" or "city" or "village" or "area" && IsDefinite(k))
                    return RecentPlaceBefore(k);
            }
            return null;
        }

        /// <summary>The place named last within this sentence and the two before it: what "the town" or "the city" stands for.</summary>
        private Mention? RecentPlaceBefore(int k)
        {
            var start = _index >= 2 ? _doc.Sentences[_index - 2].FirstToken : 0;
            return _doc.Mentions.LastOrDefault(m => m.Entity is { Type: EntityType.Location } e && !m.IsReference && m.EndToken <= k && m.FirstToken >= start
                                                    && !_stage.IsActor(e) && !e.Id.EndsWith("-border", StringComparison.Ordinal)
                                                    && !Cues.FacilityNouns.Contains(_doc.TokenText(m.EndToken - 1)));
        }

        /// <summary>"liberated the town.", "retook the city on Friday": a bare definite place noun as the object.</summary>
        private Mention? DefinitePlaceObject(int t)
        {
            if (!(MentionText.Is(_doc, t + 1, "the") && t + 2 < _sentence.EndToken && Word(t + 2).ToLowerInvariant() is "town" or "city"))
                return null;
            // "the town of X", "the city's centre" name or narrow the place themselves
            if (t + 3 < _sentence.EndToken && (Word(t + 3).ToLowerInvariant() is "of" or "center" or "centre" or "outskirts" || MentionText.IsPossessive(_doc, t + 3)
                                               || _mentions.Any(m => m.FirstToken == t + 3)))
                return null;
            return RecentPlaceBefore(t);
        }

        private void FightingTogether(Mention last, int t, List<RelationCandidate> found, List<Mention> enemies)
        {
            var partners = new List<Mention> { last };
            var k = last.FirstToken - 1;
            while (k > _sentence.FirstToken && Word(k) is "," or "and")
            {
                var before = _mentions.LastOrDefault(m => m.EndToken <= k && m.EndToken >= k - 3 && _stage.IsActor(m.Entity!) && !m.IsReference && !IsCompoundInner(m));
                if (before is null)
                    break;
                partners.Add(before);
                k = before.FirstToken - 1;
            }
            foreach (var a in partners)
            {
                foreach (var b in partners)
                {
                    if (a.Entity != b.Entity)
                        Add(found, a.Entity!, RelationPredicate.Supports, b.Entity!, t, t + 1, a, b, 0.65, "fight together");
                }
                foreach (var enemy in enemies)
                    Add(found, a.Entity!, RelationPredicate.Opposes, enemy.Entity!, t, t + 1, a, enemy, 0.65, "fight together against");
            }
        }

        private bool NextWithin(int t, int window, params string[] words) => WordWithin(t, window, words) >= 0;

        private int WordWithin(int t, int window, string[] words)
        {
            for (var k = t + 1; k < Math.Min(_sentence.EndToken, t + 1 + window); k++)
            {
                if (words.Contains(Word(k).ToLowerInvariant()))
                    return k;
                if (s_clauseBreaks.Contains(Word(k)) || Word(k) is ",")
                    return -1;
            }
            return -1;
        }

        /// <summary>"the YPG lost Afrin to Turkish troops": the actor after "to" captured the place.</summary>
        private void Lost(int t, List<RelationCandidate> found)
        {
            var places = Places(t + 1);
            if (places.Count == 0)
                return;
            var to = places[^1].EndToken;
            if (!MentionText.Is(_doc, to, "to"))
                return;
            var winners = Actors(to + 1);
            foreach (var winner in winners)
            {
                foreach (var place in places)
                    Add(found, winner.Entity!, RelationPredicate.Captured, place.Entity!, t, to, winner, place, 0.7, Word(t));
            }
        }

        private bool SentenceHas(int from, params string[] words)
        {
            for (var k = from; k < Math.Min(_sentence.EndToken, from + 8); k++)
            {
                if (words.Contains(Word(k).ToLowerInvariant()))
                    return true;
            }
            return false;
        }

        private bool NextIs(int t, string word)
        {
            for (var k = t + 1; k < Math.Min(_sentence.EndToken, t + 4); k++)
            {
                if (MentionText.Is(_doc, k, word))
                    return true;
                if (_mentions.Any(m => m.FirstToken == k))
                    return false;
            }
            return false;
        }

        private int AfterBy(int t)
        {
            for (var k = t + 1; k < Math.Min(_sentence.EndToken, t + 4); k++)
            {
                if (MentionText.Is(_doc, k, "by"))
                    return k + 1;
            }
            return t + 1;
        }

        private bool IsPassive(int t)
        {
            var word = Word(t).ToLowerInvariant();
            if (!(word.EndsWith("ed", StringComparison.Ordinal) || word is "taken" or "seized" or "held" or "driven"))
                return false;
            for (var k = t - 1; k >= Math.Max(_sentence.FirstToken, t - 3); k--)
            {
                var w = Word(k).ToLowerInvariant();
                // "which IS captured": the group's acronym, not the auxiliary
                if (w is "was" or "were" or "been" or "being" or "is" or "are" or "be" && !(Word(k) == "IS" && _mentions.Any(m => m.FirstToken == k)))
                    return true;
                if (w is not ("reportedly" or "recently" or "already" or "also" or "actively" or "now" or "then" or "not" or "later" or "successfully"
                        or "completely" or "fully" or "totally" or "finally" or "entirely"))
                    return false;
            }
            return false;
        }

        private Mention? FromActor(int t)
        {
            for (var k = t + 1; k < Math.Min(_sentence.EndToken, t + 3); k++)
            {
                if (MentionText.Is(_doc, k, "from"))
                    return NextActor(k + 1, 2);
            }
            return null;
        }

        /// <summary>The actor the sentence (or the one before) is about: its first actor mention, or the salient one.</summary>
        private Mention? MainActor(Mention? exclude = null)
        {
            var first = _mentions.FirstOrDefault(m => !m.IsReference && _stage.IsActor(m.Entity!) && m.Entity != exclude?.Entity);
            return first ?? PreviousSentenceActor();
        }

        /// <summary>The armed actor the article is mostly about (state forces included, jihadist groups not): the agent of agentless gains.</summary>
        private EntityCluster? LeadingActor() =>
            _doc.Entities.Where(e => e.Type == EntityType.Organization && !s_jihadistIds.Contains(e.Id) && e.Mentions.Any(m => !m.IsReference))
                .OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Mentions[0].Start).FirstOrDefault();

        private Mention? PreviousSentenceActor()
        {
            if (_index == 0)
                return null;
            var previous = _doc.Sentences[_index - 1];
            return MentionsIn(_doc, previous).FirstOrDefault(m => !m.IsReference && _stage.IsActor(m.Entity!));
        }

        private Mention? PreviousActor(int t, bool adjacentOnly, bool allowOf = false)
        {
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                if (m.EndToken > t || !_stage.IsActor(m.Entity!) || IsCompoundInner(m))
                    continue;
                if ((m.IsReference && !IsActorReference(m)) || (!m.IsName && !m.IsReference))
                    continue;
                // "the Iraqi air force crossed": the demonym opens a named unit of its own, which is the subject
                if (m.IsReference && _mentions.FirstOrDefault(x => x != m && x.FirstToken == m.FirstToken && x.EndToken > m.EndToken && x.EndToken <= t
                                                                   && !x.IsReference && x.Entity!.Type == EntityType.Organization) is { } unit)
                    m = unit;
                for (var k = m.EndToken; k < t; k++)
                {
                    var w = Word(k);
                    if (adjacentOnly && !(w is "large" or "major" or "new" or "fresh" or "massive" or "deadly" or "suicide" or "missile" or "rocket" or "drone" or "military"))
                        return null;
                    if (s_clauseBreaks.Contains(w) || (w == "," && k + 1 < t && s_clauseBreaks.Contains(Word(k + 1))))
                        return null;
                    // a pronoun or description after the actor is the nearer subject
                    if (s_pronouns.Contains(w) && w is not ("its" or "it" or "them" or "us"))
                        return null;
                    // "its units had taken": a possessive opening the subject phrase
                    if (w is "its" or "it" && k + 1 < t && (s_descriptions.Contains(Word(k + 1)) || Word(k + 1) is "units" or "members"))
                        return null;
                }
                if (adjacentOnly)
                    return m.Entity!.Type == EntityType.Location && IsGoverned(m) ? null : m;
                // "Members of the PMU" is the PMU; "the fight against ISIS", "in Syria", "Syria's Hasakah" are no subjects
                // "in Ankara's drive": the preposition governs the possessed noun, not the owner
                if (IsGoverned(m) && !IsMembersOf(m) && !(allowOf && GoverningWord(m) == "of") && !OwnsCommonNoun(m))
                    continue;
                // a country owning what follows ("Tehran's drive") acts, wherever it stands
                if (m.Entity!.Type == EntityType.Location && !m.IsReference && !StartsClause(m.FirstToken) && !OwnsCommonNoun(m))
                    continue;
                // a dateline or credit in brackets ("(Reuters)") is no subject
                if (IsInsideBrackets(m) && !(m.FirstToken > _sentence.FirstToken && Word(m.FirstToken - 1) == "(" && _mentions.Any(x => x.EndToken == m.FirstToken - 1 && x.Entity == m.Entity)))
                    continue;
                if (m.Entity!.Type == EntityType.Location && MentionText.IsPossessive(_doc, m.EndToken) && m.EndToken + 1 < t && _mentions.Any(x => x.FirstToken == m.EndToken + 1 && x.Type == EntityType.Location))
                    continue;
                if (m.EndToken + 1 < t && PossessesOtherActor(m))
                    continue;
                return m;
            }
            return null;
        }

        /// <summary>
        /// "Syria's Kurds", "Turkey's pro-Kurdish Peoples' Democratic Party", "Syria's five-year war": a country owning a people, a named
        /// organisation or a war only places them; the country is not the one acting.
        /// </summary>
        private bool PossessesOtherActor(Mention m)
        {
            if (m.Entity!.Type != EntityType.Location || !MentionText.IsPossessive(_doc, m.EndToken))
                return false;
            for (var k = m.EndToken + 1; k < Math.Min(_sentence.EndToken, m.EndToken + 5); k++)
            {
                if (_mentions.Any(x => x.FirstToken == k && x.IsName && !x.IsReference && x.Entity!.Type == EntityType.Organization))
                    return true;
                var w = Word(k);
                if (w.ToLowerInvariant() is "kurds" or "sunnis" or "shias" or "shiites" or "christians" or "yazidis" or "arabs" or "alawites" or "druze" or "turkmen"
                        or "people" or "civilians" or "residents" or "refugees" or "war" or "conflict" or "crisis")
                    return true;
                if (s_clauseBreaks.Contains(w) || w is "," or "(" || Lexicon.IsFunctionWord(_doc.TokenSpan(k)))
                    return false;
            }
            return false;
        }

        /// <summary>"Ankara's drive", "Tehran's proxies" (not "Syria's Jarablus"): an owner of a common noun.</summary>
        private bool OwnsCommonNoun(Mention m) =>
            MentionText.IsPossessive(_doc, m.EndToken) && m.EndToken + 1 < _sentence.EndToken && char.IsLower(Word(m.EndToken + 1)[0])
            || m.EndToken < _sentence.EndToken && StandoffWeapons.Is(Word(m.EndToken));

        private string GoverningWord(Mention m)
        {
            for (var k = m.FirstToken - 1; k >= Math.Max(_sentence.FirstToken, m.FirstToken - 6); k--)
            {
                var w = Word(k).ToLowerInvariant();
                if (w is "of" or "against" or "on" or "from" or "with" or "by" or "to" or "in")
                    return w;
            }
            return "";
        }

        /// <summary>A country acts as a subject from the head of a clause ("Iran has ...", ", and Turkey ..."), not after a verb.</summary>
        private bool StartsClause(int k)
        {
            if (k == _sentence.FirstToken)
                return true;
            var previous = Word(k - 1).ToLowerInvariant();
            return previous is "," or "and" or "but" or "that" or "“" or "\"" or "(" or "-" or "—" or "–" or ":" or "while" or "as" or "when" or "after"
                or "because" or "since" or "the" or "meanwhile" or "though" or "although" or "whereas" or "if"
                // "France said Turkey had struck": a reported clause without "that"
                or "said" or "says" or "claimed" or "claims" or "announced" or "reported" or "confirmed" or "stated" or "added" or "insisted";
        }

        private bool IsMembersOf(Mention m)
        {
            for (var k = m.FirstToken - 1; k >= Math.Max(_sentence.FirstToken, m.FirstToken - 6); k--)
            {
                var w = Word(k).ToLowerInvariant();
                if (w is "of" or "from")
                {
                    // "“large numbers” of ISIS militants": a quantity or a part of a group is the group
                    var owner = k - 1 > _sentence.FirstToken && Word(k - 1) is "”" or "\"" or "’" ? k - 2 : k - 1;
                    return owner >= _sentence.FirstToken && Word(owner).ToLowerInvariant() is "fighters" or "members" or "troops" or "units" or "forces" or "militants" or "factions"
                        or "militias" or "militiamen" or "brigades" or "battalions" or "elements" or "gunmen"
                        or "numbers" or "dozens" or "hundreds" or "thousands" or "scores" or "remnants" or "contingent" or "detachment" or "column" or "alliance";
                }
            }
            return false;
        }

        /// <summary>A demonym as an actor: in "Iranian-backed" (handled as a compound) or before project/weapons/commanders.</summary>
        private bool IsActorReference(Mention mention)
        {
            var next = mention.EndToken < _sentence.EndToken ? Word(mention.EndToken).ToLowerInvariant() : "";
            if (next == "military" && mention.EndToken + 1 < _sentence.EndToken)
                next = Word(mention.EndToken + 1).ToLowerInvariant();
            return Cues.ActorNounsAfterDemonym.Contains(next);
        }

        /// <summary>"they", "their fighters", "we" (in a quote: the salient actor), "the group", "the Shia militia".</summary>
        private Mention? PronounBefore(int t)
        {
            for (var k = t - 1; k >= _sentence.FirstToken; k--)
            {
                var w = Word(k);
                if (s_clauseBreaks.Contains(w) && w is not ("that" or "“" or "\""))
                    break;
                if (CoalitionAt(k) is { } coalition)
                    return coalition;
                if (s_pronouns.Contains(w) || (s_descriptions.Contains(w) && k > _sentence.FirstToken && (IsDefinite(k) || _heading || BackedCompoundBefore(k))))
                {
                    // "X said it ...", "X said in a statement that its fighters ...": the pronoun is the speaker
                    if (SpeechVerbBefore(k) is { } verb)
                    {
                        // "unnamed forces announced that they ...": a speaker we cannot name is no licence to guess another actor
                        var speaker = SpeakerOf(verb) ?? DescriptionBefore(verb);
                        if (speaker is { Entity.Type: not EntityType.Person })
                            return speaker;
                        if (speaker is null && (w.ToLowerInvariant() is "they" or "it" && DescribedSpeaker(verb) || w.ToLowerInvariant() is "they" or "their" && UnnamedPluralSpeaker(verb)))
                            return null;
                    }
                    // "'Our units ...,' said a spokesman for X": the quoted speaker's organisation, else the article's main actor
                    var entity = w.ToLowerInvariant() is "we" or "our" or "us" ? QuotedSpeakerOrganization(k)?.Entity ?? _salient : KnownBackedBefore(k) ?? RecentOrganization(k);
                    return entity is null ? null : Synthetic(entity, k);
                }
            }
            return null;
        }

        /// <summary>"the Turkish-backed forces": the backer named in the description's modifier.</summary>
        private EntityCluster? BackerOfDescription(int k)
        {
            for (var j = k - 1; j >= Math.Max(_sentence.FirstToken, k - 3); j--)
            {
                var w = Word(j);
                if (w.EndsWith("-backed", StringComparison.OrdinalIgnoreCase) || w.EndsWith("-supported", StringComparison.OrdinalIgnoreCase) || w.EndsWith("-sponsored", StringComparison.OrdinalIgnoreCase))
                    return _mentions.FirstOrDefault(m => m.FirstToken == j && IsCompoundInner(m))?.Entity;
                if (w.ToLowerInvariant() is "the" or "a" or "an" or "," or "by" or "and")
                    break;
            }
            return null;
        }

        /// <summary>"US-backed forces take ...": a description its backer singles out, as definite as "the forces".</summary>
        private bool BackedCompoundBefore(int k)
        {
            var modifier = Word(k - 1);
            return modifier.EndsWith("-backed", StringComparison.OrdinalIgnoreCase) || modifier.EndsWith("-supported", StringComparison.OrdinalIgnoreCase)
                   || modifier.EndsWith("-trained", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>A description noun ("forces", "troops") right before the speech verb: the speaker is described, not named.</summary>
        private bool DescribedSpeaker(int verb) => verb - 1 >= _sentence.FirstToken && s_descriptions.Contains(Word(verb - 1));

        /// <summary>"Rebels warned they would ...": a plural common noun speaks, and the pronoun after it is that unnamed speaker.</summary>
        private bool UnnamedPluralSpeaker(int verb)
        {
            var k = verb - 1;
            return k >= _sentence.FirstToken && _doc.Tokens[k].Kind == TokenKind.Word && Word(k).Length > 3 && Word(k).EndsWith('s')
                   && !_mentions.Any(m => m.FirstToken <= k && m.EndToken >= k) && (_stage.Lexicon.Classes(_doc.TokenSpan(k)) & LexicalClass.Noun) != 0;
        }

        private int? SpeechVerbBefore(int pronoun)
        {
            for (var k = pronoun - 1; k >= Math.Max(_sentence.FirstToken, pronoun - 8); k--)
            {
                if (Cues.SpeechVerbs.Contains(Word(k)))
                    return k;
                if (Word(k) is "," or ";" or "“" or "\"")
                    return null;
            }
            return null;
        }

        /// <summary>"Nusra Front, al-Qaida's branch in Syria, said": the name before the apposition speaks.</summary>
        private Mention? SpeakerOf(int verb)
        {
            if (verb - 1 > _sentence.FirstToken && Word(verb - 1) == ",")
            {
                for (var k = verb - 2; k > _sentence.FirstToken && k >= verb - 12; k--)
                {
                    if (Word(k) != ",")
                        continue;
                    var named = _mentions.LastOrDefault(m => (m.EndToken == k || (Word(k - 1) == ")" && m.EndToken == k - 1)) && _stage.IsActor(m.Entity!) && !m.IsReference);
                    if (named is not null)
                        return named;
                    break;
                }
            }
            return PreviousActor(verb, adjacentOnly: false);
        }

        private Mention? DescriptionBefore(int t)
        {
            for (var k = t - 1; k >= Math.Max(_sentence.FirstToken, t - 6); k--)
            {
                // an indefinite description names the article's actor only in its lead ("An Iraqi Shi'ite force backed by Iran")
                if (s_descriptions.Contains(Word(k)))
                    return (IsDefinite(k) || _index <= 1) && !HasProCompound(k) && RecentOrganization(k) is { } described ? Synthetic(described, k) : null;
                if (Word(k) is "operation" or "campaign" or "offensive" or "advance")
                    return MainActor();
            }
            return null;
        }

        /// <summary>"the US-backed force": the actor the article earlier called US-backed.</summary>
        private EntityCluster? KnownBackedBefore(int k)
        {
            foreach (var m in _mentions)
            {
                if (m.FirstToken < k - 3 || m.FirstToken >= k || !IsCompoundInner(m) || m.Entity is null)
                    continue;
                if (_backedBy.TryGetValue(m.Entity, out var backed))
                    return backed;
            }
            return null;
        }

        private bool HasProCompound(int k)
        {
            for (var j = k - 1; j >= Math.Max(_sentence.FirstToken, k - 3); j--)
            {
                if (Word(j).StartsWith("pro-", StringComparison.OrdinalIgnoreCase) || Word(j).StartsWith("anti-", StringComparison.OrdinalIgnoreCase))
                    return true;
            }
            return false;
        }

        private bool IsDefinite(int k)
        {
            for (var j = k - 1; j >= Math.Max(_sentence.FirstToken, k - 4); j--)
            {
                var w = Word(j).ToLowerInvariant();
                if (w is "the" or "this" or "these" or "their" or "its")
                    return true;
                if (w is "a" or "an" or "some" or "any" or "other")
                    return false;
            }
            return false;
        }

        /// <summary>
        /// The organisation a pronoun or description stands for: the most recent one not in object position
        /// ("against ISIS"), militants and terrorists only for jihadist groups, militias and forces only for the others.
        /// </summary>
        private EntityCluster? RecentOrganization(int before)
        {
            // "The group ..." opening a sentence continues the previous sentence's subject, not its object.
            if (_index > 0 && before - _sentence.FirstToken == 1 && Word(before - 1) is "The" && !(before + 1 < _sentence.EndToken && Word(before + 1) is "of")
                && OpeningOrganizationOfPreviousSentence() is { } subject)
                return subject;
            var word = Word(before).ToLowerInvariant();
            // "the Turkish-backed forces": only the one the article called Turkish-backed, never its enemy named last; a lead's
            // "US-backed forces take X" is about the article's main actor
            if (BackerOfDescription(before) is { } backer)
                return _backedBy.TryGetValue(backer, out var known) ? known : _index <= 1 && _salient != backer ? _salient : null;
            // "the regime's army forces", "Army troops": forces the writer calls an army are the article's army, whoever was named last
            if (before > _sentence.FirstToken && Word(before - 1).ToLowerInvariant() is "army" or "army's" or "army’s" && word is "forces" or "troops" or "units"
                && _doc.Entities.Where(e => e.Type == EntityType.Organization && e.Id.EndsWith("-army", StringComparison.Ordinal)).OrderByDescending(e => e.Mentions.Count).FirstOrDefault() is { } army)
                return army;
            var wantsJihadist = word is "militants" or "terrorists" or "jihadists" or "insurgents" or "extremists" || (word is "group" && before > 0 && Word(before - 1).ToLowerInvariant() is "extremist" or "terrorist" or "militant" or "jihadist");
            // "Kurdish militants", "their allied militants": a qualifier that sets the militants apart from the jihadist group names another one
            if (wantsJihadist && before > _sentence.FirstToken && IsOtherMilitantQualifier(Word(before - 1)))
                return null;
            var wantsOther = word is "militia" or "militias" or "force" or "forces" or "paramilitary" or "paramilitaries" or "fighters";
            var start = _index >= 2 ? _doc.Sentences[_index - 2].FirstToken : 0;
            for (var i = FirstAtOrAfter(_doc.Mentions, before) - 1; i >= 0; i--)
            {
                var m = _doc.Mentions[i];
                if (m.FirstToken < start)
                    break;
                if (m.EndToken > before || m.IsReference || m.Entity is not { Type: EntityType.Organization } entity)
                    continue;
                var jihadist = s_jihadistIds.Contains(entity.Id);
                if ((wantsJihadist && !jihadist) || (wantsOther && jihadist) || IsCompoundInner(m) || m.FirstToken < _sentence.FirstToken && IsTrailingSource(m))
                    continue;
                // "the joint forces seized X" after "backed by the coalition": a coalition of air powers is not the ground forces described
                if ((wantsOther || word == "troops") && entity.Id.Contains("coalition", StringComparison.Ordinal))
                    continue;
                var p = m.FirstToken - 1;
                if (p >= 0 && Word(p) is "the")
                    p--;
                if (!wantsJihadist && p >= 0 && Word(p).ToLowerInvariant() is "against" or "on" or "at" or "from" or "targeting" or "fighting")
                    continue;
                return entity;
            }
            // "Mosul falls to militants": with none named nearby, the jihadist group the article names most
            return wantsJihadist ? _doc.Entities.Where(e => s_jihadistIds.Contains(e.Id)).OrderByDescending(e => e.Mentions.Count).FirstOrDefault() : _index <= 1 ? _salient : null;
        }

        /// <summary>
        /// "the coalition's warplanes", "The coalition struck": the mention stage reads an unnamed coalition as the coalition it
        /// knows, a description no name stands before.
        /// </summary>
        private Mention? CoalitionAt(int k) =>
            _mentions.FirstOrDefault(m => m.FirstToken <= k && m.EndToken > k && !m.IsName && !m.IsReference && m.Entity is { Type: EntityType.Organization } entity
                                          && entity.Id.Contains("coalition", StringComparison.Ordinal));

        private static bool IsOtherMilitantQualifier(string word) =>
            word.ToLowerInvariant() is "kurdish" or "kurd" or "yazidi" or "assyrian" or "christian" or "druze" or "turkmen" or "shia" or "shiite" or "shi'ite" or "shi’ite"
                or "allied" or "rival" or "tribal" or "pro-government" or "pro-regime" or "opposition";

        /// <summary>The organisation named at the very start of the previous sentence ("The X Brigade opposes ...").</summary>
        private EntityCluster? OpeningOrganizationOfPreviousSentence()
        {
            var previous = _doc.Sentences[_index - 1];
            var first = previous.FirstToken < previous.EndToken && Word(previous.FirstToken) is "The" ? previous.FirstToken + 1 : previous.FirstToken;
            return MentionsIn(_doc, previous).FirstOrDefault(m => m.FirstToken == first && !m.IsReference)?.Entity is { Type: EntityType.Organization } entity
                && !s_jihadistIds.Contains(entity.Id) ? entity : null;
        }

        private Mention Synthetic(EntityCluster entity, int token) =>
            new(token, token + 1, _doc.Tokens[token].Start, _doc.Tokens[token].End, entity.Type, entity.Id) { Entity = entity, IsReference = true, IsName = false };

        private Mention? NextActor(int from, int maxGap)
        {
            foreach (var m in _mentions)
            {
                if (m.FirstToken < from || !_stage.IsActor(m.Entity!))
                    continue;
                if (m.IsReference && !IsActorReference(m))
                    continue;
                return m.FirstToken - from <= maxGap && !BreakBetween(from, m.FirstToken) ? m : null;
            }
            return null;
        }

        /// <summary>
        /// "positions held by X" (the tokens "held by" to pass over) or "X-held areas" (X itself): the holder of ground or of a
        /// target written in an object phrase; null when the token opens neither.
        /// </summary>
        private (Mention? Holder, int Skip)? HeldGroundHolder(int k, int from)
        {
            // "a threat to the SDF-held area": only ground attacked is the holder's loss (asked last: it is the same for every token)
            var lower = Word(k).ToLowerInvariant();
            if (k > from && k + 1 < _sentence.EndToken && lower is "held" or "controlled" && Word(k + 1) == "by" && s_heldGround.Contains(Word(k - 1)))
                return AttackGoverns(from) ? (null, 1) : null;
            if (k + 1 < _sentence.EndToken && (lower.EndsWith("-held", StringComparison.Ordinal) || lower.EndsWith("-controlled", StringComparison.Ordinal))
                && s_heldGround.Contains(Word(k + 1))
                && _mentions.FirstOrDefault(m => m.FirstToken == k && IsCompoundInner(m) && _stage.IsActor(m.Entity!) && m.Entity!.Type != EntityType.Person) is { } inner)
                return AttackGoverns(from) ? (inner, 0) : null;
            return null;
        }

        /// <summary>"Syrian forces said Turkey shelled its positions": targets owned by a pronoun are the reporting speaker's.</summary>
        private Mention? SpeakerOwnedTargets(int k)
        {
            if (k + 1 >= _sentence.EndToken || Word(k).ToLowerInvariant() is not ("its" or "their") || !AttackGoverns(k)
                || !(s_attackTargets.Contains(Word(k + 1)) || Word(k + 1).ToLowerInvariant() is "forces" or "troops" or "fighters"))
                return null;
            return SpeechVerbBefore(k - 1) is { } verb && SpeakerOf(verb) is { Entity.Type: EntityType.Organization } speaker ? speaker : null;
        }

        /// <summary>"bombed ...", "airstrikes on ...": an attack verb or an attack noun with its preposition right before the object.</summary>
        private bool AttackGoverns(int from)
        {
            if (from - 1 <= _sentence.FirstToken)
                return false;
            if (_stage.TryTrigger(Word(from - 1), out var lemma) && (IsCombatLemma(lemma) || lemma == "hit"))
                return true;
            return from - 2 > _sentence.FirstToken && Word(from - 1).ToLowerInvariant() is "on" or "against"
                   && Word(from - 2).ToLowerInvariant() is "strikes" or "strike" or "airstrikes" or "airstrike" or "raids" or "raid" or "attack" or "attacks"
                       or "assault" or "offensive" or "bombing" or "bombardment" or "shelling";
        }

        /// <summary>"IS positions were hit by X": "hit" and "struck" are passive participles without the "-ed" of other verbs.</summary>
        private bool HitTargetPassive(int t) =>
            Word(t).ToLowerInvariant() is "hit" or "struck" && t - 1 > _sentence.FirstToken && Word(t - 1).ToLowerInvariant() is "was" or "were" or "been" or "being"
            && TargetOwnerBefore(t) is not null;

        /// <summary>"Several IS positions near X were targeted", "ISIS's bases were struck": the owner of the targets a passive attack names.</summary>
        private Mention? TargetOwnerBefore(int t)
        {
            var k = t - 1;
            while (k > _sentence.FirstToken && Word(k).ToLowerInvariant() is "was" or "were" or "is" or "are" or "been" or "being" or "have" or "has" or "had" or "reportedly" or "also")
                k--;
            // "positions near Raqqa": a place after the targets only locates them
            if (_mentions.LastOrDefault(m => m.EndToken == k + 1 && m.Entity!.Type == EntityType.Location && !m.IsReference) is { } place
                && place.FirstToken - 1 > _sentence.FirstToken && Word(place.FirstToken - 1).ToLowerInvariant() is "near" or "in" or "around" or "outside" or "inside")
                k = place.FirstToken - 2;
            if (k <= _sentence.FirstToken || !s_attackTargets.Contains(Word(k)))
                return null;
            var owner = k - 1;
            if (Word(owner).ToLowerInvariant() is "military" or "fighting")
                owner--;
            if (MentionText.IsPossessive(_doc, owner))
                return _mentions.LastOrDefault(m => m.EndToken == owner && !m.IsReference && _stage.IsActor(m.Entity!) && m.Entity!.Type != EntityType.Person);
            return _mentions.LastOrDefault(m => m.FirstToken <= owner && m.EndToken == owner + 1 && !m.IsReference && _stage.IsActor(m.Entity!) && m.Entity!.Type != EntityType.Person
                                                && (!IsCompoundInner(m) || Word(owner).EndsWith("-held", StringComparison.OrdinalIgnoreCase)));
        }

        /// <summary>"A as well as B": the list goes on past the "as" that would otherwise end the clause.</summary>
        private int AfterAsWellAs(int k)
        {
            var at = k < _sentence.EndToken && Word(k) == "," ? k + 1 : k;
            return at + 2 < _sentence.EndToken && Word(at) == "as" && Word(at + 1) == "well" && Word(at + 2) == "as" ? at + 3 : k;
        }

        private bool BreakBetween(int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (s_clauseBreaks.Contains(Word(k)) || Word(k) is "." or "!" or "?")
                    return true;
            }
            return false;
        }

        /// <summary>The actors after a verb: the first within its object noun phrase, then any coordinated with it.</summary>
        private List<Mention> Actors(int from)
        {
            var result = new List<Mention>();
            Mention? first = null;
            for (var k = from; k < _sentence.EndToken && k < from + 8; k++)
            {
                var w = Word(k);
                first = _mentions.FirstOrDefault(m => m.FirstToken == k && _stage.IsActor(m.Entity!) && !IsCompoundInner(m) && (!m.IsReference || IsActorReference(m)) && !PossessesOtherActor(m));
                if (first is not null)
                    break;
                var lower = w.ToLowerInvariant();
                if (k == from && lower is "with" or "against" or "alongside" or "on" or "to" or "for" or "out" or "together")
                    continue;
                if (k == from && lower is "at" or "upon" && k > _sentence.FirstToken && Word(k - 1).ToLowerInvariant() is "fire" or "fired" or "firing" or "fires")
                    continue;
                // "bombed Friday night, May 19, the militia's positions": a time adjunct between verb and object
                if (k - from < 6 && IsTimeWord(w) && Word(from) != "," && IsTimeWord(Word(from)) && _stage.TryTrigger(Word(from - 1), out _))
                    continue;
                if (k == from + 1 && lower is "against" or "with" && Word(from).ToLowerInvariant() is "together" or "back")
                    continue;
                // "a convoy of the Syrian army", "positions of X": the owner after "of"
                if (lower is "of" or "from" && k > from && Word(k - 1).ToLowerInvariant() is "fighters" or "troops" or "members" or "militants" or "units"
                        or "airstrikes" or "strikes" or "warplanes" or "jets" or "aircraft" or "planes" or "drones" or "artillery"
                    || lower == "of" && k > from && Word(k - 1).ToLowerInvariant() is "alliance" or "advance" or "advances" or "attack" or "attacks" or "offensive" or "onslaught" or "targets" or "target" or "convoy" or "convoys" or "positions" or "position" or "forces"
                        or "fighters" or "members" or "troops" or "units" or "vehicle" or "vehicles" or "base" or "bases" or "headquarters"
                        or "leaders" or "commanders" or "militants" or "terrorists" or "camp" or "camps" or "strongholds" or "stronghold"
                        or "dozens" or "hundreds" or "scores" or "several" or "many" or "some" or "thousands" or "number" or "pockets" or "remnants")
                    continue;
                if (k == from && SpeakerOwnedTargets(k) is { } speaker)
                {
                    result.Add(Synthetic(speaker.Entity!, k));
                    return result;
                }
                // "bombed positions held by X", "struck YBS-held areas": the one holding the ground hit is the one attacked
                if (HeldGroundHolder(k, from) is var (holder, skip))
                {
                    if (holder is not null)
                    {
                        first = holder;
                        break;
                    }
                    k += skip;
                    continue;
                }
                if (lower is "him" or "her" && RecentPerson(k) is { } person)
                {
                    result.Add(Synthetic(person, k));
                    return result;
                }
                // "the terrorist group Islamic State": the name in apposition, not the description
                if (s_descriptions.Contains(lower) && k + 1 < _sentence.EndToken && _mentions.FirstOrDefault(m => m.FirstToken == k + 1 && _stage.IsActor(m.Entity!) && !m.IsReference) is { } named)
                {
                    first = named;
                    break;
                }
                if ((s_descriptions.Contains(lower) && IsDefinite(k) || lower is "militants" or "insurgents" or "terrorists" or "jihadists" or "extremists")
                    && !MentionText.Is(_doc, k + 1, "of") && RecentOrganization(k) is { } described)
                {
                    result.Add(Synthetic(described, k));
                    return result;
                }
                if (s_clauseBreaks.Contains(w) || lower is "from" or "in" or "at" or "of" or "into" or "near" or "," or "after" or "before" or "over" or "by" or "during" or "since")
                    break;
                // "an offensive on Aleppo with Russian support": a "with" phrase after the object is an accompaniment, not another object
                if (k > from && lower == "with" && !Word(k - 1).EndsWith("ly", StringComparison.Ordinal))
                    break;
                // "residents opposed to X": a participle starts a phrase of its own, X is not the object
                if (k > from && (lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith("ing", StringComparison.Ordinal)) && _stage.TryTrigger(w, out _)
                    && !MentionText.Is(_doc, k - 1, "the"))
                    break;
            }
            if (first is null)
                return result;
            result.Add(first);
            var cursor = first.EndToken;
            var lastJoinedByConjunction = true;
            while (cursor < _sentence.EndToken)
            {
                // "Russian airstrikes, Hezbollah fighters and Iranian officers", "the regime's forces": each name's head noun is passed over
                if (cursor + 1 < _sentence.EndToken && MentionText.IsPossessive(_doc, cursor) && s_unitHeads.Contains(Word(cursor + 1)))
                    cursor++;
                for (var head = 0; head < 2 && cursor < _sentence.EndToken && s_unitHeads.Contains(Word(cursor)); head++)
                    cursor++;
                var k = cursor;
                while (k < _sentence.EndToken && (Word(k).ToLowerInvariant() is "," or "and" or "or" or "as" or "well" or "the" or "also" or ")" or "("
                                                  || Word(k).ToLowerInvariant() is "its" or "their" && k > cursor && Word(k - 1) == "and"))
                {
                    // "(outlawed in Russia)": an aside inside a list is skipped whole
                    if (Word(k) == "(")
                    {
                        var close = k + 1;
                        while (close < _sentence.EndToken && close < k + 8 && Word(close) != ")")
                            close++;
                        if (close < _sentence.EndToken && Word(close) == ")" && !_mentions.Any(m => m.FirstToken == k + 1 && m.EndToken == close))
                            k = close;
                    }
                    k++;
                }
                if (k == cursor || (k < _sentence.EndToken && _mentions.Any(m => m.FirstToken == k && IsCompoundInner(m) is false && m.Entity == result[^1].Entity)))
                {
                    // "Syrian Democratic Forces (SDF)": the acronym repeats the same actor
                    var same = _mentions.FirstOrDefault(m => m.FirstToken == k && m.Entity == result[^1].Entity);
                    if (same is null)
                        break;
                    cursor = same.EndToken;
                    continue;
                }
                var next = _mentions.FirstOrDefault(m => m.FirstToken >= k && m.FirstToken <= k + 8 && _stage.IsActor(m.Entity!) && (!m.IsReference || IsActorReference(m)) && !IsCompoundInner(m));
                // "... and members of Lebanon's Hezbollah": a head noun and "of/from" before the next name
                var modifiersFrom = k + 1 < _sentence.EndToken && s_unitHeads.Contains(Word(k)) && Word(k + 1) is "of" or "from" ? k + 2 : k;
                if (next is null || BreakBetween(AfterAsWellAs(cursor), next.FirstToken) || (next.FirstToken > modifiersFrom && !OnlyModifiers(modifiersFrom, next.FirstToken))
                    || StartsNewClause(cursor, next))
                    break;
                // "Lebanon's Hezbollah": the possessed name is the actor, the possessor only locates it
                if (MentionText.IsPossessive(_doc, next.EndToken)
                    && _mentions.FirstOrDefault(m => m.FirstToken == next.EndToken + 1 && !m.IsReference && _stage.IsActor(m.Entity!)) is { } possessed)
                    next = possessed;
                result.Add(next);
                lastJoinedByConjunction = ConjunctionBetween(cursor, next.FirstToken) || !MentionText.Is(_doc, next.FirstToken - 1, "the");
                cursor = next.EndToken;
            }
            // "to defeat ISIS, the SDF, but ...", "ISIL, the coalition said": a list closes with "and" or "or"; ", the" and a name
            // ending it is an apposition or the next clause's subject
            // ("the Syrian army, Iran, and Iranian-backed militias": the list goes on with an unnamed member)
            if (result.Count > 1 && !lastJoinedByConjunction && !ListGoesOn(cursor))
                result.RemoveAt(result.Count - 1);
            return result;
        }

        private bool ListGoesOn(int k)
        {
            for (var head = 0; head < 2 && k < _sentence.EndToken && s_unitHeads.Contains(Word(k)); head++)
                k++;
            if (k < _sentence.EndToken && Word(k) == ",")
                k++;
            return k < _sentence.EndToken && Word(k).ToLowerInvariant() is "and" or "or";
        }

        private bool ConjunctionBetween(int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (Word(k).ToLowerInvariant() is "and" or "or" or "well" or "plus" or "&")
                    return true;
            }
            return false;
        }

        private static bool IsTimeWord(string w) =>
            w.Length > 0 && char.IsDigit(w[0]) || w == "," || w.ToLowerInvariant() is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday"
                or "night" or "morning" or "afternoon" or "evening" or "overnight" or "yesterday" or "today" or "january" or "february" or "march" or "april" or "may"
                or "june" or "july" or "august" or "september" or "october" or "november" or "december";

        /// <summary>"attacked ISIS, and Turkey and Russia struck ...": after ", and" a name followed by its own verb opens a new clause.</summary>
        private bool StartsNewClause(int cursor, Mention next)
        {
            if (!(cursor + 1 < _sentence.EndToken && Word(cursor) == "," && MentionText.Is(_doc, cursor + 1, "and")))
                return false;
            for (var k = next.EndToken; k < _sentence.EndToken && k <= next.EndToken + 6; k++)
            {
                var w = Word(k);
                if (char.IsLower(w[0]) && _doc.Tokens[k].Kind == TokenKind.Word && _stage.TryTrigger(w, out _)
                    || w.ToLowerInvariant() is "has" or "have" or "had" or "is" or "are" or "was" or "were" or "will" or "would" or "said" or "says")
                    return true;
                if (!(w is "and" or "," or "the" || _mentions.Any(m => m.FirstToken <= k && m.EndToken > k)))
                    return false;
            }
            return false;
        }

        private EntityCluster? RecentPerson(int before) =>
            _doc.Mentions.Take(FirstAtOrAfter(_doc.Mentions, before)).TakeLast(40).LastOrDefault(m => m.Entity is { Type: EntityType.Person } && !m.IsReference && m.EndToken <= before)?.Entity;

        private bool OnlyModifiers(int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                var w = Word(k);
                // "..., the Lebanese Shiite group Hezbollah": a description in apposition before the name
                if (!(w.Contains('-', StringComparison.Ordinal) || w is "alliance" or "of" or "and" or "forces" or "known" or "as" or "the" or "," || char.IsUpper(w[0])
                      || w.EndsWith("ly", StringComparison.Ordinal) || s_descriptions.Contains(w) || w is "rebel" or "armed" or "jihadist" or "islamist" or "militant" or "shiite" or "sunni"))
                    return false;
            }
            return true;
        }

        private Mention? NextPlace(int from, int maxGap)
        {
            var m = _mentions.FirstOrDefault(x => x.FirstToken >= from && x.Type == EntityType.Location && x.Entity!.Type == EntityType.Location);
            return m is not null && m.FirstToken - from <= maxGap ? m : null;
        }

        /// <summary>Places after a capture or crossing verb, reached through a noun phrase path ("the border village of").</summary>
        private List<Mention> Places(int from, bool capture = false, bool crossing = false)
        {
            var result = new List<Mention>();
            var locatesPrevious = false;
            // a list of places already begun runs on past the first window ("the neighbourhoods of A, B, C, D, E and F")
            for (var k = from; k < _sentence.EndToken && (k < from + 14 || result.Count > 0 && k < from + 40); k++)
            {
                var place = _mentions.Where(m => m.FirstToken == k && (m.Entity!.Type == EntityType.Location || IsBorderReference(k))).MaxBy(m => m.EndToken);
                // "the Syrian-Lebanese border": a country inside a border compound is not the place taken
                if (place is not null && !place.Entity!.Id.EndsWith("-border", StringComparison.Ordinal) && CountryBeforeBorder(place) is var borderAt and > 0)
                {
                    k = borderAt;
                    continue;
                }
                // "a pro-Damascus station", "Turkish-held": a place inside a compound modifier is not a place taken
                if (place is not null && IsCompoundInner(place))
                {
                    if (result.Count > 0)
                        break;
                    continue;
                }
                if (place is not null && !place.IsReference)
                {
                    // "the Anbar province town of Hit", "the IS-held Anbar town": a region naming where a settlement lies is no object
                    if (LocatesSettlementAfter(place))
                    {
                        k = place.EndToken - 1;
                        continue;
                    }
                    // "Khanaqin in the Diyala province", "Bashiqa near Mosul": where the place taken lies, not another one taken
                    if (!locatesPrevious)
                        result.Add(place);
                    locatesPrevious = false;
                    k = place.EndToken - 1;
                    continue;
                }
                if (IsBorderReference(k) && BorderEntity() is { } border)
                {
                    result.Add(Synthetic(border, k));
                    continue;
                }
                var w = Word(k);
                // 'has "fully liberated" the city': a scare quote closing right after the verb
                if (k == from && w is "”" or "\"")
                    continue;
                var other = _mentions.FirstOrDefault(m => m.FirstToken == k);
                if (other is not null)
                {
                    k = other.EndToken - 1;
                    continue;
                }
                // "the Islamic State (IS)-held town of X": the short form in brackets belongs to the compound
                if (w == "(" && k + 3 < _sentence.EndToken && Word(k + 2) == ")" && Word(k + 3).StartsWith('-'))
                {
                    k += 3;
                    continue;
                }
                // "the hilltop village of X", "the riverside town of X": a modifier of the place noun is on the way
                if (result.Count == 0 && char.IsLower(w[0]) && k + 2 < _sentence.EndToken && MentionText.Is(_doc, k + 2, "of")
                    && Cues.PlaceNounsBeforeOf.Contains(Word(k + 1)))
                    continue;
                // "villages in X" are not X: a capture stops at "in"; an entry into villages in X is an entry into X
                if (capture && w.Equals("in", StringComparison.OrdinalIgnoreCase) && result.Count == 0)
                    break;
                // "seized large parts of X", "much of X", "a third of X": partial control is no capture of X
                if (capture && IsPartOf(k))
                    break;
                // "entered Kobani from Turkey": where they came from is not entered
                // "crossed the river in X": the river is what was crossed, X only where
                if ((capture || crossing) && result.Count > 0 && w is "in" or "near" or "outside" or "on" || result.Count > 0 && w is "from")
                    locatesPrevious = true;
                if (result.Count > 0 && w is "," or "and" || s_objectPath.Contains(w) || char.IsDigit(w[0]) || w.EndsWith("-led", StringComparison.Ordinal) || w.EndsWith("ern", StringComparison.Ordinal) || w.EndsWith("-held", StringComparison.Ordinal))
                    continue;
                if (result.Count > 0 || s_clauseBreaks.Contains(w))
                    break;
                break;
            }
            return result;
        }

        private bool LocatesSettlementAfter(Mention place)
        {
            var last = Word(place.EndToken - 1).ToLowerInvariant();
            // the mention may have taken the noun in: "the Anbar town of Hit", "the Anbar province town"
            if (place.EndToken - place.FirstToken > 1 && last is "town" or "city" or "village"
                && (MentionText.Is(_doc, place.EndToken, "of") || Word(place.EndToken - 2).ToLowerInvariant() is "province" or "governorate" or "region"))
                return true;
            var k = place.EndToken;
            if (k < _sentence.EndToken && Word(k).ToLowerInvariant() is "province" or "governorate" or "region" or "district")
                k++;
            if (k >= _sentence.EndToken || _mentions.Any(m => m.FirstToken == k))
                return false;
            // "the Anbar villages of A and B" locate the villages; "the A and B villages" are A and B themselves
            if (Word(k).ToLowerInvariant() is "villages" or "towns")
                return MentionText.Is(_doc, k + 1, "of") || !(place.FirstToken > _sentence.FirstToken && Word(place.FirstToken - 1) is "and" or ",");
            return Word(k).ToLowerInvariant() is "town" or "city" or "village" or "district" or "neighbourhood" or "neighborhood";
        }

        /// <summary>The "border" token when the mention is a country written as one side of a border ("Syrian-Lebanese border"), else -1.</summary>
        private int CountryBeforeBorder(Mention place)
        {
            if (!_stage.IsActor(place.Entity!))
                return -1;
            var k = place.EndToken;
            if (IsCompoundInner(place))
                k = place.FirstToken + 1;
            else if (k + 1 < _sentence.EndToken && Word(k) is "-" or "–" && char.IsUpper(Word(k + 1)[0]))
                k += 2;
            else
                return -1;
            return MentionText.Is(_doc, k, "border") || MentionText.Is(_doc, k, "frontier") ? k : -1;
        }

        private bool IsPartOf(int k) =>
            MentionText.Is(_doc, k + 1, "of") && Word(k).ToLowerInvariant() is "parts" or "part" or "much" or "most" or "half" or "third" or "quarter"
                or "swaths" or "swathes" or "swath" or "areas" or "centre" or "center" or "some" or "pockets" or "sections";

        private bool IsBorderReference(int k) =>
            MentionText.Is(_doc, k, "border") && (MentionText.Is(_doc, k + 1, "area") || MentionText.Is(_doc, k + 1, "areas") || MentionText.Is(_doc, k + 1, "villages") || MentionText.Is(_doc, k + 1, "village") || MentionText.Is(_doc, k + 1, "region"))
            && !_mentions.Any(m => m.FirstToken <= k && m.EndToken > k);

        private EntityCluster? BorderEntity() =>
            _doc.Entities.Where(e => e.Id.EndsWith("-border", StringComparison.Ordinal)).OrderByDescending(e => e.Mentions.Count).FirstOrDefault();

        private List<Mention> PlacesBefore(int t, bool acrossRelative = false)
        {
            var result = new List<Mention>();
            for (var k = t - 1; k >= _sentence.FirstToken && k >= t - 14; k--)
            {
                var w = Word(k);
                // "Raqqa, a city that fell to X", "Sinjar, which was seized by X": the relative clause is about the place before it
                if (acrossRelative && w is "which" or "that" && result.Count == 0)
                {
                    if (RelativePlaceAntecedent(k) is { } antecedent)
                        result.Add(antecedent);
                    break;
                }
                if (s_clauseBreaks.Contains(w) && w != "that")
                    break;
                var place = _mentions.FirstOrDefault(m => m.EndToken == k + 1 && m.Entity!.Type == EntityType.Location && !m.IsReference);
                if (place is not null)
                {
                    // "Hazar, a town near Tal Afar, fell": a place after "near" only locates the one that fell
                    if (place.FirstToken - 1 > _sentence.FirstToken && Word(place.FirstToken - 1).ToLowerInvariant() is "near" or "outside")
                    {
                        k = place.FirstToken;
                        continue;
                    }
                    result.Add(place);
                    k = place.FirstToken;
                    continue;
                }
                if (w == "that")
                    break;
            }
            // "the X and Y villages [in northwestern Iraq]": a bracketed aside is not an object
            result.RemoveAll(p => p.FirstToken > _sentence.FirstToken && IsInsideBrackets(p));
            return result;
        }

        /// <summary>The place a "which/that" relative hangs on: "Sinjar, which", "the town of Sinjar that", "Raqqa, a city that".</summary>
        private Mention? RelativePlaceAntecedent(int relative)
        {
            var j = relative - 1;
            if (j > _sentence.FirstToken && Word(j) == ",")
                j--;
            if (j < _sentence.FirstToken)
                return null;
            var place = _mentions.LastOrDefault(m => m.EndToken == j + 1 && m.Entity!.Type == EntityType.Location && !m.IsReference);
            if (place is not null)
                return place;
            if (!s_placeKinds.Contains(Word(j)))
                return null;
            // "Raqqa, a (northern) city that": an apposition naming the kind of place
            for (var k = j - 1; k > _sentence.FirstToken && k >= j - 4; k--)
            {
                if (Word(k) == ",")
                    return _mentions.LastOrDefault(m => m.EndToken == k && m.Entity!.Type == EntityType.Location && !m.IsReference);
                if (_doc.Tokens[k].Kind != TokenKind.Word || s_clauseBreaks.Contains(Word(k)))
                    return null;
            }
            return null;
        }

        private bool IsInsideBrackets(Mention m)
        {
            for (var k = m.FirstToken - 1; k >= _sentence.FirstToken; k--)
            {
                var w = Word(k);
                if (w is "]" or ")")
                    return false;
                if (w is "[" or "(")
                    return true;
            }
            return false;
        }

        private bool Hedged(int from, int trigger, RelationPredicate predicate, string lemma)
        {
            var threat = predicate == RelationPredicate.Opposes && lemma is "warn" or "threaten" or "oppose" or "declare" or "threat" or "warnings";
            for (var k = from; k < trigger; k++)
            {
                var w = Word(k).ToLowerInvariant();
                if (!s_hedges.Contains(w))
                    continue;
                if (w == "to")
                {
                    // "to" hedges only after a volition or plan word: "willing to", "ready to", "vows to"
                    continue;
                }
                if (threat && w is "will" or "would" or "threaten" or "threatens" or "threatened")
                    continue;
                if (w is "will" && predicate is RelationPredicate.Supports or RelationPredicate.Opposes)
                    continue;
                // "were able to retake": an ability in the past is an achievement
                if (w is "able" && k > _sentence.FirstToken && Word(k - 1).ToLowerInvariant() is "was" or "were")
                    continue;
                if (w is "not" or "never" && k < _negationEnd)
                    continue;
                return true;
            }
            // "close to fully retaking", "on the verge of capturing": nearly done is not done
            if (predicate is RelationPredicate.Captured or RelationPredicate.CrossedInto)
            {
                // "has long sought to wrest", "attempted to push into", "expects to seize": a past try or an expectation is no capture
                // (for attacks the gold reads "attempted to attack" as done, so these stay out of the shared hedge words)
                for (var k = from; k < trigger - 1; k++)
                {
                    if (Word(k).ToLowerInvariant() is "sought" or "attempted" or "expects" or "expect" or "expecting" && MentionText.Is(_doc, k + 1, "to"))
                        return true;
                }
                for (var k = Math.Max(from, trigger - 4); k < trigger; k++)
                {
                    if (Word(k).ToLowerInvariant() is "close" or "closer" or "near" && MentionText.Is(_doc, k + 1, "to")
                        || Word(k).ToLowerInvariant() is "verge" or "brink" && MentionText.Is(_doc, k + 1, "of"))
                        return true;
                }
            }
            return false;
        }

        /// <summary>A river: one of its mentions is written with "river" and none with "valley" (the Euphrates valley is ground that can be taken).</summary>
        private bool IsRiver(EntityCluster place)
        {
            var river = false;
            foreach (var m in place.Mentions)
            {
                if (m.IsReference)
                    continue;
                for (var k = Math.Max(0, m.FirstToken - 1); k < Math.Min(_doc.Tokens.Count, m.EndToken + 1); k++)
                {
                    var w = _doc.TokenSpan(k);
                    if (w.Equals("valley", StringComparison.OrdinalIgnoreCase) || w.Equals("basin", StringComparison.OrdinalIgnoreCase))
                        return false;
                    if (w.Equals("river", StringComparison.OrdinalIgnoreCase) && (k >= m.FirstToken && k < m.EndToken || k == m.FirstToken - 1 && char.IsUpper(w[0]) || k == m.EndToken))
                        river = true;
                }
            }
            return river;
        }

        private void Add(List<RelationCandidate> found, EntityCluster subject, RelationPredicate predicate, EntityCluster obj,
            int triggerStart, int triggerEnd, Mention a, Mention b, double confidence, string trigger, bool hedged = false)
        {
            if (subject == obj || !_stage.IsActor(subject))
                return;
            if (predicate is RelationPredicate.Supports or RelationPredicate.Opposes ? !_stage.IsActor(obj) : obj.Type != EntityType.Location)
                return;
            // "to liberate Iraq", "overran Syria": a whole country is never taken in one deed; such phrases are rhetoric or partial
            if (predicate == RelationPredicate.Captured && _stage.IsActor(obj))
                return;
            // "the dam on the River Euphrates", "Euphrates River bridges were retaken": a river is crossed, never taken; what is taken lies on it
            if (predicate == RelationPredicate.Captured && IsRiver(obj))
                return;
            var start = Math.Min(Math.Min(a.Start, b.Start), _doc.Tokens[triggerStart].Start);
            var end = Math.Max(Math.Max(a.End, b.End), _doc.Tokens[triggerEnd].End);
            start = Math.Max(start, _sentence.Start);
            end = Math.Min(end, _sentence.End);
            found.Add(new RelationCandidate(subject, predicate, obj, hedged ? RelationStatus.Hedged : RelationStatus.Asserted,
                start, end, _index, trigger, confidence));
        }
    }
}
