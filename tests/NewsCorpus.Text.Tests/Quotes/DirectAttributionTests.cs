using System.Linq;
using NewsCorpus.Text.Quotes;
using Xunit;
using static NewsCorpus.Text.Tests.QuoteExtraction.QuoteChecks;
using static NewsCorpus.Text.Tests.TestText;

namespace NewsCorpus.Text.Tests.QuoteExtraction;

public class DirectAttributionTests
{
    private const string QuotedParagraphAfterColon =
        "The council met on Tuesday to discuss the old bridge.\n"
        + "The mayor said:\n"
        + "“The bridge will stay closed until the spring.”";

    [Theory]
    [InlineData("“The bridge will stay closed,” she said.", "The bridge will stay closed", "she", "said")]
    [InlineData("“The bridge will stay closed,” said the mayor.", "The bridge will stay closed", "the mayor", "said")]
    [InlineData("„Die Brücke bleibt gesperrt“, sagte er.", "Die Brücke bleibt gesperrt", "er", "sagte")]
    [InlineData("«Ura do të mbetet e mbyllur», tha ai.", "Ura do të mbetet e mbyllur", "ai", "tha")]
    [InlineData("«Ura do të mbetet e mbyllur», tha kryetari i bashkisë.", "Ura do të mbetet e mbyllur", "kryetari i bashkisë", "tha")]
    [InlineData("«El puente seguirá cerrado», dijo el alcalde.", "El puente seguirá cerrado", "el alcalde", "dijo")]
    [InlineData("“The bridge will stay closed,” Flynn, a top adviser to the mayor, said.", "The bridge will stay closed", "Flynn", "said")]
    [InlineData("“The bridge will stay closed,” Sen. Claire McCaskill (D-Mo.) said.", "The bridge will stay closed", "Sen. Claire McCaskill (D-Mo.)", "said")]
    [InlineData("“The bridge will stay closed,” she continued.", "The bridge will stay closed", "she", "continued")]
    [InlineData("“The bridge will stay closed,” the letter reads.", "The bridge will stay closed", "the letter", "reads")]
    public void A_cue_after_the_closing_mark_attributes_the_quotation(string paragraph, string content, string speaker, string cue)
    {
        var article = Parse(paragraph);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(ParsedQuoteKind.Direct, quote.Kind);
        Assert.Equal(content, quote.Content.Of(article));
        Assert.Equal(speaker, quote.Speaker.Of(article));
        Assert.Equal(cue, quote.Cue.Of(article));
        Assert.Empty(article.Diagnostics);
    }

    [Theory]
    [InlineData("He said: “The bridge will stay closed.”", "The bridge will stay closed.", "He", "said")]
    [InlineData("The mayor said: “The bridge will stay closed.”", "The bridge will stay closed.", "The mayor", "said")]
    [InlineData("Ai tha: «Ura do të mbetet e mbyllur.»", "Ura do të mbetet e mbyllur.", "Ai", "tha")]
    [InlineData("Der Bürgermeister sagte: „Die Brücke bleibt gesperrt.“", "Die Brücke bleibt gesperrt.", "Der Bürgermeister", "sagte")]
    public void A_cue_and_colon_before_the_opening_mark_attribute_the_quotation(string paragraph, string content, string speaker, string cue)
    {
        var article = Parse(paragraph);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(ParsedQuoteKind.Direct, quote.Kind);
        Assert.Equal(content, quote.Content.Of(article));
        Assert.Equal(speaker, quote.Speaker.Of(article));
        Assert.Equal(cue, quote.Cue.Of(article));
    }

    [Fact]
    public void A_quoted_paragraph_is_attributed_by_the_colon_that_ends_the_paragraph_before_it()
    {
        var article = Parse(QuotedParagraphAfterColon);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(ParsedQuoteKind.Direct, quote.Kind);
        Assert.Equal(2, quote.ParagraphIndex);
        Assert.Equal("The bridge will stay closed until the spring.", quote.Content.Of(article));
        Assert.Equal("The mayor", quote.Speaker.Of(article));
        Assert.Equal("said", quote.Cue.Of(article));
    }

    [Theory]
    [InlineData("''The bridge will stay closed,'' the mayor said.", "The bridge will stay closed", "the mayor")]
    [InlineData("The mayor said: ''The bridge will stay closed.''", "The bridge will stay closed.", "The mayor")]
    public void Two_apostrophes_quote_like_a_double_mark(string paragraph, string content, string speaker)
    {
        var article = Parse(paragraph);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(ParsedQuoteKind.Direct, quote.Kind);
        Assert.Equal(content, quote.Content.Of(article));
        Assert.Equal(speaker, quote.Speaker.Of(article));
        Assert.DoesNotContain('\'', quote.Content.Of(article));
        Assert.Empty(article.Diagnostics);
    }

    [Fact]
    public void The_speaker_and_cue_of_a_direct_quote_are_offsets_into_the_text()
    {
        const string text = "“The bridge will stay closed,” she said.";

        var quote = Assert.Single(Parse(text).Quotes);

        int she = text.IndexOf("she", System.StringComparison.Ordinal);
        Assert.Equal(new SourceRange(she, she + 3), quote.Speaker);
        Assert.Equal(new SourceRange(she + 4, she + 8), quote.Cue);
        Assert.Equal(new SourceRange(1, text.IndexOf(",”", System.StringComparison.Ordinal)), quote.Content); // the comma is the narration's
        Assert.Equal(new[] { quote.Content }, quote.Segments.ToArray());
    }

    [Fact]
    public void A_trailing_cue_reports_nothing_away_from_a_quotation()
    {
        var article = Parse("Prices continued to rise in March across the region.");

        Assert.Empty(article.Quotes);
    }

    [Fact]
    public void An_attribution_ending_in_a_colon_introduces_the_next_quotation_not_the_one_before()
    {
        var article = Parse("„Das war kein Unfall.“ Er fuhr fort: „Das war direktes Feuer.“");

        Assert.Equal(2, article.Quotes.Count);
        Assert.Null(article.Quotes[0].Speaker);
        Assert.Equal("Das war direktes Feuer.", article.Quotes[1].Content.Of(article));
        Assert.Equal("Er", article.Quotes[1].Speaker.Of(article));
    }

    [Fact]
    public void A_quotation_after_the_cue_and_a_conjunction_goes_on_with_the_statement()
    {
        var article = Parse("\"You know, I love Larry,\" he said, but \"when it comes to energy, Larry has a history.\"");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(new[] { "You know, I love Larry", "when it comes to energy, Larry has a history." }, quote.Segments.Select(s => s.Of(article)).ToArray());
        Assert.Equal("he", quote.Speaker.Of(article));
    }
}
