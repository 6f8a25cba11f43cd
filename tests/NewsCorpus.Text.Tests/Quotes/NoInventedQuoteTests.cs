using NewsCorpus.Text.Quotes;
using Xunit;
using static NewsCorpus.Text.Tests.QuoteExtraction.QuoteChecks;
using static NewsCorpus.Text.Tests.TestText;

namespace NewsCorpus.Text.Tests.QuoteExtraction;

/// <summary>Nothing is taken for a quote that the text does not mark or attribute as one.</summary>
public class NoInventedQuoteTests
{
    private const string UnclosedThenNextParagraph =
        "The mayor said: “The bridge will stay closed until the spring.\n"
        + "The council met again on Wednesday to discuss the budget.";

    [Theory]
    [InlineData("Ata s’mund t’i japin fund grevës brenda javës.")]
    [InlineData("Bush’s aides don’t like the new plan at all.")]
    [InlineData("Bush's aides don't like the new plan at all.")]
    [InlineData("The teachers’ union and the nurses’ union met on Friday.")]
    [InlineData("It’s the city’s oldest bridge and it isn’t safe.")]
    [InlineData("L’État n’a pas fermé l’école d’Arles.")]
    public void Apostrophes_never_make_a_quote_or_a_finding(string paragraph)
    {
        var article = Parse(paragraph);

        Assert.True(article.Quotes.Count == 0, Describe(article));
        Assert.Empty(article.Diagnostics);
    }

    [Fact]
    public void Apostrophes_inside_an_attributed_quotation_stay_in_its_content()
    {
        const string text = "“Bush’s aides don’t like it,” she said.";

        var article = Parse(text);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Bush’s aides don’t like it", quote.Content.Of(article));
    }

    [Theory]
    [InlineData("The mayor said: “The bridge will stay closed until the spring.", '“')]
    [InlineData("Der Bürgermeister sagte: „Die Brücke bleibt bis zum Frühjahr gesperrt.", '„')]
    [InlineData("Kryetari tha: «Ura do të mbetet e mbyllur deri në pranverë.", '«')]
    [InlineData("»Die Brücke bleibt bis zum Frühjahr gesperrt, sagte der Bürgermeister.", '»')]
    [InlineData("The mayor said: ''The bridge will stay closed until the spring.", '\'')]
    public void An_unbalanced_mark_gives_NC0005_at_the_mark_and_no_direct_quote(string paragraph, char mark)
    {
        var article = Parse(paragraph);

        Assert.True(OfKind(article, ParsedQuoteKind.Direct).Length == 0, Describe(article));
        var finding = Assert.Single(DiagnosticsWith(article, DiagnosticIds.UnbalancedQuotationMark));
        Assert.Equal(paragraph.IndexOf(mark), finding.Range.Start);
        Assert.Equal(FindingSeverity.Info, finding.Severity);
    }

    [Fact]
    public void A_quotation_left_open_at_a_paragraph_end_does_not_take_in_the_next_paragraph()
    {
        var article = Parse(UnclosedThenNextParagraph);

        Assert.True(OfKind(article, ParsedQuoteKind.Direct).Length == 0, Describe(article));
        Assert.Single(DiagnosticsWith(article, DiagnosticIds.UnbalancedQuotationMark));
        Assert.All(article.Quotes, q => Assert.False(Overlap(q.Content, article.Paragraphs[1]), Describe(article)));
    }

    [Theory]
    [InlineData("“The minister said that the talks had failed,” the reporter wrote.")]
    [InlineData("„Der Minister sagte, die Gespräche seien gescheitert“, schrieb die Zeitung.")]
    [InlineData("«Ministri tha se bisedimet dështuan», shkroi gazeta.")]
    [InlineData("“Officials said that the border would reopen on Monday, and then they kept it closed for a month.”")]
    [InlineData("“According to the ministry, the border will reopen next week,” the reporter wrote.")]
    public void A_cue_inside_a_direct_quotation_does_not_make_reported_speech(string paragraph)
    {
        var article = Parse(paragraph);

        Assert.True(OfKind(article, ParsedQuoteKind.Indirect).Length == 0, Describe(article));
        var quote = Assert.Single(article.Quotes);
        Assert.Equal(ParsedQuoteKind.Direct, quote.Kind);
        Assert.Equal(1, quote.Content.Start);
    }

    [Theory]
    [InlineData("The bridge will reopen on Monday after two months of repairs.")]
    [InlineData("Ura do të rihapet të hënën pas dy muajsh riparimesh.")]
    [InlineData("Die Brücke wird am Montag nach zwei Monaten Bauzeit wieder geöffnet.")]
    [InlineData("Le pont rouvrira lundi après deux mois de travaux.")]
    [InlineData("El puente reabrirá el lunes tras dos meses de obras.")]
    [InlineData("Il ponte riaprirà lunedì dopo due mesi di lavori.")]
    public void A_sentence_with_no_cue_and_no_marks_gives_no_quote(string paragraph)
    {
        var article = Parse(paragraph);

        Assert.True(article.Quotes.Count == 0, Describe(article));
    }
}
