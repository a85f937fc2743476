using System.CommandLine;
using System.Text;
using System.Text.RegularExpressions;
using GraphBuilder.Nlp;

namespace GraphBuilder.Cli.Commands;

/// <summary>
/// <c>graphbuilder extract PATH... [--format json|jsonl] [--out DIR] [--text]</c>: runs the NLP pipeline over article files,
/// folders and globs and writes gold-shaped JSON. Needs no Neo4j. A file that cannot be read is reported on stderr
/// and skipped; the exit code is then 1.
/// </summary>
internal static class ExtractCommand
{
    private const int Failed = 1;
    private const int BatchSize = 256;

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Article files (.txt .md .html .htm .jsonl), folders (searched recursively) or globs such as 'news/**/*.md'",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "json: one pretty object per article (a file each with --out); jsonl: one line per article",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "jsonl");
        var output = new Option<DirectoryInfo?>("--out", "-o")
        {
            Description = "Folder to write to (created if missing); without it the JSON goes to stdout",
            HelpName = "DIR",
        };

        var text = new Option<bool>("--text")
        {
            Description = "Include the cleaned article text that the mention and evidence offsets refer to",
        };

        var model = TrainCommand.RelationModelOption();

        var command = new Command("extract", "Extract people, organisations, places and their relations from articles to gold-shaped JSON (no Neo4j needed)")
        {
            paths, format, output, text, model,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetValue(paths) ?? [],
            result.GetValue(format) == "jsonl",
            result.GetValue(output),
            result.GetValue(text),
            result.GetValue(model),
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(
        IReadOnlyList<string> inputs,
        bool jsonLines,
        DirectoryInfo? outDirectory,
        bool includeText,
        FileInfo? relationModel,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        var failed = false;
        var files = new List<string>();
        foreach (var input in inputs)
        {
            var expanded = ExpandPath(input);
            if (expanded.Count == 0)
            {
                await error.WriteLineAsync($"{input}: no article files found").ConfigureAwait(false);
                failed = true;
            }

            files.AddRange(expanded);
        }

        var pipeline = ExtractionPipeline.CreateDefault(TrainCommand.PipelineOptions(relationModel));
        outDirectory?.Create();
        await using var linesFile = jsonLines && outDirectory is not null
            ? new StreamWriter(Path.Combine(outDirectory.FullName, "extractions.jsonl"), append: false, new UTF8Encoding(false))
            : null;

        // Articles are extracted in batches on all cores and written in input order; a batch bounds the memory held.
        var batch = new List<Article>(BatchSize);
        foreach (var file in files.Distinct(StringComparer.Ordinal))
        {
            try
            {
                await foreach (var article in ArticleReader.ReadAsync(file, cancellationToken).ConfigureAwait(false))
                {
                    batch.Add(article);
                    if (batch.Count == BatchSize)
                    {
                        failed |= await ExtractBatchAsync().ConfigureAwait(false);
                    }
                }
            }
            catch (ArticleReadException e)
            {
                await error.WriteLineAsync($"{e.Path}: {e.Reason}").ConfigureAwait(false);
                failed = true;
            }
        }

        failed |= await ExtractBatchAsync().ConfigureAwait(false);
        return failed ? Failed : 0;

        async Task<bool> ExtractBatchAsync()
        {
            var batchFailed = false;
            var results = batch
                .AsParallel()
                .AsOrdered()
                .WithCancellation(cancellationToken)
                .Select(article => Extract(pipeline, article, cancellationToken))
                .ToList();
            batch.Clear();
            foreach (var (article, extraction, failure) in results)
            {
                if (extraction is null)
                {
                    await error.WriteLineAsync($"{article.FileName}: extraction failed ({failure})").ConfigureAwait(false);
                    batchFailed = true;
                    continue;
                }

                var json = Encoding.UTF8.GetString(ExtractionJson.SerializeToUtf8Bytes(extraction, indented: !jsonLines, includeText));
                if (outDirectory is null || linesFile is not null)
                {
                    await (linesFile ?? output).WriteLineAsync(json).ConfigureAwait(false);
                }
                else
                {
                    var target = Path.Combine(outDirectory.FullName, OutputFileName(article.FileName));
                    await File.WriteAllTextAsync(target, json + "\n", new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
                }
            }

            return batchFailed;
        }
    }

    private static (Article Article, ArticleExtraction? Extraction, string? Failure) Extract(
        ExtractionPipeline pipeline,
        Article article,
        CancellationToken cancellationToken)
    {
        try
        {
            return (article, pipeline.Extract(article, cancellationToken), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One article that trips the pipeline must not cost the others their output.
            return (article, null, e.Message);
        }
    }

    /// <summary>"000_x.txt" gives "000_x.json"; a JSON Lines article "batch.jsonl#3" gives "batch-3.json".</summary>
    internal static string OutputFileName(string articleFileName) =>
        Path.GetFileNameWithoutExtension(articleFileName.Replace(".jsonl#", "-", StringComparison.Ordinal)) + ".json";

    /// <summary>A file as given; a folder's supported files, recursively; a glob's matches. Sorted, so output order is stable.</summary>
    internal static IReadOnlyList<string> ExpandPath(string input)
    {
        if (File.Exists(input))
        {
            return [input];
        }

        if (Directory.Exists(input))
        {
            return [.. Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                .Where(ArticleReader.IsSupportedFile)
                .Order(StringComparer.Ordinal)];
        }

        var wildcard = input.IndexOfAny(['*', '?', '[']);
        if (wildcard < 0)
        {
            return [input]; // reported by the reader as "file not found"
        }

        var separator = input.LastIndexOfAny(['/', '\\'], wildcard);
        var baseDirectory = separator < 0 ? "." : input[..(separator + 1)];
        if (!Directory.Exists(baseDirectory))
        {
            return [];
        }

        var pattern = GlobToRegex(input[(separator + 1)..].Replace('\\', '/'));
        return [.. Directory.EnumerateFiles(baseDirectory, "*", SearchOption.AllDirectories)
            .Where(file => ArticleReader.IsSupportedFile(file)
                           && pattern.IsMatch(Path.GetRelativePath(baseDirectory, file).Replace('\\', '/')))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Glob syntax: <c>**/</c> any folders, <c>*</c> any name part, <c>?</c> one character, <c>[abc]</c> a class.</summary>
    internal static Regex GlobToRegex(string glob)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                var slash = i + 2 < glob.Length && glob[i + 2] == '/';
                regex.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '[' && glob.IndexOf(']', i + 1) is var close and > 0)
            {
                regex.Append(glob, i, close - i + 1);
                i = close;
            }
            else
            {
                regex.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
