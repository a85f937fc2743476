using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GraphBuilder.Nlp;

/// <summary>
/// Writes an extraction as one JSON object in the shape of the gold files (article, title, published, source,
/// entities [{id, type, name, aliases}], relations [{subject, predicate, object, status, evidence}]), plus the
/// article id, url, mention offsets, coordinates and evidence offsets, trigger and confidence. UTF-8, non-ASCII unescaped.
/// </summary>
public static class ExtractionJson
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = Compact with { Indented = true };

    /// <summary>
    /// Serialises one extraction; <paramref name="indented"/> false gives a single line (JSON Lines);
    /// <paramref name="includeText"/> adds the cleaned article text that every offset refers to.
    /// </summary>
    public static byte[] SerializeToUtf8Bytes(ArticleExtraction extraction, bool indented = false, bool includeText = false)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            Write(writer, extraction, includeText);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static async Task WriteAsync(Stream stream, ArticleExtraction extraction, bool indented = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        await stream.WriteAsync(SerializeToUtf8Bytes(extraction, indented), cancellationToken).ConfigureAwait(false);
    }

    public static void Write(Utf8JsonWriter writer, ArticleExtraction extraction, bool includeText = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(extraction);
        var article = extraction.Article;
        writer.WriteStartObject();
        writer.WriteString("article", article.FileName);
        writer.WriteString("id", article.Id);
        writer.WriteString("title", article.Title);
        writer.WriteString("published", article.Published);
        writer.WriteString("source", article.Source);
        if (article.Url is not null)
        {
            writer.WriteString("url", article.Url);
        }

        if (includeText)
        {
            writer.WriteString("text", article.Body);
        }

        writer.WriteStartArray("entities");
        foreach (var entity in extraction.Entities)
        {
            WriteEntity(writer, entity);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("relations");
        foreach (var relation in extraction.Relations)
        {
            WriteRelation(writer, relation);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter writer, ExtractedEntity entity)
    {
        writer.WriteStartObject();
        writer.WriteString("id", entity.Id);
        writer.WriteString("type", entity.Type.ToWire());
        writer.WriteString("name", entity.Name);
        writer.WriteStartArray("aliases");
        foreach (var alias in entity.Aliases)
        {
            writer.WriteStringValue(alias);
        }

        writer.WriteEndArray();
        if (entity.Latitude is { } latitude && entity.Longitude is { } longitude)
        {
            writer.WriteNumber("latitude", latitude);
            writer.WriteNumber("longitude", longitude);
        }

        writer.WriteStartArray("mentions");
        foreach (var mention in entity.Mentions)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", mention.Start);
            writer.WriteNumber("end", mention.End);
            writer.WriteString("text", mention.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteRelation(Utf8JsonWriter writer, ExtractedRelation relation)
    {
        var evidence = relation.Evidence;
        writer.WriteStartObject();
        writer.WriteString("subject", relation.Subject);
        writer.WriteString("predicate", relation.Predicate.ToWire());
        writer.WriteString("object", relation.Object);
        writer.WriteString("status", relation.Status.ToWire());
        writer.WriteString("evidence", evidence.Text);
        writer.WriteNumber("evidenceStart", evidence.Start);
        writer.WriteNumber("evidenceEnd", evidence.End);
        writer.WriteString("sentence", evidence.Sentence);
        writer.WriteNumber("sentenceStart", evidence.SentenceStart);
        writer.WriteNumber("sentenceEnd", evidence.SentenceEnd);
        writer.WriteString("trigger", evidence.Trigger);
        writer.WriteNumber("confidence", Math.Round(evidence.Confidence, 4));
        writer.WriteEndObject();
    }
}
