using System.Diagnostics;
using GraphBuilder.Testing;
using Xunit.Abstractions;

namespace GraphBuilder.Bolt.Tests.Integration;

[Collection(Neo4jCollection.Name)]
public sealed class SessionTests(Neo4jFixture fixture, ITestOutputHelper output)
{
    private static async Task<long> CountAsync(IAsyncQueryRunner runner, string label) =>
        (await (await runner.RunAsync($"MATCH (n:{label}) RETURN count(n) AS c")).SingleAsync()).Get<long>("c");

    [Fact]
    public async Task A_syntax_error_is_a_client_error_and_the_session_keeps_working()
    {
        await using var session = fixture.Driver.AsyncSession();
        var error = await Assert.ThrowsAsync<ClientException>(() => session.RunAsync("RETRUN 1"));
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.False(error.IsRetriable);
        Assert.Equal(2L, (await (await session.RunAsync("RETURN 1 + 1 AS two")).SingleAsync())["two"]);
    }

    [Fact]
    public async Task A_runtime_error_while_streaming_is_raised_and_the_session_keeps_working()
    {
        await using var session = fixture.Driver.AsyncSession();
        var cursor = await session.RunAsync("UNWIND [1, 2, 0] AS x RETURN 10 / x AS y");
        var error = await Assert.ThrowsAsync<ClientException>(() => cursor.ToListAsync());
        Assert.StartsWith("Neo.ClientError.", error.Code, StringComparison.Ordinal);
        Assert.Equal(3L, (await (await session.RunAsync("RETURN 3 AS three")).SingleAsync())["three"]);
    }

    [Fact]
    public async Task Rollback_leaves_nothing_and_commit_keeps_everything()
    {
        var label = Neo4jFixture.UniqueName("Tx");
        await using var session = fixture.Driver.AsyncSession();
        await using (var transaction = await session.BeginTransactionAsync())
        {
            var summary = await (await transaction.RunAsync($"UNWIND range(1, 3) AS i CREATE (:{label} {{i: i}})")).ConsumeAsync();
            Assert.Equal(3, summary.Counters.NodesCreated);
            Assert.Equal(3L, await CountAsync(transaction, label));
            await transaction.RollbackAsync();
        }

        Assert.Equal(0L, await CountAsync(session, label));

        await using (var transaction = await session.BeginTransactionAsync())
        {
            await transaction.RunAsync($"CREATE (:{label})");
            // Disposing without commit rolls back as well.
        }

        Assert.Equal(0L, await CountAsync(session, label));

        await using (var transaction = await session.BeginTransactionAsync())
        {
            await transaction.RunAsync($"CREATE (:{label})");
            await transaction.RunAsync($"CREATE (:{label})");
            await transaction.CommitAsync();
        }

        Assert.Equal(2L, await CountAsync(session, label));
        var deleted = await (await session.RunAsync($"MATCH (n:{label}) DELETE n")).ConsumeAsync();
        Assert.Equal(2, deleted.Counters.NodesDeleted);
    }

    [Fact]
    public async Task A_failure_inside_a_transaction_fails_it_and_rolls_it_back()
    {
        var label = Neo4jFixture.UniqueName("TxFail");
        await using var session = fixture.Driver.AsyncSession();
        var transaction = await session.BeginTransactionAsync();
        await (await transaction.RunAsync($"CREATE (:{label})")).ConsumeAsync();
        await Assert.ThrowsAsync<ClientException>(() => transaction.RunAsync("RETRUN 1"));
        await Assert.ThrowsAsync<ClientException>(() => transaction.CommitAsync());
        await transaction.DisposeAsync();
        Assert.Equal(0L, await CountAsync(session, label));
    }

    [Fact]
    public async Task Results_not_consumed_before_the_next_query_are_buffered()
    {
        await using var session = fixture.Driver.AsyncSession();
        var first = await session.RunAsync("UNWIND range(1, 3) AS i RETURN i");
        var second = await session.RunAsync("RETURN 'second' AS s");
        Assert.Equal("second", (await second.SingleAsync())["s"]);
        Assert.Equal([1L, 2L, 3L], (await first.ToListAsync()).Select(r => r["i"]));
    }

