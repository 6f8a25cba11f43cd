using System.Linq;
using NewsCorpus.Text.Quotes;
using Xunit;
using static NewsCorpus.Text.Tests.QuoteExtraction.QuoteChecks;
using static NewsCorpus.Text.Tests.TestText;

namespace NewsCorpus.Text.Tests.QuoteExtraction;

/// <summary>Who a German direct quotation is given to, when the verb or the subject stands where German puts it.</summary>
public class GermanDirectAttributionTests
{
    [Theory]
    [InlineData("Der Staatssekretär bestreitet jede Kenntnis: „Davon habe ich nie etwas gehört.“", "Der Staatssekretär", "bestreitet")]
    [InlineData("„Wir werden die Produktion verdoppeln“, hatte der Vorstandschef in einem Interview erklärt.", "der Vorstandschef", "hatte der Vorstandschef in einem Interview erklärt")]
    [InlineData("„Er ist ein harter Verhandler mit viel Geduld“, so beschrieb ihn der Gewerkschafter.", "der Gewerkschafter", "so beschrieb ihn")]
    [InlineData("Die Eltern teilten daraufhin mit: „Wir sind tief erschüttert über den Verlust.“", "Die Eltern", "teilten daraufhin mit")]
    [InlineData("Am Montag sagte die Ministerin: „Wir bleiben bei unserem Plan für die Schulen.“", "die Ministerin", "sagte")]
    [InlineData("Die Eltern des Jungen teilten daraufhin mit: „Wir sind tief erschüttert über den Verlust.“", "Die Eltern des Jungen", "teilten daraufhin mit")]
    [InlineData("Die Zeitung zitiert einen Zeugen mit den Worten: „Der Wagen fuhr viel zu schnell.“", "einen Zeugen", "zitiert einen Zeugen mit den Worten")]
    [InlineData("Der Minister wird in einer Mitteilung mit den Worten zitiert: „Wir prüfen den Fall sehr genau.“", "Der Minister", "mit den Worten zitiert")]
    public void The_speaker_is_found_where_German_word_order_puts_it(string paragraph, string speaker, string cue)
    {
        var article = Parse("Meldung aus der Stadt\n\n" + paragraph);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(ParsedQuoteKind.Direct, quote.Kind);
        Assert.Equal(speaker, quote.Speaker.Of(article));
        Assert.Equal(cue, quote.Cue.Of(article));
    }

    [Fact]
    public void A_quotation_with_no_cue_goes_on_in_the_voice_of_the_statement_before_it()
    {
        var article = Parse("Meldung aus der Stadt\n\nDie Ministerin sagte am Montag, die Brücke bleibe gesperrt. „Wir lassen niemanden darüber fahren, solange Gefahr besteht.“");

        Assert.Equal(2, article.Quotes.Count);
        Assert.Equal("die Brücke bleibe gesperrt", Clause(article.Quotes[0], article));
        var quote = article.Quotes[1];
        Assert.Equal(ParsedQuoteKind.Direct, quote.Kind);
        Assert.Equal("Die Ministerin", quote.Speaker.Of(article));
        Assert.Null(quote.Cue);
    }

    [Fact]
    public void A_quotation_with_no_cue_and_no_statement_before_it_has_no_speaker()
    {
        var article = Parse("Meldung aus der Stadt\n\nDie Brücke bleibt gesperrt. „Wir lassen niemanden darüber fahren, solange Gefahr besteht.“");

        var quote = Assert.Single(article.Quotes);
        Assert.Null(quote.Speaker);
    }
}

/// <summary>German quoted evaluations: a short quotation in lower case is someone's word, not a name.</summary>
public class GermanQuotedEvaluationTests
{
    [Fact]
    public void A_short_lower_case_quotation_is_a_quote_in_the_voice_of_its_sentence()
    {
        var article = Parse("Meldung aus der Stadt\n\nIn einem Gespräch wies der Geschäftsführer alle Vorwürfe als „haltlos“ zurück.");

        var quote = Assert.Single(article.Quotes, q => q.Kind == ParsedQuoteKind.Direct);
        Assert.Equal("haltlos", quote.Content.Of(article));
        Assert.Equal("der Geschäftsführer", quote.Speaker.Of(article));
        var sentence = Assert.Single(article.Quotes, q => q.Kind == ParsedQuoteKind.Mixed);
        Assert.Equal("wies der Geschäftsführer alle Vorwürfe als „haltlos“ zurück", sentence.Cue.Of(article));
    }

    [Theory]
    [InlineData("Meldung aus der Stadt\n\nDie Zeitung „Morgenpost“ erscheint seit hundert Jahren.")]
    [InlineData("Meldung aus der Stadt\n\nDie Seite „news.example.org“ ist seit Montag nicht erreichbar.")]
    [InlineData("Meldung aus der Stadt\n\n„Stadtwerk“, so heißt ein neues Angebot, mit dem die Gemeinde Strom verkaufen will.")]
    public void A_capitalised_name_or_a_web_address_in_quotation_marks_is_no_quote(string text)
    {
        var article = Parse(text);

        Assert.DoesNotContain(article.Quotes, q => q.Kind == ParsedQuoteKind.Direct);
    }

    [Fact]
    public void A_quoted_name_before_its_verb_with_no_comma_is_part_of_the_subject()
    {
        var article = Parse("Meldung aus der Stadt\n\nDer Sender „Radio Nordlicht“ berichtete am Abend von einem langen Stromausfall.");

        Assert.DoesNotContain(article.Quotes, q => q.Kind == ParsedQuoteKind.Direct);
        var sentence = Assert.Single(article.Quotes);
        Assert.Equal("Der Sender „Radio Nordlicht“", sentence.Speaker.Of(article));
    }

    [Fact]
    public void A_quoted_name_in_the_speaker_of_a_reported_clause_stays_with_it()
    {
        var article = Parse("Meldung aus der Stadt\n\nDie Zeitung „Abendpost“ berichtete, der Stadtrat habe den Plan abgelehnt.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Die Zeitung „Abendpost“", quote.Speaker.Of(article));
        Assert.Equal("der Stadtrat habe den Plan abgelehnt", Clause(quote, article));
    }

    [Theory]
    [InlineData("Meldung aus der Stadt\n\nZum Schluss sangen die Kinder die „Ode an den Frühling“ im Chor.")]
    [InlineData("Meldung aus der Stadt\n\nDie Ausstellung trägt den Titel „Wege durch die Stadt am Fluss“ und ist bis Mai zu sehen.")]
    [InlineData("Meldung aus der Stadt\n\nDie Autorin las beim „3. Lesefest der Stadtbücherei“ aus ihrem Roman.")]
    public void A_title_the_narration_mentions_in_quotation_marks_is_no_quote(string text)
    {
        var article = Parse(text);

        Assert.DoesNotContain(article.Quotes, q => q.Kind == ParsedQuoteKind.Direct);
    }

    [Fact]
    public void Words_quoted_after_mit_den_Worten_stay_a_quote()
    {
        var article = Parse("Meldung aus der Stadt\n\nMit den Worten „Jetzt beginnt die eigentliche Arbeit erst“ verließ der Minister den Saal.");

        var quote = Assert.Single(article.Quotes, q => q.Kind == ParsedQuoteKind.Direct);
        Assert.Equal("Jetzt beginnt die eigentliche Arbeit erst", quote.Content.Of(article));
    }
}
