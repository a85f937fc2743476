namespace GraphBuilder.Bolt.Internal;

internal sealed class BoltDriver(ServerAddress address, IAuthToken authToken, DriverOptions options) : IDriver
{
    public ServerAddress Address { get; } = address;
    public IAuthToken AuthToken { get; } = authToken;
    public DriverOptions Options { get; } = options;

    public IAsyncSession AsyncSession(Action<SessionOptions>? configure = null) => throw new NotImplementedException();

    public Task VerifyConnectivityAsync(CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
