using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using GraphBuilder.Nlp.Classification;

namespace GraphBuilder.Nlp.Pipeline;

/// <summary>Builds <see cref="ExtractionPipeline.Fingerprint"/>: the library's version plus a hash of what the extraction depends on.</summary>
internal static class ExtractorFingerprint
{
    internal static string Compute(IReadOnlyList<string> organizationFiles, string? relationModelFile, bool withClassifier)
    {
        var assembly = typeof(ExtractorFingerprint).Assembly;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        // The module version id changes with any change to the compiled code or its embedded data (the shipped
        // organisation and place lists, the shipped relation model, the pinned npm data versions), even in a build
        // without source-control information, where the informational version alone would not change.
        Add(hash, assembly.ManifestModule.ModuleVersionId.ToString("N"));
        Add(hash, !withClassifier ? "rules only" : relationModelFile is null ? RelationClassifier.EmbeddedName : "model file");
        if (withClassifier && relationModelFile is not null)
        {
            hash.AppendData(File.ReadAllBytes(relationModelFile));
        }

        foreach (var file in organizationFiles)
        {
            Add(hash, "organizations");
            hash.AppendData(File.ReadAllBytes(file));
        }

        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0 && version.Length > plus + 13)
        {
            version = version[..(plus + 13)]; // a commit id's first 12 digits are plenty to read it by
        }

        return $"{version}/{Convert.ToHexStringLower(hash.GetHashAndReset())[..16]}";
    }

    private static void Add(IncrementalHash hash, string text)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        hash.AppendData([0]);
    }
}
