using NewsCorpus.Text.Quotes;
using Xunit;
using static NewsCorpus.Text.Tests.TestText;

namespace NewsCorpus.Text.Tests;

public class DirectQuoteTests
{
    [Theory]
    [InlineData("“We will not accept this deal,” the minister said.", "We will not accept this deal,")]
    [InlineData("The mayor said \"the bridge will reopen in May\" after the meeting.", "the bridge will reopen in May")]
    [InlineData("„Wir werden weiter verhandeln“, sagte die Ministerin.", "Wir werden weiter verhandeln")]
    [InlineData("Ai deklaroi: „Nuk do të ketë zgjedhje të parakohshme.“", "Nuk do të ketë zgjedhje të parakohshme.")]
    [InlineData("Kryeministri tha se «reforma është gati» dhe se do të votohet së shpejti.", "reforma është gati")]
    [InlineData("Il premier ha detto: «La riforma è pronta».", "La riforma è pronta")]
    [InlineData("»Das ist ein guter Tag für die Stadt«, sagte der Bürgermeister.", "Das ist ein guter Tag für die Stadt")]
    [InlineData("Le porte-parole a répondu ‹non› aux journalistes.", "non")]
    [InlineData("The paper called it a ‘historic day’ for the city.", "historic day")]
    [InlineData("Polish portals write „tak” with a closing high mark.", "tak")]
    [InlineData("The senator called the plan ''a disaster for farmers'' on Monday.", "a disaster for farmers")]
    [InlineData("Ministern sade: ”Vi kommer att fortsätta förhandla.”", "Vi kommer att fortsätta förhandla.")]
    [InlineData("”Mr. Trump embodies the lasting legacy of racism.” ― Sonya Herridge", "Mr. Trump embodies the lasting legacy of racism.")]
    [InlineData("“He ought to pull that back,\" Axelrod said.", "He ought to pull that back,")]
    public void Each_quotation_mark_convention_pairs_its_marks(string paragraph, string content)
    {
        var unbalanced = new System.Collections.Generic.List<int>();

        var marked = DirectQuoteFinder.Find(paragraph, new[] { new SourceRange(0, paragraph.Length) }, unbalanced, default);

        var quote = Assert.Single(marked);
        Assert.Equal(content, Assert.Single(quote.Segments).Of(paragraph));
        Assert.Empty(unbalanced);
    }

    [Theory]
    [InlineData("“We will not accept this deal,” the minister said.", "We will not accept this deal", "the minister")]
    [InlineData("„Wir werden weiter verhandeln“, sagte die Ministerin.", "Wir werden weiter verhandeln", "die Ministerin")]
    [InlineData("Ai deklaroi: „Nuk do të ketë zgjedhje të parakohshme.“", "Nuk do të ketë zgjedhje të parakohshme.", "Ai")]
    [InlineData("Il premier ha detto: «La riforma è pronta».", "La riforma è pronta", "Il premier")]
    [InlineData("»Das ist ein guter Tag für die Stadt«, sagte der Bürgermeister.", "Das ist ein guter Tag für die Stadt", "der Bürgermeister")]
    [InlineData("« Nous allons continuer », a déclaré le ministre.", "Nous allons continuer", "le ministre")]
    [InlineData("«Vamos a seguir negociando», dijo la ministra.", "Vamos a seguir negociando", "la ministra")]
    [InlineData("''We are not done yet,'' the coach said.", "We are not done yet", "the coach")]
    public void A_direct_quote_is_attributed_to_the_speaker_beside_it_in_each_convention(string paragraph, string content, string speaker)
    {
        var article = Parse(paragraph);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(ParsedQuoteKind.Direct, quote.Kind);
        Assert.Equal(content, quote.Content.Of(paragraph));
        Assert.Equal(speaker, quote.Speaker?.Of(paragraph));
        Assert.NotNull(quote.Cue);
        Assert.Empty(article.Diagnostics);
    }

    [Fact]
    public void A_short_quotation_that_nobody_is_said_to_have_said_is_a_term_not_a_quote()
    {
        var article = Parse("The paper called the reopening a ‘historic day’ for the city.");

        Assert.DoesNotContain(article.Quotes, q => q.Content.Of(article.Text) == "historic day");
    }

