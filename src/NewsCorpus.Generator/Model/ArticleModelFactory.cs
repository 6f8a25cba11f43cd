using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NewsCorpus.Text;
using NewsCorpus.Text.Metadata;
using NewsCorpus.Text.Naming;

namespace NewsCorpus.Generator.Model;

/// <summary>Turns the text analysis' result into the generator's equatable model.</summary>
internal static class ArticleModelFactory
{
    public static ArticleModel Create(ParsedArticle parsed, string filePath)
    {
        var paragraphs = new List<int>(parsed.Paragraphs.Count * 2);
        foreach (var paragraph in parsed.Paragraphs)
        {
            paragraphs.Add(paragraph.Start);
            paragraphs.Add(paragraph.End);
        }

        var quotes = new List<int>(parsed.Quotes.Count * ArticleModel.QuoteStride);
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
            quotes.Add(split ? segments.Count / 2 : 0);
            quotes.Add(split ? quote.Segments.Count : 0);
            quotes.Add(quote.SpeakerIsPronoun ? 1 : 0);
            if (!split) continue;
            foreach (var segment in quote.Segments)
            {
                segments.Add(segment.Start);
                segments.Add(segment.End);
            }
        }

        var diagnostics = new List<DiagnosticInfo>(parsed.Diagnostics.Count);
        foreach (var diagnostic in parsed.Diagnostics) diagnostics.Add(DiagnosticInfo.From(diagnostic, filePath));

        return new ArticleModel(
            filePath,
            parsed.Path,
            parsed.Id,
            CSharpIdentifier.FromId(parsed.Id),
            parsed.TitleText,
            parsed.Language,
            parsed.Source,
            parsed.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            // No class is written for an empty or binary file: its text would only sit in the generator's cache.
            parsed.IsEmpty ? string.Empty : parsed.Text,
            paragraphs.ToEquatableArray(),
            quotes.ToEquatableArray(),
            segments.ToEquatableArray(),
            Facts(parsed),
            diagnostics.ToEquatableArray(),
            parsed.IsEmpty);
    }

    private static ArticleFactsModel Facts(ParsedArticle parsed)
    {
        var frontMatter = new List<string>(parsed.FrontMatter.Count * 2);
        foreach (var field in parsed.FrontMatter)
        {
            frontMatter.Add(field.Key);
            frontMatter.Add(field.Value.Of(parsed.Text));
        }

        var dates = new List<int>(parsed.MentionedDates.Count * 6);
        foreach (var date in parsed.MentionedDates)
        {
            dates.Add(date.Range.Start);
            dates.Add(date.Range.End);
            dates.Add(date.Year ?? -1);
            dates.Add(date.Month ?? -1);
            dates.Add(date.Day ?? -1);
            dates.Add(date.Weekday is { } weekday ? (int)weekday : -1);
        }

        return new ArticleFactsModel(
            parsed.Headline ?? parsed.Id,
            parsed.Dateline,
            parsed.Author,
            parsed.Category,
            parsed.Url,
            parsed.Tags.ToEquatableArray(),
            frontMatter.ToEquatableArray(),
            parsed.Counts.Words,
            parsed.Counts.Sentences,
            parsed.Counts.Characters,
            parsed.ContentHash,
            dates.ToEquatableArray());
    }

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
        FileNameConvention.IdOf(path),
        CSharpIdentifier.FromId(FileNameConvention.IdOf(path)),
        Title: null,
        Language: NewsCorpus.Text.Language.LanguageIdentifier.Undetermined,
        Source: null,
        Published: null,
        Text: string.Empty,
        EquatableArray<int>.Empty,
        EquatableArray<int>.Empty,
        EquatableArray<int>.Empty,
        ArticleFactsModel.None,
        new[] { DiagnosticInfo.AtFileStart(diagnosticId, message, filePath) }.ToEquatableArray(),
        IsEmpty: true);

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
