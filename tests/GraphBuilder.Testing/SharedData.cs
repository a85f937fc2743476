namespace GraphBuilder.Testing;

/// <summary>The real test data: <c>shared/</c> next to the repository root (the folder holding GraphBuilder.sln). Never copied into the repo.</summary>
public static class SharedData
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GraphBuilder.sln")))
            {
                return Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared"));
            }
        }

        throw new DirectoryNotFoundException($"No GraphBuilder.sln above {AppContext.BaseDirectory}");
    });

    /// <summary>The shared folder (articles/, gold/).</summary>
    public static string Directory => Root.Value;

    public static string Articles => Path.Combine(Root.Value, "articles");

    public static string Gold => Path.Combine(Root.Value, "gold");
}
