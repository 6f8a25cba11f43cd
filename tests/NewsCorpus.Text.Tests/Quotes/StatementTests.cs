using System.Linq;
using NewsCorpus.Text.Quotes;
using Xunit;
using static NewsCorpus.Text.Tests.QuoteExtraction.QuoteChecks;
using static NewsCorpus.Text.Tests.TestText;

namespace NewsCorpus.Text.Tests.QuoteExtraction;

/// <summary>One statement, however its quoted parts are spread: around its cue, or over paragraphs.</summary>
public class StatementTests
{
    private const string QuotationOverTwoParagraphs =
        "The mayor spoke to reporters on Tuesday.\n"
        + "“The repairs will take until the spring, and the ferry will run twice an hour.\n"
        + "“We ask drivers to be patient and to use the ring road.”";

    private const string QuotationOverTwoParagraphsAfterColon =
        "The mayor said: “The repairs will take until the spring, and the ferry will run twice an hour.\n"
        + "“We ask drivers to be patient and to use the ring road.”";

    private const string QuotationOverThreeParagraphs =
        "The mayor spoke to reporters on Tuesday.\n"
        + "“The repairs will take until the spring.\n"
        + "“The ferry will run twice an hour.\n"
        + "“We ask drivers to be patient and to use the ring road.”";

    [Theory]
    [InlineData("“The bridge will stay closed,” she said. “It is not safe.”", "The bridge will stay closed", "It is not safe.", "she")]
    [InlineData("“The bridge will stay closed,” the mayor said, “because it is not safe.”", "The bridge will stay closed", "because it is not safe.", "the mayor")]
    [InlineData("«Ura do të mbetet e mbyllur», tha ai. «Nuk është e sigurt.»", "Ura do të mbetet e mbyllur", "Nuk është e sigurt.", "ai")]
    public void A_statement_split_around_its_cue_is_one_quote_with_two_segments(string paragraph, string first, string second, string speaker)
    {
        var article = Parse(paragraph);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(ParsedQuoteKind.Direct, quote.Kind);
        Assert.Equal(new[] { first, second }, quote.Segments.Select(s => s.Of(article)).ToArray());
        Assert.Equal(new SourceRange(quote.Segments[0].Start, quote.Segments[1].End), quote.Content);
        Assert.Equal(speaker, quote.Speaker.Of(article));
        Assert.Empty(article.Diagnostics);
    }

    [Theory]
    [InlineData("„Die Brücke bleibt gesperrt“, sagte sie. „Sie ist nicht sicher.“", "Die Brücke bleibt gesperrt", "Sie ist nicht sicher.")]
    [InlineData("„Die Brücke bleibt gesperrt“, sagte sie, „weil sie nicht sicher ist.“", "Die Brücke bleibt gesperrt", "weil sie nicht sicher ist.")]
    public void In_German_each_piece_of_a_statement_split_around_its_cue_is_a_quote_with_that_cue(string paragraph, string first, string second)
    {
        var article = Parse(paragraph);

        Assert.Equal(new[] { first, second }, QuoteTexts(article));
        Assert.All(article.Quotes, q => Assert.Equal(ParsedQuoteKind.Direct, q.Kind));
        Assert.All(article.Quotes, q => Assert.Single(q.Segments));
        Assert.All(article.Quotes, q => Assert.Equal("sie", q.Speaker.Of(article)));
        Assert.All(article.Quotes, q => Assert.Equal("sagte", q.Cue.Of(article)));
        Assert.Empty(article.Diagnostics);
    }

    [Fact]
    public void Two_statements_each_with_its_own_cue_stay_two_quotes()
    {
        var article = Parse("“The bridge will stay closed,” she said. “The ferry will run,” he said.");

        Assert.Equal(new[] { "The bridge will stay closed", "The ferry will run" }, QuoteTexts(article));
        Assert.All(article.Quotes, q => Assert.Single(q.Segments));
        Assert.Equal(new[] { "she", "he" }, article.Quotes.Select(q => q.Speaker.Of(article)).ToArray());
    }

    [Theory]
    [InlineData(QuotationOverTwoParagraphs, 1)]
    [InlineData(QuotationOverTwoParagraphsAfterColon, 0)]
    public void A_quotation_over_two_paragraphs_with_the_mark_repeated_is_one_quote_with_a_segment_per_paragraph(string text, int paragraph)
    {
        var article = Parse(text);

        var quote = Assert.Single(OfKind(article, ParsedQuoteKind.Direct));
        Assert.Equal(paragraph, quote.ParagraphIndex);
        Assert.Equal(
            new[] { "The repairs will take until the spring, and the ferry will run twice an hour.", "We ask drivers to be patient and to use the ring road." },
            quote.Segments.Select(s => s.Of(article)).ToArray());
        Assert.Equal(new SourceRange(quote.Segments[0].Start, quote.Segments[1].End), quote.Content);
        Assert.True(article.Paragraphs[paragraph].Contains(quote.Segments[0]), Describe(article));
        Assert.True(article.Paragraphs[paragraph + 1].Contains(quote.Segments[1]), Describe(article));
        Assert.Empty(DiagnosticsWith(article, DiagnosticIds.UnbalancedQuotationMark));
    }

    [Fact]
    public void A_quotation_over_three_paragraphs_with_the_mark_repeated_is_one_quote_with_three_segments()
    {
        var article = Parse(QuotationOverThreeParagraphs);

        var quote = Assert.Single(OfKind(article, ParsedQuoteKind.Direct));
        Assert.Equal(
            new[] { "The repairs will take until the spring.", "The ferry will run twice an hour.", "We ask drivers to be patient and to use the ring road." },
            quote.Segments.Select(s => s.Of(article)).ToArray());
        Assert.Empty(DiagnosticsWith(article, DiagnosticIds.UnbalancedQuotationMark));
    }

    [Fact]
    public void The_segments_of_a_quotation_over_paragraphs_leave_out_the_repeated_opening_mark()
    {
        var article = Parse(QuotationOverTwoParagraphs);

        var quote = Assert.Single(OfKind(article, ParsedQuoteKind.Direct));
        Assert.All(quote.Segments, s => Assert.DoesNotContain('“', s.Of(article)));
        Assert.All(quote.Segments, s => Assert.DoesNotContain('”', s.Of(article)));
    }
}
