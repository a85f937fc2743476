using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;

namespace GraphBuilder.Nlp.Tests;

/// <summary>The shared seed data, as located by <see cref="GraphBuilder.Testing.SharedData"/>, with readers for one article and its gold.</summary>
internal static class SharedData
{
    public static string ArticlesDirectory => GraphBuilder.Testing.SharedData.Articles;

    public static string GoldDirectory => GraphBuilder.Testing.SharedData.Gold;

    public static string ArticlePath(string prefix) =>
        Directory.EnumerateFiles(ArticlesDirectory, prefix + "_*.txt").Single();

    public static async Task<Article> ReadArticleAsync(string prefix)
    {
        var articles = await ArticleReader.ReadAsync(ArticlePath(prefix)).ToListAsync();
        return Assert.Single(articles);
    }

    public static Task<GoldDocument> ReadGoldAsync(string prefix) =>
        GoldReader.ReadAsync(Directory.EnumerateFiles(GoldDirectory, prefix + "_*.json").Single(), CancellationToken.None);
}

/// <summary>A temporary folder for files written by a test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "gb-tests-" + Guid.NewGuid().ToString("N"));

    public string Write(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    public string Write(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

public class ReadingSeedArticleTests
{
    private static readonly string[] SeedPrefixes = ["000", "001", "002", "003", "004"];

    public static TheoryData<string> Seeds => new(SeedPrefixes);

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Metadata_matches_the_gold(string seed)
    {
        var article = await SharedData.ReadArticleAsync(seed);
        var gold = await SharedData.ReadGoldAsync(seed);

        Assert.Equal(gold.Article, article.FileName);
        Assert.Equal(gold.Title, article.Title);
        Assert.Equal(gold.Published, article.Published);
        Assert.Equal(gold.Source, article.Source);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Body_starts_with_the_title_and_keeps_every_gold_evidence_span_and_entity_form(string seed)
    {
        var article = await SharedData.ReadArticleAsync(seed);
        var gold = await SharedData.ReadGoldAsync(seed);
        var body = TextFolding.Fold(article.Body);

        Assert.StartsWith(article.Title!, article.Body, StringComparison.Ordinal);
        Assert.Equal(article.Title!.Length, article.Body.IndexOf("\n\n", StringComparison.Ordinal));
        Assert.All(gold.Relations, r => Assert.Contains(TextFolding.Fold(r.Evidence), body, StringComparison.Ordinal));
        Assert.All(gold.Entities.SelectMany(e => e.Aliases.Append(e.Name)),
            form => Assert.Contains(TextFolding.Fold(form), body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Boilerplate_of_the_blog_seed_is_dropped()
    {
        var article = await SharedData.ReadArticleAsync("002");

        Assert.DoesNotContain("Post a Comment", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("@", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Previous Post", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("ADS", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Ammar Johmani", article.Body, StringComparison.Ordinal);
        Assert.EndsWith("explaining the slow progress of the campaign", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Site_chrome_of_the_markdown_seed_is_dropped_and_its_credit_lines_kept()
    {
        var article = await SharedData.ReadArticleAsync("003");

        foreach (var chrome in new[] { "Region:", "Theme:", "In-depth Report", "PayPal", "Patreon", "Copyright", "Disclaimer",
                                       "Facebook", "Become a Member", "globalresearch", "Global Research", "](", "**", "#" })
        {
            Assert.DoesNotContain(chrome, article.Body, StringComparison.Ordinal);
        }

        Assert.Contains("\n\nBy South Front\n\n", article.Body, StringComparison.Ordinal);
        Assert.Contains("\n\nVoiceover by Harold Hoover\n\n", article.Body, StringComparison.Ordinal);
        Assert.EndsWith("\n\nFeatured image: Al-Masdar News", article.Body, StringComparison.Ordinal);
        Assert.Contains("the PMU spokesperson, Ahmed al-Assadi, said", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Date_label_is_taken_out_of_the_title_line_and_credit_lines_stay()
    {
        var article001 = await SharedData.ReadArticleAsync("001");
        var article004 = await SharedData.ReadArticleAsync("004");

        var goldTitle = (await SharedData.ReadGoldAsync("001")).Title;
        Assert.Equal(goldTitle, article001.Title);
        Assert.StartsWith(goldTitle + "\n\n", article001.Body, StringComparison.Ordinal);
        Assert.Contains("author_image Sangar Ali", article004.Body, StringComparison.Ordinal);
        Assert.EndsWith("Editing by Karzan Sulaivany", article004.Body, StringComparison.Ordinal);
        Assert.Contains("ERBIL, Kurdistan Region (Kurdistan 24)", article004.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_twice_gives_the_same_id_and_different_articles_differ()
    {
        var ids = new List<string>();
        foreach (var seed in SeedPrefixes)
        {
            var first = await SharedData.ReadArticleAsync(seed);
            var second = await SharedData.ReadArticleAsync(seed);
            Assert.Equal(first.Id, second.Id);
            Assert.Matches("^[0-9a-f]{16}$", first.Id);
            ids.Add(first.Id);
        }

        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task A_folder_is_read_in_name_order()
    {
        var articles = await ArticleReader.ReadAsync(SharedData.ArticlesDirectory).ToListAsync();

        Assert.Equal(
            Directory.GetFiles(SharedData.ArticlesDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            articles.Select(a => a.FileName));
    }
}

public class ReadingTextTests
{
    private static Article Parse(string text, string fileName = "story.txt") =>
        ArticleTextParser.Parse(fileName, text, ArticleHints.None);

    [Theory]
    [InlineData("June 4, 2017", "2017-06-04")]
    [InlineData("June 02, 2017", "2017-06-02")]
    [InlineData("4 June 2017", "2017-06-04")]
    [InlineData("2017-06-04", "2017-06-04")]
    [InlineData("Jun. 4, 2017", "2017-06-04")]
    [InlineData("Sept. 30, 2016", "2016-09-30")]
    [InlineData("1st March 2018", "2018-03-01")]
    [InlineData("2018-03-01T10:15:00Z", "2018-03-01")]
    public void Dates_on_their_own_line_under_the_title_are_read_and_removed(string written, string iso)
    {
        var article = Parse($"Rebels cross the river\n\n{written}\n\nThe rebels crossed the river at dawn.");

        Assert.Equal(iso, article.Published);
        Assert.Equal("Rebels cross the river\n\nThe rebels crossed the river at dawn.", article.Body);
    }

    [Theory]
    [InlineData("Published: June 4, 2017")]
    [InlineData("Date: 2017-06-04")]
    [InlineData("date 2017-06-04")]
    [InlineData("Posted on 4 June 2017")]
    [InlineData("Daily Planet, June 4, 2017")]
    public void Labelled_and_site_datelines_give_the_date(string line)
    {
        var article = Parse($"Rebels cross the river\n{line}\nThe rebels crossed the river at dawn.");

        Assert.Equal("2017-06-04", article.Published);
        Assert.DoesNotContain("2017", article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("June 4, 2017\n\nRebels cross the river\n\nThe rebels crossed.", "Rebels cross the river", "2017-06-04")]
    [InlineData("Published: 2017-06-04\n# Rebels cross the river\nThe rebels crossed.", "Rebels cross the river", "2017-06-04")]
    [InlineData("Rebels cross the river on June 4, 2017\n\nThe rebels crossed.", "Rebels cross the river on June 4, 2017", null)]
    public void A_date_above_the_title_is_metadata_but_a_date_inside_the_title_is_an_event_date(string text, string title, string? published)
    {
        var article = Parse(text);

        Assert.Equal(title, article.Title);
        Assert.Equal(published, article.Published);
        Assert.StartsWith(title + "\n\nThe rebels crossed.", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_without_a_year_or_an_impossible_date_is_not_a_publication_date()
    {
        Assert.Null(Parse("Rebels cross\n\nOn Dec. 9, the rebels crossed the river.").Published);
        Assert.Null(Parse("Rebels cross\n\nFebruary 30, 2017 was not a day.").Published);
    }

    [Theory]
    [InlineData("BAGHDAD (Reuters) - Rebels crossed the river on Monday.", "Reuters")]
    [InlineData("June 4, 2017 – Daily Planet News – Rebels crossed the river on Monday.", "Daily Planet News")]
    [InlineData("ERBIL, Kurdistan Region (Kurdistan 24) – Rebels crossed the river.", "Kurdistan 24")]
    [InlineData("By South Front\n\nRebels crossed the river.", "South Front")]
    [InlineData("Rebels crossed the river, a commander told Reuters.\n\nHe told Reuters more.", "Reuters")]
    [InlineData("Rebels crossed the river.\n\nSource: Rudaw", "Rudaw")]
    [InlineData("KABUL, March 3. /TASS/. Rebels crossed the river.", "TASS")]
    [InlineData("Daily Planet : Rebels crossed the river on Monday.", "Daily Planet")]
    [InlineData("Northern Herald:\n\nRebels crossed the river on Monday.", "Northern Herald")]
    [InlineData("Rebels crossed the river.\n\nThey held the bridge by dusk. (PTI)", "PTI")]
    [InlineData("Rebels crossed the river, an officer told The Morning Ledger.", "The Morning Ledger")]
    [InlineData("Rebels crossed the river, Reuters reported.\n\nAn officer told The Morning Ledger more.", "The Morning Ledger")]
    [InlineData("Rebels crossed the river. Reuters had previously reported the plan.", "Reuters")]
    public void The_publisher_the_article_names_for_itself_is_found(string text, string source)
    {
        Assert.Equal(source, Parse("Rebels cross the river\n\n" + text).Source);
    }

    [Theory]
    [InlineData("By Jane Smith\n\nRebels crossed the river.")]
    [InlineData("The group – Islamic State – said the rebels crossed the river.")]
    [InlineData("Rebels crossed the river, the commander (Ahmed Ali) said.")]
    [InlineData("Update: Rebels crossed the river on Monday.")]
    [InlineData("Rebels crossed the river, state news agency SANA reported.")]
    [InlineData("Rebels crossed the river held by the Free Army (FSA).")]
    [InlineData("Rebels crossed the river, the commander told Ahmed Ali.")]
    public void Author_bylines_and_dashes_in_sentences_are_not_publishers(string text)
    {
        Assert.Null(Parse("Rebels cross the river\n\n" + text).Source);
    }

    [Fact]
    public void Markdown_syntax_is_stripped_to_the_visible_words()
    {
        var article = Parse(
            "# Rebels *cross* the river\n\n![photo](http://img/x.png)\n\nThe **rebels** crossed the [river](http://x/y_(z)) at _dawn_,\n> said [Ali][1].\n\n---\n\n[1]: http://example.org/ali\n\n- first point",
            "story.md");

        Assert.Equal("Rebels cross the river", article.Title);
        Assert.Equal("Rebels cross the river\n\nThe rebels crossed the river at dawn,\nsaid Ali.\n\nfirst point", article.Body);
    }

    [Fact]
    public void Markdown_front_matter_gives_the_metadata_and_is_not_body_text()
    {
        var article = Parse(
            "---\ntitle: \"Rebels cross the river\"\ndate: 2017-06-04T09:00:00Z\nsource: Daily Planet\nurl: https://planet.example/1\ntags: [war]\n---\n\n# Rebels cross the river\n\nThe rebels crossed the river.",
            "story.md");

        Assert.Equal(("Rebels cross the river", "2017-06-04", "Daily Planet", "https://planet.example/1"),
            (article.Title, article.Published, article.Source, article.Url));
        Assert.Equal("Rebels cross the river\n\nThe rebels crossed the river.", article.Body);
    }

    [Theory]
    [InlineData("ADS")]
    [InlineData("Advertisement")]
    [InlineData("Share this article")]
    [InlineData("Follow us")]
    [InlineData("Tags: Syria, Iraq, war")]
    [InlineData("Category: Middle East")]
    [InlineData("Contact the editor: editor@example.org")]
    [InlineData("Support us on Patreon and keep independent journalism alive")]
    [InlineData("Donate via PayPal: donations@example.org")]
    [InlineData("Copyright © 2017 Example Media. All rights reserved.")]
    [InlineData("Disclaimer: the views expressed are the author's own.")]
    [InlineData("https://example.org/some/page")]
    public void Boilerplate_lines_are_dropped(string boilerplate)
    {
        var article = Parse($"Rebels cross the river\n\nThe rebels crossed the river.\n\n{boilerplate}\n\nThey took the town.");

        Assert.Equal("Rebels cross the river\n\nThe rebels crossed the river.\n\nThey took the town.", article.Body);
    }

    [Theory]
    [InlineData("Post a Comment")]
    [InlineData("Leave a Reply")]
    [InlineData("Previous Post Next Post")]
    [InlineData("Related Posts")]
    public void Everything_after_an_end_of_article_marker_is_dropped(string marker)
    {
        var article = Parse($"Rebels cross the river\n\nThe rebels crossed the river.\n\n{marker}\n\nSome Magazine publisher of news about the world.");

        Assert.Equal("Rebels cross the river\n\nThe rebels crossed the river.", article.Body);
    }

    [Fact]
    public void Words_that_only_resemble_boilerplate_in_long_reporting_lines_are_kept()
    {
        var longLine = "The minister said the donation of " + string.Join(' ', Enumerable.Repeat("many trucks and tents", 20)) + " arrived.";
        var article = Parse($"Aid arrives\n\n{longLine}");

        Assert.EndsWith(longLine, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Spaces_are_normalised_and_line_endings_unified()
    {
        var article = Parse("Rebels\u00A0cross\r\n\r\nThe  rebels\u00A0\u00A0crossed\u200B the river.\r\n");

        Assert.Equal("Rebels cross\n\nThe rebels crossed the river.", article.Body);
    }

    [Fact]
    public void Any_text_parses_to_a_trimmed_body_without_blank_line_runs_a_stable_id_and_an_iso_date_or_none() =>
        Prop.ForAll<string>(raw =>
        {
            var text = raw ?? string.Empty;
            var first = Parse(text);
            var second = Parse(text);
            return first.Id == second.Id
                   && first.Body == first.Body.Trim()
                   && !first.Body.Contains("\n\n\n", StringComparison.Ordinal)
                   && !first.Body.Contains('\r', StringComparison.Ordinal)
                   && (first.Published is null || Regex.IsMatch(first.Published, @"^\d{4}-\d{2}-\d{2}$"));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Any_valid_date_written_in_news_style_reads_back_as_the_same_iso_date() =>
        Prop.ForAll(Gen.Choose(0, 365 * 30).ToArbitrary(), Gen.Elements("MMMM d, yyyy", "d MMMM yyyy", "MMM. d, yyyy", "yyyy-MM-dd", "MMMM dd, yyyy").ToArbitrary(),
            (offset, format) =>
            {
                var date = new DateOnly(2000, 1, 1).AddDays(offset);
                var written = date.ToString(format, System.Globalization.CultureInfo.InvariantCulture);
                return PublishedDate.Normalise(written) == date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            }).QuickCheckThrowOnFailure();

    [Fact]
    public void Same_text_gives_same_id_and_a_changed_word_a_different_one()
    {
        const string text = "Rebels cross the river\n\nThe rebels crossed the river.";

        Assert.Equal(Parse(text).Id, Parse(text, "copy.txt").Id);
        Assert.Equal(Parse(text).Id, Parse(text.Replace("\n", "\r\n", StringComparison.Ordinal)).Id);
        Assert.NotEqual(Parse(text).Id, Parse(text.Replace("river.", "bridge.", StringComparison.Ordinal)).Id);
    }
}

public class ReadingFileTests
{
    [Fact]
    public async Task Html_article_text_and_meta_tags_are_read_and_chrome_dropped()
    {
        const string html = """
            <!doctype html><html><head>
              <title>Rebels cross the river | Daily Planet</title>
              <meta property="og:title" content="Rebels cross the river">
              <meta property="article:published_time" content="2017-06-04T08:30:00+03:00">
              <meta property="og:site_name" content="Daily Planet">
              <meta name="author" content="Jane Smith">
              <link rel="canonical" href="https://planet.example/rebels">
              <script>var ad = "Advertisement";</script>
            </head><body>
              <nav>Home | World | Sport</nav>
              <article>
                <h1>Rebels cross the river</h1>
                <p>The <b>rebels</b> crossed the river at dawn, a commander said.</p>
                <div class="share-buttons">Share on Facebook</div>
                <p>They took the town of <a href="/x">Umm Jrais</a>.</p>
                <aside>Read more: other stories</aside>
              </article>
              <footer>Copyright 2017 Daily Planet</footer>
            </body></html>
            """;
        using var folder = new TempFolder();
        var path = folder.Write("rebels.html", html);

        var article = Assert.Single(await ArticleReader.ReadAsync(path).ToListAsync());

        Assert.Equal("rebels.html", article.FileName);
        Assert.Equal("Rebels cross the river", article.Title);
        Assert.Equal("2017-06-04", article.Published);
        Assert.Equal("Daily Planet", article.Source);
        Assert.Equal("https://planet.example/rebels", article.Url);
        Assert.Equal(
            "Rebels cross the river\n\nThe rebels crossed the river at dawn, a commander said.\n\nThey took the town of Umm Jrais.",
            article.Body);
    }

    [Fact]
    public async Task Html_without_a_headline_takes_the_page_title_without_the_site_name()
    {
        const string html = """
            <html><head><title>Army advances on Raqqa | Daily Planet</title><meta property="og:site_name" content="Daily Planet"></head>
            <body><main><p>The army advanced on Raqqa on Monday.</p><p>Email: desk@planet.example</p></main></body></html>
            """;
        using var folder = new TempFolder();

        var article = Assert.Single(await ArticleReader.ReadAsync(folder.Write("raqqa.htm", html)).ToListAsync());

        Assert.Equal("Army advances on Raqqa", article.Title);
        Assert.Null(article.Published);
        Assert.Equal("Army advances on Raqqa\n\nThe army advanced on Raqqa on Monday.", article.Body);
    }

    [Fact]
    public async Task Json_lines_give_one_article_per_line_and_bad_lines_are_reported_with_their_numbers()
    {
        using var folder = new TempFolder();
        var path = folder.Write("batch.jsonl", string.Join('\n',
            """{"title":"Rebels cross the river","body":"The rebels crossed the river.","published":"2017-06-04T10:00:00Z","source":"Daily Planet","url":"https://planet.example/1"}""",
            "{\"title\":\"Town taken\",\"body\":\"They took the town.",
            "",
            """{"title":"No body here"}""",
            """{"title":"Army advances","text":"Army advances\nThe army advanced on Monday."}"""));

        var articles = new List<Article>();
        var error = await Assert.ThrowsAsync<ArticleReadException>(async () =>
        {
            await foreach (var article in ArticleReader.ReadAsync(path))
            {
                articles.Add(article);
            }
        });

        Assert.Equal(["Rebels cross the river", "Army advances"], articles.Select(a => a.Title));
        Assert.Equal(["batch.jsonl#1", "batch.jsonl#5"], articles.Select(a => a.FileName));
        Assert.Equal("2017-06-04", articles[0].Published);
        Assert.Equal("Daily Planet", articles[0].Source);
        Assert.Equal("https://planet.example/1", articles[0].Url);
        Assert.Equal("Rebels cross the river\n\nThe rebels crossed the river.", articles[0].Body);
        Assert.Equal("Army advances\n\nThe army advanced on Monday.", articles[1].Body);
        Assert.Equal(path, error.Path);
        Assert.Matches(@"^line 2: invalid JSON .*; line 4: no ""body"" field$", error.Reason);
        Assert.StartsWith(path + ": line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_lines_batches_over_the_article_size_limit_are_streamed_but_empty_or_binary_ones_refused()
    {
        using var folder = new TempFolder();
        var line = $$"""{"title":"Town taken","body":"{{string.Concat(Enumerable.Repeat("They took the town after a week of fighting in the hills.\\n\\n", 1000))}}"}""";
        var count = (int)(ArticleReader.MaxFileBytes / line.Length) + 100;
        var big = folder.Write("big.jsonl", string.Join('\n', Enumerable.Repeat(line, count)));
        var empty = folder.Write("empty.jsonl", "\n \n");
        var binary = folder.Write("binary.jsonl", Enumerable.Repeat((byte)0, 9000).ToArray());

        var articles = await ArticleReader.ReadAsync(big).ToListAsync();

        Assert.True(new FileInfo(big).Length > ArticleReader.MaxFileBytes);
        Assert.Equal(count, articles.Count);
        Assert.Equal($"big.jsonl#{count}", articles[^1].FileName);
        Assert.Equal("file is empty", (await ReadErrorAsync(empty)).Reason);
        Assert.StartsWith("not a text file", (await ReadErrorAsync(binary)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_lines_from_a_reader_are_named_after_the_source_and_line()
    {
        using var reader = new StringReader("\n{\"title\":\"Town taken\",\"body\":\"They took the town.\",\"published\":\"4 June 2017\"}\n");

        var article = Assert.Single(await ArticleReader.ReadJsonLinesAsync(reader, "stdin").ToListAsync());

        Assert.Equal("stdin#2", article.FileName);
        Assert.Equal("2017-06-04", article.Published);
        Assert.Equal("Town taken\n\nThey took the town.", article.Body);
    }

    [Fact]
    public async Task Binary_file_is_refused_as_not_text()
    {
        using var folder = new TempFolder();
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var path = folder.Write("photo.txt", bytes);

        var error = await Assert.ThrowsAsync<ArticleReadException>(() => ArticleReader.ReadAsync(path).ToListAsync().AsTask());

        Assert.Equal(path, error.Path);
        Assert.StartsWith("not a text file", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_oversized_missing_and_unknown_files_are_refused_with_a_reason()
    {
        using var folder = new TempFolder();
        var empty = folder.Write("empty.txt", " \n\n ");
        var huge = folder.Write("huge.txt", new string('a', (int)ArticleReader.MaxFileBytes + 1));
        var pdf = folder.Write("paper.pdf", "Rebels cross the river");

        Assert.Equal("file is empty", (await ReadErrorAsync(empty)).Reason);
        Assert.Matches("over the 5,242,880-byte limit$", (await ReadErrorAsync(huge)).Reason);
        Assert.Equal("file not found", (await ReadErrorAsync(Path.Combine(folder.Path, "missing.txt"))).Reason);
        Assert.StartsWith("unsupported file type '.pdf'", (await ReadErrorAsync(pdf)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Utf8_with_a_few_bad_bytes_and_a_bom_is_still_text()
    {
        using var folder = new TempFolder();
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Rebels cross\n\nThe rebels crossed the river ")).Append((byte)0xFF)
            .Concat(Encoding.UTF8.GetBytes(" at al-Ba’ah.")).ToArray();
        var path = folder.Write("story.txt", bytes);

        var article = Assert.Single(await ArticleReader.ReadAsync(path).ToListAsync());

        Assert.Equal("Rebels cross", article.Title);
        Assert.Contains("al-Ba’ah", article.Body, StringComparison.Ordinal);
    }

    private static async Task<ArticleReadException> ReadErrorAsync(string path) =>
        await Assert.ThrowsAsync<ArticleReadException>(() => ArticleReader.ReadAsync(path).ToListAsync().AsTask());
}
