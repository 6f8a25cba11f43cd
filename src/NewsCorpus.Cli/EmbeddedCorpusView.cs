using System;
using System.Globalization;
using System.IO;
using System.Linq;

namespace NewsCorpus.Cli;

/// <summary>Prints the corpus that the generator embedded in this very program.</summary>
internal static class EmbeddedCorpusView
{
    private const int SummaryWidth = 48;

    public static int List(TextWriter output)
    {
        output.WriteLine($"{"id",-28} {"headline",-SummaryWidth} {"lang",-4} {"source",-8} {"published",-10} {"paras",5} {"quotes",6} {"words",6}");
        foreach (var article in Articles.All)
        {
            string summary = ArticleFacts.Shorten(article.Headline, SummaryWidth);
            output.WriteLine(
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
            Console.Error.WriteLine($"No embedded article has the id '{id}'. Known ids: {string.Join(", ", Articles.All.Select(a => a.Id))}");
            return 1;
        }

        output.WriteLine($"id:         {article.Id}");
        output.WriteLine($"path:       {article.Path}");
        output.WriteLine($"headline:   {article.Headline}");
        output.WriteLine($"title:      {article.Title ?? "-"}");
        output.WriteLine($"language:   {article.Language}");
        output.WriteLine($"source:     {article.Source ?? "-"}");
        output.WriteLine($"published:  {Date(article.Published)}");
        output.WriteLine($"dateline:   {article.Dateline ?? "-"}");
        output.WriteLine($"author:     {article.Author ?? "-"}");
        output.WriteLine($"category:   {article.Category ?? "-"}");
        if (article.Tags.Count > 0) output.WriteLine($"tags:       {string.Join(", ", article.Tags)}");
        if (article.Url is { } url) output.WriteLine($"url:        {url}");
        output.WriteLine($"counts:     {article.WordCount} words · {article.SentenceCount} sentences · {article.CharacterCount} characters · {article.ReadingTime.TotalMinutes:0} min read");
        output.WriteLine($"hash:       {article.ContentHash}");
        if (article.MentionedDates.Count > 0)
            output.WriteLine($"dates:      {string.Join("; ", article.MentionedDates.Select(d => $"{d.Text} = {ArticleFacts.DateParts(d.Year, d.Month, d.Day, d.Weekday)}"))}");
        output.WriteLine();
        foreach (var paragraph in article.Paragraphs)
        {
            output.WriteLine($"[{paragraph.Index + 1}] {paragraph.Text}");
            output.WriteLine();
        }

        output.WriteLine($"{article.Quotes.Count} quote(s)");
        foreach (var quote in article.Quotes)
        {
            string who = quote.Speaker is { } speaker
                ? $"{speaker}{(quote.ResolvedSpeaker is { } resolved ? $" [= {resolved}]" : "")}{(quote.Cue is { } cue ? $" ({cue})" : "")}"
                : "(speaker unknown)";
            output.WriteLine($"  [{quote.ParagraphIndex + 1}] {quote.Kind.ToString().ToLowerInvariant(),-8} {who}: {quote.Text}");
        }

        return 0;
    }

    private static string Date(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";

}
