namespace GraphBuilder.Nlp;

public enum EntityType { Person, Organization, Location }

public enum RelationPredicate { Supports, Opposes, CrossedInto, Captured }

public enum RelationStatus { Asserted, Hedged }

/// <summary>What the pipeline found in one article: resolved entities and the relations between them.</summary>
public sealed record ArticleExtraction(
    Article Article,
    IReadOnlyList<ExtractedEntity> Entities,
    IReadOnlyList<ExtractedRelation> Relations);

/// <param name="Id">Canonical id, the same across articles for the same real entity.</param>
/// <param name="Aliases">Every other surface form the article uses, case kept, the name excluded.</param>
public sealed record ExtractedEntity(
    string Id,
    EntityType Type,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<MentionSpan> Mentions,
    double? Latitude = null,
    double? Longitude = null);

public readonly record struct MentionSpan(int Start, int End, string Text);

public sealed record ExtractedRelation(
    string Subject,
    RelationPredicate Predicate,
    string Object,
    RelationStatus Status,
    RelationEvidence Evidence);

/// <param name="Text">The verbatim span of the article body that licenses the relation.</param>
public sealed record RelationEvidence(
    string Text,
    int Start,
    int End,
    string Sentence,
    int SentenceStart,
    int SentenceEnd,
    string Trigger,
    double Confidence);

public static class NlpWireNames
{
    public static string ToWire(this RelationPredicate predicate) => predicate switch
    {
        RelationPredicate.Supports => "SUPPORTS",
        RelationPredicate.Opposes => "OPPOSES",
        RelationPredicate.CrossedInto => "CROSSED_INTO",
        RelationPredicate.Captured => "CAPTURED",
        _ => throw new ArgumentOutOfRangeException(nameof(predicate)),
    };

    public static string ToWire(this RelationStatus status) => status == RelationStatus.Hedged ? "hedged" : "asserted";

    public static string ToWire(this EntityType type) => type.ToString();

    public static RelationPredicate ParsePredicate(string wire) => wire switch
    {
        "SUPPORTS" => RelationPredicate.Supports,
        "OPPOSES" => RelationPredicate.Opposes,
        "CROSSED_INTO" => RelationPredicate.CrossedInto,
        "CAPTURED" => RelationPredicate.Captured,
        _ => throw new FormatException($"Unknown predicate '{wire}'."),
    };
}
