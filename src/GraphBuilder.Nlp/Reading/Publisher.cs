using System.Text.RegularExpressions;

namespace GraphBuilder.Nlp;

/// <summary>Finds the publisher or agency an article names for itself: dateline, byline, "Source:" line, or the agency it reports to.</summary>
internal static partial class Publisher
{
    /// <summary>News agencies and outlets, in the spelling used as the source name.</summary>
    private static readonly string[] KnownPublishers =
    [
        "Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "ARA News", "Kurdistan 24", "Rudaw",
        "South Front", "Al-Masdar News", "Al Jazeera", "Al Arabiya", "Al-Monitor", "Anadolu Agency", "Xinhua", "TASS",
        "RIA Novosti", "Sputnik", "SANA", "IRNA", "Fars News", "Tasnim", "Press TV", "RT", "BBC", "CNN", "Bloomberg",
        "UPI", "dpa", "EFE", "ANSA", "Kyodo", "Yonhap", "Middle East Eye", "Hawar News", "ANHA", "Shafaq News",
        "Asharq Al-Awsat", "Daily Sabah", "The Guardian", "The New York Times", "The Washington Post", "Global Research",
    ];

    private const string Name = @"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z0-9][\w&.'’-]*|of|the|for|and)){0,5}";

    /// <summary>"– ARA News –" or "ERBIL, Kurdistan Region (Kurdistan 24) –" or "BAGHDAD (Reuters) -" near the start of a paragraph.</summary>
    [GeneratedRegex(@"^(?:[^\n]{0,80}?\s)?[–—-]\s*(?<name>" + Name + @")\s*[–—-]\s|^[^\n(]{0,80}\((?<name>" + Name + @")\)\s*[–—:-]")]
    private static partial Regex Dateline();

    /// <summary>Wire datelines written with slashes: "MOSCOW, June 4. /TASS/."</summary>
    [GeneratedRegex(@"^[^/\n]{0,80}?\s/(?<name>[A-Z][\w.&' -]{0,30}?)/\.?(?:\s|$)")]
    private static partial Regex SlashDateline();

    /// <summary>A site's own lead-in: "Daily Planet : Rebels crossed ..." (spaced colon) or a line that is only "Daily Planet:".</summary>
    [GeneratedRegex(@"^(?<name>\p{L}[\p{L}\d.&'’-]*(?:\s+\p{L}[\p{L}\d.&'’-]*){0,3})(?:\s+:\s+\S|\s*:\s*$)")]
    private static partial Regex LeadIn();

    /// <summary>An agency tag after the last sentence of the article: "... both nations. (ANI)".</summary>
    [GeneratedRegex(@"[.!?""”’]\s*\((?<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\)\s*$")]
    private static partial Regex TrailingAgencyTag();

    /// <summary>"told The Daily Planet": a name led by "The" after a reporting verb is an outlet, not a person.</summary>
    [GeneratedRegex(@"\b(?:told|according to|in an interview with)\s+(?<name>The\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})")]
    private static partial Regex ToldTheOutlet();

