using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;

namespace GraphBuilder.Nlp.Data;

internal enum GazetteerKind : byte { Organization, Person, Country, Region, City }

/// <param name="IsReporter">A news outlet or monitor: it reports relations, it is not a party to them.</param>
internal sealed record GazetteerEntry(string Id, GazetteerKind Kind, string Name, double? Latitude, double? Longitude, string? Country, bool IsReporter = false)
{
    public EntityType Type => Kind switch
    {
        GazetteerKind.Organization => EntityType.Organization,
        GazetteerKind.Person => EntityType.Person,
        _ => EntityType.Location,
    };
}

/// <summary>
/// Names of countries (with demonyms), cities with coordinates, curated regions, organisations and leaders,
/// keyed by <see cref="NameKey.Normalize"/>; place names also by <see cref="NameKey.Fold"/> for transliterations.
/// </summary>
internal sealed class Gazetteer
{
    // Countries whose towns make up most conflict reporting here: every populated place of theirs is kept.
    private static readonly FrozenSet<string> s_regionCountries = FrozenSet.ToFrozenSet(
    [
        "IQ", "SY", "TR", "IR", "LB", "JO", "IL", "PS", "SA", "YE", "KW", "QA", "BH", "AE", "OM", "EG", "LY", "TN",
        "DZ", "MA", "SD", "AF", "PK", "AZ", "AM", "GE", "CY", "SO", "ML", "NE", "TD", "NG",
    ], StringComparer.Ordinal);

    private const int WorldCityPopulation = 250_000;
    private const int CommonWordCityPopulation = 20_000;

    private readonly FrozenDictionary<string, GazetteerEntry> _byName;
    private readonly FrozenDictionary<string, GazetteerEntry> _placesByFold;
    private readonly FrozenDictionary<string, GazetteerEntry> _demonyms;
    private readonly FrozenDictionary<string, GazetteerEntry> _byId;
    private readonly FrozenDictionary<string, string> _demonymOfCountry;

