using System.Collections.Concurrent;
using GraphBuilder.Nlp.Classification;
using GraphBuilder.Nlp.Data;
using GraphBuilder.Nlp.Mentions;
using GraphBuilder.Nlp.Pipeline;
using GraphBuilder.Nlp.Relations;
using GraphBuilder.Nlp.Resolution;
using GraphBuilder.Nlp.Text;

namespace GraphBuilder.Nlp;

/// <summary>The whole NLP pipeline; one instance is safe to use from many threads.</summary>
public sealed class ExtractionPipeline
{
    // Loaded data is shared by every pipeline with the same organisation files.
    private static readonly ConcurrentDictionary<string, Lazy<ExtractionPipeline>> s_instances = new(StringComparer.Ordinal);

    private readonly IPipelineStage[] _stages;

    private ExtractionPipeline(IPipelineStage[] stages, Gazetteer gazetteer, string fingerprint)
    {
        _stages = stages;
        Gazetteer = gazetteer;
        Fingerprint = fingerprint;
    }

    internal Gazetteer Gazetteer { get; }

    /// <summary>
    /// A short string that changes whenever what this pipeline extracts may change: the library's version and build,
    /// the relation model and the extra organisation files it loaded. The same pipeline always gives the same value.
    /// </summary>
    public string Fingerprint { get; }

    /// <summary>
    /// Builds the default chain once per process (per set of extra organisation files). The first call provisions the
    /// lexical and geographic data from npm into the per-user cache if it is not there yet.
    /// </summary>
    public static ExtractionPipeline CreateDefault(NlpOptions? options = null)
    {
        var files = options?.OrganizationFiles.Select(Path.GetFullPath).ToArray() ?? [];
        var model = options?.RelationModelFile is { } file ? Path.GetFullPath(file) : null;
        var key = string.Join('\n', files) + "\n#model " + model;
        var instance = s_instances.GetOrAdd(key, _ => new Lazy<ExtractionPipeline>(() =>
            Build(files, options?.DataDirectory, model is null ? RelationClassifier.Embedded : RelationClassifier.Load(model), model)));
        try
        {
            return instance.Value;
        }
        catch
        {
            // A Lazy keeps its exception; forget it so that a model or organisation file mended meanwhile is read again.
            s_instances.TryRemove(new KeyValuePair<string, Lazy<ExtractionPipeline>>(key, instance));
            throw;
        }
    }

    /// <summary>The pipeline without the trained relation classifier: the rules alone (what the classifier is trained on top of).</summary>
    internal static ExtractionPipeline CreateRulesOnly(string? dataDirectory = null) => Build([], dataDirectory, classifier: null);

    private static ExtractionPipeline Build(IReadOnlyList<string> organizationFiles, string? dataDirectory, RelationClassifier? classifier, string? relationModelFile = null)
    {
        var directory = NlpDataProvisioner.EnsureProvisioned(dataDirectory);
        var lexicon = Lexicon.Load(Path.Combine(directory, NlpDataProvisioner.LexiconFile));
        var gazetteer = Gazetteer.Load(directory, lexicon, organizationFiles);
        var fingerprint = ExtractorFingerprint.Compute(organizationFiles, relationModelFile, withClassifier: classifier is not null);
        return new ExtractionPipeline(CreateStages(lexicon, gazetteer, classifier), gazetteer, fingerprint);
    }

    internal static IPipelineStage[] CreateStages(Lexicon lexicon, Gazetteer gazetteer, RelationClassifier? classifier = null) =>
    [
        new Tokenizer(),
        new SentenceSplitter(),
        new GazetteerMentionStage(gazetteer, lexicon),
        new NameCandidateStage(lexicon, gazetteer),
        new StateActorStage(gazetteer),
        new EntityResolver(),
        new RelationStage(lexicon, gazetteer),
        .. classifier is null ? Array.Empty<IPipelineStage>() : [new RelationClassifierStage(classifier, gazetteer)],
        new ReporterGuard(gazetteer),
    ];

    public ArticleExtraction Extract(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var document = Run(article.Body, cancellationToken);
        return ExtractionResult.From(article, document);
    }

    internal Document Run(string text, CancellationToken cancellationToken = default)
    {
        var document = new Document(text);
        foreach (var stage in _stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Process(document, cancellationToken);
        }
        return document;
    }
}

public sealed class NlpOptions
{
    /// <summary>Extra organisation gazetteer files (user-extensible aliases): id TAB type TAB name TAB aliases (|).</summary>
    public IList<string> OrganizationFiles { get; } = new List<string>();

    /// <summary>A relation model written by <c>graphbuilder train</c>; without it the model shipped in the library is used.</summary>
    public string? RelationModelFile { get; set; }

    /// <summary>Where the npm-provisioned data lives; defaults to $GRAPHBUILDER_NLP_DATA or ~/.cache/graphbuilder/nlp-data.</summary>
    public string? DataDirectory { get; set; }
}
