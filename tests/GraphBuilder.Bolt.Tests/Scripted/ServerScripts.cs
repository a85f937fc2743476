using GraphBuilder.Bolt.Internal.Protocol;

namespace GraphBuilder.Bolt.Tests.Scripted;

/// <summary>Server halves of the specification's exchanges, per Bolt version.</summary>
internal static class ServerScripts
{
    public const string User = "neo4j";
    public const string Password = "secret";

    public static IAuthToken Auth => AuthTokens.Basic(User, Password);

    public static string AgentFor(Version version) => version.Major == 1 ? "Neo4j/3.1.1" : $"Neo4j/{version.Major}.{version.Minor}.0";

    /// <summary>Handshake and authentication: INIT (v1), HELLO with credentials (v3 to 5.0), HELLO then LOGON (5.1+).</summary>
    public static async Task OpenAsync(ScriptedConnection c, Version version)
    {
        await c.AcceptVersionAsync((byte)version.Major, (byte)version.Minor);
        if (version.Major == 1)
        {
            var init = await c.ExpectAsync(RequestTag.Init, 2);
            Assert.IsType<string>(init.Fields[0]);
            AssertBasicAuth(init.Map(1));
            await c.SendSuccessAsync(new() { ["server"] = AgentFor(version) });
            return;
        }

        var hello = await c.ExpectAsync(RequestTag.Init, 1);
        var extra = hello.Map(0);
        Assert.IsType<string>(extra["user_agent"]);
        Assert.Equal(version >= new Version(5, 3), extra.ContainsKey("bolt_agent"));
        Assert.Equal(version.Major >= 4, extra.ContainsKey("routing"));
        Assert.Null(extra.GetValueOrDefault("routing"));
        Assert.Equal(version.Major == 4, extra.ContainsKey("patch_bolt"));
        if (version >= new Version(5, 3))
        {
            Assert.IsType<string>(((IReadOnlyDictionary<string, object?>)extra["bolt_agent"]!)["product"]);
        }

        if (version >= new Version(5, 1))
        {
            Assert.False(extra.ContainsKey("credentials"), "credentials belong in LOGON from Bolt 5.1");
            Assert.False(extra.ContainsKey("scheme"));
            var logon = await c.ExpectAsync(RequestTag.Logon, 1);
            AssertBasicAuth(logon.Map(0));
            await c.SendSuccessAsync(new() { ["server"] = AgentFor(version), ["connection_id"] = "bolt-1" });
            await c.SendSuccessAsync();
        }
        else
        {
            AssertBasicAuth(extra);
            await c.SendSuccessAsync(new() { ["server"] = AgentFor(version), ["connection_id"] = "bolt-1" });
        }
    }

    private static void AssertBasicAuth(IReadOnlyDictionary<string, object?> auth)
    {
        Assert.Equal("basic", auth["scheme"]);
        Assert.Equal(User, auth["principal"]);
        Assert.Equal(Password, auth["credentials"]);
    }

    /// <summary>Expects RUN (query, parameters and, from v3, extra) and returns the message.</summary>
    public static async Task<ClientMessage> ExpectRunAsync(ScriptedConnection c, Version version, string query)
    {
        var run = await c.ExpectAsync(RequestTag.Run, version.Major == 1 ? 2 : 3);
        Assert.Equal(query, run.Fields[0]);
        return run;
    }

    /// <summary>Expects PULL {n} (4+; n when given) or PULL_ALL (1, 3).</summary>
    public static async Task ExpectPullAsync(ScriptedConnection c, Version version, long? n = null)
    {
        if (version.Major >= 4)
        {
            var pull = await c.ExpectAsync(RequestTag.Pull, 1);
            if (n is { } expected)
            {
                Assert.Equal(expected, pull.Map(0)["n"]);
            }
        }
        else
        {
            await c.ExpectAsync(RequestTag.Pull, 0);
        }
    }

    /// <summary>BEGIN {extra} (3+) or RUN "BEGIN" + PULL_ALL (1), answered with success.</summary>
    public static async Task<IReadOnlyDictionary<string, object?>?> ExpectBeginAsync(ScriptedConnection c, Version version) =>
        await ExpectTransactionControlAsync(c, version, RequestTag.Begin, "BEGIN");

    public static Task ExpectCommitAsync(ScriptedConnection c, Version version) => ExpectTransactionControlAsync(c, version, RequestTag.Commit, "COMMIT");

    public static Task ExpectRollbackAsync(ScriptedConnection c, Version version) => ExpectTransactionControlAsync(c, version, RequestTag.Rollback, "ROLLBACK");

    private static async Task<IReadOnlyDictionary<string, object?>?> ExpectTransactionControlAsync(ScriptedConnection c, Version version, byte tag, string statement)
    {
        if (version.Major == 1)
        {
            await ExpectRunAsync(c, version, statement);
            await c.ExpectAsync(RequestTag.Pull, 0);
            await c.SendSuccessAsync();
            await c.SendSuccessAsync();
            return null;
        }

        var message = await c.ExpectAsync(tag, tag == RequestTag.Begin ? 1 : 0);
        await c.SendSuccessAsync(tag == RequestTag.Commit ? new() { ["bookmark"] = "bm-1" } : null);
        return tag == RequestTag.Begin ? message.Map(0) : null;
    }

    /// <summary>The server side of a failed RUN: FAILURE, IGNORED for the pipelined PULL, then ACK_FAILURE (v1
    /// outside a transaction) or RESET answered with SUCCESS.</summary>
    public static async Task FailRunAsync(ScriptedConnection c, Version version, string code, bool insideTransaction)
    {
        await ExpectPullAsync(c, version);
        await c.SendFailureAsync(code, "scripted failure");
        await c.SendIgnoredAsync();
        await c.ExpectAsync(version.Major == 1 && !insideTransaction ? RequestTag.AckFailure : RequestTag.Reset, 0);
        await c.SendSuccessAsync();
    }

    /// <summary>The whole exchange of <c>RETURN 1 AS one</c>: RUN, PULL, keys, one record, summary.</summary>
    public static async Task AnswerReturnOneAsync(ScriptedConnection c, Version version)
    {
        await ExpectRunAsync(c, version, "RETURN 1 AS one");
        await ExpectPullAsync(c, version);
        await c.SendSuccessAsync(new() { ["fields"] = new List<object?> { "one" } });
        await c.SendRecordAsync(1L);
        await c.SendSuccessAsync();
    }

    public static async Task ExpectGoodbyeAndCloseAsync(ScriptedConnection c, Version version) => await c.ExpectClosedAsync(goodbye: version.Major >= 3);
}
