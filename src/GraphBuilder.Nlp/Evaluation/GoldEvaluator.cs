namespace GraphBuilder.Nlp;

/// <summary>Runs the pipeline over the articles that have gold files and scores the result against the gold.</summary>
public static class GoldEvaluator
{
    /// <summary>
    /// For every gold file (*.json) in <paramref name="goldDirectory"/>, reads the article it names from
    /// <paramref name="articlesDirectory"/>, extracts it and scores it.
    /// </summary>
    /// <exception cref="FileNotFoundException">A gold file names an article that is not there.</exception>
    public static async Task<EvalReport> EvaluateAsync(
        string articlesDirectory,
        string goldDirectory,
        ExtractionPipeline pipeline,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var pairs = new List<(GoldDocument Gold, GoldDocument Predicted)>();
        foreach (var goldPath in Directory.EnumerateFiles(goldDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            var gold = await GoldReader.ReadAsync(goldPath, cancellationToken).ConfigureAwait(false);
            var articlePath = Path.Combine(articlesDirectory, gold.Article);
            if (!File.Exists(articlePath))
            {
                throw new FileNotFoundException($"{goldPath} names article '{gold.Article}', which is not in {articlesDirectory}.", articlePath);
            }

            await foreach (var article in ArticleReader.ReadAsync(articlePath, cancellationToken).ConfigureAwait(false))
            {
                var extraction = pipeline.Extract(article, cancellationToken);
                pairs.Add((gold, GoldDocument.FromExtraction(extraction)));
                break;
            }
        }

        return Score(pairs);
    }

    internal static EvalReport Score(IEnumerable<(GoldDocument Gold, GoldDocument Predicted)> pairs) =>
        new([.. pairs.Select(p => ArticleScorer.Score(p.Gold, p.Predicted))]);
}
