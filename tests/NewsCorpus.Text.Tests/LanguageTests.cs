using NewsCorpus.Text.Language;
using Xunit;
using static NewsCorpus.Text.Tests.TestText;

namespace NewsCorpus.Text.Tests;

public class LanguageTests
{
    private const string Albanian =
        "Ministri i Jashtëm tha se qeveria do të vazhdojë bisedimet me partnerët evropianë gjatë javës së ardhshme. "
        + "Sipas tij, marrëveshja është e rëndësishme për zhvillimin ekonomik të vendit dhe për stabilitetin në rajon.";

    private const string English =
        "The foreign minister said on Tuesday that the government would continue talks with its European partners. "
        + "He added that the agreement was important for the economy of the country and for stability in the region.";

    private const string German =
        "Der Außenminister sagte am Dienstag, dass die Regierung die Gespräche mit den europäischen Partnern fortsetzen wird. "
        + "Die Vereinbarung ist nach seinen Worten wichtig für die Wirtschaft des Landes und für die Stabilität in der Region.";

    private const string French =
        "Le ministre des Affaires étrangères a déclaré mardi que le gouvernement poursuivra les discussions avec les partenaires européens. "
        + "Selon lui, cet accord est important pour le développement du pays et pour la stabilité de la région.";

    private const string Spanish =
        "El ministro de Asuntos Exteriores dijo el martes que el gobierno continuará las conversaciones con los socios europeos. "
        + "Según él, el acuerdo es importante para el desarrollo del país y para la estabilidad de la región.";

    private const string Italian =
        "Il ministro degli Esteri ha detto martedì che il governo continuerà i colloqui con i partner europei. "
        + "Secondo lui, l’accordo è importante per lo sviluppo del paese e per la stabilità della regione.";

    [Theory]
    [InlineData(Albanian, "sq")]
    [InlineData(English, "en")]
    [InlineData(German, "de")]
    [InlineData(French, "fr")]
    [InlineData(Spanish, "es")]
    [InlineData(Italian, "it")]
    public void A_few_sentences_are_identified_as_their_language(string text, string expected)
    {
        Assert.Equal(expected, LanguageIdentifier.Identify(text));
    }

    [Theory]
    [InlineData(Albanian, "sq")]
    [InlineData(English, "en")]
    [InlineData(German, "de")]
    [InlineData(French, "fr")]
    [InlineData(Spanish, "es")]
    [InlineData(Italian, "it")]
    public void A_parsed_article_reports_the_language_of_its_paragraphs(string text, string expected)
    {
        Assert.Equal(expected, Parse(text).Language);
    }

    [Theory]
    [InlineData("Ai tha")]
    [InlineData("the minister")]
    [InlineData("Breaking news")]
    [InlineData("")]
    public void Two_words_are_too_few_and_give_und(string text)
    {
        Assert.Equal(LanguageIdentifier.Undetermined, LanguageIdentifier.Identify(text));
        Assert.Equal("und", LanguageIdentifier.Undetermined);
    }

    [Fact]
    public void An_empty_article_has_an_undetermined_language()
    {
        Assert.Equal("und", Parse("   \n  ").Language);
    }

    [Fact]
    public void Text_mixing_two_languages_equally_gives_und_rather_than_a_guess()
    {
        // Three stop-word hits in each language.
        string text = "the minister and the mayor; të ministrit dhe të kryetarit";

        Assert.Equal("und", LanguageIdentifier.Identify(text));
    }

    [Fact]
    public void Upper_case_stop_words_count_like_lower_case_ones()
    {
        Assert.Equal("en", LanguageIdentifier.Identify("THE MINISTER SAID THAT THE TALKS WERE OVER"));
    }

    [Fact]
    public void Only_the_given_ranges_are_read()
    {
        string text = English + " " + Albanian;
        var albanianOnly = new[] { new SourceRange(English.Length + 1, text.Length) };

        Assert.Equal("sq", LanguageIdentifier.Identify(text, albanianOnly));
    }

    [Fact]
    public void A_scraped_English_trailer_does_not_count_towards_the_language_of_an_Albanian_article()
    {
        string text = Lines("\n",
            "Ministri tha se ai vjen nesër.",
            "Discussion about this post",
            "Share this article");

        // Three Albanian stop words against three English ones in the trailers: counted together, a tie.
        Assert.Equal("sq", Parse(text).Language);
    }

    [Fact]
    public void The_title_counts_towards_the_language()
    {
        // The body alone has only two Albanian stop words; the title brings the third.
        string text = Lines("\n", "Takimi me ministrin e jashtëm", "", "Ai tha: bisedimet vazhdojnë nesër.");

        var article = Parse(text);

        Assert.NotNull(article.Title);
        Assert.Equal("sq", article.Language);
    }
}
