namespace GraphBuilder.Benchmarks;

internal static class GraphBench
{
    public static Task<int> RunAsync(string[] args) => Task.FromResult(2);
}
