using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace GraphBuilder.Nlp;

internal enum LineVerdict
{
    Keep,
    Drop,

    /// <summary>The article ended here: this line and everything after it is site chrome (comment boxes, post navigation).</summary>
    EndOfArticle,
}

/// <summary>Recognises web boilerplate lines: ads, share/follow links, donation appeals, e-mail lines, copyright and disclaimer blocks, tag lines.</summary>
internal static partial class Boilerplate
{
    private static readonly FrozenSet<string> WholeLines = FrozenSet.ToFrozenSet(
    [
        "ad", "ads", "advertisement", "advertisements", "sponsored", "sponsored content", "print", "email", "e-mail",
        "share", "share this", "share this article", "share this story", "share on facebook", "share on twitter", "tweet",
        "read more", "related", "menu", "home", "skip to content", "previous post", "next post", "previous article",
        "next article", "follow us", "subscribe", "facebook", "twitter", "whatsapp", "telegram", "linkedin",
    ], StringComparer.Ordinal);

    private static readonly string[] EndMarkers =
    [
        "post a comment", "leave a comment", "leave a reply", "previous post next post", "newer post older post",
        "related posts", "related articles", "you may also like", "you might also like", "comments are closed",
    ];

    private static readonly string[] DropPrefixes =
    [
        "region:", "theme:", "in-depth report:", "tags:", "tag:", "categories:", "category:", "filed under:", "topics:",
        "keywords:", "related:", "disclaimer:", "copyright", "©", "(c) 19", "(c) 20", "all rights reserved",
        "the original source of this article is", "articles by:", "become a member", "comment on ", "follow us",
        "like us on", "share on ", "share this", "subscribe", "sign up for", "support us", "donate", "click here",
        "read also:", "read more:", "see also:", "for media inquiries", "advertisement", "please support",
    ];

    private static readonly string[] DropContainsAlways =
    [
        "paypal", "patreon", "all rights reserved", "©", "copyrighted material", "become a patron", "buy me a coffee",
    ];

    // Words that also occur in real reporting ("a donation to the campaign"), so only short lines are judged by them.
    private static readonly string[] DropContainsInShortLines =
    [
        "donate", "donation", "support the project", "support our work", "copyright", "newsletter", "unsubscribe",
    ];

    private const int ShortLineWords = 60;
    private const int HeadChars = 80;

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")]
    public static partial Regex Email();

    [GeneratedRegex(@"^(?:https?://|www\.)\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex UrlOnly();

    /// <summary>Classifies a line that has already been through <see cref="MarkdownText.ToPlain"/>.</summary>
    public static LineVerdict Classify(string line)
    {
        // Whole-line and prefix rules need only the head of the line; folding all of a long paragraph would be waste.
        var isLong = line.Length > HeadChars;
        var folded = TextFolding.Fold(isLong ? line[..HeadChars] : line);
        if (!isLong)
        {
            folded = folded.TrimEnd(' ', ':', '|', '.', '!', '-');
        }

        if (folded.Length == 0)
        {
            return LineVerdict.Keep;
        }

        foreach (var marker in EndMarkers)
        {
            if (folded.Equals(marker, StringComparison.Ordinal))
            {
                return LineVerdict.EndOfArticle;
            }
        }

        if (WholeLines.Contains(folded) || UrlOnly().IsMatch(folded))
        {
            return LineVerdict.Drop;
        }

        foreach (var prefix in DropPrefixes)
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                return LineVerdict.Drop;
            }
        }

        if (ContainsAny(line, DropContainsAlways))
        {
            return LineVerdict.Drop;
        }

        var isShort = CountWords(line) <= ShortLineWords;

        // An e-mail address in a short line is a contact or subscription line, not reporting.
        return isShort && (ContainsAny(line, DropContainsInShortLines) || (line.Contains('@', StringComparison.Ordinal) && Email().IsMatch(line)))
            ? LineVerdict.Drop
            : LineVerdict.Keep;
    }

    /// <summary>Removes e-mail addresses left inside long lines that are kept.</summary>
    public static string StripEmails(string line) =>
        line.Contains('@', StringComparison.Ordinal) ? TextFolding.CollapseSpaces(Email().Replace(line, string.Empty)) : line;

    private static bool ContainsAny(string line, string[] fragments)
    {
        foreach (var fragment in fragments)
        {
            if (line.Contains(fragment, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int CountWords(string line)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord)
            {
                count++;
            }

            inWord = !isSpace;
        }

        return count;
    }
}
