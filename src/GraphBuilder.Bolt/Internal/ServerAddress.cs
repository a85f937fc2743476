namespace GraphBuilder.Bolt.Internal;

internal enum TlsMode
{
    None,
    Verified,
    AnyCertificate,
}

/// <param name="Routed">True for the neo4j:// schemes. There is no client-side routing table: the driver talks to the one
/// server in the URI and, from Bolt 4.1, passes a routing context so that a cluster member can route queries itself.</param>
internal sealed record ServerAddress(string Host, int Port, TlsMode Tls, bool Routed = false)
{
    public static ServerAddress Parse(Uri uri)
    {
        var tls = uri.Scheme.ToLowerInvariant() switch
        {
            "bolt" or "neo4j" => TlsMode.None,
            "bolt+s" or "neo4j+s" => TlsMode.Verified,
            "bolt+ssc" or "neo4j+ssc" => TlsMode.AnyCertificate,
            _ => throw new ArgumentException($"Unsupported URI scheme '{uri.Scheme}': use bolt, bolt+s, bolt+ssc, neo4j, neo4j+s or neo4j+ssc.", nameof(uri)),
        };
        var port = uri.IsDefaultPort || uri.Port <= 0 ? GraphDatabase.DefaultPort : uri.Port;
        return new ServerAddress(uri.Host, port, tls, uri.Scheme.StartsWith("neo4j", StringComparison.OrdinalIgnoreCase));
    }

    public override string ToString() => $"{Host}:{Port}";
}
