using Microsoft.Extensions.FileSystemGlobbing;

namespace GraphBuilder.Ingest;

/// <summary>One thing to read: a file, or standard input carrying JSON lines.</summary>
internal sealed record IngestInput(string Path, long Length)
{
    public const string StandardInput = "-";

    public bool IsStandardInput => Path == StandardInput;
}

/// <summary>Expands the user's PATH arguments (files, folders, globs, <c>-</c>) into the files to read.</summary>
internal static class IngestInputs
{
    internal static readonly string[] SupportedExtensions = [".txt", ".md", ".html", ".htm", ".jsonl"];

    public static (IReadOnlyList<IngestInput> Inputs, IReadOnlyList<IngestFailure> Unmatched) Expand(IEnumerable<string> arguments)
    {
        var inputs = new List<IngestInput>();
        var unmatched = new List<IngestFailure>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (argument == IngestInput.StandardInput)
            {
                if (seen.Add(argument))
                {
                    inputs.Add(new IngestInput(argument, 0));
                }

                continue;
            }

            var matched = false;
            foreach (var file in Match(argument))
            {
                matched = true;
                if (seen.Add(file.FullName))
                {
                    inputs.Add(new IngestInput(file.FullName, file.Length));
                }
            }

            if (!matched)
            {
                unmatched.Add(new IngestFailure(argument, "no such file, folder or matching glob"));
            }
        }

        return (inputs, unmatched);
    }

    internal static bool IsSupported(string path) =>
        SupportedExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<FileInfo> Match(string argument)
    {
        if (File.Exists(argument))
        {
            // An explicitly named file is read whatever its extension: the reader reports what it cannot handle.
            return [new FileInfo(argument)];
        }

        if (Directory.Exists(argument))
        {
            return new DirectoryInfo(argument)
                .EnumerateFiles("*", SearchOption.AllDirectories)
                .Where(f => IsSupported(f.Name))
                .OrderBy(f => f.FullName, StringComparer.Ordinal);
        }

        return MatchGlob(argument);
    }

    private static IEnumerable<FileInfo> MatchGlob(string pattern)
    {
        var wildcard = pattern.IndexOfAny(['*', '?', '[']);
        if (wildcard < 0)
        {
            return [];
        }

        // The root is the folder part before the first wildcard; the rest is matched relative to it.
        var separator = pattern.LastIndexOfAny(['/', '\\'], wildcard);
        var root = separator < 0 ? "." : pattern[..(separator + 1)];
        var relative = pattern[(separator + 1)..];
        if (!Directory.Exists(root))
        {
            return [];
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(relative);
        return matcher.GetResultsInFullPath(root)
            .Order(StringComparer.Ordinal)
            .Select(path => new FileInfo(path));
    }
}
