using System.Security.Cryptography;
using System.Text;

namespace GraphBuilder.Graph;

/// <summary>Label of an entity node besides <c>Entity</c>; also stored as its <c>type</c> property.</summary>
public enum EntityKind
{
    Person,
    Organization,
    Location,
}

/// <summary>Relationship type between two entities: SUPPORTS, OPPOSES, CROSSED_INTO, CAPTURED.</summary>
public enum RelationType
{
    Supports,
    Opposes,
    CrossedInto,
    Captured,
}

public enum EvidenceStatus
{
    Asserted,
    Hedged,
}

/// <summary>
/// One article and everything extracted from it, as written to the graph. Writing an article that is already in the
/// graph replaces its earlier extraction.
/// </summary>
public sealed class GraphArticle
{
    /// <summary>Stable content id from the reader; re-ingesting the same content gives the same id.</summary>
    public required string Id { get; init; }

    public required string File { get; init; }

    public string? Title { get; init; }

    /// <summary>Stored as <c>yyyy-MM-dd</c> (Neo4j 3.1 has no date type; the string sorts).</summary>
    public DateOnly? Published { get; init; }

    public string? Source { get; init; }

    public string? Url { get; init; }

    public string? ContentHash { get; init; }

    /// <summary>
    /// Id of the article this one is a near-duplicate of, if any. Set when the article is first written: rewriting it
    /// (a new extraction of the same content) keeps the marking it got then.
    /// </summary>
    public string? DuplicateOf { get; init; }

    /// <summary>Fingerprint of the extractor that produced <see cref="Entities"/> and <see cref="Evidence"/> (<c>a.extractor</c>).</summary>
    public string? Extractor { get; init; }

    /// <summary>The entities the article mentions; every evidence subject and object must be one of them.</summary>
    public IReadOnlyList<GraphEntity> Entities { get; init; } = [];

    public IReadOnlyList<GraphEvidence> Evidence { get; init; } = [];
}

/// <param name="Id">Canonical entity id, the same across articles for the same real entity.</param>
/// <param name="Aliases">Surface forms seen for it; the graph keeps the sorted union over all articles.</param>
public sealed record GraphEntity(string Id, EntityKind Kind, string Name, IReadOnlyList<string> Aliases)
{
    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    /// <summary>How often this article mentions the entity (the MENTIONS relationship's <c>count</c>).</summary>
    public int MentionCount { get; init; } = 1;

    /// <summary>The forms this article uses for it (the MENTIONS relationship's <c>surfaces</c>).</summary>
    public IReadOnlyList<string> Surfaces { get; init; } = [];

    /// <summary>
    /// Spelling-insensitive key (e.g. a transliteration fold of the name, "Qasim Musla" = "Qassem Mesleh"). An entity
    /// whose key is already in the graph under another id is written as that entity, so articles that spell a name
    /// differently still meet in one node. Null: the id alone identifies the entity.
    /// </summary>
    public string? MatchKey { get; init; }
}

/// <summary>One sentence of one article that states (or hedges) a relation; offsets are characters into the article body.</summary>
public sealed record GraphEvidence(
    string Subject,
    RelationType Relation,
    string Object,
    EvidenceStatus Status,
    string Sentence,
    string Trigger,
    double Confidence)
{
    public int Start { get; init; }

    public int End { get; init; }

    public int SentenceStart { get; init; }

    public int SentenceEnd { get; init; }

    /// <summary>
    /// Deterministic: a hash of subject|PREDICATE|object|normalised sentence, so the same sentence reported by two
    /// (near-duplicate) articles is one Evidence node.
    /// </summary>
    public string Id => GraphIds.Evidence(Subject, Relation, Object, Sentence);
}

/// <summary>Names the graph uses for the model's enums.</summary>
public static class GraphIds
{
    public static string Label(EntityKind kind) => kind switch
    {
        EntityKind.Person => "Person",
        EntityKind.Organization => "Organization",
        EntityKind.Location => "Location",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string RelationshipType(RelationType relation) => relation switch
    {
        RelationType.Supports => "SUPPORTS",
        RelationType.Opposes => "OPPOSES",
        RelationType.CrossedInto => "CROSSED_INTO",
        RelationType.Captured => "CAPTURED",
        _ => throw new ArgumentOutOfRangeException(nameof(relation), relation, null),
    };

    public static string Status(EvidenceStatus status) => status == EvidenceStatus.Asserted ? "asserted" : "hedged";

    /// <summary>The <c>key</c> of an aggregated relation: "subject|PREDICATE|object".</summary>
    public static string RelationKey(string subject, RelationType relation, string @object) => $"{subject}|{RelationshipType(relation)}|{@object}";

    public static string Evidence(string subject, RelationType relation, string @object, string sentence)
    {
        var text = $"{RelationKey(subject, relation, @object)}|{NormaliseSentence(sentence)}";
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

    /// <summary>Case, Unicode form, typographic quotes/dashes and runs of white space do not make a sentence different.</summary>
    internal static string NormaliseSentence(string sentence)
    {
        var normalised = sentence.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalised.Length);
        var pendingSpace = false;
        foreach (var c in normalised)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201F' or '\u2033' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString();
    }
}
