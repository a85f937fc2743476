using System.Text;
using GraphBuilder.Bolt.Internal.PackStream;
using GraphBuilder.Bolt.Internal.Protocol;
using static GraphBuilder.Bolt.Tests.Scripted.ServerScripts;

namespace GraphBuilder.Bolt.Tests.Scripted;

public sealed class ConnectionBehaviourTests
{
    private static readonly Version Bolt44 = new(4, 4);
    private static readonly Version Bolt5 = new(5, 0);

    [Fact]
    public async Task A_port_answering_http_gives_a_clear_protocol_error()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.ReadHandshakeAsync();
            await c.WriteRawAsync(Encoding.ASCII.GetBytes("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"));
        });
        await using var driver = GraphDatabase.Driver(server.Uri, Auth);

        var error = await Assert.ThrowsAsync<ProtocolException>(() => driver.VerifyConnectivityAsync());
        Assert.Contains("HTTP", error.Message, StringComparison.Ordinal);
        await server.CompletedAsync();
    }

    [Fact]
    public async Task A_server_agreeing_no_version_gives_a_clear_protocol_error()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.ReadHandshakeAsync();
            await c.WriteRawAsync([0, 0, 0, 0]);
        });
        await using var driver = GraphDatabase.Driver(server.Uri, Auth);

        var error = await Assert.ThrowsAsync<ProtocolException>(() => driver.VerifyConnectivityAsync());
        Assert.Contains("none of the proposed Bolt versions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_listening_is_service_unavailable()
    {
        string uri;
        await using (var server = new ScriptedBoltServer(_ => Task.CompletedTask))
        {
            uri = server.Uri;
        }

        await using var driver = GraphDatabase.Driver(uri, Auth);
        var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.VerifyConnectivityAsync());
        Assert.True(error.IsRetriable);
    }

    [Fact]
    public async Task Wrong_credentials_raise_an_authentication_error()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.AcceptVersionAsync(4, 4);
            await c.ExpectAsync(RequestTag.Init, 1);
            await c.SendFailureAsync("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.");
        });
        await using var driver = GraphDatabase.Driver(server.Uri, Auth);

        var error = await Assert.ThrowsAsync<AuthenticationException>(() => driver.VerifyConnectivityAsync());
        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
    }

    [Fact]
    public async Task Termination_is_not_retried_by_transaction_functions()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await OpenAsync(c, Bolt44);
            await ExpectBeginAsync(c, Bolt44);
            await ExpectRunAsync(c, Bolt44, "RETURN 1");
            await FailRunAsync(c, Bolt44, "Neo.TransientError.Transaction.Terminated", insideTransaction: true);
            await ExpectGoodbyeAndCloseAsync(c, Bolt44);
        });

        var attempts = 0;
        await using (var driver = GraphDatabase.Driver(server.Uri, Auth, o => o.InitialRetryDelay = TimeSpan.FromMilliseconds(5)))
        {
            await using var session = driver.AsyncSession();
            var error = await Assert.ThrowsAsync<TransientException>(() => session.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                await tx.RunAsync("RETURN 1");
            }));
            Assert.False(error.IsRetriable);
        }

        Assert.Equal(1, attempts);
        await server.CompletedAsync();
    }

    [Fact]
    public async Task Retries_stop_once_the_max_retry_time_is_spent()
    {
        var attempts = 0;
        await using var server = new ScriptedBoltServer(async c =>
        {
            await OpenAsync(c, Bolt44);
            while (true)
            {
                var message = await c.ReadAsync();
                if (message.Tag == RequestTag.Goodbye)
                {
                    return;
                }

                Assert.Equal(RequestTag.Begin, message.Tag);
                await c.SendFailureAsync("Neo.TransientError.General.DatabaseUnavailable", "not now");
                await c.ExpectAsync(RequestTag.Reset);
                await c.SendSuccessAsync();
            }
        });

        await using (var driver = GraphDatabase.Driver(server.Uri, Auth, o =>
        {
            o.InitialRetryDelay = TimeSpan.FromMilliseconds(20);
            o.MaxTransactionRetryTime = TimeSpan.FromMilliseconds(300);
        }))
        {
            await using var session = driver.AsyncSession();
            var started = System.Diagnostics.Stopwatch.StartNew();
            await Assert.ThrowsAsync<TransientException>(() => session.ExecuteWriteAsync(_ =>
            {
                attempts++;
                return Task.CompletedTask;
            }));
            Assert.InRange(started.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(5));
        }

        Assert.Equal(0, attempts);
        await server.CompletedAsync();
    }

    [Fact]
    public async Task A_full_pool_times_out_acquisition_with_a_client_error()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await OpenAsync(c, Bolt44);
            await ExpectBeginAsync(c, Bolt44);
            await ExpectRollbackAsync(c, Bolt44);
            await ExpectGoodbyeAndCloseAsync(c, Bolt44);
        });

        await using (var driver = GraphDatabase.Driver(server.Uri, Auth, o =>
        {
            o.MaxConnectionPoolSize = 1;
            o.ConnectionAcquisitionTimeout = TimeSpan.FromMilliseconds(200);
        }))
        {
            await using var holder = driver.AsyncSession();
            var transaction = await holder.BeginTransactionAsync();
            await using var waiter = driver.AsyncSession();
            var error = await Assert.ThrowsAsync<ClientException>(() => waiter.RunAsync("RETURN 1"));
            Assert.Contains("pool", error.Message, StringComparison.Ordinal);
            await transaction.RollbackAsync();
        }

        await server.CompletedAsync();
        Assert.Equal(1, server.ConnectionsAccepted);
    }

    [Fact]
    public async Task Idle_connections_past_the_liveness_timeout_are_checked_with_reset()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await OpenAsync(c, Bolt44);
            await c.ExpectAsync(RequestTag.Reset, 0);
            await c.SendSuccessAsync();
            await ExpectGoodbyeAndCloseAsync(c, Bolt44);
        });

        await using (var driver = GraphDatabase.Driver(server.Uri, Auth, o => o.ConnectionLivenessCheckTimeout = TimeSpan.Zero))
        {
            await driver.VerifyConnectivityAsync();
            await Task.Delay(10);
            await driver.VerifyConnectivityAsync();
        }

        await server.CompletedAsync();
        Assert.Equal(1, server.ConnectionsAccepted);
    }

    [Fact]
    public async Task A_pooled_connection_closed_by_the_server_is_replaced_before_use()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await OpenAsync(c, Bolt44);
            if (c.Number == 2)
            {
                await AnswerReturnOneAsync(c, Bolt44);
                await ExpectGoodbyeAndCloseAsync(c, Bolt44);
            }
        });

        await using (var driver = GraphDatabase.Driver(server.Uri, Auth))
        {
            await driver.VerifyConnectivityAsync();
            await Task.Delay(100); // the first connection's script has ended and closed its socket, like a restarted server
            await using var session = driver.AsyncSession();
            Assert.Equal(1L, (await (await session.RunAsync("RETURN 1 AS one")).SingleAsync())["one"]);
        }

        await server.CompletedAsync();
        Assert.Equal(2, server.ConnectionsAccepted);
    }

    [Fact]
    public async Task Cancelling_mid_stream_discards_the_connection_and_the_session_carries_on()
    {
        var firstStalled = new TaskCompletionSource();
        await using var server = new ScriptedBoltServer(async c =>
        {
            await OpenAsync(c, Bolt44);
            if (c.Number == 1)
            {
                await ExpectRunAsync(c, Bolt44, "UNWIND range(1, 10) AS i RETURN i");
                await ExpectPullAsync(c, Bolt44);
                await c.SendSuccessAsync(new() { ["fields"] = new List<object?> { "i" } });
                await c.SendRecordAsync(1L);
                firstStalled.SetResult(); // the rest never comes
                await c.ExpectClosedAsync(goodbye: false);
                return;
            }

            await AnswerReturnOneAsync(c, Bolt44);
            await ExpectGoodbyeAndCloseAsync(c, Bolt44);
        });

        await using (var driver = GraphDatabase.Driver(server.Uri, Auth))
        {
            await using var session = driver.AsyncSession();
            var cursor = await session.RunAsync("UNWIND range(1, 10) AS i RETURN i");
            using var cancellation = new CancellationTokenSource();
            var reading = cursor.ToListAsync(cancellation.Token);
            await firstStalled.Task;
            await cancellation.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);
            Assert.Equal(1L, (await (await session.RunAsync("RETURN 1 AS one")).SingleAsync())["one"]);
        }

        await server.CompletedAsync();
        Assert.Equal(2, server.ConnectionsAccepted);
    }

    [Fact]
    public async Task Fetch_size_must_be_positive_or_minus_one()
    {
        await using var driver = GraphDatabase.Driver("bolt://127.0.0.1:1", Auth);
        Assert.Throws<ArgumentOutOfRangeException>(() => driver.AsyncSession(o => o.FetchSize = 0));
        await using var all = driver.AsyncSession(o => o.FetchSize = -1);
    }

    [Fact]
    public async Task A_connection_lost_mid_stream_is_service_unavailable_and_the_next_query_reconnects()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await OpenAsync(c, Bolt44);
            await ExpectRunAsync(c, Bolt44, c.Number == 1 ? "UNWIND range(1, 10) AS i RETURN i" : "RETURN 1 AS one");
            await ExpectPullAsync(c, Bolt44);
            await c.SendSuccessAsync(new() { ["fields"] = new List<object?> { c.Number == 1 ? "i" : "one" } });
            await c.SendRecordAsync(1L);
            if (c.Number == 2)
            {
                await c.SendSuccessAsync();
                await ExpectGoodbyeAndCloseAsync(c, Bolt44);
            }
        });

        await using (var driver = GraphDatabase.Driver(server.Uri, Auth))
        {
            await using var session = driver.AsyncSession();
            var cursor = await session.RunAsync("UNWIND range(1, 10) AS i RETURN i");
            await Assert.ThrowsAsync<ServiceUnavailableException>(() => cursor.ToListAsync());
            Assert.Equal(1L, (await (await session.RunAsync("RETURN 1 AS one")).SingleAsync())["one"]);
        }

        await server.CompletedAsync();
        Assert.Equal(2, server.ConnectionsAccepted);
    }

    [Fact]
    public async Task Bolt5_graph_values_carry_element_ids_and_paths_are_rebuilt()
    {
        var alice = new PackStreamStructure(StructTag.Node, [1L, new List<object?> { "Person" }, new Dictionary<string, object?> { ["name"] = "Alice" }, "4:db:1"]);
        var bob = new PackStreamStructure(StructTag.Node, [2L, new List<object?> { "Person" }, new Dictionary<string, object?> { ["name"] = "Bob" }, "4:db:2"]);
        var knows = new PackStreamStructure(StructTag.UnboundRelationship, [9L, "KNOWS", new Dictionary<string, object?>(), "5:db:9"]);
        // Bob <-[:KNOWS]- Alice, walked from Bob: the relationship index is negative because it points backwards.
        var path = new PackStreamStructure(StructTag.Path, [new List<object?> { bob, alice }, new List<object?> { knows }, new List<object?> { -1L, 1L }]);
        var relationship = new PackStreamStructure(StructTag.Relationship, [9L, 1L, 2L, "KNOWS", new Dictionary<string, object?> { ["since"] = 2020L }, "5:db:9", "4:db:1", "4:db:2"]);

        await using var server = new ScriptedBoltServer(async c =>
        {
            await OpenAsync(c, Bolt5);
            await ExpectRunAsync(c, Bolt5, "MATCH p RETURN p");
            await ExpectPullAsync(c, Bolt5);
            await c.SendSuccessAsync(new() { ["fields"] = new List<object?> { "n", "r", "p" } });
            await c.SendRecordAsync(alice, relationship, path);
            await c.SendSuccessAsync();
            await ExpectGoodbyeAndCloseAsync(c, Bolt5);
        });

        await using (var driver = GraphDatabase.Driver(server.Uri, Auth))
        {
            await using var session = driver.AsyncSession();
            var record = await (await session.RunAsync("MATCH p RETURN p")).SingleAsync();

            var node = record.Get<INode>("n");
            Assert.Equal("4:db:1", node.ElementId);
            Assert.Equal(["Person"], node.Labels);
            Assert.Equal("Alice", node["name"]);
            var r = record.Get<IRelationship>("r");
            Assert.Equal(("5:db:9", "4:db:1", "4:db:2", 1L, 2L, 2020L), (r.ElementId, r.StartNodeElementId, r.EndNodeElementId, r.StartNodeId, r.EndNodeId, r["since"]));
            var p = record.Get<IPath>("p");
            Assert.Equal(["Bob", "Alice"], p.Nodes.Select(n => (string)n["name"]!));
            Assert.Equal("4:db:1", p.Relationships[0].StartNodeElementId);
            Assert.Equal("4:db:2", p.Relationships[0].EndNodeElementId);
        }

        await server.CompletedAsync();
    }
}
