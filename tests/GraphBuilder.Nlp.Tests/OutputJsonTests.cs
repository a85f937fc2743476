using System.Text;
using System.Text.Json;

namespace GraphBuilder.Nlp.Tests;

public class OutputJsonTests
{
    internal static ArticleExtraction SampleExtraction()
    {
        const string body = "PMU crosses into Syria\n\nThe Iran-backed PMU crossed the border into al-Ba’ah district.";
        var article = new Article("0123456789abcdef", "sample.txt", "PMU crosses into Syria", "2017-06-04", "ARA News", null, body);
        var evidenceStart = body.IndexOf("the Iran-backed PMU", StringComparison.OrdinalIgnoreCase);
        var sentenceStart = body.IndexOf("The Iran", StringComparison.Ordinal);
        return new ArticleExtraction(
            article,
            [
                new ExtractedEntity("pmu", EntityType.Organization, "PMU", [], [new MentionSpan(0, 3, "PMU"), new MentionSpan(40, 43, "PMU")]),
                new ExtractedEntity("iran", EntityType.Location, "Iran", ["Iranian"], [new MentionSpan(28, 32, "Iran")], 32.0, 53.0),
                new ExtractedEntity("baaj", EntityType.Location, "al-Ba’ah", ["al-Ba’ah district"], []),
            ],
            [
                new ExtractedRelation("iran", RelationPredicate.Supports, "pmu", RelationStatus.Asserted,
                    new RelationEvidence("The Iran-backed PMU", evidenceStart, evidenceStart + 19, body[sentenceStart..], sentenceStart, body.Length, "backed", 0.9)),
                new ExtractedRelation("pmu", RelationPredicate.CrossedInto, "baaj", RelationStatus.Hedged,
                    new RelationEvidence("crossed the border into al-Ba’ah", 50, 80, body[sentenceStart..], sentenceStart, body.Length, "crossed", 0.123456)),
            ]);
    }

    [Fact]
    public void Json_has_the_gold_fields_and_the_offsets_unescaped_non_ascii()
    {
        var bytes = ExtractionJson.SerializeToUtf8Bytes(SampleExtraction(), indented: true);
        var json = Encoding.UTF8.GetString(bytes);
        using var document = JsonDocument.Parse(bytes);
        var root = document.RootElement;

        Assert.Contains("al-Ba’ah", json, StringComparison.Ordinal);
        Assert.Equal("sample.txt", root.GetProperty("article").GetString());
        Assert.Equal("2017-06-04", root.GetProperty("published").GetString());
        var iran = root.GetProperty("entities")[1];
        Assert.Equal("Location", iran.GetProperty("type").GetString());
        Assert.Equal(32.0, iran.GetProperty("latitude").GetDouble());
        Assert.Equal(28, iran.GetProperty("mentions")[0].GetProperty("start").GetInt32());
        Assert.False(root.GetProperty("entities")[0].TryGetProperty("latitude", out _));
        var crossed = root.GetProperty("relations")[1];
        Assert.Equal("CROSSED_INTO", crossed.GetProperty("predicate").GetString());
        Assert.Equal("hedged", crossed.GetProperty("status").GetString());
        Assert.Equal("crossed the border into al-Ba’ah", crossed.GetProperty("evidence").GetString());
        Assert.Equal(0.1235, crossed.GetProperty("confidence").GetDouble());
        Assert.Equal("crossed", crossed.GetProperty("trigger").GetString());
    }

    [Fact]
    public void With_the_text_every_mention_and_evidence_offset_resolves_to_its_text()
    {
        using var document = JsonDocument.Parse(ExtractionJson.SerializeToUtf8Bytes(SampleExtraction(), includeText: true));
        var root = document.RootElement;
        var text = root.GetProperty("text").GetString()!;

        var mention = root.GetProperty("entities")[1].GetProperty("mentions")[0];
        Assert.Equal("Iran", text[mention.GetProperty("start").GetInt32()..mention.GetProperty("end").GetInt32()]);
        var supports = root.GetProperty("relations")[0];
        Assert.Equal(supports.GetProperty("evidence").GetString(), text[supports.GetProperty("evidenceStart").GetInt32()..supports.GetProperty("evidenceEnd").GetInt32()]);
        Assert.False(JsonDocument.Parse(ExtractionJson.SerializeToUtf8Bytes(SampleExtraction())).RootElement.TryGetProperty("text", out _));
    }

    [Fact]
    public void Compact_form_is_one_line_for_json_lines()
    {
        var json = Encoding.UTF8.GetString(ExtractionJson.SerializeToUtf8Bytes(SampleExtraction()));

        Assert.DoesNotContain('\n', json);
        Assert.StartsWith("{\"article\":\"sample.txt\",", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_read_back_with_the_gold_reader_equals_the_extraction_in_gold_shape()
    {
        var extraction = SampleExtraction();

        var readBack = GoldReader.Parse(ExtractionJson.SerializeToUtf8Bytes(extraction));
        var expected = GoldDocument.FromExtraction(extraction);

        Assert.Equal(expected.Article, readBack.Article);
        Assert.Equal((expected.Title, expected.Published, expected.Source), (readBack.Title, readBack.Published, readBack.Source));
        Assert.Equal(expected.Entities.Select(Describe), readBack.Entities.Select(Describe));
        Assert.Equal(expected.Relations, readBack.Relations);
    }

    [Fact]
    public async Task Every_gold_file_reads_with_its_entities_and_relations()
    {
        foreach (var path in Directory.EnumerateFiles(SharedData.GoldDirectory, "*.json"))
        {
            var gold = await GoldReader.ReadAsync(path, CancellationToken.None);
            using var raw = JsonDocument.Parse(await File.ReadAllBytesAsync(path));

            Assert.Equal(Path.ChangeExtension(Path.GetFileName(path), ".txt"), gold.Article);
            Assert.Equal(raw.RootElement.GetProperty("entities").GetArrayLength(), gold.Entities.Count);
            Assert.Equal(raw.RootElement.GetProperty("relations").GetArrayLength(), gold.Relations.Count);
            var ids = gold.Entities.Select(e => e.Id).ToHashSet();
            Assert.All(gold.Relations, r => Assert.Contains(r.Subject, ids));
            Assert.All(gold.Relations, r => Assert.Contains(r.Object, ids));
        }
    }

    [Fact]
    public async Task A_file_that_is_not_gold_is_reported_by_name()
    {
        using var folder = new TempFolder();
        var path = folder.Write("broken.json", """{"article":"a.txt","entities":[{"id":"x","type":"Planet","name":"X"}],"relations":[]}""");

        var error = await Assert.ThrowsAsync<FormatException>(() => GoldReader.ReadAsync(path, CancellationToken.None));

        Assert.StartsWith(path + ": not a gold file", error.Message, StringComparison.Ordinal);
    }

    private static string Describe(GoldEntity entity) => $"{entity.Id}|{entity.Type}|{entity.Name}|{string.Join(",", entity.Aliases)}";
}
