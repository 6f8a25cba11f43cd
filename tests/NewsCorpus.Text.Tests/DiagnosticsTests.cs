using System.Linq;
using Xunit;
using static NewsCorpus.Text.Tests.TestText;

namespace NewsCorpus.Text.Tests;

public class DiagnosticsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n\r\n \t \n")]
    [InlineData("\uFEFF")]
    [InlineData("\u00A0\u200B\n")]
    public void Empty_and_whitespace_only_files_give_NC0001_and_are_empty(string text)
    {
        var article = Parse(text, "bosh/2022-01-01-bosh.txt");

        Assert.True(article.IsEmpty);
        Assert.Empty(article.Paragraphs);
        Assert.Null(article.Title);
        var finding = Assert.Single(article.Diagnostics);
        Assert.Equal(DiagnosticIds.EmptyArticle, finding.Id);
        Assert.Equal("NC0001", finding.Id);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal(0, finding.StartLine);
        Assert.Equal(1, finding.Line);
        Assert.Contains("bosh/2022-01-01-bosh.txt", finding.Message);
    }

    [Fact]
    public void A_file_with_text_is_not_empty_and_has_no_NC0001()
    {
        var article = Parse("Lajm i shkurtër.");

        Assert.False(article.IsEmpty);
        Assert.DoesNotContain(DiagnosticIds.EmptyArticle, Ids(article));
    }

    [Fact]
    public void Replacement_characters_give_one_NC0002_naming_the_line_of_the_first()
    {
        string text = Lines("\n", "Rreshti i parë është në rregull.", "Edhe ky.", "Çmimi ishte 5 \uFFFD në fillim", "dhe pastaj 7 \uFFFD.");

        var article = Parse(text);

        var finding = Assert.Single(article.Diagnostics);
        Assert.Equal(DiagnosticIds.UndecodableBytes, finding.Id);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal(2, finding.StartLine);
        Assert.Equal(3, finding.Line);
        Assert.Equal(text.IndexOf('\uFFFD'), finding.Range.Start);
        Assert.Equal(1, finding.Range.Length);
        Assert.Contains("line 3", finding.Message);
        Assert.Contains("2 byte sequence(s)", finding.Message);
    }

    [Fact]
    public void The_undecodable_bytes_finding_counts_lines_after_CRLF_and_CR()
    {
        string text = "Një.\r\nDy.\rTre \uFFFD.";

        var finding = Assert.Single(Parse(text).Diagnostics);

        Assert.Equal(2, finding.StartLine);
        Assert.Equal(4, finding.StartColumn);
    }

    [Fact]
    public void The_trailer_finding_is_on_the_trailer_line_zero_based_and_one_based()
    {
        string text = Lines("\r\n", "Titulli i lajmit", "", "Paragrafi i parë.", "", "Paragrafi i dytë.", "", "Discussion about this post");

        var finding = Assert.Single(Parse(text).Diagnostics);

        Assert.Equal(DiagnosticIds.ScrapedTrailer, finding.Id);
        Assert.Equal(6, finding.StartLine);
        Assert.Equal(7, finding.Line);
        Assert.Equal(6, finding.EndLine);
        Assert.Equal(0, finding.StartColumn);
        Assert.Equal("Discussion about this post".Length, finding.EndColumn);
    }

    [Fact]
    public void The_unbalanced_quote_finding_is_on_the_line_and_column_of_its_mark()
    {
        string text = Lines("\n", "Paragrafi i parë.", "Ai tha: “Nuk ka marrëveshje.");

        var finding = Assert.Single(Parse(text).Diagnostics);

        Assert.Equal(DiagnosticIds.UnbalancedQuotationMark, finding.Id);
        Assert.Equal(1, finding.StartLine);
        Assert.Equal(2, finding.Line);
        Assert.Equal(8, finding.StartColumn);
        Assert.Equal(9, finding.EndColumn);
    }

    [Fact]
    public void Findings_come_in_order_of_position()
    {
        string text = Lines("\n",
            "Ai tha: “Nuk ka marrëveshje.",
            "Çmimi ishte 5 \uFFFD.",
            "Ajo tha: “Do të shohim.",
            "Discussion about this post");

        var article = Parse(text);

        Assert.Equal(
            new[] { DiagnosticIds.UnbalancedQuotationMark, DiagnosticIds.UndecodableBytes, DiagnosticIds.UnbalancedQuotationMark, DiagnosticIds.ScrapedTrailer },
            Ids(article));
        Assert.Equal(new[] { 0, 1, 2, 3 }, article.Diagnostics.Select(d => d.StartLine));
    }

    [Fact]
    public void A_file_holding_only_a_trailer_gives_NC0001_and_NC0004_in_id_order()
    {
        var article = Parse("Discussion about this post\n");

        Assert.True(article.IsEmpty);
        Assert.Equal(new[] { DiagnosticIds.EmptyArticle, DiagnosticIds.ScrapedTrailer }, Ids(article));
    }

    [Fact]
    public void A_clean_article_has_no_findings()
    {
        var article = Parse(Fixture("2021-05-10-harbour-strike.txt"));

        Assert.Empty(article.Diagnostics);
    }

    [Fact]
    public void The_diagnostic_ids_are_the_documented_ones()
    {
        Assert.Equal(
            new[] { "NC0001", "NC0002", "NC0003", "NC0004", "NC0005", "NC0006" },
            new[]
            {
                DiagnosticIds.EmptyArticle, DiagnosticIds.UndecodableBytes, DiagnosticIds.IdentifierCollision,
                DiagnosticIds.ScrapedTrailer, DiagnosticIds.UnbalancedQuotationMark, DiagnosticIds.InvalidOption,
            });
    }

    [Theory]
    [InlineData("a\nb\nc", 4, 2, 0)]
    [InlineData("a\r\nb\r\nc", 6, 2, 0)]
    [InlineData("a\rb\rc", 4, 2, 0)]
    [InlineData("ab\r\ncd", 5, 1, 1)]
    [InlineData("ab", 2, 0, 2)]
    public void LineMap_locates_offsets_after_every_kind_of_line_break(string text, int offset, int line, int column)
    {
        Assert.Equal((line, column), new LineMap(text).Locate(offset));
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("a", 1)]
    [InlineData("a\n", 2)]
    [InlineData("a\r\nb\rc\n", 4)]
    public void LineMap_counts_lines_with_CRLF_as_one_break(string text, int count)
    {
        Assert.Equal(count, new LineMap(text).LineCount);
    }
}
