using System.Collections.Frozen;
using GraphBuilder.Nlp.Data;
using GraphBuilder.Nlp.Pipeline;
using GraphBuilder.Nlp.Text;

namespace GraphBuilder.Nlp.Mentions;

/// <summary>
/// State bodies written with common nouns: "the government of Iraq", "Iraq's Shi'ite-led government", "Syrian army",
/// "Iraqi air force", "Iraqi security forces", "Assad forces", bare "security forces"/"government troops" (the
/// article's home country), ethnic forces ("Kurdish forces") and borders ("Iraq-Syria borders", "border with Syria").
/// Each gets the id of its country and kind (iraqi-government, syrian-army, iraq-syria-border).
/// </summary>
internal sealed class StateActorStage(Gazetteer gazetteer) : IPipelineStage
{
    private static readonly FrozenSet<string> s_modifiers = FrozenSet.ToFrozenSet(
    [
        "shi'ite-led", "shiite-led", "shia-led", "sunni-led", "government", "armed", "security", "elite", "regular",
        "federal", "central", "interim", "transitional", "national", "own", "special", "new", "official", "regime",
        "baath", "ba'ath", "ba’ath", "shi’ite-led", "joint", "army", "military", "pro-government",
    ], StringComparer.OrdinalIgnoreCase);

    internal const string HomeCountryUnknown = "";

    /// <summary>What one document's scan has learnt so far; the stage itself keeps no state between documents.</summary>
    private sealed class Scan
    {
        /// <summary>Borders named with both sides, in text order, for pairing a later "Syrian border".</summary>
        public List<(string A, string B)> Borders { get; } = [];

        /// <summary>Tokens that are single-word country (or leader) mentions.</summary>
        public bool[] CountryTokens { get; set; } = [];

        public (string Exclude, string? Country)? SecondCountry { get; set; }

        public string? MostNamedCountry { get; set; }

        /// <summary>The second adjective of "Iraqi and Kurdish forces", which heads its own phrase after the first conjunct.</summary>
        public int SharedHeadConjunct { get; set; } = -1;

        /// <summary>Multi-word person mentions by first token, looked up once per token instead of scanning every mention.</summary>
        public Dictionary<int, Mention>? PersonNamesByStart { get; set; }

