using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using GraphBuilder.Bolt.Internal;
using static GraphBuilder.Bolt.Tests.Scripted.ServerScripts;

namespace GraphBuilder.Bolt.Tests.Scripted;

public sealed class UriAndTlsTests
{
    [Theory]
    [InlineData("bolt://db.example:7688", "db.example", 7688, 0, false)]
    [InlineData("bolt://db.example", "db.example", 7687, 0, false)]
    [InlineData("bolt+s://db.example", "db.example", 7687, 1, false)]
    [InlineData("bolt+ssc://10.0.0.1:1234", "10.0.0.1", 1234, 2, false)]
    [InlineData("neo4j://db.example", "db.example", 7687, 0, true)]
    [InlineData("neo4j+s://db.example:7000", "db.example", 7000, 1, true)]
    [InlineData("neo4j+ssc://db.example", "db.example", 7687, 2, true)]
    public void Uri_schemes_select_tls_and_routing(string uri, string host, int port, int tls, bool routed) =>
        Assert.Equal(new ServerAddress(host, port, (TlsMode)tls, routed), ServerAddress.Parse(new Uri(uri)));

    [Fact]
    public void Unknown_schemes_are_rejected() =>
        Assert.Throws<ArgumentException>(() => GraphDatabase.Driver("http://localhost:7474", AuthTokens.None));

    [Fact]
    public async Task Neo4j_scheme_passes_its_address_as_routing_context_from_bolt_4()
    {
        IReadOnlyDictionary<string, object?>? hello = null;
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.AcceptVersionAsync(5, 0);
            hello = (await c.ExpectAsync(Internal.Protocol.RequestTag.Init, 1)).Map(0);
            await c.SendSuccessAsync(new() { ["server"] = "Neo4j/5.0.0" });
            await c.ExpectClosedAsync(goodbye: true);
        });

        await using (var driver = GraphDatabase.Driver($"neo4j://127.0.0.1:{server.Port}", AuthTokens.None))
        {
            await driver.VerifyConnectivityAsync();
        }

        await server.CompletedAsync();
        Assert.Equal("none", hello!["scheme"]);
        Assert.Equal(new Dictionary<string, object?> { ["address"] = $"127.0.0.1:{server.Port}" }, hello["routing"]);
    }

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    [Fact]
    public async Task Bolt_ssc_speaks_bolt_over_tls_with_a_self_signed_certificate()
    {
        using var certificate = SelfSignedCertificate();
        var version = new Version(5, 4);
        await using var server = new ScriptedBoltServer(async c =>
        {
            await OpenAsync(c, version);
            await ExpectGoodbyeAndCloseAsync(c, version);
        }, certificate);

        await using (var driver = GraphDatabase.Driver($"bolt+ssc://127.0.0.1:{server.Port}", Auth))
        {
            Assert.Equal(version, (await driver.GetServerInfoAsync()).ProtocolVersion);
        }

        await server.CompletedAsync();
    }

    [Fact]
    public async Task Bolt_s_rejects_an_untrusted_certificate_without_retrying()
    {
        using var certificate = SelfSignedCertificate();
        await using var server = new ScriptedBoltServer(_ => Task.CompletedTask, certificate);
        await using var driver = GraphDatabase.Driver($"bolt+s://127.0.0.1:{server.Port}", Auth);

        var error = await Assert.ThrowsAsync<ClientException>(() => driver.VerifyConnectivityAsync());
        Assert.Contains("TLS", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsRetriable);
    }
}

public sealed class ServerAgentTests
{
    [Theory]
    [InlineData("Neo4j/3.1.1", "3.1.1")]
    [InlineData("Neo4j/3.2.0-alpha01", "3.2.0")]
    [InlineData("Neo4j/5.26", "5.26")]
    [InlineData("Neo4j/", "0.0")]
    [InlineData("Neo4j/3.x", "0.0")]
    [InlineData("something else", "0.0")]
    public void Server_versions_are_read_from_agent_strings(string agent, string expected) =>
        Assert.Equal(Version.Parse(expected), Internal.Protocol.BoltConnection.ServerVersion(agent));
}
