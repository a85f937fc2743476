using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootDirectory = new(SharedData.RepositoryRoot);

    public static string Root => RootDirectory.Value;

    public static string Cypher => Path.Combine(Root, "cypher");

    /// <summary>The CLI as built next to the tests (the project reference copies it here).</summary>
    public static string GraphBuilderDll => Path.Combine(AppContext.BaseDirectory, "graphbuilder.dll");
}
