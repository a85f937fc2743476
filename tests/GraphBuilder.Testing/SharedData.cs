using System.Text.RegularExpressions;

namespace GraphBuilder.Testing;

/// <summary>
/// The real test data: <c>shared/</c> (articles/, gold/) next to the repository root, the folder holding
/// GraphBuilder.sln. Never copied into the repo. A clone made elsewhere (CI clones into a temporary folder) finds it
/// next to the repository it was cloned from; <c>GRAPHBUILDER_SHARED_DATA</c> names it explicitly.
/// </summary>
public static partial class SharedData
{
    public const string EnvironmentVariable = "GRAPHBUILDER_SHARED_DATA";

    private static readonly Lazy<string> Root = new(Locate);

    /// <summary>The shared folder (articles/, gold/).</summary>
    public static string Directory => Root.Value;

    public static string Articles => Path.Combine(Root.Value, "articles");

    public static string Gold => Path.Combine(Root.Value, "gold");

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GraphBuilder.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No GraphBuilder.sln above {AppContext.BaseDirectory}");
    }

    private static string Locate()
    {
        var repository = RepositoryRoot();
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } named)
        {
            candidates.Add(Path.GetFullPath(named));
        }

        candidates.Add(Path.GetFullPath(Path.Combine(repository, "..", "shared")));
        if (OriginDirectory(repository) is { } origin)
        {
            candidates.Add(Path.GetFullPath(Path.Combine(origin, "..", "shared")));
        }

        return candidates.FirstOrDefault(c => System.IO.Directory.Exists(Path.Combine(c, "articles")))
            ?? throw new DirectoryNotFoundException(
                $"The shared test data (articles/, gold/) is not at {string.Join(" nor ", candidates)}; set {EnvironmentVariable}.");
    }

    /// <summary>The repository this one was cloned from, when that is a folder on this machine.</summary>
    private static string? OriginDirectory(string repository)
    {
        var config = Path.Combine(repository, ".git", "config");
        if (!File.Exists(config))
        {
            return null;
        }

        var origin = OriginUrl().Match(File.ReadAllText(config));
        if (!origin.Success)
        {
            return null;
        }

        var url = origin.Groups["url"].Value.Trim();
        url = url.StartsWith("file://", StringComparison.Ordinal) ? url["file://".Length..] : url;
        return Path.IsPathRooted(url) && System.IO.Directory.Exists(url) ? url : null;
    }

    [GeneratedRegex(@"\[remote ""origin""\][^\[]*?^\s*url\s*=\s*(?<url>[^\r\n]+)", RegexOptions.Multiline)]
    private static partial Regex OriginUrl();
}
