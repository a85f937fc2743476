namespace GraphBuilder.Benchmarks;

internal static class BenchPaths
{
    /// <summary>The folder holding GraphBuilder.sln, found upwards from the bench's binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GraphBuilder.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("GraphBuilder.sln not found above " + AppContext.BaseDirectory);
    }
}
