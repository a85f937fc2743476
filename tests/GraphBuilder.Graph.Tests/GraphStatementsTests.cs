namespace GraphBuilder.Graph.Tests;

public sealed class GraphStatementsTests
{
    [Fact]
    public void Evidence_id_ignores_case_white_space_and_typographic_quotes_but_not_the_relation()
    {
        var id = GraphIds.Evidence("iran", RelationType.Supports, "pmu", "Iran \u201Cbacks\u201D the PMU.");

        Assert.Equal(id, GraphIds.Evidence("iran", RelationType.Supports, "pmu", "  iran  \"backs\"\nthe PMU. "));
        Assert.NotEqual(id, GraphIds.Evidence("iran", RelationType.Opposes, "pmu", "Iran \u201Cbacks\u201D the PMU."));
        Assert.NotEqual(id, GraphIds.Evidence("pmu", RelationType.Supports, "iran", "Iran \u201Cbacks\u201D the PMU."));
        Assert.NotEqual(id, GraphIds.Evidence("iran", RelationType.Supports, "pmu", "Iran backs the PMU again."));
        Assert.Matches("^[0-9a-f]{32}$", id);
    }

    [Theory]
    [InlineData("Neo4j/3.1.1", 3)]
    [InlineData("Neo4j/4.4.30", 4)]
    [InlineData("Neo4j/5.26.0", 5)]
    [InlineData("something else", 0)]
    public void Server_major_version_is_read_from_the_agent(string agent, int major) =>
        Assert.Equal(major, GraphWriter.ServerMajorVersion(agent));

    [Fact]
    public void Constraint_ddl_follows_the_server_version()
    {
        Assert.All(GraphWriter.ConstraintStatements(3), ddl => Assert.Matches(@"^CREATE CONSTRAINT ON \(n:\w+\) ASSERT n\.id IS UNIQUE$", ddl));
        Assert.Equal(
            ["CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE",
             "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
             "CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE"],
            GraphWriter.ConstraintStatements(5));
    }

    [Fact]
    public void Evidence_naming_an_entity_the_article_does_not_list_is_rejected_before_anything_is_sent()
    {
        var article = new GraphArticle
        {
            Id = "a",
            File = "a.txt",
            Entities = [new GraphEntity("iran", EntityKind.Location, "Iran", [])],
            Evidence = [new GraphEvidence("iran", RelationType.Supports, "pmu", EvidenceStatus.Asserted, "Iran backs the PMU.", "backs", 1)],
        };

        var error = Assert.Throws<ArgumentException>(() => GraphStatements.ForBatch([article]));
        Assert.Contains("iran|SUPPORTS|pmu", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_are_sorted_by_id_so_writers_lock_in_the_same_order()
    {
        GraphArticle Make(string id, params string[] entities) => new()
        {
            Id = id,
            File = id,
            Entities = entities.Select(e => new GraphEntity(e, EntityKind.Person, e, [])).ToList(),
        };

        var statements = GraphStatements.ForBatch([Make("b", "z", "m"), Make("a", "y", "a")]);

        var articles = (List<Dictionary<string, object?>>)statements[0].Parameters["rows"]!;
        Assert.Equal(["a", "b"], articles.Select(r => (string)r["id"]!));
        var people = (List<Dictionary<string, object?>>)statements[1].Parameters["rows"]!;
        Assert.Equal(["a", "m", "y", "z"], people.Select(r => (string)r["id"]!));
    }
}
