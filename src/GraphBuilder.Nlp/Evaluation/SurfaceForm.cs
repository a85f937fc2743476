using System.Text;

namespace GraphBuilder.Nlp;

/// <summary>
/// The comparison key of an entity's name or alias: case, curly quotes and apostrophes, hyphens versus spaces,
/// full stops in abbreviations ("U.S." = "US"), a leading "the" and diacritics do not count.
/// </summary>
internal static class SurfaceForm
{
    public static string Normalise(string surface)
    {
        var folded = TextFolding.Fold(surface);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            switch (c)
            {
                case '-' or '_' or ' ':
                    if (builder.Length > 0 && builder[^1] != ' ')
                    {
                        builder.Append(' ');
                    }

                    break;
                case '.' or '"':
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        var key = builder.ToString().Trim();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }
}
