using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using GraphBuilder.Bolt;
using Spectre.Console;

namespace GraphBuilder.Cli.Queries;

internal enum OutputFormat { Table, Json, Csv }

/// <summary>Renders query rows (and the saved-query list) as a terminal table, JSON or CSV.</summary>
internal static class QueryOutput
{
    public static void Write(TextWriter output, OutputFormat format, IReadOnlyList<string> keys, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        switch (format)
        {
            case OutputFormat.Json:
                WriteJson(output, keys, rows);
                break;
            case OutputFormat.Csv:
                WriteCsv(output, keys, rows);
                break;
            default:
                WriteTable(output, keys, rows);
                break;
        }
    }

    public static void WriteTable(TextWriter output, IReadOnlyList<string> keys, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var key in keys)
        {
            table.AddColumn(new TableColumn(Markup.Escape(key)));
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select(value => Markup.Escape(Plain(value))).ToArray());
        }

        ConsoleFor(output).Write(table);
        output.WriteLine($"{rows.Count} row{(rows.Count == 1 ? "" : "s")}");
    }

    /// <summary>An array of objects, one per row, keyed by column; graph values keep their structure.</summary>
    public static void WriteJson(TextWriter output, IReadOnlyList<string> keys, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < keys.Count; i++)
                {
                    json.WritePropertyName(keys[i]);
                    WriteJsonValue(json, row[i]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    public static void WriteCsv(TextWriter output, IReadOnlyList<string> keys, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        using var csv = CsvWriter.Create(output, new CsvWriterOptions(), leaveOpen: true);
        csv.WriteHeader(keys.ToArray());
        foreach (var row in rows)
        {
            csv.WriteRecord(row.Select(Plain).ToArray());
        }
    }

    /// <summary>A Spectre console that renders into <paramref name="output"/>, with colour only on a real terminal.</summary>
    public static IAnsiConsole ConsoleFor(TextWriter output)
    {
        if (ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected)
        {
            return AnsiConsole.Console;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });

        // A pipe or file has no width: wide enough that sentences are not folded into narrow columns.
        console.Profile.Width = RedirectedWidth;
        return console;
    }

    private const int RedirectedWidth = 240;

    /// <summary>One line of text for a cell: lists as [a, b], nodes as (:Label {name}), relationships as [:TYPE].</summary>
    internal static string Plain(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToBase64String(bytes),
        INode node => $"(:{string.Join(':', node.Labels)} {Caption(node)})",
        IRelationship relationship => $"[:{relationship.Type}]",
        IPath path => string.Join("-", path.Nodes.Select(Plain)),
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.Select(e => $"{e.Key}: {Plain(e.Value)}")) + "}",
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Plain)) + "]",
        _ => value.ToString() ?? "",
    };

    private static string Caption(INode node) =>
        node.Properties.TryGetValue("name", out var name) ? $"{{name: {Plain(name)}}}"
        : node.Properties.TryGetValue("id", out var id) ? $"{{id: {Plain(id)}}}"
        : $"#{node.ElementId}";

    private static void WriteJsonValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case double d when double.IsFinite(d):
                json.WriteNumberValue(d);
                break;
            case INode node:
                json.WriteStartObject();
                json.WritePropertyName("labels");
                WriteJsonValue(json, node.Labels);
                json.WritePropertyName("properties");
                WriteJsonValue(json, node.Properties);
                json.WriteEndObject();
                break;
            case IRelationship relationship:
                json.WriteStartObject();
                json.WriteString("type", relationship.Type);
                json.WritePropertyName("properties");
                WriteJsonValue(json, relationship.Properties);
                json.WriteEndObject();
                break;
            case IPath path:
                json.WriteStartObject();
                json.WritePropertyName("nodes");
                WriteJsonValue(json, path.Nodes);
                json.WritePropertyName("relationships");
                WriteJsonValue(json, path.Relationships);
                json.WriteEndObject();
                break;
            case IReadOnlyDictionary<string, object?> map:
                json.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    json.WritePropertyName(key);
                    WriteJsonValue(json, item);
                }

                json.WriteEndObject();
                break;
            case byte[] bytes:
                json.WriteBase64StringValue(bytes);
                break;
            case System.Collections.IEnumerable list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    WriteJsonValue(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(Plain(value));
                break;
        }
    }
}
