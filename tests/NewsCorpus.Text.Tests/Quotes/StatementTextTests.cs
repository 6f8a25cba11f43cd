using NewsCorpus.Text.Quotes;
using Xunit;
using static NewsCorpus.Text.Tests.TestText;

namespace NewsCorpus.Text.Tests.QuoteExtraction;

/// <summary>How a quote's text reads: the statement, without the narration's comma, its pieces joined as one.</summary>
public class StatementTextTests
{
    [Theory]
    [InlineData(new[] { "We have been patient" }, "We have been patient")]
    [InlineData(new[] { "We have been patient", "This is their last chance." }, "We have been patient. This is their last chance.")]
    [InlineData(new[] { "The bridge stays shut", "because it is not safe." }, "The bridge stays shut, because it is not safe.")]
    [InlineData(new[] { "Is it safe?", "Nobody knows." }, "Is it safe? Nobody knows.")]
    [InlineData(new[] { "They were wrong.", "These sentences send a message." }, "They were wrong. These sentences send a message.")]
    public void Pieces_of_a_split_quotation_read_as_one_statement(string[] pieces, string text)
    {
        Assert.Equal(text, StatementText.Join(pieces));
    }

    [Theory]
    [InlineData("“We will not accept this deal,” the minister said.", "We will not accept this deal")]
    [InlineData("„Wir bleiben dabei“, sagte sie.", "Wir bleiben dabei")]
    [InlineData("“Ne do të vazhdojmë,”tha ai.", "Ne do të vazhdojmë")]
    [InlineData("“Is this the end?” she asked.", "Is this the end?")]
    public void A_quote_text_has_no_comma_the_narration_put_before_the_closing_mark(string paragraph, string text)
    {
        var article = Parse(paragraph);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(text, quote.TextIn(article.Text));
    }

    [Fact]
    public void A_quotation_split_by_its_cue_reads_as_the_statement_that_was_said()
    {
        var article = Parse("“We have been patient,” the minister said. “This is their last chance.”");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("We have been patient. This is their last chance.", quote.TextIn(article.Text));
        Assert.Equal("We have been patient", quote.Segments[0].Of(article.Text));
    }
}
