namespace GraphBuilder.Nlp.Tests;

public sealed class EntityMatchKeyTests
{
    private static ExtractedEntity Entity(EntityType type, string name) => new(name.ToLowerInvariant(), type, name, [], []);

    [Fact]
    public void Transliteration_variants_of_a_person_or_place_share_a_key()
    {
        Assert.Equal(EntityMatchKey.For(Entity(EntityType.Person, "Qasim Musla")), EntityMatchKey.For(Entity(EntityType.Person, "Qassem Mesleh")));
        Assert.Equal(EntityMatchKey.For(Entity(EntityType.Location, "Hasakah")), EntityMatchKey.For(Entity(EntityType.Location, "al-Hasaka")));
    }

    [Fact]
    public void Different_names_types_and_risky_names_get_no_shared_key()
    {
        Assert.NotEqual(EntityMatchKey.For(Entity(EntityType.Person, "Omar Haddad")), EntityMatchKey.For(Entity(EntityType.Person, "Amir Haddad")));
        Assert.NotEqual(EntityMatchKey.For(Entity(EntityType.Person, "Tal Afar")), EntityMatchKey.For(Entity(EntityType.Location, "Tal Afar")));
        Assert.Null(EntityMatchKey.For(Entity(EntityType.Organization, "Popular Mobilisation Units")));
        Assert.Null(EntityMatchKey.For(Entity(EntityType.Person, "Nouri")));
    }
}
