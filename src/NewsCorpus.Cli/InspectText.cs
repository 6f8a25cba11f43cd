using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace NewsCorpus.Cli;

/// <summary>The human-readable form of `corpus inspect`.</summary>
internal static class InspectText
{
    public static void Write(TextWriter output, IReadOnlyList<InspectedArticle> articles)
    {
        foreach (var (article, identifier, diagnostics) in articles)
        {
            output.WriteLine(article.Path);
            output.WriteLine($"  id {article.Id} · identifier {identifier} · language {article.Language} · source {article.Source ?? "-"} · published {article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"}");
            output.WriteLine($"  title: {article.TitleText ?? "-"}");
            output.WriteLine($"  headline: {article.Headline ?? "-"}");
            if (article.TitleText is null && article.Lead is { } lead) output.WriteLine($"  lead: {ArticleFacts.Shorten(lead.Of(article.Text), 120)}");
            if (article.Dateline is not null || article.Author is not null || article.Category is not null)
                output.WriteLine($"  dateline {article.Dateline ?? "-"} · author {article.Author ?? "-"} · category {article.Category ?? "-"}");
            output.WriteLine($"  {article.Paragraphs.Count} paragraph(s), {article.Quotes.Count} quote(s), {article.Counts.Words} words, {article.Counts.Sentences} sentences, {article.MentionedDates.Count} date(s)");
            foreach (var quote in article.Quotes)
            {
                output.WriteLine($"    [{quote.ParagraphIndex + 1}] {quote.Kind.ToString().ToLowerInvariant()}: {QuoteText.Of(quote, article.Text)}");
            }

            foreach (var diagnostic in diagnostics)
            {
                output.WriteLine($"  {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id} (line {diagnostic.Line}): {diagnostic.Message}");
            }
        }

        output.WriteLine($"{articles.Count} article(s)");
    }
}
