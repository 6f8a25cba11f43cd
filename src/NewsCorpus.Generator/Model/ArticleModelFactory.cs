using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NewsCorpus.Generator.Emit;
using NewsCorpus.Records;
using NewsCorpus.Text;
using NewsCorpus.Text.Metadata;
using NewsCorpus.Text.Naming;

namespace NewsCorpus.Generator.Model;

/// <summary>Turns the text analysis' result into the generator's equatable model.</summary>
internal static class ArticleModelFactory
{
    /// <summary>How much of the lead the IntelliSense summary shows.</summary>
    private const int LeadPreviewLength = 300;

    /// <param name="bodyIsResource">The build embeds the file as a manifest resource that reads back as the parsed text.</param>
    public static ArticleModel Create(ParsedArticle parsed, string filePath, bool bodyIsResource)
    {
        var diagnostics = new List<DiagnosticInfo>(parsed.Diagnostics.Count);
        foreach (var diagnostic in parsed.Diagnostics) diagnostics.Add(DiagnosticInfo.From(diagnostic, filePath));
        var record = RecordOf(parsed, bodyIsResource);

        // No article is written for an empty or binary file: its text would only sit in the generator's cache.
        return new ArticleModel(
            filePath,
            parsed.Path,
            parsed.IsEmpty ? string.Empty : RecordFormat.Write(record),
            parsed.IsEmpty || bodyIsResource ? null : parsed.Text,
            parsed.IsEmpty ? EquatableArray<string>.Empty : Summary(parsed, record),
            diagnostics.ToEquatableArray(),
            parsed.IsEmpty,
            HasParagraphs: parsed.Paragraphs.Count > 0);
    }

    /// <summary>The record the runtime reads: every field of <see cref="ArticleRecord"/> from the analysis.</summary>
    internal static ArticleRecord RecordOf(ParsedArticle parsed, bool bodyIsResource)
    {
        var quotes = new List<int>(parsed.Quotes.Count * ArticleRecord.QuoteStride);
        var segments = new List<int>();
        foreach (var quote in parsed.Quotes)
        {
            quotes.Add((int)quote.Kind);
            quotes.Add(quote.ParagraphIndex);
            quotes.Add(quote.Content.Start);
            quotes.Add(quote.Content.End);
            AddOptional(quotes, quote.Speaker);
            AddOptional(quotes, quote.Cue);
            AddOptional(quotes, quote.ResolvedSpeaker);
            bool split = quote.Segments.Count > 1;
            quotes.Add(split ? segments.Count / ArticleRecord.RangeStride : 0);
            quotes.Add(split ? quote.Segments.Count : 0);
            quotes.Add(quote.SpeakerIsPronoun ? 1 : 0);
            if (!split) continue;
            foreach (var segment in quote.Segments)
            {
                segments.Add(segment.Start);
                segments.Add(segment.End);
            }
        }

        var paragraphs = new List<int>(parsed.Paragraphs.Count * ArticleRecord.RangeStride);
        foreach (var paragraph in parsed.Paragraphs)
        {
            paragraphs.Add(paragraph.Start);
            paragraphs.Add(paragraph.End);
        }

        var frontMatter = new List<string>(parsed.FrontMatter.Count * 2);
        foreach (var field in parsed.FrontMatter)
        {
            frontMatter.Add(field.Key);
            frontMatter.Add(field.Value.Of(parsed.Text));
        }

        var dates = new List<int>(parsed.MentionedDates.Count * ArticleRecord.DateMentionStride);
        foreach (var date in parsed.MentionedDates)
        {
            dates.Add(date.Range.Start);
            dates.Add(date.Range.End);
            dates.Add(date.Year ?? -1);
            dates.Add(date.Month ?? -1);
            dates.Add(date.Day ?? -1);
            dates.Add(date.Weekday is { } weekday ? (int)weekday : -1);
        }

        string? title = parsed.TitleText;
        string headline = parsed.Headline ?? parsed.Id;
        // No id: the catalog assigns ids across all articles (RecordFormat.WithId).
        return new ArticleRecord
        {
            Path = parsed.Path,
            Title = title,
            Subtitle = parsed.SubtitleText,
            Headline = headline == title ? null : headline,
            Language = parsed.Language,
            Source = parsed.Source,
            Published = parsed.Published is { } day ? day.Year * 10000 + day.Month * 100 + day.Day : 0,
            Dateline = parsed.Dateline,
            Author = parsed.Author,
            Category = parsed.Category,
            Url = parsed.Url,
            Tags = parsed.Tags.ToArray(),
            FrontMatter = frontMatter.ToArray(),
            WordCount = parsed.Counts.Words,
            SentenceCount = parsed.Counts.Sentences,
            CharacterCount = parsed.Counts.Characters,
            ContentHash = parsed.ContentHash,
            Paragraphs = paragraphs.ToArray(),
            Quotes = quotes.ToArray(),
            Segments = segments.ToArray(),
            DateMentions = dates.ToArray(),
            BodyIsResource = bodyIsResource,
            TextLength = parsed.Text.Length,
            TextChecksum = TextChecksum.Of(parsed.Text),
        };
    }

