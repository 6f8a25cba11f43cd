using System.IO;
using System.Linq;
using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsCorpus.Cli.Export;

/// <summary>System.Text.Json's source-generated serializer for the export shapes: no reflection at run time.</summary>
[JsonSerializable(typeof(CorpusDocument))]
[JsonSerializable(typeof(ArticleDocument))]
internal sealed partial class CorpusJsonContext : JsonSerializerContext;

/// <summary>Writes articles as one indented JSON document or as JSON Lines (one compact article a line), LF line endings.</summary>
internal static class CorpusJson
{
    private static readonly CorpusJsonContext Indented = Create(indented: true);
    private static readonly CorpusJsonContext Compact = Create(indented: false);

    /// <summary><c>{"articles":[...]}</c>, indented.</summary>
    public static void WriteDocument(TextWriter output, IEnumerable<InspectedArticle> articles)
    {
        var document = new CorpusDocument(articles.Select(ArticleDocument.From).ToList());
        output.Write(JsonSerializer.Serialize(document, Indented.CorpusDocument));
        output.Write('\n');
    }

    /// <summary>One article a line.</summary>
    public static void WriteLines(TextWriter output, IEnumerable<InspectedArticle> articles)
    {
        foreach (var article in articles)
        {
            output.Write(JsonSerializer.Serialize(ArticleDocument.From(article), Compact.ArticleDocument));
            output.Write('\n');
        }
    }

    // Readable non-ASCII (news is multilingual) and camelCase names, the shape the README documents.
    private static CorpusJsonContext Create(bool indented) => new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = indented,
        NewLine = "\n",
    });
}
