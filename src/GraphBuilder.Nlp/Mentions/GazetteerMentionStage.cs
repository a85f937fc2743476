using System.Collections.Frozen;
using GraphBuilder.Nlp.Data;
using GraphBuilder.Nlp.Pipeline;
using GraphBuilder.Nlp.Text;

namespace GraphBuilder.Nlp.Mentions;

/// <summary>
/// Longest-match lookup of capitalised token n-grams in the gazetteer, plus the actor inside compounds
/// ("Iran-backed", "pro-Hizballah", "anti-ISIS"). Short all-capital acronyms match only when written in capitals.
/// </summary>
internal sealed class GazetteerMentionStage(Gazetteer gazetteer, Lexicon lexicon) : IPipelineStage
{
    public void Process(Document document, CancellationToken cancellationToken)
    {
        var claimed = new bool[document.Tokens.Count];
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (MentionText.Is(document, i, "coalition") && TryCoalition(document, i, sentence))
                    continue;
                if (!MentionText.IsCapitalisedWord(document, i) && TryLowercaseOrganization(document, i, sentence) is var lowerEnd && lowerEnd > i)
                {
                    for (var t = i; t < lowerEnd; t++)
                        claimed[t] = true;
                    i = lowerEnd - 1;
                    continue;
                }
                if (!MentionText.IsCapitalisedWord(document, i))
                {
                    if (document.Tokens[i].Kind == TokenKind.Word && gazetteer.IsLowercaseName(document.TokenSpan(i))
                        && (!lexicon.IsCommonWord(document.TokenSpan(i)) || IsFollowedByForceNoun(document, i, sentence)
                            || i > sentence.FirstToken && (MentionText.Is(document, i - 1, "the") || MentionText.Is(document, i - 1, "between"))
                            || i + 1 < sentence.EndToken && s_memberAndHoldingNouns.Contains(document.TokenText(i + 1)))
                        && gazetteer.TryGetName(NameKey.Normalize(document.TokenSpan(i)), out var lowercase))
                    {
                        Add(document, i, i + 1, document.Tokens[i].Start, document.Tokens[i].End, lowercase);
                        claimed[i] = true;
                        continue;
                    }
                    TryCompound(document, i);
                    continue;
                }
                // grow the span word by word while some name still starts with it; keep the longest full match
                var matched = false;
                var maxEnd = Math.Min(sentence.EndToken, i + gazetteer.MaxNameTokens);
                var bestEnd = -1;
                GazetteerEntry? best = null;
                for (var end = i + 1; end <= maxEnd && (end == i + 1 || MentionText.IsContiguousName(document, i, end, allowPossessive: true)); end++)
                {
                    var span = document.Slice(document.Tokens[i].Start, document.Tokens[end - 1].End);
                    var key = NameKey.Normalize(span);
                    if (!MentionText.IsPossessive(document, end - 1) && gazetteer.TryGetName(key, out var entry) && (key.Length > 3 || MentionText.IsAllCapitals(span))
                        && !(end - i == 1 && entry.Kind == GazetteerKind.City && IsSentenceInitialCommonWord(document, i, sentence)))
                    {
                        best = entry;
                        bestEnd = end;
                    }
                    if (!gazetteer.IsNamePrefix(key) && !MentionText.IsPossessive(document, end))
                        break;
                }
                if (best is not null && best.Kind == GazetteerKind.Organization && OpensLongerName(document, bestEnd, sentence))
                    best = null;
                if (best is not null && bestEnd == i + 1 && IsCapitalAsActor(document, i, sentence) && gazetteer.CountryOfCapital(NameKey.Normalize(document.TokenSpan(i))) is { } state)
                    best = state;
                if (best is not null)
                {
                    var added = Add(document, i, bestEnd, document.Tokens[i].Start, document.Tokens[bestEnd - 1].End, best);
                    // "Islamic State group": the mention spans the generic head, the name written is without it
                    if (bestEnd - i >= 2 && document.TokenSpan(bestEnd - 1) is "group")
                        added.Surface = document.Text[added.Start..document.Tokens[bestEnd - 2].End];
                    // "Kurdish Peshmerga", "Lebanese Hezbollah": a people's adjective, or a state's before the whole canonical name of a
                    // group that is no body of that state, describes the group; the name is the rest. A state's adjective stays part
                    // of its body's name ("Iraqi Federal Police", "the Iranian Revolutionary Guard")
                    else if (bestEnd - i >= 2 && best.Kind == GazetteerKind.Organization
                             && (Cues.EthnicAdjectives.Contains(document.TokenText(i))
                                 || gazetteer.TryGetDemonym(NameKey.Normalize(document.TokenSpan(i)), out var describer)
                                 && !best.Id.StartsWith(gazetteer.DemonymSlugOf(describer.Id) + "-", StringComparison.Ordinal)
                                 && NameKey.Normalize(document.Slice(document.Tokens[i + 1].Start, added.End)) == NameKey.Normalize(best.Name))
                             && gazetteer.TryGetName(NameKey.Normalize(document.Slice(document.Tokens[i + 1].Start, added.End)), out var bare) && bare.Id == best.Id)
                        added.Surface = document.Text[document.Tokens[i + 1].Start..added.End];
                    for (var t = i; t < bestEnd; t++)
                        claimed[t] = true;
                    i = bestEnd - 1;
                    matched = true;
                }
                if (!matched && TryCommonWordCity(document, i, sentence))
                {
                    claimed[i] = true;
                    continue;
                }
                if (!matched && !TryDemonymReference(document, i, sentence) && !TryCapitalisedCompoundHead(document, i))
                    TryCompound(document, i);
            }
        }
    }

    /// <summary>
    /// "The Independent Election Commission": a known name ending in an ordinary word ("The Independent", "The Guardian")
    /// that runs on into capitalised words closing with a body's head is the opening of a longer name.
    /// </summary>
    private bool OpensLongerName(Document document, int end, Sentence sentence)
    {
        if (end >= sentence.EndToken || !lexicon.IsCommonWord(document.TokenSpan(end - 1)))
            return false;
        for (var k = end; k < sentence.EndToken && k < end + 3; k++)
        {
            if (!document.Tokens[k].SpaceBefore || document.Tokens[k].LineBreakBefore || !MentionText.IsCapitalisedWord(document, k) || Lexicon.IsFunctionWord(document.TokenSpan(k)))
                return false;
            if (Cues.OrganizationHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(k)))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "the U.S.-led international coalition", "the global coalition", "coalition air strikes", "the coalition": in this
    /// genre the coalition is the US-led one, unless the phrase says whose it is ("a loose coalition of ...") or
    /// describes a backed local force ("U.S.-backed coalition forces").
    /// </summary>
    private bool TryCoalition(Document document, int i, Sentence sentence)
    {
        if (gazetteer.ById("us-led-coalition") is not { } coalition)
            return false;
        var first = i;
        var named = false;
        while (first - 1 >= sentence.FirstToken && document.TokenText(first - 1).ToLowerInvariant() is var word
               && (word is "global" or "international" or "western" or "military" || word.StartsWith("anti-", StringComparison.Ordinal) || word is "air" && first == i
                   || word.EndsWith("-led", StringComparison.Ordinal) && (word.StartsWith("us", StringComparison.Ordinal) || word.StartsWith("u.s", StringComparison.Ordinal) || word.StartsWith("american", StringComparison.Ordinal))))
        {
            named = true;
            first--;
        }
        var before = first - 1 >= sentence.FirstToken ? document.TokenText(first - 1).ToLowerInvariant() : "";
        var after = i + 1 < sentence.EndToken ? document.TokenText(i + 1).ToLowerInvariant() : "";
        // "a U.S.-led air coalition" is still the US-led one: the leader named in the phrase outweighs the indefinite article
        var ledByUs = document.TokenText(first).EndsWith("-led", StringComparison.OrdinalIgnoreCase);
        if (after is "of" or "government" or "partners" or "talks" || before is "a" or "an" && !ledByUs || before is "loose" or "ruling" or "new" or "broad"
            || before.EndsWith("-backed", StringComparison.Ordinal) || after is "forces" or "fighters" or "troops" && !named)
            return false;
        var airPower = after is "air" or "airstrikes" or "strikes" or "warplanes" or "jets" or "aircraft" or "planes" or "bombing" or "raids";
        if (!named && !airPower && before is not "the")
            return false;
        var mention = Add(document, first, i + 1, document.Tokens[first].Start, document.Tokens[i].End, coalition);
        mention.IsName = named;
        return true;
    }

    /// <summary>
    /// "Iraq's elite counter-terrorism service", "the popular mobilization forces": a known organisation's multi-word
    /// name written in lower case, after a determiner, possessive or demonym. Only names with a hyphenated word or of
    /// three words or more, which ordinary descriptions rarely reproduce word for word.
    /// </summary>
    /// <returns>The end token of the match, or <paramref name="i"/> when there is none.</returns>
    /// <summary>Nouns after a lower-case group name that show it is the group: "peshmerga positions", "hezbollah commander".</summary>
    private static readonly FrozenSet<string> s_memberAndHoldingNouns = FrozenSet.ToFrozenSet(
    [
        "positions", "position", "lines", "frontlines", "checkpoints", "checkpoint", "bases", "base", "commander", "commanders",
        "officials", "official", "members", "member", "officers", "soldiers", "deaths", "casualties", "spokesman", "leaders",
        "leader", "leadership", "headquarters", "offensive", "attack", "attacks", "assault", "control",
    ], StringComparer.Ordinal);

    private int TryLowercaseOrganization(Document document, int i, Sentence sentence)
    {
        if (document.Tokens[i].Kind != TokenKind.Word || !char.IsLower(document.TokenSpan(i)[0]) || i == sentence.FirstToken)
            return i;
        var before = document.TokenSpan(i - 1);
        if (!(before is "the" or "The" or "elite" or "its" or "their" || MentionText.IsPossessive(document, i - 1)
              || char.IsUpper(before[0]) && gazetteer.TryGetDemonym(NameKey.Normalize(before), out _)))
            return i;
        var maxEnd = Math.Min(sentence.EndToken, i + gazetteer.MaxNameTokens);
        var bestEnd = i;
        for (var end = i + 2; end <= maxEnd; end++)
        {
            if (document.Tokens[end - 1].Kind != TokenKind.Word || !char.IsLower(document.TokenSpan(end - 1)[0]) || document.Tokens[end - 1].LineBreakBefore)
                break;
            var span = document.Slice(document.Tokens[i].Start, document.Tokens[end - 1].End);
            var key = NameKey.Normalize(span);
            if (gazetteer.TryGetName(key, out var entry) && entry.Kind == GazetteerKind.Organization && (span.Contains('-') || end - i >= 3))
                bestEnd = end;
            if (!gazetteer.IsNamePrefix(key))
                break;
        }
        if (bestEnd > i && gazetteer.TryGetName(NameKey.Normalize(document.Slice(document.Tokens[i].Start, document.Tokens[bestEnd - 1].End)), out var found))
            Add(document, i, bestEnd, document.Tokens[i].Start, document.Tokens[bestEnd - 1].End, found);
        return bestEnd;
    }

    /// <summary>"Rojava-Northern Syria", "Idlib-Hama": a known name as the first part of a capitalised compound.</summary>
    private bool TryCapitalisedCompoundHead(Document document, int i)
    {
        var span = document.TokenSpan(i);
        var hyphen = span.IndexOf('-');
        if (hyphen <= 1 || hyphen >= span.Length - 1 || !char.IsUpper(span[hyphen + 1]) || span.StartsWith("al-") || span.StartsWith("Al-"))
            return false;
        var key = NameKey.Normalize(span[..hyphen]);
        if (!gazetteer.TryGetName(key, out var entry) || entry.Kind is not (GazetteerKind.Region or GazetteerKind.City) || key.Length <= 3)
            return false;
        var token = document.Tokens[i];
        Add(document, i, i + 1, token.Start, token.Start + hyphen, entry);
        return true;
    }

    /// <summary>"the Iranian project", "Iranian military commanders" (the country acting), "the Syrian territory" (the place).</summary>
    private bool TryDemonymReference(Document document, int i, Sentence sentence)
    {
        if (i + 1 >= sentence.EndToken || !gazetteer.TryGetDemonym(NameKey.Normalize(document.TokenSpan(i)), out var country))
            return false;
        var next = i + 1;
        if (MentionText.Is(document, next, "military") && next + 1 < sentence.EndToken)
            next++;
        var noun = document.TokenSpan(next);
        var token = document.Tokens[i];
        if (Cues.ActorNounsAfterDemonym.GetAlternateLookup<ReadOnlySpan<char>>().Contains(noun))
        {
            var mention = Add(document, i, i + 1, token.Start, token.End, country);
            mention.IsName = false;
            mention.IsReference = true;
            mention.IsActorDemonym = true;
            return true;
        }
        if (Cues.PlaceNounsAfterDemonym.GetAlternateLookup<ReadOnlySpan<char>>().Contains(noun))
        {
            var mention = Add(document, i, next + 1, token.Start, document.Tokens[next].End, country);
            mention.IsName = false;
            return true;
        }
        return false;
    }

    /// <summary>
    /// "Tehran has backed ...", "allies of Washington", "run by Ankara": a capital stands for its state unless the text
    /// uses it as a place ("in Tehran", "east of Damascus", "BAGHDAD -" datelines, "Baghdad province").
    /// </summary>
    private static bool IsCapitalAsActor(Document document, int i, Sentence sentence)
    {
        var span = document.TokenSpan(i);
        if (MentionText.IsAllCapitals(span))
            return false;
        // "Ankara's drive", "Tehran's proxies": a capital owning an action or an agent is its state, even after "in"
        if (i + 2 < sentence.EndToken && MentionText.IsPossessive(document, i + 1)
            && (Cues.ActorNounsAfterDemonym.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(i + 2))
                || Cues.CampaignNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(i + 2))))
            return true;
        // "Beirut: rebels ...", "Ankara - Turkish jets ...": a capital opening a dateline is where the report was filed
        if (i + 1 < document.Tokens.Count && (i == sentence.FirstToken || document.Tokens[i].LineBreakBefore) && document.TokenSpan(i + 1) is ":" or "–" or "—" or "-" or "(")
            return false;
        // "Damascus, Syria – ...", "Baghdad, Feb. 9 (Agency):": a dateline with the country or date after the comma
        if (i + 2 < document.Tokens.Count && (i == sentence.FirstToken || document.Tokens[i].LineBreakBefore) && document.TokenSpan(i + 1) is "," && IsDatelineRest(document, i + 2))
            return false;
        // "the greater Damascus area", "western Baghdad": a part of the city
        if (i > sentence.FirstToken && document.TokenSpan(i - 1) is "greater" or "central" or "northern" or "southern" or "eastern" or "western"
                or "northeastern" or "northwestern" or "southeastern" or "southwestern" or "downtown" or "rural")
            return false;
        // "the highway linking Damascus to Aleppo", "the desert separating Damascus from Deir ez-Zor": an end of a route
        if (i > sentence.FirstToken && document.TokenSpan(i - 1) is "linking" or "connecting" or "separating" or "links" or "connects" or "separates" or "above" or "beyond" or "through")
            return false;
        // "the capital, Baghdad": a capital in apposition to the noun
        if (i - 2 >= sentence.FirstToken && document.TokenSpan(i - 1) is "," && MentionText.Is(document, i - 2, "capital"))
            return false;
        if (i + 1 < sentence.EndToken && (Cues.PlaceHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(i + 1))
                                          || Cues.FacilityNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(i + 1))))
            return false;
        // "Baghdad operations command", "the Damascus provincial council": the city's own local body, not the state
        if (i + 2 < sentence.EndToken && document.TokenSpan(i + 1) is "operations" or "provincial" or "police" or "municipal" or "city"
            && document.TokenSpan(i + 2) is "command" or "council" or "police" or "chief" or "headquarters" or "directorate" or "department")
            return false;
        // "Damascus University", "Tehran Times": a capital opening a longer name is no state
        if (i + 1 < sentence.EndToken && document.Tokens[i + 1].SpaceBefore && !document.Tokens[i + 1].LineBreakBefore
            && document.Tokens[i + 1].Kind == TokenKind.Word && char.IsUpper(document.TokenSpan(i + 1)[0]) && !Lexicon.IsFunctionWord(document.TokenSpan(i + 1)))
            return false;
        if (i == sentence.FirstToken)
            return true;
        var previous = document.TokenText(i - 1).ToLowerInvariant();
        // "the Ouagadougou conference hall" is a place; "the Tehran government" the state
        if (previous == "the" && i + 1 < sentence.EndToken && document.Tokens[i + 1].Kind == TokenKind.Word && char.IsLower(document.TokenSpan(i + 1)[0]))
            return document.TokenSpan(i + 1) is "government" or "regime" or "administration" or "authorities" or "leadership" or "cabinet" or "side" or "establishment";
        // "the villages of Rashad, Riyadh and al-Abbasi": a capital's name inside a list of places is a place of the list
        if (previous is "," or "and" or "or" && IsInPlaceList(document, i, sentence))
            return false;
        // "the University of Sanaa", "the Port of Aden": a capitalised head before "of" names something in the city
        if (previous == "of")
            return !(i - 2 >= sentence.FirstToken && (Cues.PlaceNounsBeforeOf.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(i - 2))
                                                      || Cues.PlaceHeadsBeforeOf.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(i - 2))));
        return previous is not ("in" or "to" or "near" or "from" or "at" or "into" or "outside" or "around" or "toward" or "towards"
            or "via" or "inside" or "across" or "capital" or "reach" or "reached" or "entered" or "over" or "on" or "between");
    }

    /// <summary>After a dateline's comma: a country's name or a month, then a dash, colon or bracket within the line.</summary>
    private static bool IsDatelineRest(Document document, int k)
    {
        if (!char.IsUpper(document.TokenSpan(k)[0]))
            return false;
        for (var t = k + 1; t < document.Tokens.Count && t <= k + 6 && !document.Tokens[t].LineBreakBefore; t++)
        {
            if (document.TokenSpan(t) is ":" or "–" or "—" or "-" or "(")
                return true;
        }
        return false;
    }

    /// <summary>Whether the names before token i, back over commas and "and", are a list opened by a place noun's "of" or a place preposition.</summary>
    private static bool IsInPlaceList(Document document, int i, Sentence sentence)
    {
        var k = i - 1;
        while (k > sentence.FirstToken && i - k <= 12
               && (document.TokenSpan(k) is "," or "and" or "or" || MentionText.IsCapitalisedWord(document, k) || document.TokenSpan(k) is "al" or "el"))
            k--;
        // "near Bayji, Mosul and Baghdad": a list after a place preposition as well
        return k - 1 >= sentence.FirstToken && k < i - 1
               && (document.TokenSpan(k) is "of" && Cues.PlaceNounsBeforeOf.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(k - 1))
                   || Cues.PlacePrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(k)));
    }

    private static bool IsFollowedByForceNoun(Document document, int i, Sentence sentence) =>
        i + 1 < sentence.EndToken && (Cues.ForceNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(i + 1))
                                      || MentionText.Is(document, i + 1, "commander") || MentionText.Is(document, i + 1, "commanders"));

    /// <summary>"rockets fired from Tyre", "the port city of Latakia": a town named like an English word, where the text places it.</summary>
    private bool TryCommonWordCity(Document document, int i, Sentence sentence)
    {
        if (i - 1 <= sentence.FirstToken || !char.IsUpper(document.TokenSpan(i)[0]) || MentionText.IsAllCapitals(document.TokenSpan(i))
            || i + 1 < sentence.EndToken && MentionText.IsCapitalisedWord(document, i + 1) && document.Tokens[i + 1].SpaceBefore
            || !gazetteer.TryGetCommonWordCity(NameKey.Normalize(document.TokenSpan(i)), out var city))
            return false;
        var before = document.TokenSpan(i - 1);
        var placed = Cues.PlacePrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before)
                     || before is "of" && Cues.PlaceNounsBeforeOf.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(i - 2));
        if (!placed)
            return false;
        var token = document.Tokens[i];
        var mention = Add(document, i, i + 1, token.Start, token.End, city);
        mention.Priority = 1;
        return true;
    }

    private bool IsSentenceInitialCommonWord(Document document, int i, Sentence sentence) =>
        i == sentence.FirstToken && char.IsLower(document.TokenSpan(i)[^1]) && lexicon.IsCommonWord(document.TokenSpan(i));

    private void TryCompound(Document document, int i)
    {
        var token = document.Tokens[i];
        var span = document.TokenSpan(i);
        var hyphen = span.LastIndexOfAny('-', '‐');
        if (hyphen <= 0 || hyphen >= span.Length - 1)
            return;
        var suffix = span[(hyphen + 1)..];
        // "a Britain-based monitor", "London-based": where an outlet sits is no actor and no place of the story
        if (suffix.Equals("based", StringComparison.OrdinalIgnoreCase))
            return;
        if (Cues.CompoundSuffixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(suffix))
        {
            var countBefore = document.Mentions.Count;
            TryActor(document, i, token.Start, token.Start + hyphen);
            // "US-made Humvees", "Iranian-style": where a thing was made is no actor of the story; the mention stays for the
            // rules but names no entity of its own
            if (document.Mentions.Count > countBefore && suffix is "made" or "style" or "born" or "built" or "manufactured" or "designed")
            {
                document.Mentions[^1].IsName = false;
                document.Mentions[^1].IsReference = true;
                document.Mentions[^1].IsActorDemonym = false;
            }
            return;
        }
        var first = span.IndexOfAny('-', '‐');
        var prefix = span[..first];
        if (prefix.Equals("pro", StringComparison.OrdinalIgnoreCase) || prefix.Equals("anti", StringComparison.OrdinalIgnoreCase))
            TryActor(document, i, token.Start + first + 1, token.End);
    }

    private void TryActor(Document document, int tokenIndex, int start, int end)
    {
        var text = document.Slice(start, end);
        // "al-Qaeda-linked": a name opening with its lower-case article is still a name
        var articled = text.Length > 3 && text[2] is '-' && text[..2] is "al" or "el" && char.IsUpper(text[3]);
        if (text.Length == 0 || !char.IsUpper(text[0]) && !articled)
            return;
        // "Al Qaeda-affiliated": the article written apart, before the compound, belongs to the name
        if (start == document.Tokens[tokenIndex].Start && tokenIndex > 0 && document.TokenSpan(tokenIndex - 1) is "Al" or "al" or "El" or "el"
            && document.Tokens[tokenIndex].SpaceBefore && !document.Tokens[tokenIndex].LineBreakBefore
            && gazetteer.TryGetName(NameKey.Normalize(document.Slice(document.Tokens[tokenIndex - 1].Start, end)), out var articledEntry)
            && articledEntry.Kind == GazetteerKind.Organization)
        {
            Add(document, tokenIndex - 1, tokenIndex + 1, document.Tokens[tokenIndex - 1].Start, end, articledEntry);
            return;
        }
        var key = NameKey.Normalize(text);
        if (gazetteer.TryGetName(key, out var entry) && (key.Length > 3 || MentionText.IsAllCapitals(text)))
        {
            // "Ankara-backed", "Tehran-backed": a capital in a compound stands for its state
            Add(document, tokenIndex, tokenIndex + 1, start, end, gazetteer.CountryOfCapital(key) ?? entry);
        }
        else if (gazetteer.TryGetDemonym(key, out var country))
        {
            var mention = Add(document, tokenIndex, tokenIndex + 1, start, end, country);
            mention.IsName = false;
            mention.IsReference = true;
            mention.IsActorDemonym = true;
        }
    }

    private static Mention Add(Document document, int first, int end, int start, int stop, GazetteerEntry entry)
    {
        var mention = new Mention(first, end, start, stop, entry.Type, entry.Id)
        {
            Surface = document.Text[start..stop],
            Latitude = entry.Latitude,
            Longitude = entry.Longitude,
            Priority = 2,
        };
        document.Mentions.Add(mention);
        return mention;
    }
}

