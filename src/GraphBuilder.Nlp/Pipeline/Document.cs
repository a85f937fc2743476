namespace GraphBuilder.Nlp.Pipeline;

/// <summary>The one document model every stage reads and enriches, in the spirit of spaCy's Doc.</summary>
internal sealed class Document(string text)
{
    public string Text { get; } = text;

    public List<Token> Tokens { get; } = [];

    public List<Sentence> Sentences { get; } = [];

    public List<Mention> Mentions { get; } = [];

    public List<EntityCluster> Entities { get; } = [];

    public List<RelationCandidate> Relations { get; } = [];

    public ReadOnlySpan<char> Slice(int start, int end) => Text.AsSpan(start, end - start);

    public string TokenText(int index) => Text.Substring(Tokens[index].Start, Tokens[index].Length);

    public ReadOnlySpan<char> TokenSpan(int index) => Text.AsSpan(Tokens[index].Start, Tokens[index].Length);

    public int SentenceOf(int tokenIndex)
    {
        var lo = 0;
        var hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var s = Sentences[mid];
            if (tokenIndex < s.FirstToken) hi = mid - 1;
            else if (tokenIndex >= s.EndToken) lo = mid + 1;
            else return mid;
        }
        return -1;
    }
}

internal enum TokenKind : byte { Word, Number, Punctuation, Symbol }

/// <summary>A token as character offsets into the document text; no string is allocated per token.</summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind, bool SpaceBefore, bool LineBreakBefore, bool ParagraphBefore)
{
    public int Length => End - Start;
}

/// <summary>A sentence as a token range [FirstToken, EndToken) and its character span.</summary>
internal readonly record struct Sentence(int FirstToken, int EndToken, int Start, int End);

/// <summary>A typed span of the text naming (or standing for) an entity.</summary>
internal sealed class Mention(int firstToken, int endToken, int start, int end, EntityType type, string key)
{
    public int FirstToken { get; set; } = firstToken;

    public int EndToken { get; set; } = endToken;

    public int Start { get; set; } = start;

    public int End { get; set; } = end;

    public EntityType Type { get; set; } = type;

    /// <summary>Canonical id proposed by the detector (gazetteer id, or slug of the folded name).</summary>
    public string Key { get; set; } = key;

    /// <summary>The proper form to list as name/alias (the head noun stripped: "Mosul" for "Mosul city").</summary>
    public string? Surface { get; set; }

    /// <summary>False for mentions that stand for an entity without naming it (demonym in "Iranian-backed", "the group").</summary>
    public bool IsName { get; set; } = true;

    /// <summary>The demonym or pronoun form, used for relations but never listed as an alias.</summary>
    public bool IsReference { get; set; }

    /// <summary>A demonym standing for its country as an actor ("Russian warplanes", "Iranian-backed"): the country is an entity even when unnamed.</summary>
    public bool IsActorDemonym { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public int Priority { get; set; }

    /// <summary>The key is a transliteration fold (for matching), not a readable id: the entity id comes from its name.</summary>
    public bool HasFoldedKey { get; set; }

    public EntityCluster? Entity { get; set; }

    public override string ToString() => $"{Surface}[{Start},{End}) {Type} {Key}";
}

internal sealed class EntityCluster(string id, EntityType type)
{
    public string Id { get; set; } = id;

    public EntityType Type { get; set; } = type;

    public List<Mention> Mentions { get; } = [];

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }
}

internal sealed record RelationCandidate(
    EntityCluster Subject,
    RelationPredicate Predicate,
    EntityCluster Object,
    RelationStatus Status,
    int EvidenceStart,
    int EvidenceEnd,
    int SentenceIndex,
    string Trigger,
    double Confidence);

/// <summary>One step of the pipeline; stages are stateless after construction and safe to share across threads.</summary>
internal interface IPipelineStage
{
    void Process(Document document, CancellationToken cancellationToken);
}
