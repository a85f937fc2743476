using System.Collections.Frozen;
using GraphBuilder.Nlp.Data;
using GraphBuilder.Nlp.Pipeline;

namespace GraphBuilder.Nlp.Mentions;

/// <summary>
/// Capitalised spans the gazetteer does not know, typed from their context: person titles and roles, speech verbs,
/// organisation head nouns and Arabic group words, place cues ("villages of", "in", "... province"), acronym
/// definitions. Also joins a place to its head noun ("Mosul city") and gives acronyms defined in the text their
/// expansion's identity.
/// </summary>
internal sealed class NameCandidateStage(Lexicon lexicon, Gazetteer gazetteer) : IPipelineStage
{
    private static readonly FrozenSet<string> s_connectors = FrozenSet.ToFrozenSet(
        ["al", "bin", "ibn", "bint", "el", "ul", "de", "van", "von"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_notPlaces = FrozenSet.ToFrozenSet(
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Arabic", "English",
        "Kurdish", "Persian", "Farsi", "Turkish", "Hebrew", "Ramadan", "Islam", "God", "Allah",
    ], StringComparer.OrdinalIgnoreCase);

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ReleasePlacesInsidePersonalNames(document);
        ReleasePlacesInsideOperationNames(document);
        AddDescribedBodies(document);
        AddOutlets(document);
        var claimed = ClaimedTokens(document);
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var heading = IsHeading(document, sentence);
            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                if (claimed[i] || !IsNameToken(document, i))
                {
                    i++;
                    continue;
                }
                var j = i + 1;
                while (j < sentence.EndToken && !claimed[j] && !document.Tokens[j].LineBreakBefore)
                {
                    if (IsNameToken(document, j) || document.TokenSpan(j) is "Allah" && j > i && IsPersonNamePart(document, j - 1))
                        j++;
                    // "The New Arab", "Free Arab Army": a people's adjective inside a title-case name, not opening it
                    else if (IsPeopleAdjective(document, j) && i > sentence.FirstToken && document.TokenSpan(i - 1) is "The" && !document.Tokens[i - 1].LineBreakBefore
                             && !heading && i - 1 > sentence.FirstToken)
                        j++;
                    else if (s_connectors.Contains(document.TokenText(j)) && j + 1 < sentence.EndToken && !claimed[j + 1] && IsNameToken(document, j + 1))
                        j += 2;
                    // "Carl D. Hoffman": a middle initial's full stop inside a personal name
                    else if (IsMiddleInitialStop(document, i, j) && j + 1 < sentence.EndToken && !claimed[j + 1] && IsNameToken(document, j + 1))
                        j += 2;
                    // "Temple of Bel", "Ministry of Interior": an institution or landmark head takes its name after "of"
                    else if (document.TokenSpan(j) is "of" && IsHeadBeforeOf(document.TokenSpan(j - 1)) && j + 1 < sentence.EndToken && !claimed[j + 1]
                             && IsNameToken(document, j + 1) && !document.Tokens[j + 1].LineBreakBefore)
                        j += 2;
                    // "National Front for Liberation", "Committee for the Protection of Journalists": a body head's "for" purpose
                    else if (document.TokenSpan(j) is "for" && j > i && Cues.OrganizationHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(j - 1))
                             && ForPurposeEnd(document, sentence, j, claimed) is var purposeEnd and > 0)
                        j = purposeEnd;
                    // "Ministry of Peshmerga", "Islamic Movement of Ahrar al-Sham": a body head takes a known group after "of"
                    else if (document.TokenSpan(j) is "of" && j > i && Cues.OrganizationHeadsBeforeOf.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(j - 1))
                             && j + 1 < sentence.EndToken && !document.Tokens[j + 1].LineBreakBefore
                             && document.Mentions.FirstOrDefault(m => m.FirstToken == j + 1 && m.Type == EntityType.Organization && !m.IsReference && !m.HasFoldedKey) is { } ofGroup
                             && (ofGroup.EndToken >= sentence.EndToken || !MentionText.IsCapitalisedWord(document, ofGroup.EndToken)))
                    {
                        // a state body named after the group is a body of its own; the group's own long name is the group
                        var ownsName = document.TokenSpan(j - 1) is "Movement" or "Front" or "Party" or "Army" or "Brigade" or "Brigades" or "Battalion" or "Battalions"
                                           or "Organization" or "Organisation" or "Forces" or "Union" or "League" or "Coalition" or "Alliance";
                        // "the 11th Brigade of X": a lone unit head is a part of the group (AddSubUnits), no name of it
                        if (ownsName && (j - i < 2 || i > 0 && char.IsDigit(document.TokenSpan(i - 1)[0])))
                            break;
                        document.Mentions.Remove(ofGroup);
                        for (var t = ofGroup.FirstToken; t < ofGroup.EndToken; t++)
                            claimed[t] = false;
                        var start = document.Tokens[i].Start;
                        var stop = ofGroup.End;
                        var surface = document.Text[start..stop];
                        document.Mentions.Add(new Mention(i, ofGroup.EndToken, start, stop, EntityType.Organization, ownsName ? ofGroup.Key : NameKey.Slug(NameKey.Fold(surface)))
                        {
                            Surface = surface,
                            Priority = 2,
                            HasFoldedKey = !ownsName,
                        });
                        for (var t = i; t < ofGroup.EndToken; t++)
                            claimed[t] = true;
                        j = -1;
                        i = ofGroup.EndToken;
                        break;
                    }
                    // "The Times of Israel", "the Bank of Syria": the place after "of" is part of the body's name (a landmark's
                    // "of" place, "the Port of Hodeidah", stays the town)
                    else if (document.TokenSpan(j) is "of" && j + 1 < sentence.EndToken && !document.Tokens[j + 1].LineBreakBefore
                             && (Cues.OrganizationHeadsBeforeOf.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(j - 1))
                                 || Cues.OutletNameHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(j - 1)))
                             && document.TokenSpan(j - 1) is not ("Government" or "Army")
                             && document.Mentions.FirstOrDefault(m => m.FirstToken == j + 1 && m.Type == EntityType.Location && !m.IsReference && m.EndToken - m.FirstToken <= 2) is { } ofPlace
                             && (ofPlace.EndToken >= sentence.EndToken || !MentionText.IsCapitalisedWord(document, ofPlace.EndToken) || !document.Tokens[ofPlace.EndToken].SpaceBefore))
                    {
                        document.Mentions.Remove(ofPlace);
                        for (var t = ofPlace.FirstToken; t < ofPlace.EndToken; t++)
                            claimed[t] = false;
                        j = ofPlace.EndToken;
                        break;
                    }
                    else
                        break;
                }
                if (j < 0)
                    continue;
                if (!heading)
                    Classify(document, sentence, i, j);
                i = j;
            }
        }
        JoinListItemsEndingInKnownPlaces(document);
        ExtendPlaceHeads(document);
        AddFacilities(document);
        AddRoutesBetweenPlaces(document);
        AddOldCities(document);
        AddSubUnits(document);
        ApplyAcronymDefinitions(document, claimed);
        AttachLeadingArticleParticles(document);
    }

    /// <summary>A single capital letter and its full stop right after a name word, with a name word after: "Paul E. Funk".</summary>
    /// <summary>Or a rank's abbreviation: "Col. Mark Weller", "Lt. Gen. X".</summary>
    private static bool IsMiddleInitialStop(Document document, int first, int dot) =>
        dot - 1 >= first && document.TokenSpan(dot) is "." && !document.Tokens[dot].SpaceBefore
        && (dot - 1 > first && document.TokenSpan(dot - 1) is { Length: 1 } initial && char.IsUpper(initial[0])
            || document.TokenSpan(dot - 1).Length <= 5 && IsTitle(document.TokenSpan(dot - 1)))
        && dot + 1 < document.Tokens.Count && document.Tokens[dot + 1].SpaceBefore && !document.Tokens[dot + 1].LineBreakBefore;

    /// <summary>
    /// "al Qaeda", "el Watan": the Arabic article written apart and in lower case opens the name it precedes, so the
    /// name is listed whole ("Qaeda" alone matches no other spelling of it).
    /// </summary>
    private static void AttachLeadingArticleParticles(Document document)
    {
        var claimed = ClaimedTokens(document);
        foreach (var mention in document.Mentions)
        {
            var article = mention.FirstToken - 1;
            if (mention.IsReference || !mention.IsName || article < 0 || claimed[article] || !document.Tokens[mention.FirstToken].SpaceBefore
                || document.Tokens[mention.FirstToken].LineBreakBefore || document.Tokens[article].Kind != TokenKind.Word
                || document.TokenSpan(article) is not ("al" or "el")
                || mention.Surface is { } surface && surface != document.Text[mention.Start..mention.End])
                continue;
            mention.FirstToken = article;
            mention.Start = document.Tokens[article].Start;
            if (mention.Surface is not null)
                mention.Surface = document.Text[mention.Start..mention.End];
            claimed[article] = true;
        }
    }

    /// <summary>
    /// "Saad Maan Ibrahim", "General Riyadh Jalal Tawfik", "Hossam El Din al Abbar": a one-word town name that the
    /// gazetteer matched inside a run of unknown given names is a name part, not the town (or the country of a capital).
    /// The gazetteer mention is dropped so the whole run is typed as one name.
    /// </summary>
    private void ReleasePlacesInsidePersonalNames(Document document)
    {
        var owner = new int[document.Tokens.Count];
        Array.Fill(owner, -1);
        for (var m = 0; m < document.Mentions.Count; m++)
        {
            var mention = document.Mentions[m];
            for (var t = mention.FirstToken; t < mention.EndToken; t++)
                owner[t] = m;
        }
        bool IsGivenName(int k) =>
            k >= 0 && k < document.Tokens.Count && owner[k] < 0 && MentionText.IsCapitalisedWord(document, k)
            && !lexicon.IsCommonWord(document.TokenSpan(k)) && !MentionText.IsAllCapitals(document.TokenSpan(k))
            && !gazetteer.TryGetDemonym(NameKey.Normalize(document.TokenSpan(k)), out _)
            && !Cues.NeverNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(k));
        bool Joined(int k) => k > 0 && k < document.Tokens.Count && document.Tokens[k].SpaceBefore && !document.Tokens[k].LineBreakBefore;
        var released = new List<Mention>();
        foreach (var mention in document.Mentions)
        {
            var t = mention.FirstToken;
            if (mention.EndToken != t + 1 || mention.Type != EntityType.Location || mention.IsReference || mention.Priority < 2
                || !gazetteer.TryGetName(NameKey.Normalize(document.TokenSpan(t)), out var entry) || entry.Kind is not (GazetteerKind.City or GazetteerKind.Region))
                continue;
            var nameBefore = Joined(t) && IsGivenName(t - 1);
            var nameAfter = Joined(t + 1) && IsGivenName(t + 1);
            // "El Din al Abbar": a name particle before it, itself after a capitalised name word
            var particleBefore = Joined(t) && t >= 2 && document.TokenSpan(t - 1) is "al" or "el" or "bin" or "ibn" or "abu" && Joined(t - 1)
                                 && MentionText.IsCapitalisedWord(document, t - 2) && owner[t - 2] < 0;
            var titleBefore = t >= 1 && Joined(t) && Cues.PersonTitles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(t - 1).TrimEnd('.'));
            // "Mustafa Bali, head of the media office, said": a given name, the town's name, then a role or a speech verb
            var sentence = document.Sentences[document.SentenceOf(t)];
            var personAfter = t + 1 < sentence.EndToken && (HasSpeechVerbAfter(document, sentence, t + 1) || HasRoleApposition(document, sentence, t + 1));
            // "Prime Minister Binali Yildirim": a title, a given name, then the town's name as the family name
            var titledGivenNameBefore = nameBefore && t >= 2 && Joined(t - 1) && IsTitle(document.TokenSpan(t - 2).TrimEnd('.'));
            // "By Ilkay Demirtas": a byline's given name, then the town's name as the family name
            var bylineBefore = nameBefore && t >= 2 && document.TokenSpan(t - 2) is "By" && (document.Tokens[t - 2].LineBreakBefore || t - 2 == 0);
            // "Oleh Petrenko, the governor, said": the town's name, an unknown family name, then a role or a speech verb
            var personAfterFamilyName = nameAfter && t + 2 < sentence.EndToken
                                        && (HasSpeechVerbAfter(document, sentence, t + 2) || HasRoleApposition(document, sentence, t + 2));
            if (nameBefore && (nameAfter || personAfter || titledGivenNameBefore || bylineBefore) || nameAfter && (titleBefore || personAfterFamilyName || Joined(t + 2) && IsGivenName(t + 2)) || particleBefore)
                released.Add(mention);
        }
        foreach (var mention in released)
            document.Mentions.Remove(mention);
    }

    /// <summary>
    /// "Operation Euphrates Shield", "the Turkish Euphrates Shield operation": a military operation named after a
    /// river or town is no mention of that place.
    /// </summary>
    private static void ReleasePlacesInsideOperationNames(Document document)
    {
        var tokens = document.Tokens;
        // the operation's name once cued is that name wherever it recurs ("Euphrates Shield was concluded")
        var operationNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in document.Mentions)
        {
            if (m.Type != EntityType.Location || m.IsReference || m.EndToken + 1 >= tokens.Count)
                continue;
            var next = m.EndToken;
            var afterOperationWord = m.FirstToken > 0 && document.TokenSpan(m.FirstToken - 1) is "Operation" && tokens[m.FirstToken].SpaceBefore;
            var namedOperation = MentionText.IsCapitalisedWord(document, next) && !tokens[next].LineBreakBefore && tokens[next].SpaceBefore
                                 && !Cues.OrganizationHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(next))
                                 && !Cues.FacilityNameHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(next))
                                 && !Cues.PlaceHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(next))
                                 && (afterOperationWord || document.TokenSpan(next + 1) is "operation" or "offensive" or "campaign")
                                 && !document.Mentions.Any(o => o.FirstToken == next);
            if (namedOperation)
                operationNames.Add(document.Text[m.Start..tokens[next].End]);
        }
        if (operationNames.Count == 0)
            return;
        document.Mentions.RemoveAll(m => m.Type == EntityType.Location && !m.IsReference && m.EndToken < tokens.Count
                                         && operationNames.Contains(document.Text[m.Start..tokens[m.EndToken].End]));
    }

    /// <summary>The end of "for [the] Name+ [of [the] Name+]" after a body head, or 0 when no capitalised purpose follows.</summary>
    private int ForPurposeEnd(Document document, Sentence sentence, int forToken, bool[] claimed)
    {
        var k = forToken + 1;
        if (k < sentence.EndToken && document.TokenSpan(k) is "the")
            k++;
        var start = k;
        while (k < sentence.EndToken && !claimed[k] && !document.Tokens[k].LineBreakBefore && IsNameToken(document, k))
        {
            k++;
            // "the Coordination of Humanitarian Affairs": one "of" inside the purpose
            if (k + 1 < sentence.EndToken && document.TokenSpan(k) is "of" or "and" && !claimed[k + 1] && IsNameToken(document, k + 1))
                k++;
        }
        return k > start && !MentionText.Is(document, k - 1, "of") ? k : 0;
    }

    /// <summary>"Euphrates Shield was concluded" after "Operation Euphrates Shield": a military operation's name, no actor or place.</summary>
    private static bool IsOperationName(Document document, int first, int end)
    {
        var name = document.Slice(document.Tokens[first].Start, document.Tokens[end - 1].End);
        var length = end - first;
        for (var t = 0; t + length <= document.Tokens.Count; t++)
        {
            if (document.TokenSpan(t).SequenceEqual(document.TokenSpan(first)) is false
                || !document.Slice(document.Tokens[t].Start, document.Tokens[t + length - 1].End).SequenceEqual(name))
                continue;
            if (t > 0 && document.TokenSpan(t - 1) is "Operation"
                || t + length < document.Tokens.Count && document.TokenSpan(t + length) is "operation" or "offensive" or "campaign")
                return true;
        }
        return false;
    }

    private static bool IsInsideMention(Document document, int first, int end) =>
        document.Mentions.Any(m => m.FirstToken < end && m.EndToken > first);

    private static bool IsLowerWord(Document document, int k) =>
        k < document.Tokens.Count && document.Tokens[k].Kind == TokenKind.Word && char.IsLower(document.Text[document.Tokens[k].Start]);

    private static void AddOrganization(Document document, int first, int end)
    {
        var start = document.Tokens[first].Start;
        var stop = document.Tokens[end - 1].End;
        var surface = document.Text[start..stop];
        document.Mentions.Add(new Mention(first, end, start, stop, EntityType.Organization, NameKey.Slug(NameKey.Fold(surface)))
        {
            Surface = surface,
            Priority = 1,
            HasFoldedKey = true,
        });
    }

    /// <summary>
    /// State and local bodies named by a common-noun head: "the Iraqi defense ministry", "Iraqi State television",
    /// "Iraqi News" (an outlet), "the Anbar police", "Kirkuk provincial council", and unnamed-owner numbered units
    /// ("the 16th Battalion").
    /// </summary>
    private void AddDescribedBodies(Document document)
    {
        var tokens = document.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
                continue;
            var word = document.TokenSpan(i);
            // "Highway 47", "Route 1": a numbered road is a place
            if (word is "Highway" or "Route" or "Motorway" && tokens[i + 1].Kind == TokenKind.Number && tokens[i + 1].SpaceBefore && !IsInsideMention(document, i, i + 2))
            {
                var start = tokens[i].Start;
                var stop = tokens[i + 1].End;
                document.Mentions.Add(new Mention(i, i + 2, start, stop, EntityType.Location, NameKey.Slug(document.Text.AsSpan(start, stop - start)))
                {
                    Surface = document.Text[start..stop],
                    Priority = 1,
                });
                i++;
                continue;
            }
            if (char.IsUpper(word[0]) && gazetteer.TryGetDemonym(NameKey.Normalize(word), out _) && !IsInsideMention(document, i, i + 1))
            {
                var k = i + 1;
                var portfolios = 0;
                var state = false;
                while (k < tokens.Count && k - i <= 2 && !tokens[k].LineBreakBefore)
                {
                    var modifier = document.TokenSpan(k);
                    if (Cues.MinistryPortfolios.GetAlternateLookup<ReadOnlySpan<char>>().Contains(modifier))
                        portfolios++;
                    else if (modifier.Equals("state", StringComparison.OrdinalIgnoreCase) || modifier is "state-run" or "official")
                        state = true;
                    else
                        break;
                    k++;
                }
                if (k < tokens.Count && !tokens[k].LineBreakBefore)
                {
                    var head = document.TokenSpan(k);
                    var isBody = head.Equals("ministry", StringComparison.OrdinalIgnoreCase) && portfolios > 0
                                 || (head.Equals("television", StringComparison.OrdinalIgnoreCase) || head is "TV" or "tv" || head.Equals("radio", StringComparison.OrdinalIgnoreCase)) && state && portfolios == 0
                                 || k == i + 1 && char.IsUpper(head[0]) && Cues.OutletNameHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(head) && !(head is "TV" or "Television" or "Radio");
                    // "Saudi Press Agency": further capitalised body heads belong to the name
                    while (isBody && k + 1 < tokens.Count && tokens[k + 1].SpaceBefore && !tokens[k + 1].LineBreakBefore && char.IsUpper(document.TokenSpan(k)[0])
                           && Cues.OrganizationHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(k + 1)))
                        k++;
                    // "Pajhwok Afghan News": an unknown name before the demonym opens the outlet's name
                    var from = isBody && k == i + 1 && i > 0 && tokens[i].SpaceBefore && !tokens[i].LineBreakBefore && IsNameToken(document, i - 1)
                               && !lexicon.IsCommonWord(document.TokenSpan(i - 1)) && !IsInsideMention(document, i - 1, i) ? i - 1 : i;
                    if (isBody && !IsInsideMention(document, from, k + 1))
                    {
                        AddOrganization(document, from, k + 1);
                        i = k;
                        continue;
                    }
                }
            }
            // "elite interior ministry units", "the defence ministry said": a portfolio's ministry written without its country
            if (char.IsLower(word[0]) && Cues.MinistryPortfolios.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && word is not ("affairs" or "religious")
                && document.TokenSpan(i + 1).Equals("ministry", StringComparison.OrdinalIgnoreCase) && tokens[i + 1].SpaceBefore
                && !IsInsideMention(document, i, i + 2) && !(i > 0 && (MentionText.IsCapitalisedWord(document, i - 1) || Cues.MinistryPortfolios.Contains(document.TokenText(i - 1)))))
            {
                var written = document.Text[tokens[i].Start..tokens[i + 1].End];
                var earlier = document.Mentions.FirstOrDefault(m => m.Type == EntityType.Organization && m.Surface is { } named
                                                                    && named.EndsWith(written, StringComparison.OrdinalIgnoreCase) && named.Length > written.Length);
                AddOrganization(document, i, i + 2);
                if (earlier is not null)
                {
                    document.Mentions[^1].Key = earlier.Key;
                    document.Mentions[^1].HasFoldedKey = earlier.HasFoldedKey;
                }
                // "Russia's defence ministry" is the Russian one
                else if (i >= 2 && MentionText.IsPossessive(document, i - 1)
                         && document.Mentions.FirstOrDefault(m => m.EndToken == i - 1 && gazetteer.ById(m.Key) is { Kind: GazetteerKind.Country }) is { } owner)
                    document.Mentions[^1].Key = NameKey.Slug(NameKey.Fold(gazetteer.DemonymSlugOf(owner.Key) + " " + written));
                i++;
                continue;
            }
            // "the 16th Battalion", "the 9th Armoured Division" without an owner named ("the army's 1st Brigade": an unnamed
            // owner's noun): a unit of its own
            if (word.Length >= 3 && char.IsDigit(word[0]) && (word.EndsWith("th") || word.EndsWith("st") || word.EndsWith("nd") || word.EndsWith("rd")))
            {
                var k = i + 1;
                while (k < tokens.Count && k - i <= 2 && MentionText.IsCapitalisedWord(document, k) && !IsUnitNoun(document.TokenSpan(k)))
                    k++;
                if (k < tokens.Count && k - i <= 3 && IsUnitNoun(document.TokenSpan(k)) && !IsInsideMention(document, i, k + 1)
                    && !(MentionText.Is(document, k + 1, "of") || MentionText.IsPossessive(document, i - 1) && !(i >= 2 && IsLowerWord(document, i - 2))))
                {
                    AddOrganization(document, i, k + 1);
                    i = k;
                }
            }
        }
        // "the Anbar police", "Kirkuk provincial council": a town's or province's own body
        foreach (var place in document.Mentions.ToList())
        {
            var next = place.EndToken;
            if (place.Type != EntityType.Location || place.IsReference || next >= tokens.Count || tokens[next].LineBreakBefore
                || gazetteer.ById(place.Key) is { Kind: GazetteerKind.Country })
                continue;
            var head = next < tokens.Count && IsLowerWord(document, next) && document.TokenSpan(next) is "provincial" or "military" or "local" or "city" or "civil" or "operations" or "security"
                ? next + 1 : next;
            if (head < tokens.Count && IsLowerWord(document, head) && (document.TokenSpan(head) is "police" or "council" || document.TokenSpan(head) is "command" && head > next)
                && !document.Mentions.Any(m => m.FirstToken > place.FirstToken && m.FirstToken <= head))
            {
                // "the Baghdad operations command center": the centre is the command's own name
                if (document.TokenSpan(head) is "command" && head + 1 < tokens.Count && document.TokenSpan(head + 1) is "center" or "centre")
                    head++;
                document.Mentions.Remove(place);
                AddOrganization(document, place.FirstToken, head + 1);
            }
        }
    }

    /// <summary>The names listed before the last one of a plural outlet noun: "the Tasnim, Mehr and Fars news agencies".</summary>
    private void AddCoordinatedOutlets(Document document, int lastName)
    {
        var tokens = document.Tokens;
        var end = lastName - 1;
        while (end >= 1 && document.TokenSpan(end) is "and" or "," && !tokens[end].LineBreakBefore)
        {
            var b = end;
            while (b - 1 >= 0 && end - b < 3 && !tokens[b].LineBreakBefore && IsNameToken(document, b - 1))
                b--;
            if (b == end)
                return;
            var inside = document.Mentions.Where(m => m.FirstToken < end && m.EndToken > b).ToList();
            if (inside.Any(m => m.Type != EntityType.Location || m.FirstToken < b || m.EndToken > end
                                || gazetteer.TryGetName(NameKey.Normalize(document.Slice(m.Start, m.End)), out var named) && named.Kind == GazetteerKind.Country))
                return;
            foreach (var mention in inside)
                document.Mentions.Remove(mention);
            AddOrganization(document, b, end);
            end = b - 1;
        }
    }

    /// <summary>"Battalion", "Brigade", and near-miss spellings of "battalion" ("Batallion").</summary>
    private static bool IsUnitNoun(ReadOnlySpan<char> word) =>
        word is "Brigade" or "Brigades" or "Division" or "Battalion" or "Battalions" or "Regiment" or "Corps" or "Squadron" or "Army" or "Company"
        || word.Length >= 9 && word.StartsWith("Bat", StringComparison.Ordinal) && (word.EndsWith("lion", StringComparison.Ordinal) || word.EndsWith("lions", StringComparison.Ordinal));

    /// <summary>
    /// News outlets named as sources: a capitalised name before an outlet noun ("the Hurriyet daily", "Baghdad Today news
    /// website", "Anadolu news agency") and a credit in brackets closing a paragraph ("(ANI)"). A town inside the name
    /// ("Baghdad Today") is part of it.
    /// </summary>
    private void AddOutlets(Document document)
    {
        var tokens = document.Tokens;
        for (var e = 1; e < tokens.Count; e++)
        {
            if (!IsLowerWord(document, e) || tokens[e].LineBreakBefore)
                continue;
            var noun = document.TokenSpan(e);
            // "the Tasnim and Mehr news agencies": a plural outlet noun after names joined by "and" or commas types each of them
            var isPlural = noun is "newspapers" or "dailies" or "broadcasters" or "channels" or "outlets" or "websites"
                           || noun is "news" && e + 1 < tokens.Count && document.TokenSpan(e + 1) is "agencies" or "websites" or "outlets" or "channels" or "networks" or "sites";
            var isOutlet = isPlural || Cues.OutletNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(noun)
                           || noun is "news" && e + 1 < tokens.Count && document.TokenSpan(e + 1) is "agency" or "website" or "site" or "outlet" or "network" or "channel" or "service" or "portal";
            if (!isOutlet)
                continue;
            // "Hiiraan Online, a Somali news website, reported": the outlet is named before the apposition
            var nameEnd = e;
            for (var k = e - 1; k >= 2 && k >= e - 4; k--)
            {
                if (document.TokenSpan(k) is "a" or "an" or "the" && document.TokenSpan(k - 1) is ",")
                {
                    nameEnd = k - 1;
                    break;
                }
                // only lower-case words and people's adjectives describe the outlet ("a Somali news website"); a name is the outlet itself
                if (document.Tokens[k].Kind != TokenKind.Word || Lexicon.IsFunctionWord(document.TokenSpan(k)) && !(document.TokenSpan(k) is "a" or "an" or "the")
                    || char.IsUpper(document.TokenSpan(k)[0]) && !IsPeopleAdjective(document, k))
                    break;
            }
            var b = nameEnd;
            while (b - 1 >= 0 && nameEnd - b < 4 && !tokens[b].LineBreakBefore && (tokens[b].SpaceBefore || b == nameEnd) && IsNameToken(document, b - 1))
                b--;
            if (b == nameEnd)
                continue;
            var inside = document.Mentions.Where(m => m.FirstToken < nameEnd && m.EndToken > b).ToList();
            // the last of the listed outlets already known as one ("the ISNA and Fars news agencies")
            if (isPlural && inside is [{ Type: EntityType.Organization, IsReference: false } knownOutlet] && knownOutlet.EndToken == nameEnd)
            {
                AddCoordinatedOutlets(document, knownOutlet.FirstToken);
                continue;
            }
            // a known outlet or group already typed; a country before "television" is the state's ("Syria television")
            if (inside.Any(m => m.Type != EntityType.Location || m.FirstToken < b
                                || gazetteer.TryGetName(NameKey.Normalize(document.Slice(m.Start, m.End)), out var named) && named.Kind == GazetteerKind.Country))
                continue;
            // a lone common word ("the Sunday newspaper") names nothing
            // ("Nigeria's Vanguard newspaper": after a possessive the capitalised word is the paper's name)
            if (nameEnd - b == 1 && lexicon.IsCommonWord(document.TokenSpan(b)) && !(MentionText.IsPossessive(document, b - 1) && document.Tokens[b].SpaceBefore))
                continue;
            foreach (var mention in inside)
                document.Mentions.Remove(mention);
            AddOrganization(document, b, nameEnd);
            if (isPlural)
                AddCoordinatedOutlets(document, b);
        }
        // "the news agency Tasnim", "the daily Sabah": an outlet noun before a name in apposition names that outlet
        for (var e = 1; e + 1 < tokens.Count; e++)
        {
            if (!IsLowerWord(document, e) || tokens[e + 1].LineBreakBefore || !tokens[e + 1].SpaceBefore)
                continue;
            var noun = document.TokenSpan(e);
            if (!(noun is "agency" && document.TokenSpan(e - 1) is "news" or "the" or "state" || Cues.OutletNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(noun))
                || !(document.TokenSpan(e - 1) is "the" or "news" or "state" || IsPeopleAdjective(document, e - 1) || MentionText.IsPossessive(document, e - 2)))
                continue;
            var end = e + 1;
            while (end < tokens.Count && end - e <= 3 && (end == e + 1 || tokens[end].SpaceBefore) && !tokens[end].LineBreakBefore && IsNameToken(document, end))
                end++;
            if (end == e + 1 || end - e - 1 == 1 && lexicon.IsCommonWord(document.TokenSpan(e + 1)) && !MentionText.IsAllCapitals(document.TokenSpan(e + 1)))
                continue;
            var inside = document.Mentions.Where(m => m.FirstToken < end && m.EndToken > e + 1).ToList();
            if (inside.Any(m => m.Type != EntityType.Location || m.FirstToken < e + 1 || m.EndToken > end
                                || gazetteer.TryGetName(NameKey.Normalize(document.Slice(m.Start, m.End)), out var named) && named.Kind == GazetteerKind.Country))
                continue;
            foreach (var mention in inside)
                document.Mentions.Remove(mention);
            AddOrganization(document, e + 1, end);
        }
        // "Radio Mogadishu", "Radio Dijla": a station named after its town or river
        for (var t = 0; t + 1 < tokens.Count; t++)
        {
            if (document.TokenSpan(t) is not "Radio" || IsInsideMention(document, t, t + 1))
                continue;
            var end = t + 1;
            while (end < tokens.Count && end - t <= 3 && tokens[end].SpaceBefore && !tokens[end].LineBreakBefore
                   && (IsNameToken(document, end) || document.Mentions.Any(m => m.FirstToken <= end && m.EndToken > end && m.Type == EntityType.Location)))
                end++;
            if (end == t + 1)
                continue;
            var inside = document.Mentions.Where(m => m.FirstToken < end && m.EndToken > t).ToList();
            if (inside.Any(m => m.Type != EntityType.Location || m.FirstToken <= t || m.EndToken > end))
                continue;
            foreach (var mention in inside)
                document.Mentions.Remove(mention);
            AddOrganization(document, t, end);
            t = end - 1;
        }
        // "... of both nations. (ANI)": a bracketed credit closing a paragraph is the agency the report comes from
        for (var t = 1; t + 1 < tokens.Count; t++)
        {
            if (document.TokenSpan(t - 1) is not "(" || document.TokenSpan(t + 1) is not ")" || tokens[t].Kind != TokenKind.Word
                || !MentionText.IsAllCapitals(document.TokenSpan(t)) || tokens[t].Length is < 2 or > 6)
                continue;
            var closesParagraph = t + 2 >= tokens.Count || tokens[t + 2].LineBreakBefore;
            var opensAfterSentence = t - 2 < 0 || tokens[t - 1].LineBreakBefore || document.TokenSpan(t - 2) is "." or "”" or "\"" or "!" or "?";
            // "Oct. 17 (UPI) --": a dateline's bracketed agency before the dash
            var dateline = t + 2 < tokens.Count && document.TokenSpan(t + 2) is "--" or "—" or "–" or "-" && tokens[t + 2].SpaceBefore;
            if ((closesParagraph && opensAfterSentence || dateline) && !IsInsideMention(document, t, t + 1))
                AddOrganization(document, t, t + 1);
        }
        // "DAMASCUS (Zenit) -", "May 2 (Gulf Wire) —": any capitalised name in a dateline's brackets before the dash is the agency
        for (var t = 1; t + 2 < tokens.Count; t++)
        {
            if (document.TokenSpan(t - 1) is not "(" || !IsNameToken(document, t))
                continue;
            var close = t + 1;
            while (close < tokens.Count && close - t < 3 && IsNameToken(document, close) && tokens[close].SpaceBefore)
                close++;
            if (close + 1 >= tokens.Count || document.TokenSpan(close) is not ")" || document.TokenSpan(close + 1) is not ("--" or "—" or "–" or "-")
                || !tokens[close + 1].SpaceBefore || IsInsideMention(document, t, close) || t - 2 < 0 || tokens[t - 1].LineBreakBefore
                || !(MentionText.IsAllCapitals(document.TokenSpan(t - 2)) || char.IsAsciiDigit(document.TokenSpan(t - 2)[0])))
                continue;
            AddOrganization(document, t, close);
        }
    }

    /// <summary>A title-case line (a headline): its capitalised words are not evidence of names.</summary>
    internal static bool IsHeading(Document document, Sentence sentence)
    {
        // "Reporting by A B; Editing by C D": a credit line is all names, not a headline
        if (sentence.FirstToken + 1 < sentence.EndToken && document.TokenSpan(sentence.FirstToken) is "Reporting" or "Editing" or "Writing" or "Additional" or "Compiled" or "Translated" or "Written"
            && (MentionText.Is(document, sentence.FirstToken + 1, "by") || MentionText.Is(document, sentence.FirstToken + 2, "by")))
            return false;
        // "By A B and C D": a byline is names, not a headline
        if (sentence.FirstToken + 2 < sentence.EndToken && document.TokenSpan(sentence.FirstToken) is "By" && MentionText.IsCapitalisedWord(document, sentence.FirstToken + 1)
            && MentionText.IsCapitalisedWord(document, sentence.FirstToken + 2))
            return false;
        // "Ukraine's Foreign Minister A B met NATO Secretary General C D in Brussels.": a sentence full of names, with a
        // lower-case verb and a full stop, is prose; headlines carry no full stop
        if (sentence.EndToken - sentence.FirstToken >= 6 && document.TokenSpan(sentence.EndToken - 1) is "." && HasLowerCaseWord(document, sentence))
            return false;
        int words = 0, capitalised = 0;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (document.Tokens[t].Kind != TokenKind.Word || document.Tokens[t].Length < 4)
                continue;
            words++;
            if (char.IsUpper(document.Text[document.Tokens[t].Start]))
                capitalised++;
        }
        return words >= 4 && capitalised == words;
    }

    private static bool HasLowerCaseWord(Document document, Sentence sentence)
    {
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (document.Tokens[t].Kind == TokenKind.Word && document.Tokens[t].Length >= 2 && char.IsLower(document.Text[document.Tokens[t].Start])
                && !Lexicon.IsFunctionWord(document.TokenSpan(t)))
                return true;
        }
        return false;
    }

    internal static bool[] ClaimedTokens(Document document)
    {
        var claimed = new bool[document.Tokens.Count];
        foreach (var mention in document.Mentions)
        {
            for (var t = mention.FirstToken; t < mention.EndToken; t++)
                claimed[t] = true;
        }
        return claimed;
    }

    private bool IsNameToken(Document document, int i)
    {
        if (!MentionText.IsCapitalisedWord(document, i))
            return false;
        var span = document.TokenSpan(i);
        var hyphen = span.LastIndexOf('-');
        if (hyphen > 0 && hyphen < span.Length - 1 && char.IsLower(span[hyphen + 1]))
            return false; // "Iran-backed", "Shi'ite-led"
        if (hyphen > 0 && hyphen <= 3 && hyphen < span.Length - 1 && char.IsDigit(span[hyphen + 1]))
            return false; // a weapon's model designation: "F-16", "Su-24s", "T-72"
        if (span.Contains('@') || span.StartsWith("www", StringComparison.OrdinalIgnoreCase))
            return false;
        // "Jan Kubis": the month's abbreviation is also a given name when a capitalised name follows, not a date's number
        var givenNameJan = span is "Jan" && i + 1 < document.Tokens.Count && document.Tokens[i + 1].SpaceBefore && MentionText.IsCapitalisedWord(document, i + 1)
                           && !Cues.NeverNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(i + 1));
        return !gazetteer.TryGetDemonym(NameKey.Normalize(span), out _) && !Lexicon.IsFunctionWord(span)
               && (givenNameJan || !Cues.NeverNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(span))
               && !Cues.EthnicAdjectives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(span);
    }

    private bool IsPeopleAdjective(Document document, int k) =>
        document.Tokens[k].Kind == TokenKind.Word && char.IsUpper(document.TokenSpan(k)[0])
        && (Cues.EthnicAdjectives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(k)) || gazetteer.TryGetDemonym(NameKey.Normalize(document.TokenSpan(k)), out _));

    private static bool IsHeadBeforeOf(ReadOnlySpan<char> word) =>
        Cues.PlaceHeadsBeforeOf.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
        || Cues.OrganizationHeadsBeforeOf.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>
    /// Names typed by their own head before any other cue: "X of Y" with an institution or landmark head, a facility
    /// name ending in its head ("Grand Mosque"), a lone body head after a town ("Nineveh Council").
    /// </summary>
    private EntityType? HeadType(Document document, int first, int end)
    {
        for (var k = first + 1; k + 1 < end; k++)
        {
            // "National Front for Liberation": a body head with its purpose
            if (document.TokenSpan(k) is "for" && Cues.OrganizationHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(k - 1)))
                return EntityType.Organization;
            if (document.TokenSpan(k) is not "of")
                continue;
            var head = document.TokenSpan(k - 1);
            if (Cues.OutletNameHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(head))
                return EntityType.Organization;
            if (Cues.PlaceHeadsBeforeOf.GetAlternateLookup<ReadOnlySpan<char>>().Contains(head))
                return EntityType.Location;
            if (Cues.OrganizationHeadsBeforeOf.GetAlternateLookup<ReadOnlySpan<char>>().Contains(head))
                return EntityType.Organization;
        }
        var last = document.TokenSpan(end - 1);
        // "according to X University's project", "X University said": a school that owns, says or reports is a body
        if (end - first >= 2 && last is "University" or "College" && (MentionText.IsPossessive(document, end)
            || IsReportingSource(document, document.Sentences[document.SentenceOf(first)], first, end)))
            return EntityType.Organization;
        if (end - first >= 2 && Cues.FacilityNameHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last) && !lexicon.IsCommonWord(document.TokenSpan(first)))
            return EntityType.Location;
        // "Nineveh Council", "Anbar Police": a town's or province's own body (a country's bodies are the state's, see StateActorStage)
        var isMission = last is "Embassy" or "Consulate";
        if (end - first == 1 && Cues.OrganizationHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last) && document.Tokens[first].SpaceBefore
            && document.Mentions.Any(m => m.EndToken == first && m.Type == EntityType.Location && !m.IsReference && m.End == document.Tokens[first - 1].End
                                          && (gazetteer.ById(m.Key) is not { Kind: GazetteerKind.Country } || isMission)))
            return EntityType.Organization;
        // "the Canadian Embassy"
        if (end - first == 1 && isMission && first >= 1 && IsPeopleAdjective(document, first - 1) && !IsInsideMention(document, first - 1, first))
            return EntityType.Organization;
        // "told the Libya Observer", "the Baghdad Post reported": a place opening an outlet's name
        if (end - first <= 2 && first >= 1 && document.Tokens[first].SpaceBefore && !document.Tokens[first].LineBreakBefore
            && document.Mentions.FirstOrDefault(m => m.EndToken == first && m.Type == EntityType.Location && !m.IsReference && m.End == document.Tokens[first - 1].End) is { } opening
            && (MentionText.Is(document, opening.FirstToken - 1, "the")
                && (Cues.OutletNameHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last)
                    || IsReportingSource(document, document.Sentences[document.SentenceOf(first)], opening.FirstToken - 1, end))
                // "a source told Baghdad Today": without the article only an outlet head after the place makes it a title
                || Cues.OutletNameHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last)
                   && IsReportingSource(document, document.Sentences[document.SentenceOf(first)], opening.FirstToken, end)))
            return EntityType.Organization;
        // "Syrian Arab Coalition": a lone body head after two people's adjectives (one is a state body, left to StateActorStage)
        if (end - first == 1 && Cues.OrganizationHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last) && first >= 2
            && IsPeopleAdjective(document, first - 1) && IsPeopleAdjective(document, first - 2) && document.Tokens[first].SpaceBefore && document.Tokens[first - 1].SpaceBefore
            && !IsInsideMention(document, first - 2, first))
            return EntityType.Organization;
        return null;
    }

    private void Classify(Document document, Sentence sentence, int first, int end)
    {
        // code names end in a common noun ("Euphrates Shield", "Olive Branch"); "the Ras al-Maarra operation" is a place's
        if (end - first >= 2 && lexicon.IsCommonWord(document.TokenSpan(end - 1)) && IsOperationName(document, first, end))
            return;
        // "European Commission President A B": a title after a body's head starts a person's name
        for (var split = first + 2; split < end - 1; split++)
        {
            if (IsTitle(document.TokenSpan(split).TrimEnd('.')) && !IsTitle(document.TokenSpan(split - 1).TrimEnd('.'))
                && Cues.OrganizationHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(split - 1)))
            {
                Classify(document, sentence, first, split);
                Classify(document, sentence, split, end);
                return;
            }
        }
        if (HeadType(document, first, end) is { } headType)
        {
            // "Ministry of Interior Brig. Gen. X": a title after the name opens the next name
            while (end - first > 3 && IsTitle(document.TokenSpan(end - 1).TrimEnd('.')) && !MentionText.Is(document, end - 2, "of"))
                end--;
            // a sentence-initial "The" or a demonym before the head stays outside; an organisation takes a town or demonym on its left
            var from = headType == EntityType.Organization ? ExtendOrganizationLeft(document, sentence, first) : first;
            AddNamed(document, from, end, headType);
            return;
        }
        var hadTitle = false;
        // "General Command", "Supreme Council": a title word inside an organisation's name is no person's title
        var organizationName = end - first >= 2 && Cues.OrganizationHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(end - 1));
        // leading titles ("Army Colonel"), sentence-initial common words ("Fighters", "Members") and demonyms
        while (first < end)
        {
            var word = document.TokenSpan(first);
            // "Secretary of State John Kerry", "Minister of Foreign Affairs X": the office after the title's "of"
            if (!organizationName && end - first >= 3 && word is "State" or "Defense" or "Defence" or "Interior" or "Foreign" or "Affairs" or "Justice" or "Finance"
                && (hadTitle || first - 2 >= sentence.FirstToken && MentionText.Is(document, first - 1, "of") && IsTitle(document.TokenSpan(first - 2))))
            {
                hadTitle = true;
                first++;
                continue;
            }
            // "in Sheikh Maqsoud", "near Imam Sahib": a title word opening a place name after a place preposition
            if (first - 1 >= sentence.FirstToken && word is "Sheikh" or "Shaikh" or "Imam" or "Sultan" or "Amir" && end - first >= 2
                && document.TokenSpan(first - 1) is "in" or "near" or "into" or "outside" or "around" or "inside" or "toward" or "towards")
                break;
            // "the Sheikh Saeed district", "the neighbourhood of Sheikh Saeed": a place head after or a place noun's "of" before
            if (word is "Sheikh" or "Shaikh" or "Imam" or "Sultan" or "Amir" or "Prince" or "King" && end - first >= 2
                && (end < sentence.EndToken && IsLowerWord(document, end) && Cues.PlaceHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(end))
                    || first - 2 >= sentence.FirstToken && MentionText.Is(document, first - 1, "of")
                       && document.TokenSpan(first - 2) is "district" or "neighbourhood" or "neighborhood" or "village" or "town" or "quarter" or "suburb" or "area"
                    || word is "Sheikh" or "Shaikh" or "Sheik" && IsToponymContextBefore(document, sentence, first)))
                break;
            // "told The Tower", "according to The Independent": a capitalised article mid-sentence opens a publication's title
            if (end - first <= 2 && first - 1 > sentence.FirstToken && document.TokenSpan(first - 1) is "The" && !IsAfterQuote(document, first - 1)
                && IsReportingSource(document, sentence, first - 1, end))
            {
                AddOrganization(document, first, end);
                return;
            }
            // "the Imam Reza shrine", "the Sheikh Zayed mosque": a title inside a building's name
            if (end < sentence.EndToken && end - first >= 2 && IsLowerWord(document, end)
                && Cues.BuildingNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(end)))
                break;
            // "Transportation Minister X", "Oil Minister X": the office's common word before the title is the title's
            if (!organizationName && end - first >= 2 && lexicon.IsCommonWord(word) && !IsTitle(word) && IsTitle(document.TokenSpan(first + 1).TrimEnd('.'))
                && document.TokenSpan(first + 1) is "Minister" or "Secretary" or "Commander" or "Chief" or "Director" or "Spokesman" or "Adviser" or "Advisor")
            {
                hadTitle = true;
                first++;
                continue;
            }
            if (!organizationName && IsTitle(word.TrimEnd('.')))
            {
                hadTitle = true;
                first++;
                continue;
            }
            // the full stop of an abbreviated rank the run took in ("Col. X")
            if (hadTitle && word is "." && !document.Tokens[first].SpaceBefore)
            {
                first++;
                continue;
            }
            var isOpener = Cues.OrganizationOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
            // "the town of Hit": after a settlement noun's "of" even a common word is the place's name
            if (end - first == 1 && first - 2 >= sentence.FirstToken && MentionText.Is(document, first - 1, "of")
                && document.TokenSpan(first - 2) is "town" or "city" or "village" or "district" or "neighbourhood" or "neighborhood" or "suburb" or "hamlet"
                    or "towns" or "cities" or "villages" or "districts" or "neighbourhoods" or "neighborhoods" or "suburbs" or "hamlets"
                && !MentionText.IsAllCapitals(word) && !Cues.NeverNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                AddNamed(document, first, end, EntityType.Location);
                return;
            }
            if (!isOpener && lexicon.IsCommonWord(word) && (first == sentence.FirstToken || IsAfterQuote(document, first) || end - first == 1 || MentionText.IsAllCapitals(word)))
            {
                first++;
                continue;
            }
            // "Dubbed Operation X, the offensive ...", "Backed by ...": a sentence-initial participle is no name word
            if (first == sentence.FirstToken && word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal)
                && lexicon.IsCommonWord(Relations.Morphology.VerbLemma(word.ToString().ToLowerInvariant(), lexicon)))
            {
                first++;
                continue;
            }
            break;
        }
        if (first >= end)
            return;
        // "By A B Contact the Author": an imperative of the page's chrome after a name is no part of it
        if (end - first >= 3 && end < sentence.EndToken && IsLowerWord(document, end) && document.TokenSpan(end) is "the" or "us" or "me"
            && lexicon.IsVerb(document.TokenText(end - 1).ToLowerInvariant())
            && !Cues.OrganizationHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(end - 1)))
            end--;
        var last = document.TokenSpan(end - 1);
        var firstWord = document.TokenSpan(first);
        var length = end - first;
        EntityType? type = null;
        string? knownKey = null;
        if (Cues.OrganizationHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last) && length >= 2)
            type = EntityType.Organization;
        else if (Cues.OrganizationOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(firstWord) && length >= 2)
            type = EntityType.Organization;
        else if (end < sentence.EndToken && Cues.ForceNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(end)) && char.IsLower(document.Text[document.Tokens[end].Start]))
            type = EntityType.Organization;
        else if (ShortFormOfOrganization(document, first, end) is { } longForm && (length > 1 || !lexicon.IsCommonWord(firstWord)))
        {
            type = EntityType.Organization;
            knownKey = longForm.Key;
        }
        else if (IsCalledInQuotes(document, sentence, first))
            type = EntityType.Organization;
        // "state broadcaster al-Iraqiya", "the daily Hurriyet": an outlet noun right before the name
        else if (first - 1 >= sentence.FirstToken && IsLowerWord(document, first - 1) && !document.Tokens[first].LineBreakBefore
                 && (Cues.OutletNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(first - 1)) || document.TokenSpan(first - 1) is "agency"))
            type = EntityType.Organization;
        // "the allied militia of the National Defense", "units known as Rapid Response": a force named by its name
        else if (IsForceNamedBefore(document, sentence, first))
            type = EntityType.Organization;
        // "told VOA", "according to AFP": an acronym that is told or reports is an outlet or a body, never a person
        else if (length == 1 && firstWord.Length >= 2 && MentionText.IsAllCapitals(firstWord) && IsReportingSource(document, sentence, first, end))
            type = EntityType.Organization;
        // "Al Manar, television channel of ...": a name in apposition with an outlet noun
        else if (IsOutletApposition(document, sentence, end))
            type = EntityType.Organization;
        // "told Levant24", "Channel4 reported": a name written with digits that reports is an outlet, never a person
        else if (ContainsDigit(document.TokenSpan(end - 1)) && IsReportingSource(document, sentence, first, end))
            type = EntityType.Organization;
        // "according to Al Arabiya", "Al Bawaba reported": an article-led name that reports is an outlet
        else if (length >= 2 && firstWord is "Al" or "El" && IsReportingSource(document, sentence, first, end))
            type = EntityType.Organization;
        // "told The New Arab", "the Daily Sabah reported": a name behind the article that reports is an outlet, never a person
        else if (first - 1 >= sentence.FirstToken && MentionText.Is(document, first - 1, "the") && IsReportingSource(document, sentence, first - 1, end))
            type = EntityType.Organization;
        // "the K1 military base", "Kweires military airport": a name, an adjective of use, a facility noun
        else if (FacilityAfterModifier(document, sentence, end) is var facilityEnd and > 0)
        {
            AddNamed(document, first, facilityEnd, EntityType.Location);
            return;
        }
        // "the Obeidi tribe", "the Shammar clan": a tribe is a body of people
        else if (end < sentence.EndToken && IsLowerWord(document, end) && !document.Tokens[end].LineBreakBefore && document.TokenSpan(end) is "tribe" or "clan"
                 && !lexicon.IsCommonWord(firstWord))
        {
            AddOrganization(document, first, end + 1);
            return;
        }
        // "Rafidain bank", "the Nuri mosque": a name before a building noun is that building, a place
        else if (end < sentence.EndToken && IsLowerWord(document, end) && !document.Tokens[end].LineBreakBefore
                 && Cues.BuildingNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(end))
                 && !IsNameUsedAlone(document, first, end))
        {
            AddNamed(document, first, end + 1, EntityType.Location);
            return;
        }
        else if (hadTitle || HasPersonRoleBefore(document, sentence, first) || HasSpeechVerbAfter(document, sentence, end))
            type = EntityType.Person;
        // "By A B and C D": a full name coordinated with a person just named is a person too
        else if (length >= 2 && first - 1 > sentence.FirstToken && MentionText.Is(document, first - 1, "and") && !lexicon.IsCommonWord(firstWord)
                 && document.Mentions.Any(m => m.EndToken == first - 1 && m.Type == EntityType.Person && m.Priority > 0))
            type = EntityType.Person;
        // "..., Karim Hadi Sorani, a police spokesman in the area, said": an indefinite role in apposition describes the name
        // itself, even where a list of places before it would type it a place
        else if (length >= 2 && HasIndefiniteRoleApposition(document, sentence, end))
            type = EntityType.Person;
        // "the town of X, the commander said": a role after the comma describes the speaker, the place cue governs X
        else if (HasPlaceCue(document, sentence, first, end) && !s_notPlaces.Contains(document.TokenText(first)))
            type = EntityType.Location;
        else if (HasRoleApposition(document, sentence, end))
            type = EntityType.Person;
        else if (IsAcronymDefinitionAfter(document, end))
            type = EntityType.Organization;
        else if (length >= 2 && Cues.ToponymOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(firstWord))
            type = EntityType.Location;
        // a full personal name rarely opens with the article: "Al-Manar ...", "Al-Juba ..." without a person cue are left out
        else if (length >= 2 && !lexicon.IsCommonWord(firstWord) && !(firstWord.StartsWith("Al-", StringComparison.Ordinal) || firstWord.StartsWith("El-", StringComparison.Ordinal)
                                                                        || firstWord is "Al" or "El")
                 && HasPersonContext(document, sentence, first, end))
            type = EntityType.Person;

        if (type == EntityType.Organization)
            first = ExtendOrganizationLeft(document, sentence, first);
        var start = document.Tokens[first].Start;
        var stop = document.Tokens[end - 1].End;
        var surface = document.Text[start..stop];
        // "... captured Qarnabil. ... said Qarnabil had fallen": an uncued name repeats the type a cue gave it earlier
        if (type is null && document.Mentions.FindLast(m => m.Priority > 0 && !m.IsReference && m.Type != EntityType.Person && m.Surface == surface) is { } typedBefore)
        {
            document.Mentions.Add(new Mention(first, end, start, stop, typedBefore.Type, typedBefore.Key) { Surface = surface, Priority = 1, HasFoldedKey = typedBefore.HasFoldedKey });
            return;
        }
        if (type is null)
        {
            // a lone unknown capitalised word: kept as tentative, the resolver keeps it only as a known surname
            if (length == 1 && !lexicon.IsCommonWord(firstWord) && !MentionText.IsAllCapitals(firstWord) && !s_notPlaces.Contains(surface))
            {
                document.Mentions.Add(new Mention(first, end, start, stop, EntityType.Person, NameKey.Slug(NameKey.Fold(surface)))
                {
                    Surface = surface,
                    Priority = -1,
                    HasFoldedKey = true,
                });
            }
            return;
        }
        if (type == EntityType.Person && length == 1 && lexicon.IsCommonWord(firstWord))
            return;
        GazetteerEntry? place = null;
        var known = type == EntityType.Location && gazetteer.TryGetPlaceBySpelling(surface, out place);
        var key = knownKey ?? (known ? place!.Id : NameKey.Slug(NameKey.Fold(surface)));
        document.Mentions.Add(new Mention(first, end, start, stop, type.Value, key) { Surface = surface, Priority = 1, HasFoldedKey = !known && knownKey is null });
    }

    /// <summary>Lower-case adjectives of use between a name and its facility noun: "military base", "international airport".</summary>
    internal static bool IsFacilityModifier(ReadOnlySpan<char> word) =>
        word is "military" or "air" or "international" or "naval" or "army" or "airforce" or "civilian" or "main";

    /// <summary>The end of "[modifier] facility-noun" right after a name ("military base"), or 0.</summary>
    private static int FacilityAfterModifier(Document document, Sentence sentence, int end)
    {
        if (end + 1 >= sentence.EndToken || !IsLowerWord(document, end) || !IsFacilityModifier(document.TokenSpan(end))
            || document.Tokens[end].LineBreakBefore || !IsLowerWord(document, end + 1))
            return 0;
        var noun = document.TokenSpan(end + 1);
        return Cues.FacilityNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(noun) || noun is "airfield" or "barracks" or "academy" or "college" or "hospital" or "port"
            ? end + 2 : 0;
    }

    /// <summary>"clashes near Xurmatu hospital" in an article about Xurmatu: a town's hospital is no place of its own.</summary>
    private static bool IsNameUsedAlone(Document document, int first, int end)
    {
        var name = document.Slice(document.Tokens[first].Start, document.Tokens[end - 1].End);
        for (var t = 0; t + (end - first) <= document.Tokens.Count; t++)
        {
            if (t == first || document.Tokens[t].Start + name.Length > document.Text.Length
                || !document.Slice(document.Tokens[t].Start, document.Tokens[t].Start + name.Length).SequenceEqual(name))
                continue;
            var after = t + (end - first);
            if (after >= document.Tokens.Count || !document.TokenSpan(after).SequenceEqual(document.TokenSpan(end)))
                return true;
        }
        return false;
    }

    private void AddNamed(Document document, int first, int end, EntityType type)
    {
        var start = document.Tokens[first].Start;
        var stop = document.Tokens[end - 1].End;
        var surface = document.Text[start..stop];
        GazetteerEntry? place = null;
        var known = type == EntityType.Location && gazetteer.TryGetPlaceBySpelling(surface, out place);
        document.Mentions.Add(new Mention(first, end, start, stop, type, known ? place!.Id : NameKey.Slug(NameKey.Fold(surface)))
        {
            Surface = surface,
            Priority = 1,
            HasFoldedKey = !known,
        });
    }

    /// <summary>
    /// An organisation name that starts with a place or another name: "Iraq Business News", "Manbij Military Council",
    /// "Martyrs of Sayyid Battalions". The place mention right before it (or "Name of" before it) joins the name.
    /// </summary>
    private int ExtendOrganizationLeft(Document document, Sentence sentence, int first)
    {
        var before = first - 1;
        if (before < sentence.FirstToken || document.Tokens[first].LineBreakBefore)
            return first;
        // "Manbij Military Council", "YPG General Command": a place or a group name right before the new name
        var place = document.Mentions.LastOrDefault(m => m.EndToken == first && !m.IsReference && m.EndToken - m.FirstToken <= 2
            && (m.Type == EntityType.Location || (m.Type == EntityType.Organization && MentionText.IsAllCapitals(document.Slice(m.Start, m.End)))));
        if (place is not null && document.Tokens[first].SpaceBefore && place.Start == document.Tokens[place.FirstToken].Start
            && place.End == document.Tokens[place.EndToken - 1].End)
        {
            document.Mentions.Remove(place);
            return place.FirstToken;
        }
        // "the army's 16th Infantry Division": the unit's ordinal is part of its name
        if (document.Tokens[before].Kind == TokenKind.Word && document.TokenSpan(before) is { Length: >= 3 } ordinal && char.IsDigit(ordinal[0])
            && ordinal[^2..] is "th" or "st" or "nd" or "rd" && !document.Mentions.Any(m => m.FirstToken <= before && m.EndToken > before))
            return before;
        // "Libyan National Army", "Syrian Democratic Council": a demonym opening a proper name belongs to it
        if (MentionText.IsCapitalisedWord(document, before) && !document.Mentions.Any(m => m.FirstToken <= before && m.EndToken > before)
            && gazetteer.TryGetDemonym(NameKey.Normalize(document.TokenSpan(before)), out _))
            return before;
        // "Kurdish Regional Government", "Kurdish National Council": an ethnic adjective opening a body's proper name
        if (MentionText.IsCapitalisedWord(document, before) && !document.Mentions.Any(m => m.FirstToken <= before && m.EndToken > before)
            && Cues.EthnicAdjectives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(before)) && document.Tokens[first].SpaceBefore
            && !(before - 1 >= sentence.FirstToken && IsPeopleAdjective(document, before - 1)))
            return before;
        // "Syrian Arab Coalition": a people's adjective, itself after a demonym
        if (before - 1 >= sentence.FirstToken && IsPeopleAdjective(document, before) && IsPeopleAdjective(document, before - 1)
            && !document.Mentions.Any(m => m.FirstToken <= before && m.EndToken > before - 1))
            return before - 1;
        if (MentionText.Is(document, before, "of") && before - 1 >= sentence.FirstToken && MentionText.IsCapitalisedWord(document, before - 1)
            && !document.Mentions.Any(m => m.FirstToken <= before - 1 && m.EndToken > before - 1))
        {
            var k = before - 1;
            while (k - 1 >= sentence.FirstToken && MentionText.IsCapitalisedWord(document, k - 1) && !document.Tokens[k].LineBreakBefore
                   && !document.Mentions.Any(m => m.FirstToken <= k - 1 && m.EndToken > k - 1) && !Lexicon.IsFunctionWord(document.TokenSpan(k - 1)))
                k--;
            return k;
        }
        return first;
    }

    /// <summary>"Yar Allah", "Abd Allah": the divine name closes a compound personal name after a name word.</summary>
    private static bool IsPersonNamePart(Document document, int k) =>
        document.Tokens[k].Kind == TokenKind.Word && char.IsUpper(document.TokenSpan(k)[0]) && document.TokenSpan(k).Length <= 8;

    /// <summary>"General", "Brig.", and hyphenated ranks such as "Major-General" or "Lieutenant-Colonel".</summary>
    private static bool IsTitle(ReadOnlySpan<char> word)
    {
        var titles = Cues.PersonTitles.GetAlternateLookup<ReadOnlySpan<char>>();
        if (titles.Contains(word))
            return true;
        if (word.IndexOf('-') <= 0)
            return false;
        foreach (var part in word.Split('-'))
        {
            if (!titles.Contains(word[part]))
                return false;
        }
        return true;
    }

    private static bool ContainsDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsAsciiDigit(c))
                return true;
        }
        return false;
    }

    private static bool IsAfterQuote(Document document, int i) =>
        i > 0 && document.Tokens[i - 1].Kind == TokenKind.Punctuation && document.TokenSpan(i - 1) is "“" or "\"" or "‘" or "'" or "(" or "[" or "—" or ":";

    private static bool HasPersonRoleBefore(Document document, Sentence sentence, int first)
    {
        if (HasRoleOfBefore(document, sentence, first))
            return true;
        for (var k = first - 1; k >= sentence.FirstToken && k >= first - 2; k--)
        {
            var word = document.TokenSpan(k);
            if (word is ",")
                continue;
            if (Cues.PersonRoles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || word.EndsWith("_image", StringComparison.Ordinal))
                return true;
            // "a tribal leader in Taiz": a preposition between the role and the name makes the name the role's setting
            if (k == first - 1 && Lexicon.IsFunctionWord(word) && !word.Equals("by", StringComparison.OrdinalIgnoreCase))
                return false;
            if (k == first - 1 && word is "image")
                return true;
            if (word is "*" or "_" && k > sentence.FirstToken)
            {
                first = k;
                continue;
            }
            if (word.Equals("by", StringComparison.OrdinalIgnoreCase)
                && (document.Tokens[k].LineBreakBefore || k == 0 || (k > 0 && document.Tokens[k - 1].LineBreakBefore && char.IsUpper(document.Text[document.Tokens[k - 1].Start]))))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "the governor of Anbar, X", "the commander of the Badr militia, X": a role of a place or body, a comma, then the
    /// name in apposition is the role's holder, not another place of a list.
    /// </summary>
    private static bool HasRoleOfBefore(Document document, Sentence sentence, int first)
    {
        if (first - 3 <= sentence.FirstToken || document.TokenSpan(first - 1) is not ",")
            return false;
        for (var k = first - 2; k > sentence.FirstToken && k >= first - 8; k--)
        {
            var word = document.TokenSpan(k);
            if (word is "of")
                return k - 1 >= sentence.FirstToken && Cues.PersonRoles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(k - 1));
            if (document.Tokens[k].Kind is not TokenKind.Word || word is "and" or "or")
                return false;
        }
        return false;
    }

    /// <summary>"X, television channel of ...", "X, a pan-Arab daily,": a comma, at most an article and adjectives, then an outlet noun.</summary>
    private bool IsOutletApposition(Document document, Sentence sentence, int end)
    {
        if (end + 1 >= sentence.EndToken || document.TokenSpan(end) is not ",")
            return false;
        for (var k = end + 1; k < sentence.EndToken && k <= end + 4; k++)
        {
            var word = document.TokenSpan(k);
            if (IsLowerWord(document, k) && Cues.OutletNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return true;
            if (word is "news" && k + 1 < sentence.EndToken && document.TokenSpan(k + 1) is "agency" or "website" or "site" or "outlet" or "network" or "channel" or "service" or "portal")
                return true;
            if (!(word is "a" or "an" or "the" || IsLowerWord(document, k) && !Lexicon.IsFunctionWord(word) || IsPeopleAdjective(document, k)))
                return false;
        }
        return false;
    }

    /// <summary>"the militia of the National Defense", "elite units known as Rapid Response": a force noun that the name completes.</summary>
    private static bool IsForceNamedBefore(Document document, Sentence sentence, int first)
    {
        var forces = Cues.ForceNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        // "the rebels of the Idlib Victory": a place opening the name stands between the article and the run
        if (document.Mentions.FirstOrDefault(m => m.EndToken == first && m.Type == EntityType.Location && !m.IsReference && m.FirstToken >= sentence.FirstToken
                                                  && document.Tokens[first].SpaceBefore) is { } opening)
            first = opening.FirstToken;
        if (first - 3 >= sentence.FirstToken && MentionText.Is(document, first - 1, "the") && MentionText.Is(document, first - 2, "of")
            && IsLowerWord(document, first - 3) && forces.Contains(document.TokenSpan(first - 3)))
            return true;
        return first - 3 >= sentence.FirstToken && MentionText.Is(document, first - 1, "as") && MentionText.Is(document, first - 2, "known")
               && IsLowerWord(document, first - 3) && (forces.Contains(document.TokenSpan(first - 3)) || document.TokenSpan(first - 3) is "unit" or "alliance" or "coalition" or "organisation" or "organization");
    }

    /// <summary>"an alliance ... called “X”", "known as 'X'": a name given in quotes names a group or an operation, not a person.</summary>
    private static bool IsCalledInQuotes(Document document, Sentence sentence, int first)
    {
        var k = first - 1;
        if (k <= sentence.FirstToken || document.TokenSpan(k) is not ("“" or "\"" or "‘" or "'"))
            return false;
        var cue = document.TokenSpan(k - 1);
        return cue is "called" or "named" or "dubbed" or "dubbing" or "calling" || cue is "as" && k - 2 >= sentence.FirstToken && document.TokenSpan(k - 2) is "known";
    }

    private static bool IsReportingSource(Document document, Sentence sentence, int first, int end)
    {
        var next = end < sentence.EndToken && document.TokenSpan(end) is "," ? end + 1 : end;
        if (next < sentence.EndToken && document.TokenSpan(next) is "reported" or "reports" or "said" or "says" or "quoted" or "cited" or "quoting" or "citing")
            return true;
        if (first - 1 >= sentence.FirstToken && document.TokenSpan(first - 1) is "told")
            return true;
        // "Speaking to X", "in an interview with X"
        if (first - 2 >= sentence.FirstToken && (document.TokenSpan(first - 1) is "to" && document.TokenSpan(first - 2).ToString().ToLowerInvariant() is "speaking" or "spoke" or "speak" or "speaks" or "talking" or "talk" or "talks" or "talked"
                                                 || document.TokenSpan(first - 1) is "with" && document.TokenSpan(first - 2) is "interview"))
            return true;
        // "reported by X", "quoted by X", "broadcast by X"
        if (first - 2 >= sentence.FirstToken && document.TokenSpan(first - 1) is "by"
            && document.TokenSpan(first - 2) is "reported" or "quoted" or "cited" or "published" or "carried" or "broadcast" or "aired" or "released")
            return true;
        return first - 2 >= sentence.FirstToken && document.TokenSpan(first - 2).Equals("according", StringComparison.OrdinalIgnoreCase) && document.TokenSpan(first - 1) is "to";
    }

    private static bool HasSpeechVerbAfter(Document document, Sentence sentence, int end)
    {
        return end < sentence.EndToken && Cues.SpeechVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(end));
    }

    private static bool HasIndefiniteRoleApposition(Document document, Sentence sentence, int end)
    {
        if (end + 2 >= sentence.EndToken || document.TokenSpan(end) is not "," || document.TokenSpan(end + 1) is not ("a" or "an"))
            return false;
        for (var k = end + 2; k < Math.Min(sentence.EndToken, end + 6); k++)
        {
            var word = document.TokenSpan(k);
            if (word is "," or "." or "of" or "in" or "who" or "that")
                return false;
            // "X, a fighter said": the role is the speaker, not the name's apposition
            if (Cues.PersonRoles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return k + 1 >= sentence.EndToken || !Cues.SpeechVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(k + 1));
        }
        return false;
    }

    private static bool HasRoleApposition(Document document, Sentence sentence, int end)
    {
        // "Nouri, a spokesman, said" / "Qasim Musla, brigadier general of ..."
        if (end + 1 < sentence.EndToken && document.TokenSpan(end) is "," )
        {
            for (var k = end + 1; k < Math.Min(sentence.EndToken, end + 5); k++)
            {
                // "secretary-general", "commander-in-chief": the role's first part; "co-president", "vice-president": its last
                var word = document.TokenSpan(k);
                var hyphen = word.IndexOf('-');
                var lastHyphen = word.LastIndexOf('-');
                if (Cues.PersonRoles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                    || hyphen > 0 && Cues.PersonRoles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word[..hyphen])
                    || lastHyphen > 0 && word[..lastHyphen] is "co" or "vice" or "ex" or "former" && Cues.PersonRoles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word[(lastHyphen + 1)..]))
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Weaker person evidence for a full name no stronger cue typed: a role or title shortly before it ("the commander
    /// of the militia, X"), a possessive or byline before it, a role apposition, a person's verb after it, or its
    /// surname reused alone. Without any, an unknown name is left out rather than guessed a person.
    /// </summary>
    private static bool HasPersonContext(Document document, Sentence sentence, int first, int end)
    {
        if (first - 1 >= sentence.FirstToken && document.TokenSpan(first - 1) is "'s" or "’s" or "by" or "By" or "'" or "’")
            return true;
        if (end < sentence.EndToken && document.TokenSpan(end) is "died" or "who" or "was" or "has" or "had" or "himself" or "herself")
            return true;
        // "..., said Tomas Berling, a volunteer": a name right after a speech verb that closes the clause is its speaker
        if (first - 1 >= sentence.FirstToken && document.TokenSpan(first - 1) is "said" or "says" or "added" or "explained" or "stated" or "noted"
            && (end >= sentence.EndToken || document.TokenSpan(end) is "," or "."))
            return true;
        for (var k = first - 1; k >= sentence.FirstToken && k >= first - 8; k--)
        {
            var word = document.TokenSpan(k).TrimEnd('.');
            foreach (var part in word.Split('-'))
            {
                var piece = word[part];
                if (Cues.PersonRoles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(piece) || Cues.PersonTitles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(piece))
                    return true;
            }
        }
        return HasRoleApposition(document, sentence, end) || IsSurnameReusedAlone(document, first, end);
    }

    /// <summary>
    /// Person evidence for an otherwise uncued full name: its last word stands alone elsewhere in the article
    /// ("John Smith ... Smith said"), which place names written in full rarely do.
    /// </summary>
    private static bool IsSurnameReusedAlone(Document document, int first, int end)
    {
        var surname = document.TokenSpan(end - 1);
        for (var k = 0; k < document.Tokens.Count; k++)
        {
            if (k >= first && k < end || document.Tokens[k].Kind != TokenKind.Word || !document.TokenSpan(k).SequenceEqual(surname))
                continue;
            var joinedBefore = k > 0 && !document.Tokens[k].LineBreakBefore && MentionText.IsCapitalisedWord(document, k - 1);
            var joinedAfter = k + 1 < document.Tokens.Count && !document.Tokens[k + 1].LineBreakBefore && MentionText.IsCapitalisedWord(document, k + 1);
            if (!joinedBefore && !joinedAfter)
                return true;
        }
        return false;
    }

    /// <summary>"Al-Manar" after "Al-Manar TV": the opening words of an organisation named before.</summary>
    private static Mention? ShortFormOfOrganization(Document document, int first, int end)
    {
        var surface = document.Slice(document.Tokens[first].Start, document.Tokens[end - 1].End);
        foreach (var mention in document.Mentions)
        {
            if (mention.Type == EntityType.Organization && mention.EndToken - mention.FirstToken > end - first && mention.FirstToken != first
                && mention.Surface is { } name && name.Length > surface.Length && name[surface.Length] == ' ' && name.AsSpan().StartsWith(surface, StringComparison.Ordinal))
                return mention;
        }
        return null;
    }

    /// <summary>
    /// "retaken Sheikh Miskeen", "in Sheikh Maqsoud", "control of Sheikh Najjar": a place word before a title-led name
    /// (many villages are named after a sheikh). Verbs that also take people ("captured", "seized") do not count.
    /// </summary>
    private static bool IsToponymContextBefore(Document document, Sentence sentence, int first)
    {
        if (first - 1 < sentence.FirstToken)
            return false;
        var before = document.TokenSpan(first - 1);
        if (before is "of")
            return first - 2 >= sentence.FirstToken && Cues.PlaceNounsBeforeOf.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(first - 2));
        // "Bostan al-Pasha, Sheikh Khedher": the next item of a list of places
        if (before is "," or "and" && document.Mentions.Exists(m => m.Type == EntityType.Location && !m.IsReference && m.FirstToken >= sentence.FirstToken
                                                                   && (m.EndToken == first - 1 || m.EndToken == first - 2 && document.TokenSpan(first - 2) is ",")))
            return true;
        return before is "in" or "near" or "into" or "outside" or "around" or "toward" or "towards" or "inside" or "retook" or "retaken" or "recaptured"
            or "liberated" or "entered" or "stormed" or "overran" or "besieged" or "shelled" or "reached" or "retake" or "recapture" or "liberate" or "enter" or "storm";
    }

    private bool HasPlaceCue(Document document, Sentence sentence, int first, int end)
    {
        if (end < sentence.EndToken && (Cues.PlaceHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(end))
                                         || Cues.FacilityNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(end))))
            return true;
        // "the Wadi al-Midar and Taru villages"
        if (end + 2 < sentence.EndToken && document.TokenSpan(end) is "and" && (Cues.PlaceHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(end + 2))
                                                                            || document.TokenSpan(end + 2) is "areas" or "towns" or "cities" or "regions"))
            return true;
        // "the Jalawla and Saadiyah areas": the last of two names before a plural place noun
        if (end < sentence.EndToken && document.TokenSpan(end) is "areas" or "towns" or "cities" or "regions" && first - 2 >= sentence.FirstToken
            && document.TokenSpan(first - 1) is "and" && document.Tokens[first - 2].Kind == TokenKind.Word && char.IsUpper(document.TokenSpan(first - 2)[0]))
            return true;
        // "the villages seized by X include A, B and C": the first item of a list a plural place noun introduces
        if (first - 1 >= sentence.FirstToken && document.TokenSpan(first - 1) is "include" or "includes" or "included" or "including")
        {
            for (var k = first - 2; k >= sentence.FirstToken && k >= first - 10; k--)
            {
                if (document.TokenSpan(k) is "towns" or "villages" or "areas" or "cities" or "neighbourhoods" or "neighborhoods" or "districts" or "hamlets" or "places" or "settlements")
                    return true;
            }
        }
        // "the Ras al-Maarra operation", "the Assal al-Ward front": an operation or front named after its place
        if (end < sentence.EndToken && document.TokenSpan(end) is "front" or "operation" or "offensive" or "frontline" or "axis" or "pocket"
            && first - 1 >= sentence.FirstToken && document.TokenSpan(first - 1) is "the")
            return true;
        // "the Wadi Qasr area", "the Tal Hamra crossing"
        if (end < sentence.EndToken && document.TokenSpan(end) is "area" or "border" or "crossing" && first - 1 >= sentence.FirstToken && document.TokenSpan(first - 1) is "the")
            return true;
        // "the neighbouring Tal Zahab area", "nearby Rashidiya area": a placing adjective before the name
        if (end < sentence.EndToken && document.TokenSpan(end) is "area" && first - 1 >= sentence.FirstToken
            && document.TokenSpan(first - 1) is "neighboring" or "neighbouring" or "nearby" or "adjacent" or "surrounding" or "entire" or "whole")
            return true;
        // "an area known as Wadi Qasr"
        if (first - 3 >= sentence.FirstToken && document.TokenSpan(first - 1) is "as" && document.TokenSpan(first - 2) is "known"
            && (Cues.PlaceNounsBeforeOf.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(first - 3))
                || Cues.FacilityNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(first - 3))
                || Cues.PlaceHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(first - 3))
                || document.TokenSpan(first - 3) is "field" or "hill" or "site" or "checkpoint" or "junction"))
            return true;
        // "Bai Hassan oil field", "the Parvezkhan border crossing"
        if (TwoWordPlaceHeadAt(document, sentence, end))
            return true;
        // "Bashiqa near Mosul": a name placed relative to a known place is a place
        if (end + 1 < sentence.EndToken && document.TokenSpan(end) is "near" or "outside"
            && document.Mentions.Any(m => m.FirstToken == end + 1 && m.Type == EntityType.Location))
            return true;
        var before = first - 1;
        if (before < sentence.FirstToken)
            return false;
        var word = document.TokenSpan(before);
        if (word is "of" && before - 1 >= sentence.FirstToken && Cues.PlaceNounsBeforeOf.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(before - 1)))
            return true;
        if (Cues.PlacePrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            return true;
        // "fled to Duhok", "returned to Sinjar": the goal of a movement verb is a place
        if (word is "to" && before - 1 >= sentence.FirstToken && document.TokenSpan(before - 1) is "fled" or "flee" or "fleeing" or "returned" or "return" or "returning"
                or "moved" or "headed" or "heading" or "travelled" or "traveled" or "deployed" or "retreated" or "withdrew" or "evacuated" or "transferred" or "relocated"
                or "displaced" or "went" or "arrived" or "sent" or "redeployed" or "advanced" or "marched")
            return true;
        // "between Bartella and Erbil": the first of two places a stretch runs between
        if (word is "between" && end + 1 < sentence.EndToken && document.TokenSpan(end) is "and"
            && document.Mentions.Any(m => m.FirstToken == end + 1 && m.Type == EntityType.Location))
            return true;
        // "regained control over Rutba"
        if (word is "over" && before - 1 >= sentence.FirstToken && document.TokenSpan(before - 1) is "control")
            return true;
        // "drove ISIS out of Zumar", "pushed out of Bashir"
        if (word is "of" && before - 1 >= sentence.FirstToken && document.TokenSpan(before - 1) is "out")
            return true;
        // "advancing on Shaafa", "closing in on Hajin": the goal of an advance
        if (word is "on" && before - 1 >= sentence.FirstToken && (document.TokenSpan(before - 1) is "advancing" or "advanced" or "advance" or "advances" or "marched"
                or "marching" or "converged" or "converging" or "moved" or "moving" or "pushed" or "pushing" or "closing" or "closed"
            || document.TokenSpan(before - 1) is "in" && before - 2 >= sentence.FirstToken && document.TokenSpan(before - 2) is "closing" or "closed" or "close" or "zeroing"))
            return true;
        // the object of a capture or entry verb is a place: "captured Tel Skuf", "entered Kobani", "took back Bartella"
        if (Cues.PlaceTakingVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            return true;
        if (word is "back" or "over" && before - 1 >= sentence.FirstToken
            && (Cues.PlaceTakingVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(before - 1)) || document.TokenSpan(before - 1) is "won" or "win" or "winning"))
            return true;
        // coordination continuing a place: "villages of Quseba al-Soritin and Bawardi"
        if (word is "and" or "," or "or" && document.Mentions.Count > 0)
        {
            // "Khanaqin in the Diyala province and Bashiqa": the place's head noun may stand between
            // "the towns of A, B, and C": the serial comma before the last item
            if (word is "and" or "or" && before - 1 >= sentence.FirstToken && document.TokenSpan(before - 1) is ",")
                before--;
            // "from Derik (Malikiya), A and B": another name of the place in brackets stands between it and the list
            if (before - 1 > sentence.FirstToken && document.TokenSpan(before - 1) is ")")
            {
                for (var open = before - 2; open >= sentence.FirstToken && open >= before - 6; open--)
                {
                    if (document.TokenSpan(open) is "(")
                    {
                        before = open;
                        break;
                    }
                }
            }
            var placeEnd = before - 1 >= sentence.FirstToken && Cues.PlaceHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(before - 1)) ? before - 1 : before;
            // "commander for west Anbar, Qassem Mesleh, said": an attribution after a comma, not a list
            if (word is "," && end + 1 < sentence.EndToken && document.TokenSpan(end) is "," && Cues.SpeechVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(end + 1)))
                return false;
            // earlier stages added the whole document's mentions, so the one before is looked up, not taken as the last
            return document.Mentions.Any(m => m.Type == EntityType.Location && (m.EndToken == before || m.EndToken == placeEnd) && m.FirstToken >= sentence.FirstToken);
        }
        return false;
    }

    /// <summary>
    /// The first token of a long form ending before <paramref name="end"/> whose capitalised words' initials spell the
    /// acronym exactly ("of", "in", "and", "the", "for" skipped), or -1.
    /// </summary>
    private static int SpelledLongFormStart(Document document, int end, string acronym)
    {
        var letter = acronym.Length - 1;
        for (var k = end - 1; k >= 0 && end - k <= acronym.Length * 2 + 2; k--)
        {
            var word = document.TokenSpan(k);
            if (document.Tokens[k].Kind != TokenKind.Word || document.Tokens[k + 1 < document.Tokens.Count ? k + 1 : k].LineBreakBefore && k + 1 < end)
                return -1;
            if (word is "of" or "in" or "and" or "the" or "for")
                continue;
            if (!char.IsUpper(word[0]) || letter < 0 || char.ToUpperInvariant(word[0]) != acronym[letter])
                return -1;
            letter--;
            if (letter < 0)
                return acronym.Length >= 3 ? k : -1;
        }
        return -1;
    }

    private static bool IsAcronymDefinitionAfter(Document document, int end) =>
        end + 2 < document.Tokens.Count && document.TokenSpan(end) is "(" && document.TokenSpan(end + 2) is ")"
        && MentionText.IsAllCapitals(document.TokenSpan(end + 1)) && document.Tokens[end + 1].Length >= 2;

    /// <summary>"Mosul dam", "Al-Alam roundabout": a facility named after a place is a place of its own.</summary>
    private static void AddFacilities(Document document)
    {
        var added = new List<Mention>();
        foreach (var mention in document.Mentions)
        {
            var next = mention.EndToken;
            if (mention.IsReference || next >= document.Tokens.Count || document.Tokens[next].LineBreakBefore)
                continue;
            // "the Fatah mosque": a house of worship named after a group is a place
            // "Mosul's international airport": the town's own facility, named with the possessive
            var possessive = MentionText.IsPossessive(document, next) && next + 1 < document.Tokens.Count;
            if (possessive && mention.Type == EntityType.Location)
                next++;
            // "Kweires military airport": an adjective of use may stand between the place and the facility noun
            if (mention.Type == EntityType.Location && next + 1 < document.Tokens.Count && IsFacilityModifier(document.TokenSpan(next))
                && !document.Tokens[next + 1].LineBreakBefore && Cues.FacilityNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(next + 1)))
                next++;
            var isFacility = mention.Type == EntityType.Location && Cues.FacilityNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(next))
                             || mention.Type == EntityType.Organization && document.TokenSpan(next) is "mosque" or "church" or "temple" or "shrine";
            // a possessive needs the adjective of use too: "Mosul's international airport", not "Mosul's bridges"
            if (!isFacility || possessive && !IsFacilityModifier(document.TokenSpan(next - 1)))
                continue;
            var start = mention.Start;
            var end = document.Tokens[next].End;
            var surface = document.Text[start..end];
            added.Add(new Mention(mention.FirstToken, next + 1, start, end, EntityType.Location, NameKey.Slug(surface)) { Surface = surface, Priority = 2 });
        }
        document.Mentions.AddRange(added);
    }

    /// <summary>
    /// "the Kirkuk-Erbil road", "the Aleppo-Damascus highway": a route named by the two towns it joins is one place; the
    /// towns inside its name are not mentioned by it.
    /// </summary>
    private static void AddRoutesBetweenPlaces(Document document)
    {
        for (var t = 0; t + 1 < document.Tokens.Count; t++)
        {
            var word = document.TokenSpan(t);
            var hyphen = word.IndexOf('-');
            if (document.Tokens[t].Kind != TokenKind.Word || hyphen <= 0 || hyphen + 1 >= word.Length || !char.IsUpper(word[0]) || !char.IsUpper(word[hyphen + 1])
                || !IsLowerWord(document, t + 1) || document.Tokens[t + 1].LineBreakBefore
                || document.TokenSpan(t + 1) is not ("road" or "highway" or "motorway" or "railway" or "expressway"))
                continue;
            var inside = document.Mentions.Where(m => m.FirstToken <= t + 1 && m.EndToken > t).ToList();
            if (inside.Count == 0 || inside.Any(m => m.Type != EntityType.Location || m.FirstToken < t || m.EndToken > t + 1))
                continue;
            foreach (var mention in inside)
                document.Mentions.Remove(mention);
            var start = document.Tokens[t].Start;
            var end = document.Tokens[t + 1].End;
            var surface = document.Text[start..end];
            document.Mentions.Add(new Mention(t, t + 2, start, end, EntityType.Location, NameKey.Slug(NameKey.Fold(surface))) { Surface = surface, Priority = 2, HasFoldedKey = true });
        }
    }

    /// <summary>Two-word heads that make the name before them a place: "oil field", "gas field", "border crossing".</summary>
    private static bool TwoWordPlaceHeadAt(Document document, Sentence sentence, int k) =>
        k + 1 < sentence.EndToken && !document.Tokens[k].LineBreakBefore && IsTwoWordPlaceHead(document, k);

    private static bool IsTwoWordPlaceHead(Document document, int k) =>
        document.TokenSpan(k) is "oil" or "gas" && document.TokenSpan(k + 1) is "field" or "fields"
        || document.TokenSpan(k) is "border" && document.TokenSpan(k + 1) is "crossing";

    /// <summary>
    /// "..., Youth Housing Complex, Tariq al-Bab, ...", "Tuz Khurmatu and Taza Khurmatu": an item of a list of places whose
    /// last words are a known place is one name, not a word and that place.
    /// </summary>
    private static void JoinListItemsEndingInKnownPlaces(Document document)
    {
        var removed = new HashSet<Mention>();
        foreach (var place in document.Mentions.ToList())
        {
            var p = place.FirstToken - 1;
            if (place.Type != EntityType.Location || place.IsReference || place.HasFoldedKey || p < 2 || removed.Contains(place)
                || document.Tokens[p].Kind != TokenKind.Word || !char.IsUpper(document.TokenSpan(p)[0]) || !document.Tokens[place.FirstToken].SpaceBefore
                || document.Tokens[place.FirstToken].LineBreakBefore || Cues.NeverNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(p)))
                continue;
            var before = document.TokenSpan(p - 1);
            if (before is not ("," or "and"))
                continue;
            var listEnd = before is "and" && document.TokenSpan(p - 2) is "," ? p - 2 : p - 1;
            if (!document.Mentions.Exists(m => m.Type == EntityType.Location && !m.IsReference && m.EndToken == listEnd && !removed.Contains(m)))
                continue;
            var word = document.Mentions.Where(m => m.FirstToken <= p && m.EndToken > p).ToList();
            if (word.Exists(m => m.FirstToken != p || m.EndToken != p + 1 || m.Type == EntityType.Organization || m.Type == EntityType.Person && m.Priority >= 2))
                continue;
            removed.UnionWith(word);
            place.FirstToken = p;
            place.Start = document.Tokens[p].Start;
            place.Surface = document.Text[place.Start..place.End];
            place.Key = NameKey.Slug(NameKey.Fold(place.Surface));
            place.HasFoldedKey = true;
            place.Latitude = null;
            place.Longitude = null;
        }
        document.Mentions.RemoveAll(removed.Contains);
    }

    private static void ExtendPlaceHeads(Document document)
    {
        var starts = new bool[document.Tokens.Count + 1];
        foreach (var mention in document.Mentions)
            starts[mention.FirstToken] = true;
        var facilities = new List<Mention>();
        foreach (var mention in document.Mentions)
        {
            if (mention.Type != EntityType.Location || mention.IsReference)
                continue;
            // "the River Euphrates", "Lake Assad": a capitalised head before the name is part of the name as written
            if (mention.FirstToken > 0 && document.TokenSpan(mention.FirstToken - 1) is "River" or "Lake" && document.Tokens[mention.FirstToken].SpaceBefore
                && !document.Tokens[mention.FirstToken].LineBreakBefore && !document.Mentions.Exists(m => m.EndToken == mention.FirstToken))
            {
                mention.FirstToken--;
                mention.Start = document.Tokens[mention.FirstToken].Start;
                mention.Surface = document.Text[mention.Start..mention.End];
            }
            if (mention.EndToken >= document.Tokens.Count)
                continue;
            var next = mention.EndToken;
            var head = document.TokenSpan(next);
            if (next + 1 < document.Tokens.Count && IsTwoWordPlaceHead(document, next) && !document.Tokens[next].LineBreakBefore && !starts[next])
            {
                // a known town's "border crossing" or "oil field" is a place of its own; an unknown name is the facility itself
                if (!mention.HasFoldedKey)
                {
                    // "Kirkuk oil fields" are the fields around a town, no one place; "X border crossing" is also "X crossing"
                    if (document.TokenSpan(next + 1) is "fields")
                        continue;
                    var end = document.Tokens[next + 1].End;
                    var surface = document.Text[mention.Start..end];
                    var key = NameKey.Slug(document.TokenSpan(next) is "border" ? string.Concat(document.Text.AsSpan(mention.Start, mention.End - mention.Start), " crossing") : surface);
                    facilities.Add(new Mention(mention.FirstToken, next + 2, mention.Start, end, EntityType.Location, key) { Surface = surface, Priority = 2 });
                    continue;
                }
                mention.EndToken = next + 2;
                mention.End = document.Tokens[next + 1].End;
                mention.Surface = document.Text[mention.Start..mention.End];
                continue;
            }
            if (document.Tokens[next].LineBreakBefore || head is "villages" or "crossings" or "neighbourhoods" or "neighborhoods" or "districts" || !Cues.PlaceHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(head))
                continue;
            // "the Red Sea town of Khokha": the head noun names the place after "of", the place before only locates it
            if (next + 1 < document.Tokens.Count && document.TokenSpan(next + 1) is "of")
                continue;
            // "the Sinai Province group", "Khorasan Province militants": a capitalised "Province" before a force noun names a group
            if (head is "Province" && next + 1 < document.Tokens.Count && IsLowerWord(document, next + 1)
                && (Cues.ForceNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(next + 1)) || document.TokenSpan(next + 1) is "affiliate" or "branch"))
            {
                mention.EndToken = next + 1;
                mention.End = document.Tokens[next].End;
                mention.Surface = document.Text[mention.Start..mention.End];
                mention.Type = EntityType.Organization;
                mention.Key = NameKey.Slug(NameKey.Fold(mention.Surface));
                mention.HasFoldedKey = true;
                mention.Latitude = null;
                mention.Longitude = null;
                continue;
            }
            if (starts[next])
                continue;
            mention.EndToken = next + 1;
            mention.End = document.Tokens[next].End;
            mention.Surface = document.Text[mention.Start..mention.End];
        }
        document.Mentions.AddRange(facilities);
    }

    /// <summary>"the old city in Raqqa", "the old city of Mosul": the historic centre is a place of its own.</summary>
    private static void AddOldCities(Document document)
    {
        var added = new List<Mention>();
        foreach (var place in document.Mentions)
        {
            var of = place.FirstToken - 1;
            if (place.Type != EntityType.Location || place.IsReference || of < 2 || document.TokenSpan(of) is not ("in" or "of")
                || !document.TokenSpan(of - 2).Equals("old", StringComparison.OrdinalIgnoreCase) || !document.TokenSpan(of - 1).Equals("city", StringComparison.OrdinalIgnoreCase))
                continue;
            var start = document.Tokens[of - 2].Start;
            var end = document.Tokens[of - 1].End;
            added.Add(new Mention(of - 2, of, start, end, EntityType.Location, place.Key + "-old-city") { Surface = document.Text[start..end], Priority = 2 });
        }
        document.Mentions.AddRange(added);
    }

    /// <summary>"PMF’s 13th brigade", "the army's 9th Division": a numbered unit of a named organisation.</summary>
    /// <summary>[elite|special] w1 [w2] forces/units after a possessive: at least two lower-case words naming the force.</summary>
    private static (int Start, int End) OwnedForce(Document document, int k)
    {
        while (k < document.Tokens.Count && document.TokenSpan(k) is "elite" or "special" or "own" or "new")
            k++;
        if (k >= document.Tokens.Count || document.Tokens[k].Kind != TokenKind.Word || !char.IsLower(document.TokenSpan(k)[0])
            || Cues.ForceNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenSpan(k)))
            return (0, 0);
        for (var end = k + 1; end < document.Tokens.Count && end <= k + 3; end++)
        {
            var word = document.TokenSpan(end);
            if (document.Tokens[end].Kind != TokenKind.Word || word.Length == 0 || !char.IsLower(word[0]))
                return (0, 0);
            if (word is "forces" or "units" or "unit" or "force")
                return Lexicon.IsFunctionWord(document.TokenSpan(k)) ? (0, 0) : (k, end + 1);
        }
        return (0, 0);
    }

    private static bool IsNumberedUnit(Document document, int k)
    {
        if (k + 1 >= document.Tokens.Count)
            return false;
        var ordinal = document.TokenSpan(k);
        if (ordinal.Length < 3 || !char.IsDigit(ordinal[0]) || !(ordinal.EndsWith("th") || ordinal.EndsWith("st") || ordinal.EndsWith("nd") || ordinal.EndsWith("rd")))
            return false;
        return document.TokenText(k + 1).ToLowerInvariant() is "brigade" or "division" or "battalion" or "regiment" or "unit" or "corps" or "squadron" or "army" or "brigades";
    }

    private static void AddSubUnits(Document document)
    {
        foreach (var parent in document.Mentions.ToList())
        {
            var t = parent.EndToken;
            if (parent.Type != EntityType.Organization || parent.IsReference)
                continue;
            // "the 11th Brigade of Hashd al-Shaabi": the unit before "of" belongs to the group after it
            var of = MentionText.Is(document, parent.FirstToken - 1, "the") ? parent.FirstToken - 2 : parent.FirstToken - 1;
            if (of >= 2 && MentionText.Is(document, of, "of") && IsNumberedUnit(document, of - 2))
            {
                var unitStart = document.Tokens[of - 2].Start;
                var unitEnd = document.Tokens[of - 1].End;
                document.Mentions.Add(new Mention(of - 2, of, unitStart, unitEnd, EntityType.Organization,
                    parent.Key + "-" + NameKey.Slug(document.Text.AsSpan(unitStart, unitEnd - unitStart)))
                {
                    Surface = document.Text[unitStart..unitEnd],
                    Priority = 2,
                });
                continue;
            }
            if (MentionText.IsPossessive(document, t) && OwnedForce(document, t + 1) is var (forceStart, forceEnd) && forceEnd > forceStart)
            {
                // "Interior Ministry's elite rapid response forces": a named force of the organisation, an actor of its own
                var from = document.Tokens[forceStart].Start;
                var to = document.Tokens[forceEnd - 1].End;
                document.Mentions.Add(new Mention(forceStart, forceEnd, from, to, EntityType.Organization, NameKey.Slug(document.Text.AsSpan(from, to - from)))
                {
                    Surface = document.Text[from..to],
                    Priority = 2,
                });
                continue;
            }
            if (!MentionText.IsPossessive(document, t) || t + 2 >= document.Tokens.Count || !IsNumberedUnit(document, t + 1))
                continue;
            var start = parent.Start;
            var end = document.Tokens[t + 2].End;
            document.Mentions.Add(new Mention(parent.FirstToken, t + 3, start, end, EntityType.Organization, NameKey.Slug(document.Text.AsSpan(start, end - start)))
            {
                Surface = document.Text[start..end],
                Priority = 2,
            });
        }
    }

    private static void ApplyAcronymDefinitions(Document document, bool[] claimedBefore)
    {
        var acronyms = new Dictionary<string, Mention>(StringComparer.Ordinal);
        document.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        foreach (var mention in document.Mentions.ToList())
        {
            var open = mention.EndToken;
            if (mention.IsReference || mention.Type == EntityType.Person || !IsAcronymDefinitionAfter(document, open))
                continue;
            var acronymToken = open + 1;
            var acronym = document.TokenText(acronymToken);
            // "the Islamic State in Iraq and the Levant (ISIL)": a long form spelled by the acronym's letters that spans several
            // mentions is one organisation; the places inside its name are not mentioned by it
            if (document.Mentions.Contains(mention) && SpelledLongFormStart(document, open, acronym) is var longStart and >= 0 && longStart < mention.FirstToken)
            {
                var inner = document.Mentions.Where(m => m.FirstToken >= longStart && m.EndToken <= open).ToList();
                var spelledAcronym = document.Mentions.FirstOrDefault(m => m.FirstToken == acronymToken && m.Type == EntityType.Organization && !m.HasFoldedKey && !m.IsReference);
                if (spelledAcronym is not null || inner.Any(m => m.Type == EntityType.Organization && !m.IsReference))
                {
                    foreach (var covered in inner)
                        document.Mentions.Remove(covered);
                    var start = document.Tokens[longStart].Start;
                    var stop = document.Tokens[open - 1].End;
                    var surface = document.Text[start..stop];
                    var longMention = new Mention(longStart, open, start, stop, EntityType.Organization, spelledAcronym?.Key ?? NameKey.Slug(NameKey.Fold(surface)))
                    {
                        Surface = surface,
                        Priority = 2,
                        HasFoldedKey = spelledAcronym is null,
                    };
                    document.Mentions.Add(longMention);
                    acronyms.TryAdd(acronym, longMention);
                    if (spelledAcronym is null && !document.Mentions.Any(m => m.FirstToken == acronymToken))
                    {
                        var token = document.Tokens[acronymToken];
                        document.Mentions.Add(new Mention(acronymToken, acronymToken + 1, token.Start, token.End, EntityType.Organization, longMention.Key)
                        {
                            Surface = acronym,
                            Priority = 2,
                            HasFoldedKey = true,
                        });
                    }
                    continue;
                }
            }
            if (!document.Mentions.Contains(mention))
                continue;
            // "the UN Support Mission in Libya (UNSMIL)": the acronym is the body's, whose name takes the place in it
            if (mention.Type == EntityType.Location && mention.FirstToken >= 2 && document.TokenSpan(mention.FirstToken - 1) is "in" or "for" or "of"
                && document.Mentions.FirstOrDefault(m => m.EndToken == mention.FirstToken - 1 && m.Type == EntityType.Organization && !m.IsReference) is { } body
                && acronym.Length >= 4)
            {
                body.EndToken = mention.EndToken;
                body.End = mention.End;
                body.Surface = document.Text[body.Start..body.End];
                document.Mentions.Remove(mention);
                acronyms.TryAdd(acronym, body);
                AddAcronymMention(document, acronymToken, acronym, body);
                continue;
            }
            // "the Kurdish Regional Government (KRG)": a new long form before a known acronym is that body in other words
            if (mention.HasFoldedKey && mention.Surface is { Length: > 0 } longForm && char.ToUpperInvariant(longForm[0]) == acronym[0]
                && document.Mentions.FirstOrDefault(m => m.FirstToken == acronymToken && !m.HasFoldedKey && m.Type == mention.Type && !m.IsReference) is { } knownAcronym)
            {
                mention.Key = knownAcronym.Key;
                mention.HasFoldedKey = false;
            }
            acronyms.TryAdd(acronym, mention);
            AddAcronymMention(document, acronymToken, acronym, mention);
        }
        if (acronyms.Count == 0)
            return;
        var claimed = ClaimedTokens(document);
        for (var t = 0; t < document.Tokens.Count; t++)
        {
            if (claimed[t] || claimedBefore[t])
                continue;
            var span = document.TokenSpan(t);
            if (!MentionText.IsAllCapitals(span))
                continue;
            if (acronyms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(span, out var expansion))
            {
                var token = document.Tokens[t];
                document.Mentions.Add(new Mention(t, t + 1, token.Start, token.End, expansion.Type, expansion.Key)
                {
                    Surface = document.TokenText(t),
                    Priority = expansion.Priority,
                    HasFoldedKey = expansion.HasFoldedKey,
                });
            }
        }
        document.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>The bracketed acronym after a long form ("... Units (PMU)") becomes a mention of the same entity, unless one is there.</summary>
    private static void AddAcronymMention(Document document, int acronymToken, string acronym, Mention longForm)
    {
        if (document.Mentions.Any(m => m.FirstToken == acronymToken))
            return;
        var token = document.Tokens[acronymToken];
        document.Mentions.Add(new Mention(acronymToken, acronymToken + 1, token.Start, token.End, longForm.Type, longForm.Key)
        {
            Surface = acronym,
            Priority = longForm.Priority,
            HasFoldedKey = longForm.HasFoldedKey,
        });
    }
}
