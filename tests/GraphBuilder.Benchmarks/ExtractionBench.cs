namespace GraphBuilder.Benchmarks;

internal static class ExtractionBench
{
    public static Task<int> RunAsync(string[] args) => Task.FromResult(2);
}
