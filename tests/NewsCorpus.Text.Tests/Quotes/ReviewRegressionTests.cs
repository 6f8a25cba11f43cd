using NewsCorpus.Text.Quotes;
using Xunit;
using static NewsCorpus.Text.Tests.TestText;

namespace NewsCorpus.Text.Tests.QuoteExtraction;

/// <summary>Defects a review found, each pinned by the input that showed it.</summary>
public class ReviewRegressionTests
{
    [Fact]
    public void A_cue_inside_the_middle_paragraph_of_a_three_paragraph_quotation_attributes_nothing()
    {
        string text = Lines("\n",
            "“We will rebuild the bridge over the river.",
            "“Smith said that the bridge was closed for good.",
            "“And we will open it again before the winter.”");

        var quote = Assert.Single(Parse(text).Quotes);

        Assert.Equal(ParsedQuoteKind.Direct, quote.Kind);
        Assert.Equal(3, quote.Segments.Count);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void A_plural_possessive_apostrophe_does_not_close_a_single_quotation()
    {
        string text = "‘The players’ union is strong and will not bend,’ he said.";

        var quote = Assert.Single(Parse(text).Quotes);

        Assert.Equal("The players’ union is strong and will not bend", quote.Content.Of(text));
        Assert.Equal("he", quote.Speaker?.Of(text));
    }

    [Fact]
    public void Regular_cue_verbs_with_doubled_consonants_are_recognised()
    {
        string text = "The senator admitted that the plan had failed badly.";

        var quote = Assert.Single(Parse(text).Quotes);

        Assert.Equal("admitted", quote.Cue?.Of(text));
        Assert.Equal("the plan had failed badly", quote.Content.Of(text));
    }

    [Fact]
    public void A_French_elided_complementizer_introduces_the_reported_clause()
    {
        string text = "Le ministre a dit qu'il partirait avant la fin de l'année.";

        var quote = Assert.Single(Parse(text).Quotes);

        Assert.Equal("Le ministre", quote.Speaker?.Of(text));
        Assert.StartsWith("il partirait", quote.Content.Of(text), System.StringComparison.Ordinal); // the elided complementizer is left out
    }

    [Fact]
    public void A_quotation_inside_the_reporting_sentence_makes_a_mixed_quote_with_its_marks_inside()
    {
        string text = "Oz is “smart as hell,” Steve Mosko wrote in an email.";

        var quote = Assert.Single(Parse(text).Quotes);

        Assert.Equal(ParsedQuoteKind.Mixed, quote.Kind);
        Assert.Equal("Oz is “smart as hell", quote.Content.Of(text));
        Assert.Equal("Steve Mosko", quote.Speaker?.Of(text));
    }

    [Fact]
    public void A_German_article_opening_the_sentence_is_no_relative_pronoun_speaker()
    {
        string text = "Das sagte er am Montag in Berlin, dass die Reform im Herbst komme.";

        var quote = Assert.Single(Parse(text).Quotes);

        Assert.Equal("er", quote.Speaker?.Of(text));
        Assert.Equal("die Reform im Herbst komme", quote.Content.Of(text));
    }

    [Theory]
    [InlineData("Am Montag teilte die Polizei mit, der Fahrer sei unverletzt geblieben.", "die Polizei", "der Fahrer sei unverletzt geblieben")]
    [InlineData("Die Polizei teilte am Montag mit, dass der Fahrer unverletzt geblieben sei.", "Die Polizei", "der Fahrer unverletzt geblieben sei")]
    public void A_German_cue_with_its_particle_apart_attributes_the_clause_after_it(string text, string speaker, string content)
    {
        var quote = Assert.Single(Parse(text).Quotes);

        Assert.Equal(speaker, quote.Speaker?.Of(text));
        Assert.Equal(content, quote.Content.Of(text));
        Assert.StartsWith("teilte", quote.Cue?.Of(text), System.StringComparison.Ordinal);
        Assert.EndsWith("mit", quote.Cue?.Of(text), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sie besuchte im Sommer die „Biennale for Contemporary Art“ in Berlin.")]
    [InlineData("She joined the “People's Power Party” in the spring of that year.")]
    public void A_quoted_name_or_title_nobody_said_is_no_quote(string text)
    {
        Assert.Empty(Parse(text).Quotes);
    }

    [Fact]
    public void A_quotation_in_title_case_that_someone_said_is_still_a_quote()
    {
        string text = "“Make America Great Again,” Trump said.";

        var quote = Assert.Single(Parse(text).Quotes);

        Assert.Equal("Trump", quote.Speaker?.Of(text));
    }
}