    [Fact]
    public void A_reported_clause_holding_quoted_words_is_one_mixed_quotation()
    {
        string text = "Kryeministri tha se «reforma është gati» dhe se do të votohet së shpejti.";

        var quote = Assert.Single(Parse(text).Quotes);

        Assert.Equal(ParsedQuoteKind.Mixed, quote.Kind);
        Assert.Equal("«reforma është gati» dhe se do të votohet së shpejti", quote.Content.Of(text));
        Assert.Equal("Kryeministri", quote.Speaker?.Of(text));
    }

    [Fact]
    public void Quote_content_excludes_the_marks_and_starts_right_after_the_opening_mark()
    {
        string text = "Ajo tha: “Jemi gati.”";

        var quote = Assert.Single(Parse(text).Quotes);

        int open = text.IndexOf('“');
        int close = text.IndexOf('”');
        Assert.Equal(new SourceRange(open + 1, close), quote.Content);
        Assert.DoesNotContain('“', quote.Content.Of(text));
        Assert.DoesNotContain('”', quote.Content.Of(text));
    }

    [Theory]
    [InlineData("Ai premtoi t’i japë fund krizës brenda vitit.")]
    [InlineData("The minister’s aides don’t expect Bush’s plan to pass this year.")]
    [InlineData("Opozita s’pranon që ligji të kalojë pa debat.")]
    [InlineData("The workers’ union met in the ’90s building downtown.")]
    public void Apostrophes_are_never_quotation_marks(string paragraph)
    {
        var article = Parse(paragraph);

        Assert.Empty(article.Quotes);
        Assert.Empty(article.Diagnostics);
    }

    [Fact]
    public void Apostrophes_inside_a_single_quoted_quotation_do_not_close_it()
    {
        string text = "‘Bush’s plan won’t pass,’ she said.";

        var quote = Assert.Single(Parse(text).Quotes);

        Assert.Equal("Bush’s plan won’t pass", quote.Content.Of(text));
    }

    [Fact]
    public void An_apostrophe_inside_a_double_quoted_Albanian_quotation_is_part_of_it()
    {
        string text = "Ai tha: “Do t’i kërkojmë llogari qeverisë.”";

        var quote = Assert.Single(Parse(text).Quotes);

        Assert.Equal("Do t’i kërkojmë llogari qeverisë.", quote.Content.Of(text));
    }

    [Fact]
    public void A_straight_double_quote_after_a_digit_is_an_inch_mark_not_a_quote()
    {
        var article = Parse("The company sold a 12\" screen for 300 euros.");

        Assert.Empty(article.Quotes);
        Assert.Empty(article.Diagnostics);
    }