/// <summary>Token-level helpers shared by the mention stages.</summary>
internal static class MentionText
{
    internal static bool IsCapitalisedWord(Document document, int i)
    {
        var token = document.Tokens[i];
        if (token.Kind != TokenKind.Word)
            return false;
        var span = document.TokenSpan(i);
        if (char.IsUpper(span[0]))
            return true;
        // al-Nouri, el-Sisi, bin Laden's particle comes separately; as-Suqur, ash-Sham: the article assimilated
        var hyphen = span.IndexOfAny('-', '‐');
        return hyphen is 2 or 3 && span.Length > hyphen + 1 && char.IsUpper(span[hyphen + 1])
               && span[..hyphen] is "al" or "el" or "as" or "ash" or "ad" or "ar" or "at" or "az" or "an" or "ath" or "adh" or "ath" or "aş";
    }

    /// <summary>Tokens [first, end) form one name: no punctuation between them, the possessive excluded.</summary>
    internal static bool IsContiguousName(Document document, int first, int end, bool allowPossessive = false)
    {
        for (var t = first; t < end; t++)
        {
            var token = document.Tokens[t];
            // "Workers' Party": a trailing apostrophe glued to the word before stays inside the name
            var isGluedApostrophe = t > 0 && token.Length == 1 && !token.SpaceBefore && Tokenizer.IsApostrophe(document.Text[token.Start]);
            if (token.Kind is not (TokenKind.Word or TokenKind.Number) && !isGluedApostrophe)
                return false;
            if (t > first && token.LineBreakBefore)
                return false;
            var span = document.TokenSpan(t);
            if (span.Length == 2 && Tokenizer.IsApostrophe(span[0]) && (t == first || !allowPossessive))
                return false;
        }
        return true;
    }

    internal static bool IsAllCapitals(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
                return false;
            if (char.IsLetter(c))
                letters++;
        }
        return letters > 0;
    }

    internal static bool IsPossessive(Document document, int i) =>
        i < document.Tokens.Count && document.Tokens[i].Length == 2 && Tokenizer.IsApostrophe(document.Text[document.Tokens[i].Start])
        && (document.Text[document.Tokens[i].Start + 1] is 's' or 'S');

    internal static bool Is(Document document, int i, string word) =>
        i >= 0 && i < document.Tokens.Count && document.TokenSpan(i).Equals(word, StringComparison.OrdinalIgnoreCase);
}
