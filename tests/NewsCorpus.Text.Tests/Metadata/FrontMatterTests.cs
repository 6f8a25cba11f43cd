using System;
using System.Linq;
using Xunit;
using static NewsCorpus.Text.Tests.TestText;

namespace NewsCorpus.Text.Tests.Metadata;

/// <summary>The optional <c>---</c> block at the top of a file, which wins over anything inferred.</summary>
public class FrontMatterTests
{
    private static readonly string WithFrontMatter = Lines("\n",
        "---",
        "title: \"Harbour strike: what happens next\"",
        "date: 2024-05-03",
        "source: Reuters",
        "author: Jane Doe",
        "url: https://example.com/harbour",
        "language: en",
        "tags: ports, strikes,  labour ",
        "desk: Business",
        "---",
        "Harbour workers voted on Monday to strike next month, the union said.",
        "The port authority said it would keep the terminals open.");

    [Fact]
    public void Known_keys_set_the_metadata_and_every_key_is_kept_in_order()
    {
        var article = Parse(WithFrontMatter, "2020-01-01-harbour.txt");

        Assert.Equal("Harbour strike: what happens next", article.TitleText);
        Assert.Equal("Harbour strike: what happens next", article.Headline);
        Assert.Equal(new DateTime(2024, 5, 3), article.Published); // wins over the file name's date
        Assert.Equal("Reuters", article.Source);
        Assert.Equal("Jane Doe", article.Author);
        Assert.Equal("https://example.com/harbour", article.Url);
        Assert.Equal("en", article.Language);
        Assert.Equal(new[] { "ports", "strikes", "labour" }, article.Tags);
        Assert.Equal(new[] { "title", "date", "source", "author", "url", "language", "tags", "desk" }, article.FrontMatter.Select(f => f.Key));
        Assert.Equal("Business", article.FrontMatter.Single(f => f.Key == "desk").Value.Of(article.Text));
        Assert.Empty(article.Diagnostics);
    }

    [Fact]
    public void A_second_byte_order_mark_before_the_front_matter_does_not_hide_it_and_stays_in_the_text()
    {
        var article = Parse("\uFEFF" + WithFrontMatter, "harbour.txt");

        Assert.Equal("Harbour strike: what happens next", article.TitleText);
        Assert.Equal("Reuters", article.Source);
        Assert.StartsWith("\uFEFF---", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_front_matter_is_no_paragraph_and_no_title_line()
    {
        var article = Parse(WithFrontMatter);

        Assert.Equal(2, article.Paragraphs.Count);
        Assert.StartsWith("Harbour workers voted", article.Paragraphs[0].Of(article.Text), StringComparison.Ordinal);
        Assert.Equal(0, article.FrontMatterRange!.Value.Start);
        Assert.EndsWith("---", article.FrontMatterRange.Value.Of(article.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void A_malformed_line_is_a_warning_at_its_line_and_the_rest_still_counts(string newline)
    {
        var article = Parse(Lines(newline, "---", "title: Port strike", "this line has no key", "date: 2024-13-45", "---", "Workers voted to strike."));

        var findings = DiagnosticsWith(article, DiagnosticIds.InvalidFrontMatter);
        Assert.Equal(2, findings.Length);
        Assert.Equal(3, findings[0].Line);
        Assert.Contains("this line has no key", findings[0].Message, StringComparison.Ordinal);
        Assert.Equal(4, findings[1].Line);
        Assert.Contains("2024-13-45", findings[1].Message, StringComparison.Ordinal);
        Assert.All(findings, f => Assert.Equal(FindingSeverity.Warning, f.Severity));
        Assert.Equal("Port strike", article.TitleText);
        Assert.Equal(new DateTime(2023, 3, 2), article.Published); // the bad date falls back to the file name's
        Assert.Equal("Workers voted to strike.", Assert.Single(article.Paragraphs).Of(article.Text));
    }

    [Fact]
    public void An_unclosed_block_is_reported_and_read_as_text()
    {
        var article = Parse(Lines("\n", "---", "title: Port strike", "Workers voted to strike."));

        var finding = Assert.Single(DiagnosticsWith(article, DiagnosticIds.InvalidFrontMatter));
        Assert.Equal(1, finding.Line);
        Assert.Contains("Workers voted to strike.", ParagraphTexts(article).Last(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_language_that_is_no_code_is_reported_and_the_language_identified()
    {
        var article = Parse(Lines("\n", "---", "language: English please", "---",
            "The foreign minister said on Tuesday that the government would continue talks with its partners."));

        Assert.Single(DiagnosticsWith(article, DiagnosticIds.InvalidFrontMatter));
        Assert.Equal("en", article.Language);
    }

    [Fact]
    public void A_file_that_merely_contains_a_rule_line_has_no_front_matter()
    {
        var article = Parse(Lines("\n", "Workers voted to strike.", "---", "The port stays open."));

        Assert.Empty(article.FrontMatter);
        Assert.Null(article.FrontMatterRange);
        Assert.Empty(DiagnosticsWith(article, DiagnosticIds.InvalidFrontMatter));
    }

    [Fact]
    public void Bracketed_and_quoted_tags_are_read_as_a_list()
    {
        var article = Parse(Lines("\n", "---", "tags: [\"ports\", 'strikes']", "---", "Workers voted to strike."));

        Assert.Equal(new[] { "ports", "strikes" }, article.Tags);
    }
}
