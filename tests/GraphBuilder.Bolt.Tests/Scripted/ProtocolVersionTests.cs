using GraphBuilder.Bolt.Internal.Protocol;
using static GraphBuilder.Bolt.Tests.Scripted.ServerScripts;

namespace GraphBuilder.Bolt.Tests.Scripted;

/// <summary>Each test runs once per Bolt version the client speaks, against a scripted server.</summary>
public sealed class ProtocolVersionTests
{
    public static TheoryData<int, int> Versions => new() { { 1, 0 }, { 3, 0 }, { 4, 4 }, { 5, 0 }, { 5, 1 }, { 5, 2 }, { 5, 3 }, { 5, 4 } };

    private static IDriver Driver(ScriptedBoltServer server, Action<DriverOptions>? configure = null) =>
        GraphDatabase.Driver(server.Uri, Auth, options =>
        {
            options.InitialRetryDelay = TimeSpan.FromMilliseconds(5);
            configure?.Invoke(options);
        });

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task Handshake_and_authentication_follow_the_version_then_goodbye_on_close(int major, int minor)
    {
        var version = new Version(major, minor);
        await using var server = new ScriptedBoltServer(async c =>
        {
            await OpenAsync(c, version);
            await ExpectGoodbyeAndCloseAsync(c, version);
        });

        var driver = Driver(server);
        var info = await driver.GetServerInfoAsync();
        await driver.DisposeAsync();

        Assert.Equal(version, info.ProtocolVersion);
        Assert.Equal(AgentFor(version), info.Agent);
        await server.CompletedAsync();
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task Records_are_pulled_in_batches_of_the_fetch_size_with_has_more(int major, int minor)
    {
        var version = new Version(major, minor);
        var pulls = 0;
        await using var server = new ScriptedBoltServer(async c =>
        {
            await OpenAsync(c, version);
            var run = await ExpectRunAsync(c, version, "UNWIND range(1, $n) AS i RETURN i");
            Assert.Equal(5L, run.Map(1)["n"]);
            await ExpectPullAsync(c, version, 2);
            await c.SendSuccessAsync(new() { ["fields"] = new List<object?> { "i" } });
            for (var i = 1L; i <= 5; i++)
            {
                await c.SendRecordAsync(i);
                if (version.Major >= 4 && i % 2 == 0)
                {
                    await c.SendSuccessAsync(new() { ["has_more"] = true });
                    await ExpectPullAsync(c, version, 2);
                }
            }

            await c.SendSuccessAsync(new() { ["type"] = "r" });
            pulls = c.Received.Count(m => m.Tag == RequestTag.Pull);
            await ExpectGoodbyeAndCloseAsync(c, version);
        });

        await using (var driver = Driver(server))
        {
            await using var session = driver.AsyncSession(o => o.FetchSize = 2);
            var cursor = await session.RunAsync("UNWIND range(1, $n) AS i RETURN i", new Dictionary<string, object?> { ["n"] = 5 });
            Assert.Equal(["i"], await cursor.KeysAsync());
            var values = new List<long>();
            await foreach (var record in cursor)
            {
                values.Add(record.Get<long>("i"));
            }

            Assert.Equal([1L, 2, 3, 4, 5], values);
            Assert.Equal("r", (await cursor.ConsumeAsync()).QueryType);
        }

        await server.CompletedAsync();
        Assert.Equal(version.Major >= 4 ? 3 : 1, pulls);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task A_failure_is_acknowledged_and_the_next_query_succeeds_on_the_same_connection(int major, int minor)
    {
        var version = new Version(major, minor);
        await using var server = new ScriptedBoltServer(async c =>
        {
            await OpenAsync(c, version);
            await ExpectRunAsync(c, version, "RETRN 1");
            await FailRunAsync(c, version, "Neo.ClientError.Statement.SyntaxError", insideTransaction: false);
            await AnswerReturnOneAsync(c, version);
            await ExpectGoodbyeAndCloseAsync(c, version);
        });

        await using (var driver = Driver(server))
        {
            await using var session = driver.AsyncSession();
            var error = await Assert.ThrowsAsync<ClientException>(() => session.RunAsync("RETRN 1"));
            Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
            Assert.False(error.IsRetriable);
            var record = await (await session.RunAsync("RETURN 1 AS one")).SingleAsync();
            Assert.Equal(1, record.Get<int>("one"));
        }

        await server.CompletedAsync();
        Assert.Equal(1, server.ConnectionsAccepted);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task A_failure_while_streaming_is_raised_after_the_records_before_it_and_the_connection_is_reset(int major, int minor)
    {
        var version = new Version(major, minor);
        await using var server = new ScriptedBoltServer(async c =>
        {
            await OpenAsync(c, version);
            await ExpectRunAsync(c, version, "UNWIND [1, 0] AS x RETURN 1 / x AS y");
            await ExpectPullAsync(c, version);
            await c.SendSuccessAsync(new() { ["fields"] = new List<object?> { "y" } });
            await c.SendRecordAsync(1L);
            await c.SendFailureAsync("Neo.ClientError.Statement.ArithmeticError", "/ by zero");
            if (version.Major == 1)
            {
                // ACK_FAILURE as the protocol asks, then RESET so that Neo4j 3.1 also closes the failed implicit transaction.
                await c.ExpectAsync(RequestTag.AckFailure, 0);
                await c.ExpectAsync(RequestTag.Reset, 0);
                await c.SendSuccessAsync();
            }
            else
            {
                await c.ExpectAsync(RequestTag.Reset, 0);
            }

            await c.SendSuccessAsync();
            await AnswerReturnOneAsync(c, version);
            await ExpectGoodbyeAndCloseAsync(c, version);
        });

        await using (var driver = Driver(server))
        {
            await using var session = driver.AsyncSession();
            var cursor = await session.RunAsync("UNWIND [1, 0] AS x RETURN 1 / x AS y");
            var seen = new List<object?>();
            var error = await Assert.ThrowsAsync<ClientException>(async () =>
            {
                await foreach (var record in cursor)
                {
                    seen.Add(record["y"]);
                }
            });
            Assert.Equal("Neo.ClientError.Statement.ArithmeticError", error.Code);
            Assert.Equal([1L], seen);
            Assert.Equal(1L, (await (await session.RunAsync("RETURN 1 AS one")).SingleAsync())["one"]);
        }

        await server.CompletedAsync();
        Assert.Equal(1, server.ConnectionsAccepted);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task Begin_commit_and_rollback_use_the_version_message_set(int major, int minor)
    {
        var version = new Version(major, minor);
        await using var server = new ScriptedBoltServer(async c =>
        {
            await OpenAsync(c, version);
            var beginExtra = await ExpectBeginAsync(c, version);
            if (version.Major >= 4)
            {
                Assert.Equal("movies", beginExtra!["db"]);
            }
            else if (beginExtra is not null)
            {
                Assert.False(beginExtra.ContainsKey("db"), "Bolt 3 has no database selection");
            }

            var run = await ExpectRunAsync(c, version, "CREATE (n) RETURN id(n) AS id");
            if (version.Major >= 3)
            {
                Assert.Empty(run.Map(2));
            }

            await ExpectPullAsync(c, version);
            await c.SendSuccessAsync(new() { ["fields"] = new List<object?> { "id" } });
            await c.SendRecordAsync(7L);
            await c.SendSuccessAsync(new() { ["stats"] = new Dictionary<string, object?> { ["nodes-created"] = 1L } });
            await ExpectCommitAsync(c, version);
            var secondBegin = await ExpectBeginAsync(c, version);
            if (version.Major >= 3)
            {
                Assert.Equal(new List<object?> { "bm-1" }, secondBegin!["bookmarks"]);
            }

            await ExpectRollbackAsync(c, version);
            await ExpectGoodbyeAndCloseAsync(c, version);
        });

        await using (var driver = Driver(server))
        {
            await using var session = driver.AsyncSession(o => o.Database = "movies");
            await using (var transaction = await session.BeginTransactionAsync())
            {
                var cursor = await transaction.RunAsync("CREATE (n) RETURN id(n) AS id");
                Assert.Equal(7L, (await cursor.SingleAsync())["id"]);
                Assert.Equal(1, (await cursor.ConsumeAsync()).Counters.NodesCreated);
                await transaction.CommitAsync();
                await Assert.ThrowsAsync<ClientException>(() => transaction.CommitAsync());
            }

            await using (var transaction = await session.BeginTransactionAsync())
            {
                await transaction.RollbackAsync();
            }
        }

        await server.CompletedAsync();
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task ExecuteWriteAsync_retries_a_transient_failure_in_a_new_transaction(int major, int minor)
    {
        var version = new Version(major, minor);
        await using var server = new ScriptedBoltServer(async c =>
        {
            await OpenAsync(c, version);
            await ExpectBeginAsync(c, version);
            await ExpectRunAsync(c, version, "MERGE (n:N {id: 1})");
            await FailRunAsync(c, version, "Neo.TransientError.Transaction.DeadlockDetected", insideTransaction: true);
            await ExpectBeginAsync(c, version);
            await ExpectRunAsync(c, version, "MERGE (n:N {id: 1})");
            await ExpectPullAsync(c, version);
            await c.SendSuccessAsync(new() { ["fields"] = new List<object?>() });
            await c.SendSuccessAsync(new() { ["stats"] = new Dictionary<string, object?> { ["nodes-created"] = 1L } });
            await ExpectCommitAsync(c, version);
            await ExpectGoodbyeAndCloseAsync(c, version);
        });

        var attempts = 0;
        await using (var driver = Driver(server))
        {
            await using var session = driver.AsyncSession();
            var created = await session.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                var summary = await (await tx.RunAsync("MERGE (n:N {id: 1})")).ConsumeAsync();
                return summary.Counters.NodesCreated;
            });
            Assert.Equal(1, created);
        }

        Assert.Equal(2, attempts);
        await server.CompletedAsync();
        Assert.Equal(1, server.ConnectionsAccepted);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task In_a_read_transaction_later_batches_name_the_query_id_and_consume_discards_the_rest(int major, int minor)
    {
        var version = new Version(major, minor);
        await using var server = new ScriptedBoltServer(async c =>
        {
            await OpenAsync(c, version);
            var begin = await ExpectBeginAsync(c, version);
            if (version.Major >= 3)
            {
                Assert.Equal("r", begin!["mode"]);
            }

            await ExpectRunAsync(c, version, "UNWIND range(1, 10) AS i RETURN i");
            await ExpectPullAsync(c, version, 2);
            await c.SendSuccessAsync(new() { ["fields"] = new List<object?> { "i" }, ["qid"] = 7L });
            await c.SendRecordAsync(1L);
            if (version.Major >= 4)
            {
                await c.SendRecordAsync(2L);
                await c.SendSuccessAsync(new() { ["has_more"] = true });
                var pull = await c.ExpectAsync(RequestTag.Pull, 1);
                Assert.Equal(new Dictionary<string, object?> { ["n"] = 2L, ["qid"] = 7L }, pull.Map(0));
                await c.SendRecordAsync(3L);
                await c.SendRecordAsync(4L);
                await c.SendSuccessAsync(new() { ["has_more"] = true });
                var discard = await c.ExpectAsync(RequestTag.Discard, 1);
                Assert.Equal(new Dictionary<string, object?> { ["n"] = -1L, ["qid"] = 7L }, discard.Map(0));
            }
            else
            {
                // PULL_ALL streams everything; consuming reads the rest without a DISCARD.
                for (var i = 2L; i <= 10; i++)
                {
                    await c.SendRecordAsync(i);
                }
            }

            await c.SendSuccessAsync(new() { ["type"] = "r" });
            await ExpectCommitAsync(c, version);
            await ExpectGoodbyeAndCloseAsync(c, version);
        });

        await using (var driver = Driver(server))
        {
            await using var session = driver.AsyncSession(o => o.FetchSize = 2);
            var seen = await session.ExecuteReadAsync(async tx =>
            {
                var cursor = await tx.RunAsync("UNWIND range(1, 10) AS i RETURN i");
                var values = new List<long>();
                await foreach (var record in cursor)
                {
                    values.Add(record.Get<long>("i"));
                    if (values.Count == 3)
                    {
                        break;
                    }
                }

                Assert.Equal("r", (await cursor.ConsumeAsync()).QueryType);
                return values;
            });
            Assert.Equal([1L, 2L, 3L], seen);
        }

        await server.CompletedAsync();
    }
}
