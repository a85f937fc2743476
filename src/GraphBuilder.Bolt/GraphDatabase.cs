namespace GraphBuilder.Bolt;

/// <summary>Entry point: creates a <see cref="IDriver"/> for a Bolt URI.</summary>
/// <remarks>
/// Supported schemes: bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s://, neo4j+ssc://.
/// The neo4j:// schemes currently talk to the single server named in the URI: there is no routing table.
/// </remarks>
public static class GraphDatabase
{
    public const int DefaultPort = 7687;

    public static IDriver Driver(string uri, IAuthToken authToken, Action<DriverOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return Driver(new Uri(uri), authToken, configure);
    }

    public static IDriver Driver(Uri uri, IAuthToken authToken, Action<DriverOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentNullException.ThrowIfNull(authToken);
        var options = new DriverOptions();
        configure?.Invoke(options);
        return new Internal.BoltDriver(Internal.ServerAddress.Parse(uri), authToken, options);
    }
}
