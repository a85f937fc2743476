using BenchmarkDotNet.Running;
using GraphBuilder.Benchmarks;

// `graph` and `extract` are end-to-end bench commands that measure a baseline in the same run and
// report ratios; anything else goes to BenchmarkDotNet's switcher for the micro-benchmarks.
return args.FirstOrDefault() switch
{
    "graph" => await GraphBench.RunAsync(args[1..]),
    "extract" => await ExtractionBench.RunAsync(args[1..]),
    _ => RunMicro(args),
};

static int RunMicro(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(GraphBench).Assembly).Run(args);
    return 0;
}