    /// <summary>The doc comment lines IntelliSense shows: headline, facts, and the start of the lead.</summary>
    private static EquatableArray<string> Summary(ParsedArticle parsed, ArticleRecord record)
    {
        string facts = string.Join(" · ", new[]
        {
            record.Source ?? "unknown source",
            record.Language,
            parsed.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated",
            Count(record.WordCount, "word"),
            Count(record.Paragraphs.Length / ArticleRecord.RangeStride, "paragraph"),
            Count(record.Quotes.Length / ArticleRecord.QuoteStride, "quote"),
        });

        var lines = new List<string>
        {
            $"<para><b>{CSharpText.DocText(record.Headline ?? record.Title ?? parsed.Id, LeadPreviewLength)}</b></para>",
            $"<para>{CSharpText.DocText(facts, LeadPreviewLength)} · <c>{CSharpText.DocText(record.Path, LeadPreviewLength)}</c></para>",
        };
        if (parsed.Paragraphs.Count > 0)
        {
            var lead = parsed.Paragraphs[0];
            lines.Add($"<para>{CSharpText.DocText(parsed.Text.Substring(lead.Start, lead.End - lead.Start), LeadPreviewLength)}</para>");
        }

        return lines.ToEquatableArray();
    }

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");

    /// <summary>
    /// The model of an article that could not be read or analysed: no source, one error at its file.
    /// Catching here keeps one bad file from costing the whole corpus (a generator that throws loses
    /// all of its output to CS8785).
    /// </summary>
    public static ArticleModel Unreadable(string filePath, string path, string reason) =>
        LeftOut(filePath, path, DiagnosticIds.UnreadableArticle, $"Article '{path}' was left out: {reason}");

    /// <summary>The model of a file that is left out of the corpus: no source, one diagnostic at its file.</summary>
    public static ArticleModel LeftOut(string filePath, string path, string diagnosticId, string message) => new(
        filePath,
        path,
        Record: string.Empty,
        LiteralBody: null,
        EquatableArray<string>.Empty,
        new[] { DiagnosticInfo.AtFileStart(diagnosticId, message, filePath) }.ToEquatableArray(),
        IsEmpty: true,
        HasParagraphs: false);

    /// <summary>The model with a warning that the compiler had to read the file with a legacy code page.</summary>
    public static ArticleModel WithLegacyEncoding(ArticleModel model, string encodingName) => model with
    {
        Diagnostics = new[]
        {
            DiagnosticInfo.AtFileStart(DiagnosticIds.UndecodableBytes,
                $"Article '{model.Path}' is not valid UTF-8, so the compiler read it as {encodingName}; characters outside ASCII may be wrong. Save the file as UTF-8.",
                model.FilePath),
        }.Concat(model.Diagnostics).ToEquatableArray(),
    };

    private static void AddOptional(List<int> values, SourceRange? range)
    {
        values.Add(range?.Start ?? -1);
        values.Add(range?.End ?? -1);
    }
}
