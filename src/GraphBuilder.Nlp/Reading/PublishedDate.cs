using System.Globalization;
using System.Text.RegularExpressions;

namespace GraphBuilder.Nlp;

/// <summary>Finds publication dates written the ways news sites write them and renders them as yyyy-MM-dd.</summary>
internal static partial class PublishedDate
{
    private const string Month =
        @"(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    [GeneratedRegex(
        @"\b(?:" +
        Month + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d{2})" +
        @"|(?<d>\d{1,2})(?:st|nd|rd|th)?\s+" + Month + @",?\s+(?<y>(?:19|20)\d{2})" +
        @"|(?<y>(?:19|20)\d{2})[-/](?<m>\d{1,2})[-/](?<d>\d{1,2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?" +
        @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    /// <summary>A label that announces a date: "date 2017-06-01", "Published: June 4, 2017", "Posted on ...".</summary>
    [GeneratedRegex(
        @"^\s*(?:published(?:\s+on)?|publication\s+date|date(?:d)?|posted(?:\s+on)?|updated|last\s+updated)\b\s*[:\-–]?\s*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex DateLabel();

    /// <summary>Finds the first valid date in <paramref name="text"/>.</summary>
    public static bool TryFind(string text, out string iso, out int index, out int length)
    {
        for (var match = DatePattern().Match(text); match.Success; match = match.NextMatch())
        {
            if (TryConvert(match, out iso))
            {
                index = match.Index;
                length = match.Length;
                return true;
            }
        }

        iso = string.Empty;
        index = length = 0;
        return false;
    }

    /// <summary>Normalises a date given as metadata (ISO timestamp, "June 4, 2017", ...) to yyyy-MM-dd.</summary>
    public static string? Normalise(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (TryFind(value, out var iso, out _, out _))
        {
            return iso;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    private static bool TryConvert(Match match, out string iso)
    {
        iso = string.Empty;
        var year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        var month = match.Groups["mon"].Success
            ? MonthNumber(match.Groups["mon"].Value)
            : int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        iso = new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return true;
    }

    private static int MonthNumber(string name) => char.ToLowerInvariant(name[0]) switch
    {
        'f' => 2,
        's' => 9,
        'o' => 10,
        'n' => 11,
        'd' => 12,
        'a' => char.ToLowerInvariant(name[1]) == 'p' ? 4 : 8,
        'm' => char.ToLowerInvariant(name[2]) == 'r' ? 3 : 5,
        'j' => char.ToLowerInvariant(name[1]) == 'a' ? 1 : char.ToLowerInvariant(name[2]) == 'n' ? 6 : 7,
        _ => 0,
    };
}
