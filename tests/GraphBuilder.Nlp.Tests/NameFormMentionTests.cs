using static GraphBuilder.Nlp.Tests.TestExtraction;

namespace GraphBuilder.Nlp.Tests;

/// <summary>
/// Name forms: middle initials and abbreviated ranks inside personal names, the Arabic
/// article written apart, outlets listed before a plural outlet noun or after an outlet noun, an indefinite role
/// apposition, tribes, routes between two towns, lists of places past a bracketed alias, undefined acronyms, model
/// designations. Sentences written for these tests.
/// </summary>
public class NameFormMentionTests
{
    [Theory]
    [InlineData("Army Lt. Gen. Carl D. Hoffman III said on Monday the line held.", "Carl D. Hoffman III")]
    [InlineData("The head of the task force, Col. Mark Weller, said the strike was a success.", "Mark Weller")]
    [InlineData("Navy spokesman Rear Admiral Tom Brisk told reporters the ship was safe.", "Tom Brisk")]
    [InlineData("The villagers came from Tarsa, Karim Hadi Sorani, a police spokesman in the area, told reporters.", "Karim Hadi Sorani")]
    [InlineData("Dilan Sheikhmous, co-president of the town council, said the shelling lasted all night.", "Dilan Sheikhmous")]
    [InlineData("\"We will hold the hill,\" said Zorbert Quandling, a volunteer from abroad.", "Zorbert Quandling")]
    [InlineData("\"The road is cut,\" added Teodor Varnasi.", "Teodor Varnasi")]
    [InlineData("The militias answer to the Supreme Leader, Ayatollah Ali Khamenei.", "Ali Khamenei")]
    public void A_personal_name_with_initials_ranks_or_a_role_apposition_is_one_person(string body, string surface)
    {
        var extraction = Extract(body);

        Assert.True(Named(extraction, surface) is { Type: EntityType.Person }, Describe(extraction));
    }

    [Theory]
    [InlineData("The report was carried by the Sabah, Zaman and Yeni newspapers on Monday.", "Zaman")]
    [InlineData("The governor told the IRNA and Mehr news agencies that the road was open.", "IRNA")]
    [InlineData("Five fighters were killed, the news agency Tarin reported.", "Tarin")]
    [InlineData("Fighters lifted the siege on the Obeidi tribe, a sheikh said.", "Obeidi tribe")]
    [InlineData("Fighters of al Qaeda moved into the hills on Sunday.", "al Qaeda")]
    [InlineData("A field commander told Levant24 that the assault began at dawn.", "Levant24")]
    [InlineData("The figures were carried by the Nabd Baladi on Friday.", "Nabd Baladi")]
    [InlineData("HOMS (Zenit) - Rebels shelled the town overnight, a monitor said.", "Zenit")]
    [InlineData("An officer told dpa that the road was cut.", "dpa")]
    public void A_listed_outlet_a_tribe_and_an_article_led_group_are_organisations(string body, string surface)
    {
        var extraction = Extract(body);

        Assert.True(Named(extraction, surface) is { Type: EntityType.Organization }, Describe(extraction));
    }

    [Theory]
    [InlineData("Army troops reached the Kirkuk-Erbil road on Monday.", "Kirkuk-Erbil road")]
    [InlineData("Reinforcements arrived from Derik (Malikiya), Barzat and Jawadiya, the source said.", "Barzat")]
    public void A_route_between_towns_and_a_listed_town_are_places(string body, string surface)
    {
        var extraction = Extract(body);

        Assert.True(Named(extraction, surface) is { Type: EntityType.Location }, Describe(extraction));
    }

    [Fact]
    public void An_undefined_acronym_joins_the_organisation_whose_words_spell_it()
    {
        var extraction = Extract("The Coastal Defence Brigades held the port on Monday. Two CDB fighters were wounded, medics said.");

        Assert.True(Named(extraction, "Coastal Defence Brigades") is { } brigades && brigades.Aliases.Contains("CDB"), Describe(extraction));
    }

    [Fact]
    public void A_long_form_spelled_by_its_acronym_is_one_organisation_without_the_places_inside()
    {
        var extraction = Extract("The Free Army of Homs and Hama (FAHH) said it retook the hill on Monday.");

        Assert.True(Named(extraction, "Free Army of Homs and Hama") is { Type: EntityType.Organization } army && army.Aliases.Contains("FAHH"), Describe(extraction));
        Assert.DoesNotContain(extraction.Entities, e => e.Name == "Homs");
    }

    [Fact]
    public void A_weapon_model_designation_is_no_person()
    {
        var extraction = Extract("\"They flew F-4 Phantoms over the valley,\" a spokesman told reporters.");

        Assert.DoesNotContain(extraction.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void An_office_before_a_known_person_is_no_person_of_its_own()
    {
        var extraction = Extract("The commander of the Badr militia, Transport Minister Hadi al-Ameri, said the road was open.");

        var person = Assert.Single(extraction.Entities, e => e.Type == EntityType.Person);
        Assert.Equal("Hadi al-Ameri", person.Name);
    }
}
