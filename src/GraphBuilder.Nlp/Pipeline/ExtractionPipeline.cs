namespace GraphBuilder.Nlp;

/// <summary>The whole NLP pipeline; one instance is safe to use from many threads.</summary>
public sealed class ExtractionPipeline
{
    public static ExtractionPipeline CreateDefault(NlpOptions? options = null) => throw new NotImplementedException();

    public ArticleExtraction Extract(Article article, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();
}

public sealed class NlpOptions
{
    /// <summary>Extra organisation gazetteer files (user-extensible aliases).</summary>
    public IList<string> OrganizationFiles { get; } = new List<string>();
}
