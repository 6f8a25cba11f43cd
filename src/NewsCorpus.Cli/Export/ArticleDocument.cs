using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NewsCorpus.Text;

namespace NewsCorpus.Cli.Export;

/// <summary>
/// One article as `corpus inspect --format json` and `corpus export` write it. Tools read this shape; keep it
/// stable: properties keep their order and are only ever added (resolvedSpeaker, segments, the kind "mixed",
/// the fields from headline on, the text of paragraphs and segments, the article's text and the subtitle came after the first version).
/// Offsets (start, end) are UTF-16 positions in <see cref="Text"/>, the decoded file. <see cref="Id"/> is the article's id
/// in the catalog, as the build assigns it.
/// </summary>
internal sealed record ArticleDocument(
    string Path,
    string Id,
    string Identifier,
    string? Title,
    string Language,
    string? Source,
    string? Published,
    IReadOnlyList<SpanDocument> Paragraphs,
    IReadOnlyList<QuoteDocument> Quotes,
    IReadOnlyList<DiagnosticDocument> Diagnostics,
    string? Headline,
    string? Dateline,
    string? Author,
    string? Category,
    IReadOnlyList<string> Tags,
    string? Url,
    Dictionary<string, string> FrontMatter,
    CountsDocument Counts,
    string ContentHash,
    IReadOnlyList<DateDocument> MentionedDates,
    string Text,
    string? Subtitle)
{
    public static ArticleDocument From(InspectedArticle inspected)
    {
        var article = inspected.Parsed;
        string text = article.Text;
        var frontMatter = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var field in article.FrontMatter) frontMatter[field.Key] = field.Value.Of(text);

        return new ArticleDocument(
            article.Path,
            inspected.Id,
            inspected.Identifier,
            article.TitleText,
            article.Language,
            article.Source,
            article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            article.Paragraphs.Select(p => SpanDocument.Of(p, text)).ToList(),
            article.Quotes.Select(q => new QuoteDocument(
                q.Kind.ToString().ToLowerInvariant(),
                q.Content.Start,
                q.Content.End,
                q.TextIn(text),
                SpanDocument.OfOptional(q.Speaker, text),
                SpanDocument.OfOptional(q.Cue, text),
                SpanDocument.OfOptional(q.ResolvedSpeaker, text),
                q.Segments.Select(s => SpanDocument.Of(s, text)).ToList())).ToList(),
            inspected.Diagnostics.Select(d => new DiagnosticDocument(d.Id, d.Severity.ToString().ToLowerInvariant(), d.Message, d.Line)).ToList(),
            article.Headline,
            article.Dateline,
            article.Author,
            article.Category,
            article.Tags,
            article.Url,
            frontMatter,
            new CountsDocument(article.Counts.Words, article.Counts.Sentences, article.Counts.Characters, article.Counts.ReadingMinutes),
            article.ContentHash,
            article.MentionedDates.Select(d => new DateDocument(d.Range.Start, d.Range.End, d.Range.Of(text), d.Year, d.Month, d.Day, d.Weekday?.ToString())).ToList(),
            text,
            article.SubtitleText);
    }
}

/// <summary>A stretch of the article: its offsets and its words.</summary>
internal sealed record SpanDocument(int Start, int End, string Text)
{
    public static SpanDocument Of(SourceRange range, string text) => new(range.Start, range.End, range.Of(text));

    public static SpanDocument? OfOptional(SourceRange? range, string text) => range is { } value ? Of(value, text) : null;
}

/// <summary>A quote: kind (direct, indirect, mixed), content offsets, its words, speaker, cue, resolved speaker and quoted segments.</summary>
internal sealed record QuoteDocument(
    string Kind, int Start, int End, string Text, SpanDocument? Speaker, SpanDocument? Cue, SpanDocument? ResolvedSpeaker, IReadOnlyList<SpanDocument> Segments);

/// <summary>A finding of the analysis, as the compiler would report it (NCxxxx, severity, 1-based line).</summary>
internal sealed record DiagnosticDocument(string Id, string Severity, string Message, int Line);

/// <summary>The article's counts.</summary>
internal sealed record CountsDocument(int Words, int Sentences, int Characters, int ReadingMinutes);

/// <summary>A date the text mentions, with whatever parts it names.</summary>
internal sealed record DateDocument(int Start, int End, string Text, int? Year, int? Month, int? Day, string? Weekday);

/// <summary>The envelope of the indented JSON form.</summary>
internal sealed record CorpusDocument(IReadOnlyList<ArticleDocument> Articles);
