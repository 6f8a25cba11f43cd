using NewsCorpus.Text.Quotes;
using Xunit;
using static NewsCorpus.Text.Tests.QuoteExtraction.QuoteChecks;
using static NewsCorpus.Text.Tests.TestText;

namespace NewsCorpus.Text.Tests.QuoteExtraction;

/// <summary>"X described Y as “Z”": a statement that names ends with the name once the narration takes over.</summary>
public class NamingStatementTests
{
    [Theory]
    [InlineData("Governor Chris Christie described the senator as a “disgrace” after she attacked the police.", "the senator as a “disgrace”")]
    [InlineData("Christie blasted Clinton as a “disgrace” Wednesday on a radio show.", "Clinton as a “disgrace”")]
    [InlineData("The former president criticized the law as a “crazy system” during a campaign stop.", "the law as a “crazy system”")]
    [InlineData("Trump described the incident as a “terrible situation,” but did not blame anyone.", "the incident as a “terrible situation")]
    [InlineData("The senator labeled the merger “outrageous,” and the chairman agreed.", "the merger “outrageous")]
    // A name that goes on ("him “a genius” for …") and a statement that reports rather than names keep the whole clause.
    [InlineData("The chief executive called him “a genius” for his tax strategies.", "him “a genius” for his tax strategies")]
    [InlineData("The senator said the plan was “a disaster” after years of delay.", "the plan was “a disaster” after years of delay")]
    public void A_naming_statement_ends_with_the_name_when_the_narration_resumes(string paragraph, string content)
    {
        var article = Parse(paragraph);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(ParsedQuoteKind.Mixed, quote.Kind);
        Assert.Equal(content, quote.Content.Of(article));
    }

    [Fact]
    public void A_list_of_quoted_names_stays_one_statement()
    {
        var article = Parse("Cruz called the senator a “nasty guy,” an “anchor baby” and “sick” during the debate.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("the senator a “nasty guy,” an “anchor baby” and “sick”", quote.Content.Of(article));
    }

    [Theory]
    [InlineData("800.000 Menschen wurden obdachlos, sagte ein Sprecher.", "800.000 Menschen wurden obdachlos")]
    [InlineData("The index fell 2.5 percent, the agency said.", "The index fell 2.5 percent")]
    public void A_number_with_a_decimal_or_thousands_point_does_not_end_a_sentence(string paragraph, string content)
    {
        var article = Parse(paragraph);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(content, quote.Content.Of(article));
    }

    [Fact]
    public void A_title_the_narration_mentions_after_a_cue_is_neither_a_quote_nor_what_makes_the_clause_mixed()
    {
        var article = Parse("Flynn said on Thursday morning on Fox News’s “Fox and Friends.” that the generals were frustrated.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(ParsedQuoteKind.Indirect, quote.Kind);
        Assert.Equal("Flynn", quote.Speaker.Of(article));
    }
}
