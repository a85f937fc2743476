using GraphBuilder.Nlp;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Ingest;

/// <summary>Runs the inbox worker in a .NET Generic Host: options bound and validated at start, console logging, SIGTERM handling.</summary>
internal static class WorkerHost
{
    /// <summary>
    /// Runs until <paramref name="stopping"/> is cancelled or the host hears SIGTERM/Ctrl+C itself. A stop requested while
    /// the embedded Neo4j is still starting ends the start-up there (an <see cref="OperationCanceledException"/>).
    /// </summary>
    public static async Task RunAsync(IConfiguration configuration, TextWriter output, CancellationToken stopping)
    {
        var options = GraphBuilderConfiguration.Bind(configuration);
        var target = await Neo4jConnector.ConnectAsync(options.Neo4j, stopping).ConfigureAwait(false);
        await using var sink = new Neo4jGraphSink(target, options.Ingest);
        if (target.Embedded is { } embedded)
        {
            await output.WriteLineAsync(Neo4jConnector.DescribeEmbedded(embedded)).ConfigureAwait(false);
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ApplicationName = "graphbuilder-worker" });
        builder.Configuration.AddConfiguration(configuration);
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss ";
        });
        builder.Services.AddOptions<GraphBuilderOptions>()
            .Bind(builder.Configuration.GetSection(GraphBuilderOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Worker.Inbox), "Worker:Inbox is required")
            .ValidateOnStart();

        // Finishing a write already begun takes at most InboxWorker.FinishGrace; the host must wait that long.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = InboxWorker.FinishGrace + TimeSpan.FromSeconds(5));
        builder.Services.AddSingleton(services => ExtractionPipeline.CreateDefault(
            services.GetRequiredService<IOptions<GraphBuilderOptions>>().Value.Ingest.ToNlpOptions()));
        builder.Services.AddSingleton(new NearDuplicateDetector());
        builder.Services.AddSingleton<IGraphSink>(sink);
        builder.Services.AddHostedService<InboxWorker>();

        using var host = builder.Build();
        await host.RunAsync(stopping).ConfigureAwait(false);
    }
}
