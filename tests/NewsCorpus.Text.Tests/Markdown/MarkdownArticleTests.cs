using System;
using System.Linq;
using Xunit;
using static NewsCorpus.Text.Tests.TestText;

namespace NewsCorpus.Text.Tests.Markdown;

/// <summary>A Markdown article through the whole parser: the same findings as its text would give, at the Markdown file's lines.</summary>
public class MarkdownArticleTests
{
    private const string Article =
        "---\n" +
        "date: 2024-05-14\n" +
        "source: Harbour Gazette\n" +
        "tags: [labour, ports]\n" +
        "---\n" +
        "# Harbour workers *end* strike\n" +
        "\n" +
        "Dock workers at the [city's main port](https://example.com/port) returned\n" +
        "on Tuesday after a **two-week** walkout over pay.\n" +
        "\n" +
        "![Cranes at dawn](cranes.jpg)\n" +
        "\n" +
        "> “We have been patient for two years,” said Maria Lopez, the union's regional secretary.\n" +
        "\n" +
        "## What the deal gives\n" +
        "\n" +
        "- A pay rise of 6% this year\n" +
        "- Shorter night shifts\n" +
        "\n" +
        "| Year | Rise |\n" +
        "|------|------|\n" +
        "| 2024 | 6%   |\n" +
        "\n" +
        "```\n" +
        "\"an unbalanced mark in code is no finding\n" +
        "```\n" +
        "\n" +
        "The port authority said that container traffic would be back to normal by Friday.\n";

    private static ParsedArticle Parsed => ArticleParser.Parse(Article, "world/2024-05-14-harbour-strike.md");

    [Fact]
    public void The_text_is_the_plain_text_and_every_range_indexes_it()
    {
        var article = Parsed;

        Assert.Equal("harbour-strike", article.Id);
        Assert.Equal("world", article.Category);
        Assert.Equal("Harbour workers end strike", article.TitleText);
        Assert.Equal(
        [
            "Dock workers at the city's main port returned on Tuesday after a two-week walkout over pay.",
            "“We have been patient for two years,” said Maria Lopez, the union's regional secretary.",
            "A pay rise of 6% this year",
            "Shorter night shifts",
            "The port authority said that container traffic would be back to normal by Friday.",
        ], ParagraphTexts(article));
        Assert.DoesNotContain("**", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("cranes.jpg", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("2024 | 6%", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("What the deal gives", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_and_metadata_are_read_as_for_text()
    {
        var article = Parsed;

        Assert.Equal(new DateTime(2024, 5, 14), article.Published);
        Assert.Equal("Harbour Gazette", article.Source);
        Assert.Equal(["labour", "ports"], article.Tags);
        Assert.Equal("en", article.Language);
        Assert.Equal(["date", "source", "tags"], article.FrontMatter.Select(f => f.Key));
    }

    [Fact]
    public void Quotes_find_their_speaker_and_cue_as_in_text()
    {
        var article = Parsed;

        var direct = article.Quotes.Single(q => q.Kind == Quotes.ParsedQuoteKind.Direct);
        Assert.Equal("We have been patient for two years", direct.Content.Of(article.Text));
        Assert.Equal("Maria Lopez", direct.Speaker?.Of(article.Text));
        Assert.Equal("said", direct.Cue?.Of(article.Text));

        var reported = article.Quotes.Single(q => q.Kind == Quotes.ParsedQuoteKind.Indirect);
        Assert.Equal("The port authority", reported.Speaker?.Of(article.Text));
        Assert.StartsWith("container traffic would be back", reported.Content.Of(article.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_text_as_a_txt_file_gives_the_same_analysis()
    {
        var markdown = Parsed;
        var text = ArticleParser.Parse(markdown.Text, "world/2024-05-14-harbour-strike.txt");

        Assert.Equal(text.Paragraphs, markdown.Paragraphs);
        Assert.Equal(text.Quotes.Select(q => (q.Kind, q.Content, q.Speaker, q.Cue)), markdown.Quotes.Select(q => (q.Kind, q.Content, q.Speaker, q.Cue)));
        Assert.Equal(text.Counts, markdown.Counts);
    }

    [Fact]
    public void A_diagnostic_names_the_markdown_line_and_column()
    {
        string markdown = "# Talks\n\nA *first* paragraph.\n\n```\ncode\n```\n\nThe minister **said**: \"we will see.\n";

        var article = ArticleParser.Parse(markdown, "talks.md");

        var finding = Assert.Single(DiagnosticsWith(article, DiagnosticIds.UnbalancedQuotationMark));
        Assert.Equal(8, finding.StartLine);
        Assert.Equal(markdown.Split('\n')[8].IndexOf('"'), finding.StartColumn);
        Assert.Equal('"', markdown[finding.Range.Start]);
        Assert.Equal(1, finding.Range.Length);
    }

    [Fact]
    public void Front_matter_findings_name_the_markdown_line()
    {
        string markdown = "---\r\ntitle: Talks\r\nnot a field\r\n---\r\n\r\nText.\r\n";

        var finding = Assert.Single(DiagnosticsWith(ArticleParser.Parse(markdown, "talks.md"), DiagnosticIds.InvalidFrontMatter));

        Assert.Equal(2, finding.StartLine);
        Assert.Equal(0, finding.StartColumn);
        Assert.Equal("not a field", markdown.Substring(finding.Range.Start, finding.Range.Length));
    }

    [Fact]
    public void Undecodable_bytes_are_reported_where_they_stand_even_in_left_out_markdown()
    {
        string markdown = "# Title\n\nText.\n\n```\nbad \uFFFD byte\n```\n";

        var finding = Assert.Single(DiagnosticsWith(ArticleParser.Parse(markdown, "a.md"), DiagnosticIds.UndecodableBytes));

        Assert.Equal(5, finding.StartLine);
    }

    [Fact]
    public void A_markdown_file_with_nothing_but_markup_is_empty()
    {
        var article = ArticleParser.Parse("```\ncode only\n```\n\n![image](x.png)\n", "a.md");

        Assert.True(article.IsEmpty);
        var finding = Assert.Single(DiagnosticsWith(article, DiagnosticIds.EmptyArticle));
        Assert.Equal((0, 0), (finding.StartLine, finding.StartColumn));
    }

    [Fact]
    public void A_heading_ending_in_a_full_stop_is_still_the_title()
    {
        var article = ArticleParser.Parse("# The minister said the talks had failed.\n\nThe talks failed on Monday.\n", "a.md");

        Assert.Equal("The minister said the talks had failed.", article.TitleText);
        Assert.Equal(["The talks failed on Monday."], ParagraphTexts(article));
    }
}
