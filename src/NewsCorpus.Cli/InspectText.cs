using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace NewsCorpus.Cli;

/// <summary>The human-readable form of `corpus inspect`; every line goes through <see cref="TerminalText"/>, since most of it comes from the articles.</summary>
internal static class InspectText
{
    public static void Write(TextWriter output, IReadOnlyList<InspectedArticle> articles)
    {
        foreach (var (article, id, identifier, diagnostics) in articles)
        {
            TerminalText.WriteLine(output, article.Path);
            TerminalText.WriteLine(output, $"  id {id} · identifier {identifier} · language {article.Language} · source {article.Source ?? "-"} · published {article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"}");
            TerminalText.WriteLine(output, $"  title: {article.TitleText ?? "-"}");
            if (article.SubtitleText is { } subtitle) TerminalText.WriteLine(output, $"  subtitle: {subtitle}");
            TerminalText.WriteLine(output, $"  headline: {article.Headline ?? "-"}");
            if (article.TitleText is null && article.Lead is { } lead) TerminalText.WriteLine(output, $"  lead: {ArticleFacts.Shorten(lead.Of(article.Text), 120)}");
            if (article.Dateline is not null || article.Author is not null || article.Category is not null)
                TerminalText.WriteLine(output, $"  dateline {article.Dateline ?? "-"} · author {article.Author ?? "-"} · category {article.Category ?? "-"}");
            TerminalText.WriteLine(output, $"  {article.Paragraphs.Count} paragraph(s), {article.Quotes.Count} quote(s), {article.Counts.Words} words, {article.Counts.Sentences} sentences, {article.MentionedDates.Count} date(s)");
            foreach (var quote in article.Quotes)
            {
                string text = article.Text;
                TerminalText.WriteLine(output, "    " + QuoteLine.Of(
                    quote.ParagraphIndex, quote.Kind.ToString().ToLowerInvariant(), quote.TextIn(text), quote.Speaker?.Of(text), quote.ResolvedSpeaker?.Of(text), quote.Cue?.Of(text)));
            }

            foreach (var diagnostic in diagnostics)
            {
                TerminalText.WriteLine(output, $"  {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id} (line {diagnostic.Line}): {diagnostic.Message}");
            }
        }

        TerminalText.WriteLine(output, $"{articles.Count} article(s)");
    }
}