    private Gazetteer(
        Dictionary<string, GazetteerEntry> byName,
        Dictionary<string, GazetteerEntry> placesByFold,
        Dictionary<string, GazetteerEntry> demonyms,
        Dictionary<string, GazetteerEntry> byId,
        Dictionary<string, string> demonymOfCountry)
    {
        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
        _placesByFold = placesByFold.ToFrozenDictionary(StringComparer.Ordinal);
        _demonyms = demonyms.ToFrozenDictionary(StringComparer.Ordinal);
        _byId = byId.ToFrozenDictionary(StringComparer.Ordinal);
        _demonymOfCountry = demonymOfCountry.ToFrozenDictionary(StringComparer.Ordinal);
        MaxNameTokens = byName.Keys.Max(k => k.Count(c => c == ' ') + 1);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in byName.Keys)
        {
            for (var space = key.IndexOf(' ', StringComparison.Ordinal); space > 0; space = key.IndexOf(' ', space + 1))
                prefixes.Add(key[..space]);
        }
        _prefixes = prefixes.ToFrozenSet(StringComparer.Ordinal);
    }

    private readonly FrozenSet<string> _prefixes;
    private FrozenDictionary<string, GazetteerEntry> _capitals = FrozenDictionary<string, GazetteerEntry>.Empty;
    private FrozenSet<string> _lowercaseNames = FrozenSet<string>.Empty;

    private FrozenDictionary<string, GazetteerEntry> _commonWordCities = FrozenDictionary<string, GazetteerEntry>.Empty;

    /// <summary>
    /// A town of the region whose name is also an English word ("Tyre", "Latakia", "Van"): left out of the plain name
    /// lookup, matched only where the text places it (the caller checks the cue).
    /// </summary>
    internal bool TryGetCommonWordCity(string normalized, out GazetteerEntry entry) => _commonWordCities.TryGetValue(normalized, out entry!);

    /// <summary>A lower-case word that is a group's one-word name (the caller checks it is used as one).</summary>
    internal bool IsLowercaseName(ReadOnlySpan<char> word) => _lowercaseNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>The country whose capital has this (normalised) name.</summary>
    internal GazetteerEntry? CountryOfCapital(string normalized) => _capitals.GetValueOrDefault(normalized);

    /// <summary>True when some name starts with these words, so a longer match is still possible.</summary>
    internal bool IsNamePrefix(string normalized) => _prefixes.Contains(normalized);

    internal int MaxNameTokens { get; }

    internal int Count => _byName.Count;

    internal bool TryGetName(string normalized, out GazetteerEntry entry) => _byName.TryGetValue(normalized, out entry!);

    /// <summary>
    /// A place another transliteration of <paramref name="surface"/> names ("Qayara" for Qayyarah). The fold is coarse, so
    /// the two spellings must also be close letter by letter: "Karama" is no spelling of Kurayyimah.
    /// </summary>
    internal bool TryGetPlaceBySpelling(string surface, out GazetteerEntry entry)
    {
        if (!_placesByFold.TryGetValue(NameKey.Fold(surface), out entry!))
            return false;
        var written = NameKey.WithoutArticles(NameKey.Normalize(surface));
        var known = NameKey.WithoutArticles(NameKey.Normalize(entry.Name));
        return NameKey.EditDistance(written, known) <= Math.Max(2, Math.Min(written.Length, known.Length) / 3);
    }

    internal bool TryGetDemonym(string normalized, out GazetteerEntry country) => _demonyms.TryGetValue(normalized, out country!);

    internal GazetteerEntry? ById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>"Iraqi" for "iraq": used to name state bodies ("iraqi-government").</summary>
    internal string DemonymSlugOf(string countryId) => _demonymOfCountry.GetValueOrDefault(countryId, countryId);

    internal static Gazetteer Load(string dataDirectory, Lexicon lexicon, IEnumerable<string> extraOrganizationFiles)
    {
        var byName = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        var byFold = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        var demonyms = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        var byId = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        var demonymOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var capitals = new Dictionary<string, string>(StringComparer.Ordinal);
        var commonWordCities = new Dictionary<string, (GazetteerEntry Entry, long Population)>(StringComparer.Ordinal);
        var countryByCode = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);

        // a short organisation name the data itself writes in lower case ("dpa") is matched in lower case as well
        var writtenLowercase = new HashSet<string>(StringComparer.Ordinal);

        void Add(GazetteerEntry entry, string surface, bool overwrite)
        {
            var key = NameKey.Normalize(surface);
            if (key.Length == 0)
                return;
            if (entry.Kind == GazetteerKind.Organization && surface.Length >= 3 && surface.All(char.IsAsciiLetterLower))
                writtenLowercase.Add(key);
            byId.TryAdd(entry.Id, entry);
            if (overwrite || !byName.ContainsKey(key))
                byName[key] = entry;
            // a transliteration fold is only trusted inside the region: "Malayeen" folds like Milan, "Samah" like Samoa
            if (entry.Kind is GazetteerKind.Region || entry.Kind is GazetteerKind.City or GazetteerKind.Country && entry.Country is { } code && s_regionCountries.Contains(code))
            {
                var fold = NameKey.Fold(surface);
                if (fold.Length >= 4 && (overwrite || !byFold.ContainsKey(fold)))
                    byFold[fold] = entry;
            }
        }

        // lowest priority first: later sources overwrite
        foreach (var line in File.ReadLines(Path.Combine(dataDirectory, NlpDataProvisioner.CitiesFile)))
        {
            var f = line.Split('\t');
            if (f.Length < 6 || f[0].Length < 3)
                continue;
            var population = long.Parse(f[3], CultureInfo.InvariantCulture);
            var inRegion = s_regionCountries.Contains(f[1]);
            if (!inRegion && population < WorldCityPopulation)
                continue;
            if (lexicon.IsCommonWord(NameKey.Normalize(f[0])) && population < 1_000_000)
            {
                if (inRegion && population >= CommonWordCityPopulation)
                {
                    var weak = new GazetteerEntry(NameKey.Slug(f[0]), GazetteerKind.City, f[0],
                        double.Parse(f[4], CultureInfo.InvariantCulture), double.Parse(f[5], CultureInfo.InvariantCulture), f[1]);
                    // the most populous town of the name wins (the file is not sorted by population)
                    if (!commonWordCities.TryGetValue(NameKey.Normalize(f[0]), out var held) || held.Population < population)
                        commonWordCities[NameKey.Normalize(f[0])] = (weak, population);
                }
                continue;
            }
            if (f[2] == "PPLC")
                capitals.TryAdd(NameKey.Normalize(f[0]), f[1]);
            var entry = new GazetteerEntry(NameKey.Slug(f[0]), GazetteerKind.City, f[0],
                double.Parse(f[4], CultureInfo.InvariantCulture), double.Parse(f[5], CultureInfo.InvariantCulture), f[1]);
            if (!byName.TryGetValue(NameKey.Normalize(f[0]), out var existing) || existing.Kind != GazetteerKind.City)
                Add(entry, f[0], overwrite: false);
        }

        foreach (var line in ReadResourceLines("places.tsv"))
        {
            var f = line.Split('\t');
            var entry = new GazetteerEntry(f[0], GazetteerKind.Region, f[1], ParseOptional(f, 3), ParseOptional(f, 4), null);
            Add(entry, f[1], overwrite: true);
            foreach (var alias in Aliases(f, 2))
                Add(entry, alias, overwrite: true);
        }

        foreach (var line in File.ReadLines(Path.Combine(dataDirectory, NlpDataProvisioner.CountriesFile)))
        {
            var f = line.Split('\t');
            if (f.Length < 7)
                continue;
            var id = NameKey.Slug(f[1]);
            var entry = new GazetteerEntry(id, GazetteerKind.Country, f[1], ParseOptional(f, 5), ParseOptional(f, 6), f[0]);
            countryByCode.TryAdd(f[0], entry);
            Add(entry, f[1], overwrite: true);
            Add(entry, f[2], overwrite: true);
            foreach (var alias in Aliases(f, 3))
            {
                // two-letter codes other than the ones writers use (US, UK) would match ordinary capitals
                // "Saudi" is written as an adjective ("the Saudi capital"): a demonym, not a name
                if (alias == "Saudi")
                    demonyms.TryAdd("saudi", entry);
                else if (alias.Length > 2 || alias is "US" or "UK")
                    Add(entry, alias, overwrite: false);
            }
            var demonymList = Aliases(f, 4).ToList();
            // "American" is also the Northern Mariana Islands' demonym: a shared demonym goes to the shortest-named
            // country, the sovereign state rather than a territory named after it
            foreach (var demonym in demonymList)
            {
                var demonymKey = NameKey.Normalize(demonym);
                if (!demonyms.TryGetValue(demonymKey, out var holder) || holder.Name.Length > entry.Name.Length && holder.Kind == GazetteerKind.Country)
                    demonyms[demonymKey] = entry;
            }
            if (demonymList.Count > 0)
                demonymOf.TryAdd(id, NameKey.Slug(demonymList[0]));
        }
        // Forms writers use that the country data leaves out.
        foreach (var (alias, id) in new[] { ("U.S.", "united-states"), ("U.S", "united-states"), ("America", "united-states"), ("United States", "united-states"), ("Britain", "united-kingdom"), ("U.K.", "united-kingdom"), ("UAE", "united-arab-emirates"), ("Russian Federation", "russia"), ("Turkey", "turkiye") })
        {
            if (byId.TryGetValue(id, out var country))
                Add(country, alias, overwrite: true);
        }

        void AddOrganizations(IEnumerable<string> lines)
        {
            foreach (var line in lines)
            {
                var f = line.Split('\t');
                if (f.Length < 3)
                    continue;
                var kind = f[1] == "Person" ? GazetteerKind.Person : GazetteerKind.Organization;
                var country = f.Length > 4 && f[4].Length > 0 ? f[4].ToUpperInvariant() : null;
                var entry = new GazetteerEntry(f[0], kind, f[2], null, null, country, IsReporter: f.Length > 5 && f[5] == "reporter");
                byId[entry.Id] = entry;
                Add(entry, f[2], overwrite: true);
                foreach (var alias in Aliases(f, 3))
                    Add(entry, alias, overwrite: true);
            }
        }
        AddOrganizations(ReadResourceLines("organizations.tsv"));
        foreach (var file in extraOrganizationFiles)
            AddOrganizations(File.ReadLines(file).Where(l => l.Length > 0 && l[0] != '#'));

        AddOrganizationVariants(byName, demonyms);

        var capitalOf = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var (name, code) in capitals)
        {
            if (countryByCode.TryGetValue(code, out var state))
                capitalOf[name] = state;
        }
        capitalOf["washington"] = byId["united-states"];
        // one-word group names that are no English word ("peshmerga", "hezbollah") also match when written in lower case
        var lowercaseNames = byName.Where(p => p.Value.Kind == GazetteerKind.Organization && p.Key.Length >= 5 && !p.Key.Contains(' ')
                                               && p.Key.All(char.IsAsciiLetterLower))
            .Select(p => p.Key).Concat(writtenLowercase).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        return new Gazetteer(byName, byFold, demonyms, byId, demonymOf)
        {
            _capitals = capitalOf.ToFrozenDictionary(StringComparer.Ordinal),
            _lowercaseNames = lowercaseNames,
            // a name the curated data or the country list also holds is that, not the town
            _commonWordCities = commonWordCities.Where(p => !byName.ContainsKey(p.Key)).ToFrozenDictionary(p => p.Key, p => p.Value.Entry, StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// Writers vary organisation names in ways no alias list keeps up with: a country for its demonym ("Syria
    /// Democratic Forces") and one dropped letter in a long name ("Hash al-Shaabi"). Both forms join the entry unless
    /// they already name something else or two entries would claim them.
    /// </summary>
    private static void AddOrganizationVariants(Dictionary<string, GazetteerEntry> byName, Dictionary<string, GazetteerEntry> demonyms)
    {
        const int MinLengthForTypos = 12;
        var variants = new Dictionary<string, GazetteerEntry?>(StringComparer.Ordinal);
        void Offer(string variant, GazetteerEntry entry)
        {
            if (byName.ContainsKey(variant))
                return;
            if (variants.TryGetValue(variant, out var other) && other != entry)
                variants[variant] = null;
            else
                variants[variant] = entry;
        }
        foreach (var (key, entry) in byName)
        {
            if (entry.Kind != GazetteerKind.Organization || !key.Contains(' '))
                continue;
            var words = key.Split(' ');
            for (var w = 0; w < words.Length; w++)
            {
                if (demonyms.TryGetValue(words[w], out var country))
                {
                    var original = words[w];
                    words[w] = NameKey.Normalize(country.Name);
                    Offer(string.Join(' ', words), entry);
                    words[w] = original;
                }
            }
            if (key.Length < MinLengthForTypos)
                continue;
            for (var c = 1; c < key.Length; c++)
            {
                if (char.IsAsciiLetterLower(key[c]))
                    Offer(string.Concat(key.AsSpan(0, c), key.AsSpan(c + 1)), entry);
            }
        }
        foreach (var (variant, entry) in variants)
        {
            if (entry is not null)
                byName[variant] = entry;
        }
    }

    private static IEnumerable<string> Aliases(string[] fields, int index) =>
        fields.Length > index ? fields[index].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];

    private static double? ParseOptional(string[] fields, int index) =>
        fields.Length > index && double.TryParse(fields[index], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static IEnumerable<string> ReadResourceLines(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("GraphBuilder.Nlp.Data." + name)
                           ?? throw new InvalidOperationException($"Missing embedded resource {name}.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
                lines.Add(line);
        }
        return lines;
    }
}
