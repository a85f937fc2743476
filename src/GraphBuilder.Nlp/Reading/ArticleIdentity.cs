using System.Security.Cryptography;
using System.Text;

namespace GraphBuilder.Nlp;

/// <summary>The stable content id of an article: 16 hex characters of SHA-256 over its folded title and body.</summary>
internal static class ArticleIdentity
{
    public static string Compute(string? title, string body)
    {
        var normalised = TextFolding.Fold(title ?? string.Empty) + "\n" + TextFolding.Fold(body);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(normalised), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
