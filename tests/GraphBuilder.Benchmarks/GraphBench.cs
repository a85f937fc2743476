using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using GraphBuilder.Bolt;
using GraphBuilder.EmbeddedNeo4j;
using GraphBuilder.Graph;

namespace GraphBuilder.Benchmarks;

/// <summary>
/// <c>graph [--entities 100000] [--relations 200000] [--skip-js] [--js-first] [--trace]</c>: upserts synthetic entities, then relations (each
/// with its evidence), through <see cref="GraphWriter"/> into a bench-only embedded Neo4j 3.1.1 (own data directory and
/// ports, wiped at start, stopped at the end), then replays the same Cypher batches with the official JavaScript driver
/// (neo4j-driver 1.7, Bolt v1) against the same server, each side in its own id namespace, and prints throughput,
/// the ratio ours/official and client memory at 25%, 50% and 100% of the input.
/// </summary>
internal static class GraphBench
{
    private const int EntitiesPerArticle = 100;
    private const int RelationsPerArticle = 200;
    private const int ArticlesPerBatch = 10;

    // Runs before each side's measured run so neither pays alone for JIT and Cypher plan compilation.
    private static readonly Workload Warmup = new(2_000, 4_000);

    public static async Task<int> RunAsync(string[] args)
    {
        var entityCount = IntOption(args, "--entities", 100_000);
        var relationCount = IntOption(args, "--relations", 200_000);
        var skipJs = args.Contains("--skip-js");
        var jsFirst = args.Contains("--js-first");
        var workload = new Workload(entityCount, relationCount);

        var server = EmbeddedNeo4jServer.CreateDefault(new EmbeddedNeo4jOptions
        {
            BoltPort = 17688,
            HttpPort = 17475,
            InstanceDirectory = Path.Combine(Path.GetTempPath(), "graphbuilder-bench-neo4j"),
            HeapSize = "2g",
            PageCacheSize = "1g",
        });
        await server.StopAsync();
        if (Directory.Exists(server.InstanceDirectory))
        {
            Directory.Delete(server.InstanceDirectory, recursive: true);
        }

        Console.WriteLine($"graph bench: {entityCount:N0} entities, {relationCount:N0} relations, {workload.BatchCount} batches of {ArticlesPerBatch} articles");
        Console.WriteLine($"starting a bench-only Neo4j 3.1.1 in {server.InstanceDirectory} ...");
        var connection = await server.StartAsync();
        try
        {
            var driver = GraphDatabase.Driver(connection.BoltUri, AuthTokens.Basic(connection.User, connection.Password));
            await using (driver.ConfigureAwait(false))
            {
                var writer = new GraphWriter(driver);
                await writer.EnsureSchemaAsync();
                Console.WriteLine($"server: {await driver.GetServerInfoAsync()}");

                Console.WriteLine($"load average before: {LoadAverage()}");

                // The second run meets a database twice as big; --js-first swaps the order to show how much that matters.
                BenchResult? official = null;
                if (!skipJs && jsFirst)
                {
                    official = await RunOfficialAsync(workload, "js:", connection);
                    Print($"neo4j-driver {official.Driver} (JS)", official);
                }

                var ours = await RunOursWithWarmupAsync(writer, workload, args.Contains("--trace"));
                Print("GraphBuilder.Bolt", ours);
                if (skipJs)
                {
                    return 0;
                }

                if (official is null)
                {
                    official = await RunOfficialAsync(workload, "js:", connection);
                    Print($"neo4j-driver {official.Driver} (JS)", official);
                }

                Console.WriteLine();
                Console.WriteLine($"load average after: {LoadAverage()}");
                Console.WriteLine($"ratio ours/official: entities {ours.EntitiesPerSecond / official.EntitiesPerSecond:0.00}x, relations {ours.RelationsPerSecond / official.RelationsPerSecond:0.00}x (target >= 0.90)");
                await VerifySameGraphAsync(driver);
            }
        }
        finally
        {
            await server.StopAsync();
        }

        return 0;
    }

