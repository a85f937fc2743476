using System.Globalization;
using System.Text;
using GraphBuilder.Bolt;
using GraphBuilder.Cli.Queries;
using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

/// <summary>
/// The worker's promise: killed at any moment and restarted, it ends with the same graph as a run that never stopped.
/// Both runs ingest the same inbox against the real Neo4j, each under its own id namespace, and the two graphs are
/// compared node by node and relationship by relationship (namespace removed).
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class WorkerRestartTests(Neo4jFixture neo4j) : IDisposable
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(3);
    private readonly string _root = Directory.CreateTempSubdirectory("gb-worker-").FullName;
    private readonly List<string> _namespaces = [];

    public void Dispose()
    {
        foreach (var idNamespace in _namespaces)
        {
            SeedGraph.DeleteNamespaceAsync(neo4j.Driver, idNamespace).GetAwaiter().GetResult();
        }

        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Killed_or_stopped_mid_way_and_restarted_it_ends_with_the_same_graph_as_an_uninterrupted_run()
    {
        var expectedFiles = 0;

        // Uninterrupted: runs until the inbox is empty, then is stopped with SIGTERM.
        var steadyInbox = CreateInbox("steady", out expectedFiles);
        var steady = Namespace("steady");
        using (var worker = WorkerProcess.Start(neo4j.Connection, steadyInbox, steady, batchSize: 1))
        {
            await WaitUntilAsync(() => Processed(steadyInbox) == expectedFiles, worker);
            Assert.Equal(0, await worker.TerminateAsync(TimeSpan.FromSeconds(40)));
            Assert.Contains("Stopped", worker.Output, StringComparison.Ordinal);
        }

        // Interrupted: SIGKILL once a few batches are committed, while files are still waiting; then restarted.
        var crashInbox = CreateInbox("crash", out _);
        var crash = Namespace("crash");
        using (var worker = WorkerProcess.Start(neo4j.Connection, crashInbox, crash, batchSize: 1))
        {
            await WaitUntilAsync(() => Done(crashInbox) >= 3, worker);
            worker.KillHard();
        }

        var waitingAfterKill = Waiting(crashInbox);
        Assert.True(waitingAfterKill > 0, "the kill must come mid-way, with files still in the inbox");

        // Restarted, then stopped with SIGTERM mid-way: it finishes the batch in hand and exits 0. The signal waits
        // until this process has moved files itself (the kill may have come after eight), so it is running, not starting.
        var doneBeforeRestart = Done(crashInbox);
        using (var worker = WorkerProcess.Start(neo4j.Connection, crashInbox, crash, batchSize: 1))
        {
            await WaitUntilAsync(() => Done(crashInbox) >= Math.Max(8, doneBeforeRestart + 2), worker);
            Assert.Equal(0, await worker.TerminateAsync(TimeSpan.FromSeconds(40)));
            Assert.Contains("Stopped", worker.Output, StringComparison.Ordinal);
        }

        Assert.True(Waiting(crashInbox) > 0, "the SIGTERM must come mid-way, with files still in the inbox");

        // Restarted once more, it finishes the inbox.
        using (var worker = WorkerProcess.Start(neo4j.Connection, crashInbox, crash, batchSize: 1))
        {
            await WaitUntilAsync(() => Processed(crashInbox) == expectedFiles, worker);
            Assert.Equal(0, await worker.TerminateAsync(TimeSpan.FromSeconds(40)));
        }

        var expected = await SnapshotAsync(steady);
        var actual = await SnapshotAsync(crash);
        Assert.True(expected.Count > 100, $"the steady run built a real graph ({expected.Count} items)");
        Assert.Equal(expected, actual);

        // The unreadable file went to failed/ with its reason, in both runs; everything else to done/.
        foreach (var inbox in new[] { steadyInbox, crashInbox })
        {
            Assert.Empty(Directory.GetFiles(inbox));
            Assert.Contains("not a text file", File.ReadAllText(Path.Combine(inbox, "failed", "zz-scan.txt.reason.txt")), StringComparison.Ordinal);
            Assert.Equal(expectedFiles - 1, Done(inbox));
        }
    }

    private string Namespace(string name)
    {
        var idNamespace = Neo4jFixture.UniqueName(name) + ":";
        _namespaces.Add(idNamespace);
        return idNamespace;
    }

    /// <summary>
    /// The five real articles, each also re-published twice with an update line (new content ids, near-duplicates
    /// of the original), and one binary file that must fail.
    /// </summary>
    private string CreateInbox(string name, out int files)
    {
        var inbox = Directory.CreateDirectory(Path.Combine(_root, name)).FullName;
        files = 0;
        foreach (var article in Directory.GetFiles(SharedData.Articles).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(article);
            for (var edition = 0; edition < 6; edition++)
            {
                var content = edition == 0 ? text : text + $"{Environment.NewLine}{Environment.NewLine}Update {edition}: this story was revised for edition {edition}.";
                File.WriteAllText(Path.Combine(inbox, $"{edition}-{Path.GetFileName(article)}"), content);
                files++;
            }
        }

        File.WriteAllBytes(Path.Combine(inbox, "zz-scan.txt"), [0x25, 0x50, 0x44, 0x46, 0, 0, 0, 1, 2, 3, 0xFF, 0xFE, 0, 0]);
        files++;
        return inbox;
    }

    private static int Waiting(string inbox) => Directory.GetFiles(inbox).Length;

    private static int Processed(string inbox) => Done(inbox) +
        Files(Path.Combine(inbox, "failed")).Count(f => !f.EndsWith(".reason.txt", StringComparison.Ordinal));

    private static int Done(string inbox) => Files(Path.Combine(inbox, "done")).Count(f => !Path.GetFileName(f).StartsWith('.'));

    /// <summary>The worker creates done/ and failed/ when it starts.</summary>
    private static string[] Files(string folder) => Directory.Exists(folder) ? Directory.GetFiles(folder) : [];

    private static async Task WaitUntilAsync(Func<bool> condition, WorkerProcess worker)
    {
        var deadline = DateTime.UtcNow + RunTimeout;
        while (!condition())
        {
            Assert.False(worker.HasExited, "the worker exited early:" + Environment.NewLine + worker.Output);
            Assert.True(DateTime.UtcNow < deadline, "timed out; worker output:" + Environment.NewLine + worker.Output);
            await Task.Delay(25);
        }
    }

    /// <summary>Every node and relationship of one namespace as sorted lines of text, with the namespace removed.</summary>
    private async Task<List<string>> SnapshotAsync(string idNamespace)
    {
        var queries = new[]
        {
            "MATCH (a:Article) WHERE a.id STARTS WITH $ns RETURN 'article' AS kind, a AS item",
            "MATCH (e:Entity) WHERE e.id STARTS WITH $ns RETURN 'entity' AS kind, labels(e) AS labels, e AS item",
            "MATCH (v:Evidence) WHERE v.subject STARTS WITH $ns RETURN 'evidence' AS kind, v AS item",
            "MATCH (a:Article)-[m:MENTIONS]->(e:Entity) WHERE a.id STARTS WITH $ns RETURN 'mentions' AS kind, a.id AS article, e.id AS entity, m AS item",
            "MATCH (v:Evidence)-[r:IN_ARTICLE]->(a:Article) WHERE a.id STARTS WITH $ns RETURN 'in-article' AS kind, v.sentence AS sentence, v.predicate AS predicate, a.id AS article, r AS item",
            "MATCH (v:Evidence)-[r:SUBJECT|OBJECT]->(e:Entity) WHERE e.id STARTS WITH $ns RETURN 'evidence-end' AS kind, v.sentence AS sentence, v.predicate AS predicate, type(r) AS type, e.id AS entity",
            "MATCH (s:Entity)-[r:SUPPORTS|OPPOSES|CROSSED_INTO|CAPTURED]->(o:Entity) WHERE s.id STARTS WITH $ns RETURN 'relation' AS kind, type(r) AS type, s.id AS subject, o.id AS object, r AS item",
        };
        var lines = new List<string>();
        await using var session = neo4j.Driver.AsyncSession();
        foreach (var query in queries)
        {
            var cursor = await session.RunAsync(query, new Dictionary<string, object?> { ["ns"] = idNamespace });
            await foreach (var record in cursor)
            {
                var line = new StringBuilder();
                foreach (var key in record.Keys)
                {
                    line.Append(key).Append('=').Append(Describe(record[key])).Append("; ");
                }

                lines.Add(line.ToString().Replace(idNamespace, "", StringComparison.Ordinal));
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>Properties in name order; the evidence id is a hash over namespaced ids, so it differs by design and is left out.</summary>
    private static string Describe(object? value) => value switch
    {
        IEntity entity => "{" + string.Join(", ", entity.Properties
            .Where(p => !(p.Key == "id" && entity is INode node && node.Labels.Contains("Evidence")))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Key}: {Describe(p.Value)}")) + "}",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => QueryOutput.Plain(value),
    };
}
