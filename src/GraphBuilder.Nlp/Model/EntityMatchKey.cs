using GraphBuilder.Nlp.Data;

namespace GraphBuilder.Nlp;

/// <summary>Keys that let a graph join entities which different articles spell differently.</summary>
public static class EntityMatchKey
{
    /// <summary>
    /// A transliteration fold of a person's or place's name ("Qasim Musla" and "Qassem Mesleh" share one), or null
    /// where a key would join too much: organisations (their gazetteer ids and acronyms already join them), bare
    /// one-word person names (a surname alone may be anyone) and very short names.
    /// </summary>
    public static string? For(ExtractedEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (entity.Type == EntityType.Organization)
            return null;
        var key = NameKey.Fold(entity.Name);
        if (key.Length < 4 || (entity.Type == EntityType.Person && !key.Contains(' ', StringComparison.Ordinal)))
            return null;
        return entity.Type.ToWire() + ":" + key;
    }
}
