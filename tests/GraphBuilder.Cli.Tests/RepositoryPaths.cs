namespace GraphBuilder.Cli.Tests;

internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootDirectory = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GraphBuilder.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No GraphBuilder.sln above {AppContext.BaseDirectory}");
    });

    public static string Root => RootDirectory.Value;

    public static string Cypher => Path.Combine(Root, "cypher");

    /// <summary>The CLI as built next to the tests (the project reference copies it here).</summary>
    public static string GraphBuilderDll => Path.Combine(AppContext.BaseDirectory, "graphbuilder.dll");
}
