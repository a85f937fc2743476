namespace GraphBuilder.Bolt.Internal;

internal enum TlsMode
{
    None,
    Verified,
    AnyCertificate,
}

internal sealed record ServerAddress(string Host, int Port, TlsMode Tls)
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
        return new ServerAddress(uri.Host, port, tls);
    }

    public override string ToString() => $"{Host}:{Port}";
}