        /// <summary>Token ranges whose inner mentions a new phrase replaces ("Iraq" in "Iraq's army"), removed at the end.</summary>
        public List<(int First, int End, bool References)> Swallowed { get; } = [];
    }

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var home = HomeCountry(document);
        var countBefore = document.Mentions.Count;
        var scan = new Scan();
        var claimed = NameCandidateStage.ClaimedTokens(document);
        var tokens = document.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (TryBorder(scan, document, i, home, explicitOnly: true, out var next))
            {
                for (var t = i; t < next; t++)
                    claimed[t] = true;
                i = next - 1;
            }
        }
        var borderTokens = new bool[tokens.Count];
        foreach (var mention in document.Mentions)
        {
            if (mention.Key.EndsWith("-border", StringComparison.Ordinal))
                Array.Fill(borderTokens, true, mention.FirstToken, mention.EndToken - mention.FirstToken);
        }
        var countryTokens = new bool[tokens.Count];
        foreach (var mention in document.Mentions)
        {
            if (mention.EndToken == mention.FirstToken + 1 && gazetteer.ById(mention.Key) is { Kind: GazetteerKind.Country } or { Kind: GazetteerKind.Person, Country: not null })
                countryTokens[mention.FirstToken] = true;
        }
        scan.CountryTokens = countryTokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (borderTokens[i])
                continue;
            if (TryBorder(scan, document, i, home, explicitOnly: false, out var next) || TryVolunteerForces(scan, document, i, home, claimed, out next)
                || TryStateBody(scan, document, i, home, claimed, out next))
            {
                for (var t = i; t < next; t++)
                    claimed[t] = true;
                i = next - 1;
            }
        }
        ResolveBareArmy(document, claimed);
        ResolveBareRegime(document, claimed);
        ResolveBackedDescriptions(document, claimed);
        RemoveSwallowed(scan, document, countBefore);
        document.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>
    /// "popular forces", "volunteer forces", "mobilization forces": what Iraqi and Iranian outlets call the Popular Mobilization Units, in an
    /// article about Iraq (elsewhere the words describe some other irregulars).
    /// </summary>
    private bool TryVolunteerForces(Scan scan, Document document, int i, string home, bool[] claimed, out int next)
    {
        next = i;
        if (claimed[i] || !(MentionText.Is(document, i, "popular") || MentionText.Is(document, i, "volunteer") || MentionText.Is(document, i, "mobilization")
                            || MentionText.Is(document, i, "mobilisation")) || !char.IsLower(document.Text[document.Tokens[i].Start])
            || !(MentionText.Is(document, i + 1, "forces") || MentionText.Is(document, i + 1, "force")) || claimed[i + 1])
            return false;
        if (home != "iraq" && !SentenceNames(document, i, "iraq") || SentenceNamesAnotherCountry(document, i, "iraq"))
            return false;
        next = i + 2;
        AddMention(scan, document, i, next, "pmu");
        return true;
    }

    /// <summary>Whether the token's sentence names a country other than the given one ("Iran ... sending volunteer forces" to Syria).</summary>
    private bool SentenceNamesAnotherCountry(Document document, int token, string key)
    {
        var sentence = document.Sentences[document.SentenceOf(token)];
        foreach (var mention in document.Mentions)
        {
            if (mention.Key != key && mention.Start >= sentence.Start && mention.End <= sentence.End && gazetteer.ById(mention.Key) is { Kind: GazetteerKind.Country })
                return true;
        }
        return false;
    }

    private static bool SentenceNames(Document document, int token, string key)
    {
        var sentence = document.Sentences[document.SentenceOf(token)];
        foreach (var mention in document.Mentions)
        {
            if (mention.Key == key && mention.Start >= sentence.Start && mention.End <= sentence.End)
                return true;
        }
        return false;
    }

    /// <summary>
    /// "the US-backed SDF ... US-backed forces took Manbij": when the article names exactly one organisation a country
    /// backs, a later "<country>-backed forces/fighters" without a name is that organisation (written with its name).
    /// </summary>
    private void ResolveBackedDescriptions(Document document, bool[] claimed)
    {
        Dictionary<string, Mention?>? backedBy = null;
        var tokens = document.Tokens;
        for (var t = 0; t + 1 < tokens.Count; t++)
        {
            if (BackerOf(document, t) is not { } backer)
                continue;
            backedBy ??= [];
            var named = document.Mentions.FirstOrDefault(m => m.FirstToken == t + 1 && m.Type == EntityType.Organization && m.IsName && !m.IsReference);
            // a state's generic body ("US-backed Syrian forces") is itself a description, no name to carry over
            if (named is null || IsStateBodyKey(named.Key))
                continue;
            // a second organisation backed by the same country makes the description ambiguous
            backedBy[backer] = backedBy.TryGetValue(backer, out var known) && known is not null && known.Key != named.Key ? null : named;
        }
        if (backedBy is null || backedBy.Count == 0)
            return;
        for (var t = 0; t + 1 < tokens.Count; t++)
        {
            if (BackerOf(document, t) is not { } backer || !backedBy.TryGetValue(backer, out var organisation) || organisation is null || claimed[t + 1])
                continue;
            var head = t + 1;
            if (MentionText.Is(document, head, "coalition") && head + 1 < tokens.Count && !claimed[head + 1])
                head++;
            if (!(MentionText.Is(document, head, "forces") || MentionText.Is(document, head, "fighters") || MentionText.Is(document, head, "alliance")))
                continue;
            document.Mentions.Add(new Mention(t + 1, head + 1, tokens[t + 1].Start, tokens[head].End, EntityType.Organization, organisation.Key)
            {
                Surface = organisation.Surface,
                HasFoldedKey = organisation.HasFoldedKey,
                Priority = 1,
            });
        }
    }

    private static bool IsStateBodyKey(string key) =>
        key.EndsWith("-army", StringComparison.Ordinal) || key.EndsWith("-forces", StringComparison.Ordinal) || key.EndsWith("-government", StringComparison.Ordinal)
        || key.EndsWith("-police", StringComparison.Ordinal) || key.EndsWith("-navy", StringComparison.Ordinal) || key.EndsWith("-marines", StringComparison.Ordinal)
        || key.EndsWith("-opposition", StringComparison.Ordinal) || key.EndsWith("-border-guards", StringComparison.Ordinal);

    /// <summary>The country of an "X-backed" compound token ("US-backed", "Iranian-backed"), else null.</summary>
    private string? BackerOf(Document document, int t)
    {
        var word = document.TokenSpan(t);
        if (!word.EndsWith("-backed", StringComparison.OrdinalIgnoreCase) || word.Length <= 7)
            return null;
        return CountryOf(word[..^7]);
    }

    /// <summary>
    /// "on the side of the regime", "the regime's advances": when the article names one country's regime ("the Assad
    /// regime", "Syrian regime forces"), the bare definite noun stands for that country's government. Unnamed: the rules
    /// read it where a government is owner or object, never as a clause's subject (a regime's deeds are its army's).
    /// </summary>
    private void ResolveBareRegime(Document document, bool[] claimed)
    {
        string? government = null;
        var tokens = document.Tokens;
        for (var t = 1; t < tokens.Count; t++)
        {
            // "the regime", "the Russian-backed regime"
            if (claimed[t] || !document.TokenSpan(t).Equals("regime", StringComparison.Ordinal)
                || !(MentionText.Is(document, t - 1, "the") || IsBackedCompound(document, t - 1) && MentionText.Is(document, t - 2, "the"))
                || MentionText.Is(document, t + 1, "forces") || MentionText.Is(document, t + 1, "troops") || MentionText.Is(document, t + 1, "of"))
                continue;
            if (government is null)
            {
                if (NamedRegime(document) is not { } country)
                    return;
                government = gazetteer.DemonymSlugOf(country) + "-government";
            }
            document.Mentions.Add(new Mention(t, t + 1, tokens[t].Start, tokens[t].End, EntityType.Organization, government)
            {
                Surface = document.TokenText(t),
                IsName = false,
                Priority = 1,
            });
        }
    }

    /// <summary>
    /// "the army", "the army's 1st Brigade", "the army units": when the article names exactly one state army, the bare
    /// definite noun is that army.
    /// </summary>
    private static string? OnlyArmy(Document document, bool namedAsArmy, out bool several)
    {
        string? army = null;
        several = false;
        foreach (var mention in document.Mentions)
        {
            if (mention.Type != EntityType.Organization || !mention.Key.EndsWith("-army", StringComparison.Ordinal) || mention.IsReference
                || namedAsArmy && !document.Text.AsSpan(mention.Start, mention.End - mention.Start).Contains("army", StringComparison.OrdinalIgnoreCase))
                continue;
            if (army is not null && army != mention.Key)
            {
                several = true;
                return null;
            }
            army = mention.Key;
        }
        return army;
    }

    private static void ResolveBareArmy(Document document, bool[] claimed)
    {
        // an army named as one ("the Syrian army") counts before states' forces written with a generic noun ("Iranian troops")
        var army = OnlyArmy(document, namedAsArmy: true, out var several);
        if (army is null && !several)
            army = OnlyArmy(document, namedAsArmy: false, out _);
        if (army is null)
            return;
        var tokens = document.Tokens;
        for (var t = 0; t < tokens.Count; t++)
        {
            // "the army", or a headline's or sentence's opening "Army troops"
            var definite = document.TokenSpan(t).Equals("army", StringComparison.Ordinal) && MentionText.Is(document, t - 1, "the");
            var opening = document.TokenSpan(t).Equals("Army", StringComparison.Ordinal) && document.SentenceOf(t) is var s && s >= 0 && document.Sentences[s].FirstToken == t
                          && (MentionText.Is(document, t + 1, "units") || MentionText.Is(document, t + 1, "troops") || MentionText.Is(document, t + 1, "forces"));
            if (claimed[t] || !(definite || opening) || MentionText.Is(document, t + 1, "of"))
                continue;
            var end = t + 1;
            if (MentionText.Is(document, end, "units") || MentionText.Is(document, end, "troops") || MentionText.Is(document, end, "forces"))
                end++;
            document.Mentions.Add(new Mention(t, end, tokens[t].Start, tokens[end - 1].End, EntityType.Organization, army)
            {
                Surface = document.Text[tokens[t].Start..tokens[end - 1].End],
                // the relation rules take an unnamed, unreferenced mention for no actor; the one army's bare noun names it
                IsName = true,
                IsReference = false,
                Priority = 1,
            });
        }
    }

    /// <summary>The country the article is mostly about (most name and demonym mentions).</summary>
    internal string HomeCountry(Document document)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in document.Mentions)
        {
            if (gazetteer.ById(mention.Key) is { Kind: GazetteerKind.Country })
                counts[mention.Key] = counts.GetValueOrDefault(mention.Key) + 1;
        }
        // demonyms show whose side the article stands on more than place names do: they count double
        var claimed = NameCandidateStage.ClaimedTokens(document);
        for (var t = 0; t < document.Tokens.Count; t++)
        {
            if (!claimed[t] && document.Tokens[t].Kind == TokenKind.Word && char.IsUpper(document.Text[document.Tokens[t].Start])
                && gazetteer.TryGetDemonym(NameKey.Normalize(document.TokenSpan(t)), out var country))
                counts[country.Id] = counts.GetValueOrDefault(country.Id) + 2;
        }
        return counts.Count == 0 ? HomeCountryUnknown : counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
    }

    /// <summary>The country whose regime the article names ("the Assad regime", "Syria's regime"), anywhere in it.</summary>
    private string? NamedRegime(Document document)
    {
        for (var t = 1; t < document.Tokens.Count; t++)
        {
            if (!MentionText.Is(document, t, "regime"))
                continue;
            var owner = MentionText.IsPossessive(document, t - 1) ? t - 2 : t - 1;
            if (CountryAt(document, owner, out _) is { } country)
                return country;
        }
        return null;
    }

    /// <summary>The country named most often by its own name (demonyms not counted); ties give none.</summary>
    private string MostNamedCountry(Document document)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in document.Mentions)
        {
            if (!mention.IsReference && mention.IsName && gazetteer.ById(mention.Key) is { Kind: GazetteerKind.Country })
                counts[mention.Key] = counts.GetValueOrDefault(mention.Key) + 1;
        }
        var best = HomeCountryUnknown;
        var bestCount = 0;
        var tie = false;
        foreach (var (country, count) in counts)
        {
            if (count > bestCount)
            {
                (best, bestCount, tie) = (country, count, false);
            }
            else if (count == bestCount)
            {
                tie = true;
            }
        }
        return tie ? HomeCountryUnknown : best;
    }

    private string? SecondCountry(Scan scan, Document document, string exclude)
    {
        if (scan.SecondCountry is { } cached && cached.Exclude == exclude)
            return cached.Country;
        var country = ComputeSecondCountry(document, exclude);
        scan.SecondCountry = (exclude, country);
        return country;
    }

    private string? ComputeSecondCountry(Document document, string exclude)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in document.Mentions)
        {
            if (mention.Key != exclude && gazetteer.ById(mention.Key) is { Kind: GazetteerKind.Country })
                counts[mention.Key] = counts.GetValueOrDefault(mention.Key) + 1;
        }
        return counts.Count == 0 ? null : counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
    }

    /// <summary>The country a token names: a country mention, a demonym, or a leader ("Assad").</summary>
    private string? CountryAt(Document document, int i, out bool isLeader)
    {
        isLeader = false;
        if (i < 0 || i >= document.Tokens.Count || document.Tokens[i].Kind != TokenKind.Word)
            return null;
        var span = document.TokenSpan(i);
        if (!char.IsUpper(span[0]))
            return null;
        var key = NameKey.Normalize(span);
        if (gazetteer.TryGetDemonym(key, out var country))
            return country.Id;
        if (gazetteer.TryGetName(key, out var entry))
        {
            if (entry.Kind == GazetteerKind.Country)
                return entry.Id;
            if (entry.Kind == GazetteerKind.Person && entry.Country is { } code)
            {
                isLeader = true;
                return CountryIdByCode(code);
            }
        }
        return null;
    }

    private string? CountryIdByCode(string code)
    {
        foreach (var candidate in new[] { "syria", "iraq", "turkey", "iran", "russia", "israel", "united-states" })
        {
            if (gazetteer.ById(candidate) is { Country: { } c } && c.Equals(code, StringComparison.OrdinalIgnoreCase))
                return candidate;
        }
        return null;
    }

    private bool TryStateBody(Scan scan, Document document, int i, string home, bool[] claimed, out int next)
    {
        next = i;
        var tokens = document.Tokens;
        // "government of Iraq"
        if (MentionText.Is(document, i, "government") && MentionText.Is(document, i + 1, "of") && CountryAt(document, i + 2, out _) is { } governed)
        {
            next = i + 3;
            AddBody(scan, document, i, next, governed, "government");
            return true;
        }
        // "the Baghdad government", "the Damascus regime": a capital named for the state's rulers
        if (char.IsUpper(document.Text[tokens[i].Start]) && i + 1 < tokens.Count && document.TokenSpan(i + 1) is "government" or "regime" or "authorities"
            && tokens[i + 1].SpaceBefore && gazetteer.CountryOfCapital(NameKey.Normalize(document.TokenSpan(i))) is { } ruled
            && document.Mentions.Any(m => m.FirstToken == i && m.EndToken == i + 1 && m.Type == EntityType.Location))
        {
            next = i + 2;
            AddBody(scan, document, i, next, ruled.Id, "government");
            return true;
        }
        var start = i;
        string? country = null;
        var leader = false;
        var loyalCompound = false;
        var ethnic = false;
        // "Bashar al-Assad's regime": a leader's full name owning a state body
        var leaderEnd = MultiWordLeaderEnd(scan, document, i, out var ownerCountry);
        if (leaderEnd > 0)
        {
            country = ownerCountry;
            leader = true;
        }
        else if (!claimed[i] || IsCountryMention(scan, i))
        {
            country = CountryAt(document, i, out leader);
        }
        var j = i;
        if (country is not null)
        {
            j = leaderEnd > 0 ? leaderEnd : i + 1;
            if (MentionText.IsPossessive(document, j))
                j++;
            // "Syrian Kurdish groups"
            if (j < tokens.Count && Cues.EthnicAdjectives.Contains(document.TokenText(j)))
            {
                ethnic = true;
                j++;
            }
        }
        else if (char.IsUpper(document.Text[tokens[i].Start]) && Cues.EthnicAdjectives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(i))
                 && (scan.SharedHeadConjunct == i || !(MentionText.Is(document, i - 1, "and") || MentionText.Is(document, i - 1, "or") || MentionText.Is(document, i - 1, ","))))
        {
            ethnic = true;
            j = i + 1;
        }
        else if (MentionText.Is(document, i, "government") || MentionText.Is(document, i, "security") || MentionText.Is(document, i, "pro-government")
                 || (MentionText.Is(document, i, "federal") || MentionText.Is(document, i, "central")) && MentionText.Is(document, i + 1, "government")
                 || (MentionText.Is(document, i, "border") && (MentionText.Is(document, i + 1, "guard") || MentionText.Is(document, i + 1, "guards"))))
        {
            // a bare "security forces" belongs to the country named in the sentence, else to the article's home; forces
            // "pro-government" side with a regime the article names, if any
            country = RecentCountry(document, i) ?? (MentionText.Is(document, i, "pro-government") ? NamedRegime(document) : null) ?? home;
            j = i;
        }
        // "pro-Assad forces", "pro-Assad army": the forces loyal to a known leader are his state's army
        else if (document.TokenSpan(i) is var proToken && proToken.StartsWith("pro-", StringComparison.OrdinalIgnoreCase) && proToken.Length > 5
                 && (MentionText.Is(document, i + 1, "forces") || MentionText.Is(document, i + 1, "troops") || MentionText.Is(document, i + 1, "army"))
                 && gazetteer.TryGetName(NameKey.Normalize(proToken[4..]), out var loyalTo) && loyalTo.Kind == GazetteerKind.Person
                 && loyalTo.Country is { } leaderCode && CountryIdByCode(leaderCode) is { } leaderCountry)
        {
            country = leaderCountry;
            leader = true;
            loyalCompound = true;
            j = i + 1;
        }
        // "Regime troops overran ..." opens a sentence with a capital; inside one, "Regime Forces" is a name's
        else if ((MentionText.Is(document, i, "regime") && (char.IsLower(document.Text[tokens[i].Start]) || document.Sentences[document.SentenceOf(i)].FirstToken == i)
                  || MentionText.Is(document, i, "pro-regime"))
                 && (MentionText.Is(document, i + 1, "forces") || MentionText.Is(document, i + 1, "troops"))
                 && (i == 0 || !char.IsUpper(document.Text[tokens[i - 1].Start])))
        {
            // "clashes with the regime forces": the regime of the article's home; another country's demonym earlier in the
            // sentence ("a Russian truce effort did not stop the clashes with regime forces") is seldom the regime's
            // a regime fights on its own ground: the country the article names most as a place, before the demonym-weighted home
            // ("Iranian-backed militias ... regime forces" in an article about southern Syria)
            scan.MostNamedCountry ??= NamedRegime(document) ?? MostNamedCountry(document);
            country = scan.MostNamedCountry != HomeCountryUnknown ? scan.MostNamedCountry : home != HomeCountryUnknown ? home : RecentCountry(document, i);
            j = MentionText.Is(document, i, "regime") ? i : i + 1;
        }
        if (country is null && !ethnic)
            return false;
        // "Iraqi and Kurdish forces": two adjectives share one head; the first names its own body, the second its phrase
        var conjunctEnd = -1;
        // (only the home state's own forces: a foreign power's "Russian and Syrian forces" is mostly the country acting, and two
        // peoples' "Kurdish and Arab fighters" describe one alliance)
        if (j == i + 1 && !ethnic && country == home && MentionText.Is(document, j, "and") && j + 2 < tokens.Count && char.IsUpper(document.Text[tokens[j + 1].Start])
            && gazetteer.TryGetDemonym(NameKey.Normalize(document.TokenSpan(i)), out _)
            && (gazetteer.TryGetDemonym(NameKey.Normalize(document.TokenSpan(j + 1)), out _) || Cues.EthnicAdjectives.Contains(document.TokenText(j + 1)))
            && document.TokenText(j + 2).ToLowerInvariant() is "forces" or "troops" or "soldiers" or "units")
        {
            conjunctEnd = i + 1;
            scan.SharedHeadConjunct = j + 1;
            j += 2;
        }
        var headStart = j;
        // "Iraqi government armed forces": a head word followed by a force head is a modifier
        while (j < tokens.Count && j - headStart < 3 && (s_modifiers.Contains(document.TokenText(j)) || IsBackedCompound(document, j))
               && (!IsHeadAt(document, j, out var early) || IsForceHeadAt(document, j + early) || IsForceHeadAt(document, j + 1)))
            j++;
        // "the Assad regime's forces": the forces a regime owns are its army, not the regime
        if ((MentionText.Is(document, j, "regime") || MentionText.Is(document, j, "government")) && MentionText.IsPossessive(document, j + 1) && IsForceHeadAt(document, j + 2))
            j += 2;
        if (!IsHeadAt(document, j, out var headLength))
            return false;
        var head = string.Join(' ', Enumerable.Range(j, headLength).Select(document.TokenText)).ToLowerInvariant();
        var modifiers = string.Join(' ', Enumerable.Range(headStart, j - headStart).Select(document.TokenText)).ToLowerInvariant();
        next = j + headLength;
        if (ethnic)
        {
            if (head is not ("forces" or "security forces" or "fighters" or "militia" or "militias" or "militiamen" or "troops" or "soldiers" or "units")
                && !(head == "groups" && country is not null))
                return false;
            // "the Shia militia" is a plain description; "a Syrian Kurdish militia" an ethnic armed actor
            // a faith's forces ("Christian forces", "Sunni fighters") are a description as well; a people's forces are an actor
            if (document.TokenText(j - 1).ToLowerInvariant() is "shia" or "shiite" or "shi'ite" or "shi’ite" or "sunni" or "christian")
                return false;
            var ethnicWord = document.TokenText(next - headLength - 1 >= start ? (country is null ? start : start + 1 + (MentionText.IsPossessive(document, start + 1) ? 1 : 0)) : start);
            var kind = head == "security forces" ? "security-forces" : "forces";
            // "the People's Protection Units (YPG), the Kurdish militia, said": a description of the group just named, no actor of its own
            if (AppositionHead(document, start) is not null)
                return true;
            var ethnicKey = NameKey.Slug(ethnicWord) + "-" + kind;
            // in an article about Iraq that names the Peshmerga, "Kurdish forces" are the Peshmerga (the Kurdistan Region's
            // forces); elsewhere, or beside a Syrian qualifier, they stay the unnamed Kurdish actor (NOTES.md)
            if (ethnicKey == "kurdish-forces" && home == "iraq" && country is null or "iraq" && document.Mentions.Any(m => m.Key == "peshmerga" && m.IsName))
                ethnicKey = "peshmerga";
            AddConjunctOrPhrase(scan, document, start, next, conjunctEnd, j, ethnicKey);
            if (conjunctEnd > 0)
                next = conjunctEnd;
            return true;
        }
        if (string.IsNullOrEmpty(country) || head is "groups" or "fighters" or "militia" or "militias" or "militiamen")
            return false;
        var bodyKind = head switch
        {
            "opposition" => "opposition",
            "marines" or "marine corps" => "marines",
            "government" or "regime" or "administration" or "authorities" or "cabinet" => "government",
            "air force" => "air-force",
            // "US special forces": an elite branch of its own, not the country acting
            "special forces" => "special-forces",
            "navy" => "navy",
            "parliament" => "parliament",
            "police" => "police",
            "border guard" or "border guards" or "border guard troops" or "border guard forces" => "border-guards",
            "army" => "army",
            // "Iraqi army troops", "the Syrian army units": the army's own men
            _ when modifiers.Split(' ').Contains("army") => "army",
            // "the Turkish military" is its army; Iraq's gold folds every generic force into the security forces (NOTES.md)
            "military" => country == "iraq" ? "security-forces" : "army",
            // NOTES.md: Syria's state forces ("Syrian forces", "Syrian government troops") are annotated as its army, and so is
            // every other state's ("Turkish troops", "Russian forces"); only Iraq's gold keeps a separate "security forces" body
            "forces" when modifiers.EndsWith("special", StringComparison.Ordinal) => "special-forces",
            _ => leader || modifiers.Contains("regime", StringComparison.Ordinal) || MentionText.Is(document, start, "pro-regime")
                 || country != "iraq" && head is "forces" or "troops" or "soldiers" or "units" or "special units" ? "army" : "security-forces",
        };
        // a bare "government" or "regime" needs a country word before it
        if (start == headStart && bodyKind is "government" && start == j)
            return false;
        // "Libya's Government of National Accord": a capitalised head with its own "of" name is a proper name, not the state's body
        if (char.IsUpper(document.Text[tokens[next - 1].Start]) && MentionText.Is(document, next, "of") && next + 1 < tokens.Count
            && MentionText.IsCapitalisedWord(document, next + 1) && CountryAt(document, next + 1, out _) is null)
            return false;
        // "US forces", "U.S. troops": the country's name (not its demonym) before a bare force noun is the country acting
        if (bodyKind is "security-forces" or "army" && head is "forces" or "troops" or "soldiers" or "units" && headStart == start + 1 && !leader
            && !MentionText.Is(document, start, "pro-regime") && !gazetteer.TryGetDemonym(NameKey.Normalize(document.TokenSpan(start)), out _))
            return false;
        if (conjunctEnd > 0)
        {
            AddConjunctOrPhrase(scan, document, start, next, conjunctEnd, j, gazetteer.DemonymSlugOf(country) + "-" + bodyKind);
            next = conjunctEnd;
            return true;
        }
        AddBody(scan, document, start, next, country, bodyKind);
        // "pro-Assad forces" also names the leader they back: his mention inside the compound stays
        if (loyalCompound)
            scan.Swallowed[^1] = (start + 1, next, false);
        // "Iraqi army troops": the proper form is the army's name, the head noun after it stripped
        if (bodyKind == "army" && head != "army" && MentionText.Is(document, j - 1, "army"))
            document.Mentions[^1].Surface = document.Text[tokens[start].Start..tokens[j - 1].End];
        return true;
    }

    /// <summary>The phrase [start, next), or only its first adjective [start, conjunctEnd) named with the shared head ("Iraqi forces").</summary>
    private static void AddConjunctOrPhrase(Scan scan, Document document, int start, int next, int conjunctEnd, int headStart, string key)
    {
        if (conjunctEnd < 0)
        {
            AddMention(scan, document, start, next, key);
            return;
        }
        AddMention(scan, document, start, conjunctEnd, key);
        var tokens = document.Tokens;
        document.Mentions[^1].Surface = document.Text[tokens[start].Start..tokens[conjunctEnd - 1].End] + " " + document.Text[tokens[headStart].Start..tokens[next - 1].End];
    }

    /// <summary>The end of a known leader's multi-word name starting at i ("Bashar al-Assad") before a possessive, else -1.</summary>
    private int MultiWordLeaderEnd(Scan scan, Document document, int i, out string? country)
    {
        country = null;
        if (scan.PersonNamesByStart is null)
        {
            scan.PersonNamesByStart = [];
            foreach (var person in document.Mentions)
            {
                if (person.Type == EntityType.Person && person.EndToken - person.FirstToken >= 2)
                    scan.PersonNamesByStart.TryAdd(person.FirstToken, person);
            }
        }
        if (!scan.PersonNamesByStart.TryGetValue(i, out var mention) || !MentionText.IsPossessive(document, mention.EndToken))
            return -1;
        if (gazetteer.ById(mention.Key) is { Kind: GazetteerKind.Person, Country: { } code } && CountryIdByCode(code) is { } state)
        {
            country = state;
            return mention.EndToken;
        }
        return -1;
    }

    private static bool IsBackedCompound(Document document, int j)
    {
        if (j < 0)
            return false;
        var word = document.TokenSpan(j);
        return word.EndsWith("-backed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("-supported", StringComparison.OrdinalIgnoreCase)
               || word.EndsWith("-enabled", StringComparison.OrdinalIgnoreCase) || word.EndsWith("-assisted", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsCountryMention(Scan scan, int i) => i < scan.CountryTokens.Length && scan.CountryTokens[i];

    private static bool IsForceHeadAt(Document document, int j) =>
        IsHeadAt(document, j, out _) && document.TokenText(j).ToLowerInvariant() is "armed" or "security" or "forces" or "troops" or "army" or "special" or "units" or "soldiers";

    private static bool IsHeadAt(Document document, int j, out int length)
    {
        length = 0;
        if (j >= document.Tokens.Count)
            return false;
        var word = document.TokenText(j).ToLowerInvariant();
        var next = j + 1 < document.Tokens.Count ? document.TokenText(j + 1).ToLowerInvariant() : "";
        var third = j + 2 < document.Tokens.Count ? document.TokenText(j + 2).ToLowerInvariant() : "";
        switch (word)
        {
            case "air" when next == "force":
            case "armed" when next == "forces":
            case "security" when next == "forces":
            case "special" when next is "forces" or "units":
                length = 2;
                return true;
            case "border" when next is "guard" or "guards":
                length = third is "troops" or "forces" ? 3 : 2;
                return true;
            // "the Iraqi military and ...", not "Iranian military commanders"
            case "military" when next is not ("commanders" or "commander" or "advisers" or "advisors" or "officials" or "official" or "operation"
                                 or "operations" or "sources" or "source" or "spokesman" or "officers" or "officer" or "vehicle" or "vehicles" or "base"
                                 or "bases" or "campaign" or "intervention" or "aid" or "equipment" or "council" or "court" or "police" or "forces"
                                 or "personnel" or "units" or "leaders" or "experts" or "action" or "presence" or "offensive" or "escalation"
                                 or "hardware" or "assistance" or "support" or "training" or "cooperation" or "planes" or "aircraft" or "convoy"
                                 or "positions" or "targets" or "installations" or "sites" or "facilities" or "posts" or "academy" or "analyst" or "analysts"):
                length = 1;
                return true;
            // "apprehended by Turkish security after ...": the bare noun stands for the security forces
            case "security" when j > 0 && char.IsUpper(document.TokenSpan(j - 1)[0]) && (next.Length == 0 || next is "." or ";" or ")"
                                 || Lexicon.IsFunctionWord(next) && next is not ("forces" or "and" or "or") || Mentions.Cues.SpeechVerbs.Contains(next)):
                length = 1;
                return true;
            case "marine" when next == "corps":
                length = 2;
                return true;
            case "government" or "regime" or "administration" or "authorities" or "army" or "forces" or "troops" or "units" or "soldiers"
                or "parliament" or "police" or "navy" or "groups" or "fighters" or "opposition" or "marines" or "militia" or "militias" or "militiamen":
                length = 1;
                return true;
            default:
                return false;
        }
    }

    private void AddBody(Scan scan, Document document, int first, int end, string country, string kind)
    {
        var prefix = gazetteer.DemonymSlugOf(country);
        AddMention(scan, document, first, end, prefix + "-" + kind);
    }

    private static void RemoveSwallowed(Scan scan, Document document, int countBefore)
    {
        var ranges = scan.Swallowed;
        if (ranges.Count == 0)
            return;
        var inner = new byte[document.Tokens.Count + 1];
        foreach (var (first, end, references) in ranges)
        {
            for (var t = first; t < end; t++)
                inner[t] = Math.Max(inner[t], references ? (byte)2 : (byte)1);
        }
        var added = document.Mentions.Skip(countBefore).ToHashSet();
        document.Mentions.RemoveAll(m =>
        {
            if (added.Contains(m))
                return false;
            for (var t = m.FirstToken; t < m.EndToken; t++)
            {
                if (inner[t] == 0 || (inner[t] == 1 && m.IsReference))
                    return false;
            }
            return true;
        });
        ranges.Clear();
    }

    /// <summary>The organisation named right before ", the ..." (its bracketed acronym allowed between): what an apposition describes.</summary>
    private static Mention? AppositionHead(Document document, int start)
    {
        if (!MentionText.Is(document, start - 1, "the") || start < 3 || document.TokenSpan(start - 2) is not ",")
            return null;
        var end = start - 2;
        if (document.TokenSpan(end - 1) is ")" && end - 3 >= 0 && document.TokenSpan(end - 3) is "(")
            end -= 3;
        return document.Mentions.LastOrDefault(m => m.EndToken == end && m.Type == EntityType.Organization && !m.IsReference && m.IsName);
    }

    private static void AddMention(Scan scan, Document document, int first, int end, string key)
    {
        // "the PMU" and similar gazetteer hits inside the phrase give way to the longer state body
        scan.Swallowed.Add((first, end, false));
        var start = document.Tokens[first].Start;
        var stop = document.Tokens[end - 1].End;
        document.Mentions.Add(new Mention(first, end, start, stop, EntityType.Organization, key)
        {
            Surface = document.Text[start..stop],
            Priority = 1,
        });
    }

    /// <summary>The country of the nearest demonym or state body before a token: whose "security forces" these are.</summary>
    private string? RecentCountry(Document document, int before)
    {
        var sentence = document.Sentences[document.SentenceOf(before)];
        for (var t = before - 1; t >= sentence.FirstToken; t--)
        {
            var span = document.TokenSpan(t);
            if (span.Length > 2 && char.IsUpper(span[0]) && gazetteer.TryGetDemonym(NameKey.Normalize(span), out var country) && !NamesHelper(document, t + 1))
                return country.Id;
        }
        return null;
    }

    /// <summary>"With Russian backing, government forces ...", "Russian jets and government troops": the demonym names a foreign helper, not whose forces they are.</summary>
    private static bool NamesHelper(Document document, int next) =>
        next < document.Tokens.Count && (Relations.StandoffWeapons.Is(document.TokenSpan(next))
                                         || document.TokenText(next).ToLowerInvariant() is "backing" or "support" or "help" or "aid" or "assistance" or "cover" or "advisers" or "advisors");

    private bool TryBorder(Scan scan, Document document, int i, string home, bool explicitOnly, out int next)
    {
        next = i;
        var tokens = document.Tokens;
        string? a = null, b = null;
        var j = i;
        var span = document.TokenSpan(i);
        var hyphen = span.IndexOf('-');
        if (hyphen > 0 && char.IsUpper(span[0]))
        {
            // "Iraq-Syria", "Iraqi-Syrian"
            a = CountryOf(span[..hyphen]);
            b = CountryOf(span[(hyphen + 1)..]);
            if (a is null || b is null)
                return false;
            j = i + 1;
        }
        else if ((MentionText.Is(document, i, "border") || MentionText.Is(document, i, "borders")) && MentionText.Is(document, i + 1, "with") && CountryAt(document, i + 2, out _) is { } other)
        {
            if (explicitOnly)
                return false;
            next = i + 3;
            var partner = PartnerOf(scan, other) ?? (other == home ? SecondCountry(scan, document, home) : home);
            if (partner is null)
                return false;
            scan.Borders.Add((partner, other));
            AddBorder(scan, document, i, next, partner, other);
            return true;
        }
        else if (CountryAt(document, i, out var leader) is { } single && !leader)
        {
            a = single;
            j = i + 1;
        }
        else
        {
            return false;
        }
        // optional adjective: "Syrian northeastern border"
        if (j < tokens.Count && !MentionText.Is(document, j, "border") && !MentionText.Is(document, j, "borders")
            && document.TokenSpan(j) is var adjective && adjective.Length > 4 && char.IsLower(adjective[0]) && (adjective.EndsWith("ern") || adjective.EndsWith("ern")))
            j++;
        if (!(MentionText.Is(document, j, "border") || MentionText.Is(document, j, "borders")))
            return false;
        if (MentionText.Is(document, j + 1, "area") || MentionText.Is(document, j + 1, "guard") || MentionText.Is(document, j + 1, "guards"))
            return false;
        next = j + 1;
        if (b is null && MentionText.Is(document, next, "with") && CountryAt(document, next + 1, out _) is { } with)
        {
            b = with;
            next += 2;
        }
        if (b is null && explicitOnly)
            return false;
        if (b is null)
        {
            b = PartnerOf(scan, a!) ?? (a == home ? SecondCountry(scan, document, home) : home);
            if (string.IsNullOrEmpty(b) || b == a)
                return false;
        }
        scan.Borders.Add((a!, b));
        AddBorder(scan, document, i, next, a!, b);
        return true;
    }

    /// <summary>The other country of a border the article already named with both sides.</summary>
    private string? PartnerOf(Scan scan, string country)
    {
        foreach (var (a, b) in scan.Borders)
        {
            if (a == country)
                return b;
            if (b == country)
                return a;
        }
        return null;
    }

    private string? CountryOf(ReadOnlySpan<char> word)
    {
        var key = NameKey.Normalize(word);
        // "Turko-Syrian", "Russo-Turkish": combining forms of a country's name
        var combined = key switch
        {
            "turko" or "turco" => "Turkey",
            "russo" => "Russia",
            "sino" => "China",
            "franco" => "France",
            "anglo" => "United Kingdom",
            "indo" => "India",
            _ => null,
        };
        if (combined is not null)
            key = NameKey.Normalize(combined);
        if (gazetteer.TryGetDemonym(key, out var country))
            return country.Id;
        return gazetteer.TryGetName(key, out var entry) && entry.Kind == GazetteerKind.Country ? entry.Id : null;
    }

    private static void AddBorder(Scan scan, Document document, int first, int end, string a, string b)
    {
        if (string.IsNullOrEmpty(a) || string.IsNullOrEmpty(b) || a == b)
            return;
        var pair = string.CompareOrdinal(a, b) < 0 ? $"{a}-{b}" : $"{b}-{a}";
        var start = document.Tokens[first].Start;
        var stop = document.Tokens[end - 1].End;
        scan.Swallowed.Add((first, end, true));
        document.Mentions.Add(new Mention(first, end, start, stop, EntityType.Location, pair + "-border")
        {
            Surface = document.Text[start..stop],
            Priority = 1,
        });
    }
}
