using Polly;
using Polly.Retry;

namespace GraphBuilder.Bolt.Internal;

internal sealed class BoltDriver : IDriver
{
    private static readonly ResiliencePropertyKey<long> RetryStartedAt = new("graphbuilder.bolt.retry-started");

    public BoltDriver(ServerAddress address, IAuthToken authToken, DriverOptions options)
    {
        Address = address;
        Options = options;
        Pool = new ConnectionPool(address, authToken, options);
        RetryPipeline = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is Neo4jException { IsRetriable: true }
                    && args.Context.Properties.TryGetValue(RetryStartedAt, out var started)
                    && System.Diagnostics.Stopwatch.GetElapsedTime(started) < options.MaxTransactionRetryTime),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.InitialRetryDelay,
                MaxDelay = options.MaxTransactionRetryTime,
            })
            .Build();
    }

    public ServerAddress Address { get; }

    public DriverOptions Options { get; }

    public ConnectionPool Pool { get; }

    private ResiliencePipeline RetryPipeline { get; }

    public IAsyncSession AsyncSession(Action<SessionOptions>? configure = null)
    {
        var sessionOptions = new SessionOptions();
        configure?.Invoke(sessionOptions);
        if (sessionOptions.FetchSize is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(configure), sessionOptions.FetchSize, "FetchSize must be positive, or -1 to fetch everything at once.");
        }

        return new Session(this, sessionOptions);
    }

    public async Task VerifyConnectivityAsync(CancellationToken cancellationToken = default) =>
        await GetServerInfoAsync(cancellationToken).ConfigureAwait(false);

    public async Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default)
    {
        var connection = await Pool.AcquireAsync(cancellationToken).ConfigureAwait(false);
        var info = connection.ServerInfo;
        await Pool.ReleaseAsync(connection).ConfigureAwait(false);
        return info;
    }

    /// <summary>Runs <paramref name="work"/> with retries of transient failures, bounded by MaxTransactionRetryTime.</summary>
    public async Task<T> ExecuteWithRetryAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RetryStartedAt, System.Diagnostics.Stopwatch.GetTimestamp());
        try
        {
            return await RetryPipeline.ExecuteAsync(
                static async (ctx, state) => await state(ctx.CancellationToken).ConfigureAwait(false),
                context,
                work).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    public ValueTask DisposeAsync() => Pool.DisposeAsync();
}
