using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace GraphBuilder.Nlp;

/// <summary>Takes the article text and metadata out of an HTML page, then hands the text to <see cref="ArticleTextParser"/>.</summary>
internal static class HtmlArticleParser
{
    private static readonly string[] ChromeSelectors =
    [
        "script", "style", "noscript", "template", "iframe", "svg", "form", "nav", "aside", "footer", "button",
        "[role=navigation]", "[role=complementary]", "[aria-hidden=true]",
    ];

    // Class or id fragments that mark site chrome inside the article element.
    private static readonly string[] ChromeNameFragments =
    [
        "share", "social", "comment", "advert", "sponsor", "related", "newsletter", "subscribe", "cookie", "promo",
        "breadcrumb", "sidebar", "menu", "donat",
    ];

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "SECTION", "ARTICLE", "MAIN", "HEADER", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL",
        "BLOCKQUOTE", "PRE", "TABLE", "TR", "FIGURE", "FIGCAPTION", "BR", "HR", "DL", "DT", "DD", "ADDRESS", "TIME",
    };

    public static Article Parse(string fileName, string html)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);

        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        var siteName = Meta(document, "og:site_name", "publisher", "application-name", "article:publisher");

        // The visible headline first, so that the body's first paragraph is the title itself.
        var hints = new ArticleHints(
            Title: NullIfBlank(root?.QuerySelector("h1")?.TextContent) ?? NullIfBlank(document.QuerySelector("h1")?.TextContent)
                   ?? Meta(document, "og:title") ?? WithoutSiteName(NullIfBlank(document.Title), siteName),
            Published: Meta(document, "article:published_time", "og:published_time", "datePublished", "date", "pubdate",
                           "publish-date", "dc.date", "DC.date.issued", "sailthru.date")
                       ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime"),
            Source: siteName,
            Url: document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url"));

        if (root is null)
        {
            return ArticleTextParser.Parse(fileName, string.Empty, hints);
        }

        foreach (var element in root.QuerySelectorAll(string.Join(',', ChromeSelectors)).ToList())
        {
            element.Remove();
        }

        foreach (var element in root.QuerySelectorAll("[class],[id]").Where(IsChrome).ToList())
        {
            element.Remove();
        }

        var text = new StringBuilder();
        AppendText(root, text);
        return ArticleTextParser.Parse(fileName, text.ToString(), hints);
    }

    private static bool IsChrome(IElement element)
    {
        var names = (element.ClassName + " " + element.Id).ToLowerInvariant();
        foreach (var fragment in ChromeNameFragments)
        {
            if (names.Contains(fragment, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Block elements become paragraphs (blank-line separated); inline text is kept on one line.</summary>
    private static void AppendText(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText textNode:
                    text.Append(textNode.Data.Replace('\n', ' '));
                    break;
                case IElement element when BlockTags.Contains(element.TagName):
                    text.Append("\n\n");
                    AppendText(element, text);
                    text.Append("\n\n");
                    break;
                case IElement element:
                    AppendText(element, text);
                    break;
            }
        }
    }

    private static string? Meta(IDocument document, params string[] names)
    {
        foreach (var name in names)
        {
            foreach (var meta in document.QuerySelectorAll("meta"))
            {
                var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
                if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && NullIfBlank(meta.GetAttribute("content")) is { } content)
                {
                    return content;
                }
            }
        }

        return null;
    }

    /// <summary>"Rebels cross the river | Daily Planet" without its " | Daily Planet".</summary>
    private static string? WithoutSiteName(string? title, string? siteName)
    {
        if (title is null || siteName is null)
        {
            return title;
        }

        foreach (var separator in new[] { " | ", " - ", " – ", " — ", " :: " })
        {
            if (title.EndsWith(separator + siteName, StringComparison.OrdinalIgnoreCase))
            {
                return title[..^(separator.Length + siteName.Length)].TrimEnd();
            }
        }

        return title;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
