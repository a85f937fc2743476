namespace GraphBuilder.Nlp.Tests;

public sealed class OrganizationFileTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"gb-orgs-{Guid.NewGuid():N}.tsv");

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void A_user_organisation_list_adds_an_actor_with_its_aliases()
    {
        File.WriteAllText(_file, "# id\ttype\tname\taliases\tcountry\nqorvan-legion\tOrganization\tQorvan Legion\tQL|Legion of Qorvan\t\n");
        var article = new Article("t1", "t1.txt", null, null, null, null,
            "The QL said on Monday that its fighters had entered the town. A spokesman for the Legion of Qorvan confirmed it.");

        var withList = ExtractionPipeline.CreateDefault(new NlpOptions { OrganizationFiles = { _file } }).Extract(article);
        var without = ExtractionPipeline.CreateDefault().Extract(article);

        var legion = Assert.Single(withList.Entities, e => e.Id == "qorvan-legion");
        Assert.Equal(EntityType.Organization, legion.Type);
        // the name is the fullest form the article itself uses; the list's own name need not occur
        Assert.Equal("Legion of Qorvan", legion.Name);
        Assert.Equal(["QL"], legion.Aliases);
        Assert.DoesNotContain(without.Entities, e => e.Id == "qorvan-legion");
    }
}