    [Fact]
    public void Several_quotes_come_in_order_with_the_index_of_their_paragraph()
    {
        string text = Lines("\n",
            "Ministri tha: “Bisedimet vazhdojnë.”",
            "Nuk pati komente nga opozita.",
            "“Jemi të kënaqur,” tha ai, “por puna nuk ka mbaruar.”");

        var article = Parse(text);

        // The statement split around "tha ai" is one quote with two segments.
        Assert.Equal(2, article.Quotes.Count);
        Assert.Equal(new[] { 0, 2 }, System.Array.ConvertAll(System.Linq.Enumerable.ToArray(article.Quotes), q => q.ParagraphIndex));
        Assert.Equal("Bisedimet vazhdojnë.", article.Quotes[0].Content.Of(text));
        Assert.Equal(
            new[] { "Jemi të kënaqur", "por puna nuk ka mbaruar." },
            System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(article.Quotes[1].Segments, s => s.Of(text))));
        Assert.Equal("ai", article.Quotes[1].Speaker?.Of(text));
        Assert.Equal("Ministri", article.Quotes[1].ResolvedSpeaker?.Of(text));
    }

    [Fact]
    public void Nested_single_quotes_stay_inside_the_outer_quote()
    {
        string text = "“They told us ‘wait’ and we waited,” a resident said.";

        var quote = Assert.Single(Parse(text).Quotes);

        Assert.Equal("They told us ‘wait’ and we waited", quote.Content.Of(text));
    }

    [Theory]
    [InlineData("Ai tha: “Do të vazhdojmë punën deri në fund.", '“')]
    [InlineData("Sie sagte: „Wir machen weiter und geben nicht auf.", '„')]
    [InlineData("Il a dit: «Nous continuerons le travail.", '«')]
    [InlineData("He said \"we will keep working until the end.", '"')]
    public void An_unbalanced_mark_gives_no_quote_and_one_NC0005(string paragraph, char mark)
    {
        var article = Parse(paragraph);

        Assert.Empty(article.Quotes);
        var finding = Assert.Single(article.Diagnostics);
        Assert.Equal(DiagnosticIds.UnbalancedQuotationMark, finding.Id);
        Assert.Equal(FindingSeverity.Info, finding.Severity);
        Assert.Equal(mark.ToString(), finding.Range.Of(paragraph));
        Assert.Contains(mark.ToString(), finding.Message);
    }

    [Fact]
    public void A_quote_does_not_run_on_into_the_next_paragraph()
    {
        string text = Lines("\n",
            "Ai tha: “Do të vazhdojmë punën.",
            "Të nesërmen ai shtoi se puna përfundoi.” Kjo u konfirmua.");

        var article = Parse(text);

        Assert.DoesNotContain(article.Quotes, q => q.Kind == ParsedQuoteKind.Direct);
        var finding = Assert.Single(DiagnosticsWith(article, DiagnosticIds.UnbalancedQuotationMark));
        Assert.Equal(text.IndexOf('“'), finding.Range.Start);
    }

    [Fact]
    public void An_unbalanced_mark_does_not_swallow_a_balanced_quote_later_in_the_paragraph()
    {
        // The first “ never closes (a typo); the second one opens a proper quotation.
        string text = "Ai tha “se do të vijë, por pastaj deklaroi: “Nuk e di ende.”";

        var article = Parse(text);

        Assert.Equal(new[] { "Nuk e di ende." }, QuoteTexts(article));
        var finding = Assert.Single(DiagnosticsWith(article, DiagnosticIds.UnbalancedQuotationMark));
        Assert.Equal(text.IndexOf('“'), finding.Range.Start);
    }

    [Theory]
    [InlineData("« Nous allons continuer les négociations », a déclaré le ministre.")]
    [InlineData("«\u00A0Nous allons continuer les négociations\u00A0», a déclaré le ministre.")]
    [InlineData("«\u202FNous allons continuer les négociations\u202F», a déclaré le ministre.")]
    public void French_guillemets_with_the_customary_inner_spaces_give_a_quote(string paragraph)
    {
        var article = Parse(paragraph);

        Assert.Empty(article.Diagnostics);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Nous allons continuer les négociations", quote.Content.Of(paragraph));
    }

    [Fact]
    public void Empty_quotation_marks_give_no_quote()
    {
        var article = Parse("The label read “” and nothing else.");

        Assert.Empty(article.Quotes);
    }

    [Fact]
    public void Empty_straight_quotation_marks_are_balanced_and_give_no_unbalanced_finding()
    {
        // A pair "" closes at once; reporting that it "does not close in its paragraph" is false.
        var article = Parse("The caption field read \"\" after the image was removed.");

        Assert.Empty(article.Quotes);
        Assert.Empty(article.Diagnostics);
    }

    [Fact]
    public void Quotes_in_the_title_are_not_body_quotes()
    {
        string text = Lines("\n", "Ministri: “Jo” marrëveshjes", "", "Ministri refuzoi marrëveshjen të hënën.");

        var article = Parse(text);

        Assert.NotNull(article.Title);
        Assert.Empty(article.Quotes);
    }

    [Fact]
    public void A_quote_inside_a_sign_off_paragraph_is_found_and_the_sign_off_is_not_part_of_it()
    {
        string text = "Ai tha: “Puna vazhdon.” /VOA";

        var article = Parse(text);

        Assert.Equal(new[] { "Puna vazhdon." }, QuoteTexts(article));
        Assert.Equal("VOA", article.Source);
    }
}
