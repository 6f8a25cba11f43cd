using System;
using System.Globalization;
using System.IO;
using System.Linq;

namespace NewsCorpus.Cli;

/// <summary>Prints the corpus that the generator embedded in this very program; its text goes through <see cref="TerminalText"/> as any article's does.</summary>
internal static class EmbeddedCorpusView
{
    private const int SummaryWidth = 48;

    public static int List(TextWriter output)
    {
        output.WriteLine($"{"id",-28} {"headline",-SummaryWidth} {"lang",-4} {"source",-8} {"published",-10} {"paras",5} {"quotes",6} {"words",6}");
        foreach (var article in Articles.All)
        {
            string summary = ArticleFacts.Shorten(article.Headline, SummaryWidth);
            TerminalText.WriteLine(output,
                $"{article.Id,-28} {summary,-SummaryWidth} {article.Language,-4} {article.Source ?? "-",-8} {Date(article.Published),-10} " +
                $"{article.ParagraphCount,5} {article.QuoteCount,6} {article.WordCount,6}");
        }

        output.WriteLine($"{Articles.All.Count} article(s)");
        return 0;
    }

    public static int Show(TextWriter output, string id)
    {
        var article = Articles.Find(id);
        if (article is null)
        {
            TerminalText.WriteLine(Console.Error, $"No embedded article has the id '{id}'. Known ids: {string.Join(", ", Articles.All.Select(a => a.Id))}");
            return 1;
        }

        TerminalText.WriteLine(output, $"id:         {article.Id}");
        TerminalText.WriteLine(output, $"path:       {article.Path}");
        TerminalText.WriteLine(output, $"headline:   {article.Headline}");
        TerminalText.WriteLine(output, $"title:      {article.Title ?? "-"}");
        if (article.Subtitle is { } subtitle) TerminalText.WriteLine(output, $"subtitle:   {subtitle}");
        TerminalText.WriteLine(output, $"language:   {article.Language}");
        TerminalText.WriteLine(output, $"source:     {article.Source ?? "-"}");
        TerminalText.WriteLine(output, $"published:  {Date(article.Published)}");
        TerminalText.WriteLine(output, $"dateline:   {article.Dateline ?? "-"}");
        TerminalText.WriteLine(output, $"author:     {article.Author ?? "-"}");
        TerminalText.WriteLine(output, $"category:   {article.Category ?? "-"}");
        if (article.Tags.Count > 0) TerminalText.WriteLine(output, $"tags:       {string.Join(", ", article.Tags)}");
        if (article.Url is { } url) TerminalText.WriteLine(output, $"url:        {url}");
        TerminalText.WriteLine(output, $"counts:     {article.WordCount} words · {article.SentenceCount} sentences · {article.CharacterCount} characters · {article.ReadingTime.TotalMinutes:0} min read");
        TerminalText.WriteLine(output, $"hash:       {article.ContentHash}");
        if (article.MentionedDates.Count > 0)
            TerminalText.WriteLine(output, $"dates:      {string.Join("; ", article.MentionedDates.Select(d => $"{d.Text} = {ArticleFacts.DateParts(d.Year, d.Month, d.Day, d.Weekday)}"))}");
        output.WriteLine();
        foreach (var paragraph in article.Paragraphs)
        {
            // A paragraph may run over several lines of the file; its line breaks stay.
            output.WriteLine($"[{paragraph.Index + 1}] {TerminalText.Escape(paragraph.Text, keepLineBreaks: true)}");
            output.WriteLine();
        }

        TerminalText.WriteLine(output, $"{article.Quotes.Count} quote(s)");
        foreach (var quote in article.Quotes)
        {
            string who = quote.Speaker is { } speaker
                ? $"{speaker}{(quote.ResolvedSpeaker is { } resolved ? $" [= {resolved}]" : "")}{(quote.Cue is { } cue ? $" ({cue})" : "")}"
                : "(speaker unknown)";
            TerminalText.WriteLine(output, $"  [{quote.ParagraphIndex + 1}] {quote.Kind.ToString().ToLowerInvariant(),-8} {who}: {quote.Text}");
        }

        return 0;
    }

    private static string Date(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";

}