    /// <summary>Labels that open a line with a colon but name no publisher.</summary>
    private static readonly HashSet<string> LeadInLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "Update", "Updated", "Note", "Editor's note", "Editor’s note", "Photo", "Photos", "Video", "Watch", "Breaking",
        "Breaking news", "Read more", "Related", "See also", "Also read", "Warning", "Caption", "Map", "Graphic",
        "Opinion", "Analysis", "Exclusive", "Live", "Summary", "Background", "Comment", "Comments", "Tags", "Share",
    };

    [GeneratedRegex(@"^By\s+(?<name>" + Name + @")$")]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(?:Source|Originally published by|The original source of this article is)\s*:?\s*(?<name>" + Name + @")\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"\b(?:told|according to|cited by|reported by|in an interview with|provided to|said to)\s+(?:the\s+)?$")]
    private static partial Regex AttributionBefore();

    /// <summary>Speech addressed to the outlet ("told X", "in an interview with X"): the mark of the outlet's own reporting.</summary>
    [GeneratedRegex(@"\b(?:told|in an interview with)\s+(?:the\s+)?$")]
    private static partial Regex AddressedBefore();

    /// <summary>"news agency SANA", "Kurdish news outlet Rudaw": an outlet introduced to the reader is a third party being cited.</summary>
    [GeneratedRegex(@"\b(?:agency|outlet|channel|television|TV|newspaper|daily|website|broadcaster|network|station)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex IntroducedOutletBefore();

    [GeneratedRegex(@"^\s+(?:reported|reports|has reported|had (?:previously |earlier )?reported|news agency reported)\b")]
    private static partial Regex AttributionAfter();

    [GeneratedRegex(@"\b(?:News|Press|Media|TV|Agency|Times|Post|Front|Radio|Network|Daily|Herald|Tribune|Journal|Observer)\b|\d")]
    private static partial Regex OutletWord();

    /// <summary>Looks for the self-named publisher in the header lines (first paragraphs), then in the metadata lines.</summary>
    public static string? FromHeader(IReadOnlyList<string> headerLines)
    {
        foreach (var line in headerLines)
        {
            var dateline = Dateline().Match(line);
            if (dateline.Success && LooksLikeOutlet(dateline.Groups["name"].Value) is { } fromDateline)
            {
                return fromDateline;
            }

            var slash = SlashDateline().Match(line);
            if (slash.Success && (Known(slash.Groups["name"].Value.Trim()) is { } || IsAcronym(slash.Groups["name"].Value.Trim())))
            {
                return Known(slash.Groups["name"].Value.Trim()) ?? slash.Groups["name"].Value.Trim();
            }

            var leadIn = LeadIn().Match(line);
            if (leadIn.Success && !LeadInLabels.Contains(leadIn.Groups["name"].Value))
            {
                return Known(leadIn.Groups["name"].Value) ?? leadIn.Groups["name"].Value;
            }

            var byline = Byline().Match(line);
            if (byline.Success && LooksLikeOutlet(byline.Groups["name"].Value) is { } fromByline)
            {
                return fromByline;
            }
        }

        return null;
    }

    /// <summary>"Source: X" and "The original source of this article is X" lines (they may be dropped as boilerplate afterwards).</summary>
    public static string? FromSourceLine(string line)
    {
        var match = SourceLine().Match(line);
        return match.Success ? match.Groups["name"].Value.TrimEnd('.') : null;
    }

    /// <summary>The agency tag after the article's last sentence, "(ANI)" or "(AFP)".</summary>
    public static string? FromTrailingTag(string body)
    {
        var match = TrailingAgencyTag().Match(body);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value;
        return Known(name) ?? (IsAcronym(name) ? name : LooksLikeOutlet(name));
    }

    private static bool IsAcronym(string name) => name.Length is >= 2 and <= 6 && name.All(char.IsUpper);

    /// <summary>The known agency the article reports to or quotes most often ("told Reuters", "ARA News reported").</summary>
    public static string? FromAttribution(string body)
    {
        // Searching for each known name (vectorised IndexOf) is far cheaper than a name pattern tried at every capital.
        string? best = null;
        var bestCount = 0;
        foreach (var publisher in KnownPublishers)
        {
            var count = 0;
            for (var at = body.IndexOf(publisher, StringComparison.Ordinal); at >= 0; at = body.IndexOf(publisher, at + publisher.Length, StringComparison.Ordinal))
            {
                var end = at + publisher.Length;
                if ((at > 0 && char.IsLetterOrDigit(body[at - 1])) || (end < body.Length && char.IsLetterOrDigit(body[end])))
                {
                    continue;
                }

                var before = body.AsSpan(Math.Max(0, at - 32), Math.Min(at, 32));
                if (IntroducedOutletBefore().IsMatch(before))
                {
                    continue;
                }

                if (AddressedBefore().IsMatch(before))
                {
                    count += 2;
                }
                else if (AttributionBefore().IsMatch(before) || AttributionAfter().IsMatch(body.AsSpan(end, Math.Min(body.Length - end, 32))))
                {
                    count++;
                }
            }

            if (count > bestCount)
            {
                (best, bestCount) = (publisher, count);
            }
        }

        // An outlet told something directly outweighs one that is only cited as reporting.
        if (bestCount < 2 && ToldTheOutlet().Match(body) is { Success: true } told)
        {
            return told.Groups["name"].Value;
        }

        return best;
    }

    /// <summary>A name is taken as an outlet when it is a known publisher, or carries an outlet word (News, TV, 24, ...).</summary>
    private static string? LooksLikeOutlet(string name)
    {
        var trimmed = name.Trim().TrimEnd('.', ',');
        return Known(trimmed) ?? (OutletWord().IsMatch(trimmed) ? trimmed : null);
    }

    /// <summary>The known publisher that <paramref name="name"/> starts with, so "Reuters on Monday" still finds Reuters.</summary>
    private static string? Known(string name)
    {
        foreach (var publisher in KnownPublishers)
        {
            if (name.StartsWith(publisher, StringComparison.OrdinalIgnoreCase)
                && (name.Length == publisher.Length || !char.IsLetterOrDigit(name[publisher.Length])))
            {
                return publisher;
            }
        }

        return null;
    }
}
