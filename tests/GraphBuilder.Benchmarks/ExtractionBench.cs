using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphBuilder.EmbeddedNeo4j;
using GraphBuilder.Nlp;
using GraphBuilder.Nlp.Pipeline;

namespace GraphBuilder.Benchmarks;

/// <summary>
/// <c>extract [--mb 5] [--stages] [--skip-js]</c>: generates a deterministic synthetic news corpus (templates filled with
/// gazetteer names, never text of the seed articles; the seeds in ../shared are mixed in at run time when present),
/// runs <see cref="ExtractionPipeline"/> over it on all cores, then runs the npm package compromise
/// (people/places/organizations, one node process per core) over the same bodies, and prints throughput and the ratio.
/// </summary>
internal static class ExtractionBench
{
    private const double TargetMegabytesPerSecondPerCore = 1.0;
    private const int TimedRuns = 3;

    public static async Task<int> RunAsync(string[] args)
    {
        var megabytes = DoubleOption(args, "--mb", 5.0);
        var cores = Environment.ProcessorCount;
        var cache = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "graphbuilder", "bench-extract");
        Directory.CreateDirectory(cache);

        var (articles, rawTexts) = await BuildCorpusAsync(megabytes).ConfigureAwait(false);
        var bytes = articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Body));
        var tokens = articles.Sum(a => CountTokens(a.Body));
        Console.WriteLine(Invariant($"corpus: {articles.Count:N0} articles, {bytes / 1e6:0.00} MB, {tokens:N0} tokens, {cores} cores, {(GCSettings.IsServerGC ? "server" : "workstation")} GC (DOTNET_gcServer=1 for server)"));

        WriteReadingThroughput(rawTexts);
        var ours = RunPipeline(articles, cores);
        var oursPerCore = bytes / 1e6 / ours.Seconds / cores;
        Console.WriteLine();
        Console.WriteLine("GraphBuilder.Nlp (C#, Parallel.ForEach over all cores)");
        Console.WriteLine(Invariant($"  wall {ours.Seconds:0.000} s   {articles.Count / ours.Seconds:N0} articles/s   {tokens / ours.Seconds:N0} tokens/s   {bytes / 1e6 / ours.Seconds:0.00} MB/s   {oursPerCore:0.00} MB/s per core"));
        Console.WriteLine(Invariant($"  allocated {ours.AllocatedBytes / (double)articles.Count / 1024:N1} KiB per article ({ours.AllocatedBytes / (double)bytes:0.0} bytes per input byte)   entities {ours.Entities:N0}   relations {ours.Relations:N0}"));
        Console.WriteLine(Invariant($"  target >= {TargetMegabytesPerSecondPerCore:0.0} MB/s per core: {(oursPerCore >= TargetMegabytesPerSecondPerCore ? "met" : "NOT met")}"));

        if (args.Contains("--stages"))
        {
            WriteStageBreakdown(articles);
        }

        if (args.Contains("--skip-js"))
        {
            return 0;
        }

        var corpusFile = Path.Combine(cache, "corpus.jsonl");
        await WriteCorpusAsync(articles, corpusFile).ConfigureAwait(false);
        var peer = await RunCompromiseAsync(corpusFile, cache, cores).ConfigureAwait(false);
        var peerPerCore = peer.Bytes / 1e6 / peer.Seconds / cores;
        Console.WriteLine();
        Console.WriteLine($"compromise {peer.Version} (node, {cores} processes, one shard each; people + places + organizations)");
        Console.WriteLine(Invariant($"  wall {peer.Seconds:0.000} s   {peer.Articles / peer.Seconds:N0} articles/s   {tokens / peer.Seconds:N0} tokens/s   {peer.Bytes / 1e6 / peer.Seconds:0.00} MB/s   {peerPerCore:0.00} MB/s per core   entities {peer.Entities:N0}"));
        Console.WriteLine();
        Console.WriteLine(Invariant($"ratio GraphBuilder.Nlp / compromise (MB/s per core): {oursPerCore / peerPerCore:0.00}x"));
        return 0;
    }

    /// <summary>
    /// One untimed pass over the whole corpus first (so every hot method is at its final JIT tier), then
    /// <see cref="TimedRuns"/> timed passes; the median pass is reported, as the machine is shared and noisy.
    /// </summary>
    private static PipelineResult RunPipeline(List<Article> articles, int cores)
    {
        var pipeline = ExtractionPipeline.CreateDefault();
        RunPass(pipeline, articles, cores);
        var passes = Enumerable.Range(0, TimedRuns).Select(_ => RunPass(pipeline, articles, cores)).OrderBy(p => p.Seconds).ToList();
        Console.WriteLine(Invariant($"  pipeline passes: {string.Join(", ", passes.Select(p => p.Seconds.ToString("0.000", CultureInfo.InvariantCulture)))} s"));
        return passes[TimedRuns / 2];
    }

    private static PipelineResult RunPass(ExtractionPipeline pipeline, List<Article> articles, int cores)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long entities = 0;
        long relations = 0;
        var stopwatch = Stopwatch.StartNew();
        Parallel.ForEach(
            articles,
            new ParallelOptions { MaxDegreeOfParallelism = cores },
            () => (Entities: 0L, Relations: 0L),
            (article, _, counts) =>
            {
                var extraction = pipeline.Extract(article);
                return (counts.Entities + extraction.Entities.Count, counts.Relations + extraction.Relations.Count);
            },
            counts =>
            {
                Interlocked.Add(ref entities, counts.Entities);
                Interlocked.Add(ref relations, counts.Relations);
            });
        stopwatch.Stop();
        return new PipelineResult(stopwatch.Elapsed.TotalSeconds, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore, entities, relations);
    }

    /// <summary>Where the time and allocations go: each stage timed on one thread over the whole corpus.</summary>
    private static void WriteStageBreakdown(List<Article> articles)
    {
        // The stage list is private to the pipeline; a diagnostic may look inside without widening its API.
        var stages = (IPipelineStage[])typeof(ExtractionPipeline)
            .GetField("_stages", BindingFlags.NonPublic | BindingFlags.Instance)!
            .GetValue(ExtractionPipeline.CreateDefault())!;
        var ticks = new long[stages.Length];
        var allocated = new long[stages.Length];
        foreach (var article in articles)
        {
            var document = new Document(article.Body);
            for (var i = 0; i < stages.Length; i++)
            {
                var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
                var start = Stopwatch.GetTimestamp();
                stages[i].Process(document, CancellationToken.None);
                ticks[i] += Stopwatch.GetTimestamp() - start;
                allocated[i] += GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
            }
        }

        var totalTicks = ticks.Sum();
        Console.WriteLine();
        Console.WriteLine(Invariant($"stages, one thread ({totalTicks / (double)Stopwatch.Frequency:0.000} s in all):"));
        for (var i = 0; i < stages.Length; i++)
        {
            Console.WriteLine(Invariant($"  {stages[i].GetType().Name,-24} {ticks[i] / (double)Stopwatch.Frequency,8:0.000} s {100.0 * ticks[i] / totalTicks,6:0.0}%   {allocated[i] / (double)articles.Count / 1024,8:N1} KiB/article"));
        }
    }

    private static async Task<PeerResult> RunCompromiseAsync(string corpusFile, string cache, int cores)
    {
        var scriptDirectory = Path.Combine(BenchPaths.RepositoryRoot(), "tests", "GraphBuilder.Benchmarks", "compromise");
        var peerDirectory = Path.Combine(cache, "compromise");
        Directory.CreateDirectory(peerDirectory);
        foreach (var file in new[] { "package.json", "extract-bench.mjs" })
        {
            File.Copy(Path.Combine(scriptDirectory, file), Path.Combine(peerDirectory, file), overwrite: true);
        }

        var installed = Path.Combine(peerDirectory, "node_modules", "compromise", "package.json");
        if (!File.Exists(installed))
        {
            Console.WriteLine($"installing compromise into {peerDirectory} ...");
            await RunAsync("npm", ["install", "--no-audit", "--no-fund", "--silent"], peerDirectory).ConfigureAwait(false);
        }

        using var package = JsonDocument.Parse(await File.ReadAllBytesAsync(installed).ConfigureAwait(false));
        var version = package.RootElement.GetProperty("version").GetString() ?? "?";

        var shards = await Task.WhenAll(Enumerable.Range(0, cores).Select(shard => RunAsync(
            "node",
            [Path.Combine(peerDirectory, "extract-bench.mjs"), corpusFile, shard.ToString(CultureInfo.InvariantCulture), cores.ToString(CultureInfo.InvariantCulture)],
            peerDirectory))).ConfigureAwait(false);
        var results = shards.Select(output =>
        {
            using var json = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
            var root = json.RootElement;
            return (Articles: root.GetProperty("articles").GetInt32(), Bytes: root.GetProperty("bytes").GetInt64(),
                    Seconds: root.GetProperty("seconds").GetDouble(), Entities: root.GetProperty("entities").GetInt64());
        }).ToList();

        // The shards run side by side, so the slowest one is the wall time of the whole corpus.
        return new PeerResult(version, results.Sum(r => r.Articles), results.Sum(r => r.Bytes), results.Max(r => r.Seconds), results.Sum(r => r.Entities));
    }

    /// <summary>Article reading (markup, boilerplate, title/date/publisher) on one thread; the corpus build was its warm-up.</summary>
    private static void WriteReadingThroughput(List<string> rawTexts)
    {
        var rawBytes = rawTexts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
        var stopwatch = Stopwatch.StartNew();
        foreach (var text in rawTexts)
        {
            ArticleTextParser.Parse("synthetic.txt", text, ArticleHints.None);
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        Console.WriteLine(Invariant($"reading (text parser, one thread): {rawTexts.Count / seconds:N0} articles/s, {rawBytes / 1e6 / seconds:0.00} MB/s"));
    }

    private static async Task<(List<Article> Articles, List<string> RawTexts)> BuildCorpusAsync(double megabytes)
    {
        var articles = new List<Article>();
        var rawTexts = new List<string>();
        var seeds = Path.Combine(BenchPaths.RepositoryRoot(), "..", "shared", "articles");
        if (Directory.Exists(seeds))
        {
            await foreach (var article in ArticleReader.ReadAsync(seeds).ConfigureAwait(false))
            {
                articles.Add(article);
            }
        }

        var generator = new SyntheticNews(seed: 20170604);
        var targetBytes = (long)(megabytes * 1_000_000);
        var bytes = articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Body));
        for (var index = 0; bytes < targetBytes; index++)
        {
            var text = generator.NextArticle();
            rawTexts.Add(text);
            var article = ArticleTextParser.Parse(Invariant($"synthetic-{index:D5}.txt"), text, ArticleHints.None);
            articles.Add(article);
            bytes += Encoding.UTF8.GetByteCount(article.Body);
        }

        return (articles, rawTexts);
    }

    private static async Task WriteCorpusAsync(List<Article> articles, string path)
    {
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        await using var stream = File.Create(path);
        foreach (var article in articles)
        {
            await using (var writer = new Utf8JsonWriter(stream, options))
            {
                writer.WriteStartObject();
                writer.WriteString("article", article.FileName);
                writer.WriteString("body", article.Body);
                writer.WriteEndObject();
            }

            stream.WriteByte((byte)'\n');
        }
    }

    /// <summary>Words, numbers and punctuation marks: the same count is used for both sides' tokens/s.</summary>
    private static int CountTokens(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                count += inWord ? 0 : 1;
                inWord = true;
            }
            else
            {
                count += char.IsPunctuation(c) ? 1 : 0;
                inWord = false;
            }
        }

        return count;
    }

    private static async Task<string> RunAsync(string fileName, string[] arguments, string workingDirectory)
    {
        var (exitCode, output) = await ExternalProcess.RunAsync(fileName, arguments, workingDirectory, null, TimeSpan.FromMinutes(30), CancellationToken.None).ConfigureAwait(false);
        return exitCode == 0 ? output : throw new InvalidOperationException($"{fileName} failed (exit {exitCode}): {output}");
    }

    private static double DoubleOption(string[] args, string name, double fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? double.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record PipelineResult(double Seconds, long AllocatedBytes, long Entities, long Relations);

    private sealed record PeerResult(string Version, int Articles, long Bytes, double Seconds, long Entities);

    /// <summary>Original news-like text from templates and gazetteer names; deterministic for a given seed.</summary>
    private sealed class SyntheticNews(int seed)
    {
        private static readonly string[] People =
        [
            "Karwan Haddad", "Leila Nasser", "Omar Farouk al-Jubouri", "Hevin Darwish", "Samir Khalil", "Nadia Rahimi",
            "Tariq Mansour", "Dilan Yusuf", "Rami Saleh", "Jamal al-Obeidi", "Sara Whitfield", "Peter Lindqvist",
            "Aziz Hamdan", "Mariam Qassab", "Colonel Daniel Brooks", "Brigadier General Hassan Karim",
        ];

        private static readonly string[] Organizations =
        [
            "the Popular Mobilization Units (PMU)", "the Syrian Democratic Forces (SDF)", "Islamic State", "ISIS", "the YPG",
            "Hezbollah", "the US-led coalition", "the Iraqi army", "the Peshmerga", "the Free Syrian Army", "the Iraqi government",
            "the Turkish army", "the Syrian army", "Iraqi security forces", "the Counter-Terrorism Service", "Asayish",
        ];

        private static readonly string[] Places =
        [
            "Mosul", "Raqqa", "Deir ez-Zor", "Tal Afar", "Kirkuk", "Aleppo", "Manbij", "Hasakah", "Qamishli", "Sinjar",
            "Anbar", "Ramadi", "Fallujah", "Palmyra", "Idlib", "Homs", "Erbil", "Baghdad", "Damascus", "Afrin", "Kobani",
            "al-Bukamal", "Qaim", "Nineveh", "al-Tanf", "Baaj",
        ];

        private static readonly string[] Countries = ["Syria", "Iraq", "Iran", "Turkey", "Russia", "Jordan", "Lebanon", "the United States"];

        private static readonly string[] Backers = ["Iran", "US", "Turkish", "Russian", "Iranian"];

        private static readonly string[] Agencies = ["Reuters", "AFP", "Rudaw", "Kurdistan 24", "ARA News"];

        private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

        private static readonly string[] Months = ["January", "March", "April", "June", "August", "October", "November"];

        private static readonly string[] Titles =
        [
            "{O} advances on {P}", "Fighting intensifies near {P}", "{C} pledges support for {O}", "{O} claims capture of {P}",
            "Civilians flee {P} as {O} closes in", "{O} and {O2} clash outside {P}",
        ];

        private static readonly string[] Sentences =
        [
            "{O} fighters crossed the border into {P} on {D}, {A} reported.",
            "{O} said it had taken control of {P} after {N} days of heavy fighting against {O2}.",
            "\"We will not allow {O2} to return to {P},\" {H}, a spokesman for {O}, told {A}.",
            "{B}-backed {O} launched an offensive against {O2} near {P} on {D}.",
            "{O} could advance on {P} within weeks if {C} provides air support, officials said.",
            "Residents of {P} said {O2} militants had withdrawn towards {P2} overnight.",
            "{H} condemned the shelling of {P} and called on {C} to intervene.",
            "{O} is supported by {C}, according to {H}.",
            "Aid agencies warned that {N},000 civilians remained trapped in {P}.",
            "{O} and {O2} clashed on the outskirts of {P} on {D}.",
            "The operation to retake {P} is expected to last several months, {H} said.",
            "Local sources confirmed that {O} units entered {N} villages east of {P}.",
            "{O} denied reports that it was preparing to cross into {C}.",
            "Convoys carrying weapons from {C} reached {P} late on {D}, two officials told {A}.",
            "{H} said talks between {O} and {O2} over the future of {P} had stalled.",
            "The road between {P} and {P2} was reopened after {O} cleared it of mines.",
            "{O} accused {O2} of firing rockets at positions near {P}.",
            "Analysts said the fall of {P} would leave {O2} isolated in the desert west of {P2}.",
        ];

        private readonly Random _random = new(seed);

        public string NextArticle()
        {
            var text = new StringBuilder(4096);
            text.Append(Fill(Pick(Titles))).Append("\n\n");
            text.Append(Pick(Months)).Append(' ').Append(_random.Next(1, 29)).Append(", ").Append(_random.Next(2014, 2019)).Append("\n\n");
            text.Append(Pick(Places).ToUpperInvariant()).Append(" (").Append(Pick(Agencies)).Append(") – ");
            var paragraphs = _random.Next(8, 16);
            for (var p = 0; p < paragraphs; p++)
            {
                var sentences = _random.Next(2, 5);
                for (var s = 0; s < sentences; s++)
                {
                    text.Append(Fill(Pick(Sentences))).Append(s + 1 < sentences ? " " : string.Empty);
                }

                text.Append("\n\n");
            }

            return text.ToString();
        }

        private string Fill(string template)
        {
            var organization = Pick(Organizations);
            var other = PickOther(Organizations, organization);
            var place = Pick(Places);
            var result = template
                .Replace("{O2}", other, StringComparison.Ordinal)
                .Replace("{O}", organization, StringComparison.Ordinal)
                .Replace("{P2}", PickOther(Places, place), StringComparison.Ordinal)
                .Replace("{P}", place, StringComparison.Ordinal)
                .Replace("{C}", Pick(Countries), StringComparison.Ordinal)
                .Replace("{B}", Pick(Backers), StringComparison.Ordinal)
                .Replace("{H}", Pick(People), StringComparison.Ordinal)
                .Replace("{A}", Pick(Agencies), StringComparison.Ordinal)
                .Replace("{D}", Pick(Days), StringComparison.Ordinal)
                .Replace("{N}", _random.Next(2, 40).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("-backed the ", "-backed ", StringComparison.Ordinal);
            return char.ToUpperInvariant(result[0]) + result[1..];
        }

        private string Pick(string[] items) => items[_random.Next(items.Length)];

        private string PickOther(string[] items, string not)
        {
            var pick = Pick(items);
            return pick == not ? items[(Array.IndexOf(items, pick) + 1) % items.Length] : pick;
        }
    }
}
