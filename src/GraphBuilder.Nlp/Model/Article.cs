namespace GraphBuilder.Nlp;

/// <summary>An article as read from its file: metadata plus the cleaned body that all character offsets refer to.</summary>
/// <param name="Id">Stable content id: the same text read again gives the same id.</param>
/// <param name="Published">ISO date (yyyy-MM-dd) when the article states one.</param>
public sealed record Article(
    string Id,
    string FileName,
    string? Title,
    string? Published,
    string? Source,
    string? Url,
    string Body);
