using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NewsCorpus.Text;

namespace NewsCorpus.Cli;

/// <summary>A quote as `corpus show` prints it.</summary>
internal sealed record QuoteView(int ParagraphIndex, string Kind, string Text, string? Speaker, string? ResolvedSpeaker, string? Cue);

/// <summary>
/// One article as `corpus show` prints it, whether the generator embedded it in this program or it was read from a
/// file at run time: both go through the one <see cref="Write"/>, so that they read the same.
/// </summary>
internal sealed record ArticleView(
    string Id,
    string Path,
    string Headline,
    string? Title,
    string? Subtitle,
    string Language,
    string? Source,
    DateTime? Published,
    string? Dateline,
    string? Author,
    string? Category,
    IReadOnlyList<string> Tags,
    string? Url,
    int Words,
    int Sentences,
    int Characters,
    int ReadingMinutes,
    string ContentHash,
    IReadOnlyList<string> Dates,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<QuoteView> Quotes,
    IReadOnlyList<TextDiagnostic> Diagnostics)
{
    public static ArticleView Of(Article article) => new(
        article.Id,
        article.Path,
        article.Headline,
        article.Title,
        article.Subtitle,
        article.Language,
        article.Source,
        article.Published,
        article.Dateline,
        article.Author,
        article.Category,
        article.Tags,
        article.Url,
        article.WordCount,
        article.SentenceCount,
        article.CharacterCount,
        (int)article.ReadingTime.TotalMinutes,
        article.ContentHash,
        article.MentionedDates.Select(d => $"{d.Text} = {ArticleFacts.DateParts(d.Year, d.Month, d.Day, d.Weekday)}").ToList(),
        article.Paragraphs.Select(p => p.Text).ToList(),
        article.Quotes.Select(q => new QuoteView(q.ParagraphIndex, q.Kind.ToString().ToLowerInvariant(), q.Text, q.Speaker, q.ResolvedSpeaker, q.Cue)).ToList(),
        []);

    /// <summary>An article analysed at run time; <paramref name="path"/> is the file as it was named.</summary>
    public static ArticleView Of(InspectedArticle inspected, string path)
    {
        var article = inspected.Parsed;
        string text = article.Text;
        return new(
            inspected.Id,
            path,
            article.Headline ?? article.TitleText ?? inspected.Id,
            article.TitleText,
            article.SubtitleText,
            article.Language,
            article.Source,
            article.Published,
            article.Dateline,
            article.Author,
            article.Category,
            article.Tags,
            article.Url,
            article.Counts.Words,
            article.Counts.Sentences,
            article.Counts.Characters,
            article.Counts.ReadingMinutes,
            article.ContentHash,
            article.MentionedDates.Select(d => $"{d.Range.Of(text)} = {ArticleFacts.DateParts(d.Year, d.Month, d.Day, d.Weekday)}").ToList(),
            article.Paragraphs.Select(p => p.Of(text)).ToList(),
            article.Quotes.Select(q => new QuoteView(
                q.ParagraphIndex, q.Kind.ToString().ToLowerInvariant(), q.TextIn(text), q.Speaker?.Of(text), q.ResolvedSpeaker?.Of(text), q.Cue?.Of(text))).ToList(),
            inspected.Diagnostics);
    }

    /// <summary>Prints the article; every line goes through <see cref="TerminalText"/>, since nearly all of it comes from the file.</summary>
    public void Write(TextWriter output)
    {
        TerminalText.WriteLine(output, $"id:         {Id}");
        TerminalText.WriteLine(output, $"path:       {Path}");
        TerminalText.WriteLine(output, $"headline:   {Headline}");
        TerminalText.WriteLine(output, $"title:      {Title ?? "-"}");
        if (Subtitle is { } subtitle) TerminalText.WriteLine(output, $"subtitle:   {subtitle}");
        TerminalText.WriteLine(output, $"language:   {Language}");
        TerminalText.WriteLine(output, $"source:     {Source ?? "-"}");
        TerminalText.WriteLine(output, $"published:  {Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"}");
        TerminalText.WriteLine(output, $"dateline:   {Dateline ?? "-"}");
        TerminalText.WriteLine(output, $"author:     {Author ?? "-"}");
        TerminalText.WriteLine(output, $"category:   {Category ?? "-"}");
        if (Tags.Count > 0) TerminalText.WriteLine(output, $"tags:       {string.Join(", ", Tags)}");
        if (Url is { } url) TerminalText.WriteLine(output, $"url:        {url}");
        TerminalText.WriteLine(output, $"counts:     {Words} words · {Sentences} sentences · {Characters} characters · {ReadingMinutes} min read");
        TerminalText.WriteLine(output, $"hash:       {ContentHash}");
        if (Dates.Count > 0) TerminalText.WriteLine(output, $"dates:      {string.Join("; ", Dates)}");
        output.WriteLine();
        for (int i = 0; i < Paragraphs.Count; i++)
        {
            // A paragraph may run over several lines of the file; its line breaks stay.
            output.WriteLine($"[{i + 1}] {TerminalText.Escape(Paragraphs[i], keepLineBreaks: true)}");
            output.WriteLine();
        }

        TerminalText.WriteLine(output, $"{Quotes.Count} quote(s)");
        foreach (var quote in Quotes)
        {
            TerminalText.WriteLine(output, "  " + QuoteLine.Of(quote.ParagraphIndex, quote.Kind, quote.Text, quote.Speaker, quote.ResolvedSpeaker, quote.Cue));
        }

        if (Diagnostics.Count > 0) TerminalText.WriteLine(output, $"{Diagnostics.Count} finding(s)");
        foreach (var diagnostic in Diagnostics)
        {
            TerminalText.WriteLine(output, $"  {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id} (line {diagnostic.Line}): {diagnostic.Message}");
        }
    }
}