    [Fact]
    public async Task A_large_result_streams_with_bounded_memory()
    {
        const string query = "UNWIND range(1, 100000) AS i RETURN i, 'x' + i AS s";
        await using var session = fixture.Driver.AsyncSession();

        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peakGrowth = long.MinValue;
        long count = 0;
        long sum = 0;
        var stopwatch = Stopwatch.StartNew();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        WeakReference? earlyRecord = null;
        var earlyRecordCollected = false;
        var records = (await session.RunAsync(query)).GetAsyncEnumerator();
        while (await records.MoveNextAsync())
        {
            count++;
            sum += records.Current.Get<long>("i");
            if (count == 1000)
            {
                earlyRecord = WeaklyTrackCurrent(records);
            }

            if (count % 20_000 == 0)
            {
                peakGrowth = Math.Max(peakGrowth, GC.GetTotalMemory(forceFullCollection: true) - baseline);
                earlyRecordCollected |= earlyRecord is { IsAlive: false };
            }
        }

        await records.DisposeAsync();
        var streamed = stopwatch.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        var heldAtOnce = await MeasureHeldAtOnceAsync(session, query);
        output.WriteLine($"held at once: {heldAtOnce:N0} B; streaming peak retained growth: {peakGrowth:N0} B; streamed in {streamed.TotalMilliseconds:N0} ms incl. 5 forced GCs; allocated process-wide meanwhile: {allocated:N0} B");
        Assert.Equal(100_000, count);
        Assert.Equal(5_000_050_000L, sum);
        Assert.True(heldAtOnce > 5_000_000, $"holding the whole result took only {heldAtOnce} bytes");
        Assert.True(earlyRecordCollected, "record 1,000 was still reachable after 19,000 more were read: the client retains records");
        // The Neo4j collection runs alone (see Neo4jTests), so the process heap measures this stream only.
        Assert.True(peakGrowth < heldAtOnce / 4, $"streaming retained {peakGrowth} bytes; the whole result held at once is {heldAtOnce} bytes");
    }

    // A separate frame, so that no debug-build temporary in the test keeps the record alive.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference WeaklyTrackCurrent(IAsyncEnumerator<IRecord> records) => new(records.Current);

    private static async Task<long> MeasureHeldAtOnceAsync(IAsyncSession session, string query)
    {
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var all = await (await session.RunAsync(query)).ToListAsync();
        var held = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        Assert.Equal(100_000, all.Count);
        GC.KeepAlive(all);
        return held;
    }

    [Fact]
    public async Task ExecuteWriteAsync_from_four_concurrent_sessions_loses_no_update()
    {
        var label = Neo4jFixture.UniqueName("Counter");
        await using (var setup = fixture.Driver.AsyncSession())
        {
            await (await setup.RunAsync($"CREATE (:{label} {{n: 0}})")).ConsumeAsync();
        }

        var workers = Enumerable.Range(0, 4).Select(async worker =>
        {
            await using var session = fixture.Driver.AsyncSession();
            for (var i = 0; i < 25; i++)
            {
                await session.ExecuteWriteAsync(async tx =>
                {
                    var summary = await (await tx.RunAsync($"MATCH (c:{label}) SET c.n = c.n + 1, c.last = $worker", new Dictionary<string, object?> { ["worker"] = worker })).ConsumeAsync();
                    Assert.Equal(2, summary.Counters.PropertiesSet);
                });
            }
        });
        await Task.WhenAll(workers);

        await using var session = fixture.Driver.AsyncSession();
        var total = await session.ExecuteReadAsync(async tx => (await (await tx.RunAsync($"MATCH (c:{label}) RETURN c.n AS n")).SingleAsync()).Get<int>("n"));
        Assert.Equal(100, total);
        await (await session.RunAsync($"MATCH (c:{label}) DELETE c")).ConsumeAsync();
    }

    [Fact]
    public async Task Server_info_reports_the_negotiated_version()
    {
        var info = await fixture.Driver.GetServerInfoAsync();
        Assert.StartsWith("Neo4j/", info.Agent, StringComparison.Ordinal);
        Assert.Contains(info.ProtocolVersion.Major, new[] { 1, 3, 4, 5 });
    }
}
