using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsCorpus.Text;

namespace NewsCorpus.Cli;

/// <summary>
/// The JSON form of `corpus inspect`. Tools read this shape; keep it stable:
/// {"articles":[{"path","id","identifier","title","language","source","published","paragraphs":[{"start","end"}],
/// "quotes":[{"kind","start","end","text","speaker","cue","resolvedSpeaker","segments"}],"diagnostics":[{"id","severity","message","line"}],
/// "headline","dateline","author","category","tags","url","frontMatter":{key:value},"counts":{"words","sentences","characters","readingMinutes"},
/// "contentHash","mentionedDates":[{"start","end","text","year","month","day","weekday"}]}]}
/// (resolvedSpeaker, segments, the kind "mixed" and the fields from headline on came after the first version; fields and values are only ever added.)
/// </summary>
internal static class InspectJson
{
    public static void Write(TextWriter output, IReadOnlyList<InspectedArticle> articles)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("articles");
            foreach (var article in articles) WriteArticle(json, article);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteArticle(Utf8JsonWriter json, InspectedArticle inspected)
    {
        var article = inspected.Parsed;
        json.WriteStartObject();
        json.WriteString("path", article.Path);
        json.WriteString("id", article.Id);
        json.WriteString("identifier", inspected.Identifier);
        json.WriteString("title", article.TitleText);
        json.WriteString("language", article.Language);
        json.WriteString("source", article.Source);
        json.WriteString("published", article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        json.WriteStartArray("paragraphs");
        foreach (var paragraph in article.Paragraphs) WriteRange(json, paragraph, null);
        json.WriteEndArray();

        json.WriteStartArray("quotes");
        foreach (var quote in article.Quotes)
        {
            json.WriteStartObject();
            json.WriteString("kind", quote.Kind.ToString().ToLowerInvariant());
            json.WriteNumber("start", quote.Content.Start);
            json.WriteNumber("end", quote.Content.End);
            json.WriteString("text", QuoteText.Of(quote, article.Text));
            WriteOptionalSpan(json, "speaker", quote.Speaker, article.Text);
            WriteOptionalSpan(json, "cue", quote.Cue, article.Text);
            WriteOptionalSpan(json, "resolvedSpeaker", quote.ResolvedSpeaker, article.Text);
            json.WriteStartArray("segments");
            foreach (var segment in quote.Segments) WriteRange(json, segment, null);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in inspected.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("id", diagnostic.Id);
            json.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
            json.WriteString("message", diagnostic.Message);
            json.WriteNumber("line", diagnostic.Line);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteMetadata(json, article);
        json.WriteEndObject();
    }

    private static void WriteMetadata(Utf8JsonWriter json, ParsedArticle article)
    {
        json.WriteString("headline", article.Headline);
        json.WriteString("dateline", article.Dateline);
        json.WriteString("author", article.Author);
        json.WriteString("category", article.Category);
        json.WriteStartArray("tags");
        foreach (var tag in article.Tags) json.WriteStringValue(tag);
        json.WriteEndArray();
        json.WriteString("url", article.Url);
        json.WriteStartObject("frontMatter");
        foreach (var field in article.FrontMatter) json.WriteString(field.Key, field.Value.Of(article.Text));
        json.WriteEndObject();

        json.WriteStartObject("counts");
        json.WriteNumber("words", article.Counts.Words);
        json.WriteNumber("sentences", article.Counts.Sentences);
        json.WriteNumber("characters", article.Counts.Characters);
        json.WriteNumber("readingMinutes", article.Counts.ReadingMinutes);
        json.WriteEndObject();
        json.WriteString("contentHash", article.ContentHash);

        json.WriteStartArray("mentionedDates");
        foreach (var date in article.MentionedDates)
        {
            json.WriteStartObject();
            json.WriteNumber("start", date.Range.Start);
            json.WriteNumber("end", date.Range.End);
            json.WriteString("text", date.Range.Of(article.Text));
            WriteOptionalNumber(json, "year", date.Year);
            WriteOptionalNumber(json, "month", date.Month);
            WriteOptionalNumber(json, "day", date.Day);
            json.WriteString("weekday", date.Weekday?.ToString());
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteOptionalNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number) json.WriteNumber(name, number);
        else json.WriteNull(name);
    }

    private static void WriteOptionalSpan(Utf8JsonWriter json, string name, SourceRange? range, string text)
    {
        if (range is { } value)
        {
            json.WritePropertyName(name);
            WriteRange(json, value, text);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteRange(Utf8JsonWriter json, SourceRange range, string? text)
    {
        json.WriteStartObject();
        json.WriteNumber("start", range.Start);
        json.WriteNumber("end", range.End);
        if (text is not null) json.WriteString("text", range.Of(text));
        json.WriteEndObject();
    }
}