    private static async Task<BenchResult> RunOursWithWarmupAsync(GraphWriter writer, Workload workload, bool trace)
    {
        foreach (var (_, _, articles) in Warmup.Batches("warmup-net:"))
        {
            await writer.WriteAsync(articles);
        }

        // --trace: where the time goes, per statement (the first one of a batch also carries the previous commit).
        var statementSeconds = new Dictionary<string, double>();
        if (trace)
        {
            var last = Stopwatch.GetTimestamp();
            writer.AfterStatement = statement =>
            {
                var lines = statement.Text.Split('\n');
                var name = string.Join(' ', lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3)) + " ... " + lines[^1].Trim();
                statementSeconds[name] = statementSeconds.GetValueOrDefault(name) + Stopwatch.GetElapsedTime(last).TotalSeconds;
                last = Stopwatch.GetTimestamp();
                return Task.CompletedTask;
            };
        }

        var result = await RunOursAsync(writer, workload, "net:");
        foreach (var (name, seconds) in statementSeconds.OrderByDescending(p => p.Value))
        {
            Console.WriteLine($"  {seconds,8:0.00} s  {name}");
        }

        return result;
    }

    private static async Task<BenchResult> RunOursAsync(GraphWriter writer, Workload workload, string ns)
    {
        var seconds = new Dictionary<string, double> { ["entities"] = 0, ["relations"] = 0 };
        var memory = new List<MemoryCheckpoint>();
        var checkpoints = Checkpoints(workload.BatchCount);
        var batches = 0;
        using var process = Process.GetCurrentProcess();
        foreach (var (phase, _, articles) in workload.Batches(ns))
        {
            var started = Stopwatch.GetTimestamp();
            await writer.WriteAsync(articles);
            seconds[phase] += Stopwatch.GetElapsedTime(started).TotalSeconds;
            if (checkpoints.Contains(++batches))
            {
                process.Refresh();
                memory.Add(new MemoryCheckpoint(batches, process.WorkingSet64, process.PeakWorkingSet64, GC.GetTotalMemory(forceFullCollection: false)));
            }
        }

        return new BenchResult("", workload.EntityCount / seconds["entities"], workload.RelationCount / seconds["relations"], seconds["entities"], seconds["relations"], memory);
    }

    private static async Task<BenchResult> RunOfficialAsync(Workload workload, string ns, Neo4jConnectionInfo connection)
    {
        var repository = BenchPaths.RepositoryRoot();
        var scriptDirectory = Path.Combine(repository, "tests", "GraphBuilder.Benchmarks", "js");
        var cache = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "graphbuilder", "bench-js");
        Directory.CreateDirectory(cache);
        File.Copy(Path.Combine(scriptDirectory, "package.json"), Path.Combine(cache, "package.json"), overwrite: true);
        if (!File.Exists(Path.Combine(cache, "node_modules", "neo4j-driver", "package.json")))
        {
            Console.WriteLine($"installing neo4j-driver 1.7 into {cache} ...");
            await RunAsync("npm", ["install", "--no-audit", "--no-fund", "--silent"], cache, null);
        }

        var batchFile = Path.Combine(cache, "batches.jsonl");
        Console.WriteLine($"writing the same Cypher batches (namespace {ns}) to {batchFile} ...");
        WriteBatchFile(workload, ns, batchFile);
        try
        {
            var output = await RunAsync(
                "node",
                [Path.Combine(scriptDirectory, "graph-bench.js"), batchFile, connection.BoltUri.ToString(), connection.User, connection.PasswordFile!,
                    workload.BatchCount.ToString(CultureInfo.InvariantCulture)],
                cache,
                new Dictionary<string, string> { ["NODE_PATH"] = Path.Combine(cache, "node_modules") });
            using var json = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
            var root = json.RootElement;
            var entitySeconds = root.GetProperty("seconds").GetProperty("entities").GetDouble();
            var relationSeconds = root.GetProperty("seconds").GetProperty("relations").GetDouble();
            var memory = root.GetProperty("memory").EnumerateArray()
                .Select(m => new MemoryCheckpoint(m.GetProperty("batches").GetInt32(), m.GetProperty("rssBytes").GetInt64(), null, m.GetProperty("heapUsedBytes").GetInt64()))
                .ToList();
            return new BenchResult(root.GetProperty("driver").GetString()!, workload.EntityCount / entitySeconds, workload.RelationCount / relationSeconds, entitySeconds, relationSeconds, memory);
        }
        finally
        {
            File.Delete(batchFile);
        }
    }

    /// <summary>Both sides must have produced the same graph shape, or the comparison would be meaningless.</summary>
    private static async Task VerifySameGraphAsync(IDriver driver)
    {
        var session = driver.AsyncSession();
        await using (session.ConfigureAwait(false))
        {
            foreach (var ns in new[] { "net:", "js:" })
            {
                var cursor = await session.RunAsync(
                    """
                    MATCH (e:Entity) WHERE e.id STARTS WITH $ns
                    WITH count(e) AS entities
                    MATCH (s:Entity)-[r:SUPPORTS|OPPOSES|CROSSED_INTO|CAPTURED]->() WHERE s.id STARTS WITH $ns
                    RETURN entities, count(r) AS relations, sum(r.evidenceCount) AS evidence
                    """,
                    new Dictionary<string, object?> { ["ns"] = ns });
                var record = await cursor.SingleAsync();
                Console.WriteLine($"graph {ns,-5} entities {record.Get<long>("entities"):N0}, relations {record.Get<long>("relations"):N0}, evidence {record.Get<long>("evidence"):N0}");
            }
        }
    }

    private static void WriteBatchFile(Workload workload, string ns, string path)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream);
        var warmup = Warmup.Batches("warmup-" + ns).Select(batch => batch with { Phase = "warmup" });
        foreach (var (phase, units, articles) in warmup.Concat(workload.Batches(ns)))
        {
            json.WriteStartObject();
            json.WriteString("phase", phase);
            json.WriteNumber("units", units);
            json.WriteStartArray("statements");
            foreach (var statement in GraphStatements.ForBatch(articles))
            {
                json.WriteStartObject();
                json.WriteString("text", statement.Text);
                json.WritePropertyName("parameters");
                WriteValue(json, statement.Parameters);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.Flush();
            json.Reset(); // one JSON document per line
            stream.WriteByte((byte)'\n');
        }
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case double d:
                json.WriteNumberValue(d);
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                json.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    json.WritePropertyName(key);
                    WriteValue(json, item);
                }

                json.WriteEndObject();
                break;
            case System.Collections.IEnumerable list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                throw new NotSupportedException($"Parameter type {value.GetType()}");
        }
    }

    private static void Print(string client, BenchResult result)
    {
        Console.WriteLine();
        Console.WriteLine($"{client}: {result.EntitiesPerSecond,10:N0} entities/s ({result.EntitySeconds:0.0} s)   {result.RelationsPerSecond,10:N0} relations/s ({result.RelationSeconds:0.0} s)");
        foreach (var m in result.Memory)
        {
            var peak = m.PeakWorkingSetBytes is { } p ? $", peak working set {p / 1048576.0:0} MB" : string.Empty;
            Console.WriteLine($"  after {m.Batches,4} batches: working set {m.WorkingSetBytes / 1048576.0:0} MB{peak}, heap {m.HeapBytes / 1048576.0:0.0} MB");
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) + $" on {Environment.ProcessorCount} cores" : "n/a";

    private static HashSet<int> Checkpoints(int batches) =>
        [.. new[] { 0.25, 0.5, 1.0 }.Select(fraction => Math.Max(1, (int)Math.Round(fraction * batches)))];

    private static int IntOption(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static async Task<string> RunAsync(string fileName, string[] arguments, string workingDirectory, Dictionary<string, string>? environment)
    {
        var (exitCode, output) = await ExternalProcess.RunAsync(fileName, arguments, workingDirectory, environment, TimeSpan.FromHours(2), CancellationToken.None);
        return exitCode == 0 ? output : throw new InvalidOperationException($"{fileName} failed (exit {exitCode}): {output}");
    }

    private sealed record MemoryCheckpoint(int Batches, long WorkingSetBytes, long? PeakWorkingSetBytes, long HeapBytes);

    private sealed record BenchResult(string Driver, double EntitiesPerSecond, double RelationsPerSecond, double EntitySeconds, double RelationSeconds, List<MemoryCheckpoint> Memory);

    /// <summary>
    /// Deterministic synthetic input, generated lazily so it never sits in memory: first articles that only mention
    /// entities, then articles whose evidence creates the relations (subject i, object i+1, i+32, ... so all are distinct).
    /// </summary>
    private sealed class Workload(int entityCount, int relationCount)
    {
        private static readonly string[] Verbs = ["backs", "fights", "entered", "seized"];

        public int EntityCount { get; } = entityCount;

        public int RelationCount { get; } = relationCount;

        private int EntityBatches => Ceiling(EntityCount, EntitiesPerArticle * ArticlesPerBatch);

        private int RelationBatches => Ceiling(RelationCount, RelationsPerArticle * ArticlesPerBatch);

        public int BatchCount => EntityBatches + RelationBatches;

        public IEnumerable<(string Phase, int Units, List<GraphArticle> Articles)> Batches(string ns)
        {
            for (var batch = 0; batch < EntityBatches; batch++)
            {
                var articles = new List<GraphArticle>(ArticlesPerBatch);
                var units = 0;
                for (var a = 0; a < ArticlesPerBatch; a++)
                {
                    var first = ((batch * ArticlesPerBatch) + a) * EntitiesPerArticle;
                    var entities = Enumerable.Range(first, Math.Max(0, Math.Min(EntitiesPerArticle, EntityCount - first))).Select(i => Entity(ns, i)).ToList();
                    if (entities.Count > 0)
                    {
                        articles.Add(Article(ns, $"entities-{batch}-{a}", batch, entities, []));
                        units += entities.Count;
                    }
                }

                yield return ("entities", units, articles);
            }

            for (var batch = 0; batch < RelationBatches; batch++)
            {
                var articles = new List<GraphArticle>(ArticlesPerBatch);
                var units = 0;
                for (var a = 0; a < ArticlesPerBatch; a++)
                {
                    var first = ((batch * ArticlesPerBatch) + a) * RelationsPerArticle;
                    var evidence = new List<GraphEvidence>(RelationsPerArticle);
                    var entities = new Dictionary<int, GraphEntity>();
                    for (var i = first; i < Math.Min(first + RelationsPerArticle, RelationCount); i++)
                    {
                        var subject = i % EntityCount;
                        var @object = (subject + 1 + (31 * (i / EntityCount))) % EntityCount;
                        entities.TryAdd(subject, Entity(ns, subject));
                        entities.TryAdd(@object, Entity(ns, @object));
                        var verb = Verbs[i % Verbs.Length];
                        evidence.Add(new GraphEvidence(
                            EntityId(ns, subject), (RelationType)(i % 4), EntityId(ns, @object),
                            i % 3 == 0 ? EvidenceStatus.Hedged : EvidenceStatus.Asserted,
                            $"Entity {subject} {verb} Entity {@object}, according to report {i}.", verb, 0.5 + (i % 50 / 100.0))
                        {
                            Start = i % 1000,
                            End = (i % 1000) + 60,
                            SentenceStart = i % 1000,
                            SentenceEnd = (i % 1000) + 60,
                        });
                    }

                    if (evidence.Count > 0)
                    {
                        articles.Add(Article(ns, $"relations-{batch}-{a}", batch, entities.Values.ToList(), evidence));
                        units += evidence.Count;
                    }
                }

                yield return ("relations", units, articles);
            }
        }

        private static int Ceiling(int total, int per) => (total + per - 1) / per;

        private static string EntityId(string ns, int i) => ns + "e" + i.ToString(CultureInfo.InvariantCulture);

        private static GraphEntity Entity(string ns, int i) =>
            new(EntityId(ns, i), (EntityKind)(i % 3), $"Entity {i}", [$"E{i}"]) { Surfaces = [$"Entity {i}"], MentionCount = 1 + (i % 5) };

        private static GraphArticle Article(string ns, string id, int batch, List<GraphEntity> entities, List<GraphEvidence> evidence) => new()
        {
            Id = ns + id,
            File = id + ".txt",
            Title = "Synthetic " + id,
            Published = new DateOnly(2017, 1, 1).AddDays(batch % 365),
            Source = "bench",
            ContentHash = id,
            Entities = entities,
            Evidence = evidence,
        };
    }
}
