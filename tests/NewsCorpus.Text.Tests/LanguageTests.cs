using System.Linq;
using System.Threading.Tasks;
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

    // The first sixty-odd characters of a story, as a feed or a search result shows them.
    [Theory]
    [InlineData("Kryeministri tha se qeveria do të ulë taksat për bizneset e", "sq")]
    [InlineData("Policia e Prishtinës ka arrestuar dy persona të dyshuar për", "sq")]
    [InlineData("The chancellor said the economy had grown faster than expec", "en")]
    [InlineData("Police are searching for a man who escaped from a prison in", "en")]
    [InlineData("Die Polizei hat am Montag zwei Männer festgenommen, die in d", "de")]
    [InlineData("Der Bürgermeister kündigte an, dass die Brücke im Sommer ge", "de")]
    [InlineData("Le gouvernement a annoncé jeudi une baisse des impôts pour l", "fr")]
    [InlineData("Les pompiers sont intervenus dans la nuit pour éteindre un i", "fr")]
    [InlineData("El Gobierno aprobó ayer una subida del salario mínimo para l", "es")]
    [InlineData("La policía detuvo a dos hombres que intentaban robar en una", "es")]
    [InlineData("Il sindaco ha annunciato che il ponte sarà chiuso per lavori", "it")]
    [InlineData("La polizia ha arrestato due uomini che avevano rubato un'au", "it")]
    public void The_first_sixty_characters_of_a_story_are_enough(string text, string expected)
    {
        Assert.Equal(expected, LanguageIdentifier.Identify(text));
    }

    // Names, borrowings and fixed phrases that belong to one language but stand in another's news:
    // two words are never enough for an answer, and a few more are not when they are mostly names.
    [Theory]
    [InlineData("Real Madrid")]
    [InlineData("Die Hard")]
    [InlineData("Le Monde")]
    [InlineData("La Liga")]
    [InlineData("Edi Rama")]
    [InlineData("Angela Merkel")]
    [InlineData("Hasta luego")]
    [InlineData("Dolce vita")]
    [InlineData("Tour de France")]
    [InlineData("Las Vegas casino")]
    [InlineData("Deutsche Bank profits")]
    [InlineData("Paris Saint-Germain")]
    public void Names_and_borrowings_give_und(string text)
    {
        Assert.Equal("und", LanguageIdentifier.Identify(text));
    }

    // Two words of a language may be recognised or not, but are never taken for another language.
    [Theory]
    [InlineData("të gjithë", "sq")]
    [InlineData("është thënë", "sq")]
    [InlineData("they said", "en")]
    [InlineData("the government", "en")]
    [InlineData("nicht mehr", "de")]
    [InlineData("Straße gesperrt", "de")]
    [InlineData("c’est vrai", "fr")]
    [InlineData("selon lui", "fr")]
    [InlineData("según él", "es")]
    [InlineData("España gana", "es")]
    [InlineData("perché no", "it")]
    [InlineData("della città", "it")]
    public void Two_words_are_never_taken_for_another_language(string text, string language)
    {
        Assert.Contains(LanguageIdentifier.Identify(text), new[] { language, "und" });
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("12.03.2024 – 17:45 (+3,5 %)")]
    [InlineData("*** --- ### 2024")]
    public void Text_without_letters_gives_und_even_to_a_guess(string text)
    {
        Assert.Equal("und", LanguageIdentifier.Identify(text));
        Assert.Equal("und", LanguageIdentifier.Guess(text, new[] { new SourceRange(0, text.Length) }));
    }

    [Fact]
    public void Text_in_a_script_none_of_the_languages_uses_gives_und()
    {
        Assert.Equal("und", LanguageIdentifier.Identify("Правительство объявило во вторник о новых мерах поддержки экономики"));
        Assert.Equal("und", LanguageIdentifier.Identify("政府は火曜日に新しい経済対策を発表した"));
    }

    [Fact]
    public void A_guess_names_a_language_where_identification_is_unsure()
    {
        string text = "Laut Polizei sei der Fahrer unverletzt";

        Assert.Equal("de", LanguageIdentifier.Guess(text, new[] { new SourceRange(0, text.Length) }));
        Assert.Equal("sq", LanguageIdentifier.Guess("Ai tha", new[] { new SourceRange(0, 6) }));
    }

    [Fact]
    public void A_quotation_in_another_language_does_not_change_the_language_of_an_article()
    {
        string text = English + " The crowd chanted “Wir sind das Volk” as the minister arrived.";

        Assert.Equal("en", LanguageIdentifier.Identify(text));
    }

    [Fact]
    public void A_long_text_half_in_one_language_and_half_in_another_gives_und()
    {
        Assert.Equal("und", LanguageIdentifier.Identify(German + " " + French));
    }

    [Fact]
    public void A_text_mostly_in_one_language_is_in_that_language()
    {
        string text = English + " The talks will resume in Tirana next week. Ministri tha se takimi ishte i suksesshëm.";

        Assert.Equal("en", LanguageIdentifier.Identify(text));
    }

    [Fact]
    public void Names_in_title_case_inside_a_long_text_do_not_outvote_its_sentences()
    {
        // A list of English titles, as an Albanian report of award nominations carries them.
        string titles = string.Join(", ", Enumerable.Repeat("The Morning Show, How To Get Away With It, Better Call The Crown, This Is Us, What We Do In The Shadows", 3));
        string text = Albanian + " Nominimet për serialin më të mirë: " + titles + ".";

        Assert.Equal("sq", LanguageIdentifier.Identify(text));
    }

    [Fact]
    public void A_headline_in_title_case_is_read_as_words_not_names()
    {
        Assert.Equal("en", LanguageIdentifier.Identify("Minister Warns Of Higher Prices As Storm Hits Farms In The North"));
    }

    [Fact]
    public void Decomposed_accents_read_like_composed_ones()
    {
        const string composed = "Ministri është në takim me përfaqësuesit e bashkisë";
        string decomposed = composed.Replace("ë", "e\u0308");

        Assert.NotEqual(composed, decomposed);
        Assert.Equal("sq", LanguageIdentifier.Identify(decomposed));
        Assert.Equal(LanguageIdentifier.Identify(composed), LanguageIdentifier.Identify(decomposed));
    }

    [Fact]
    public void Identification_gives_the_same_answers_from_many_threads()
    {
        string[] texts = { English, Albanian, German, French, Spanish, Italian, "Ai tha", "the minister and the mayor; të ministrit dhe të kryetarit" };
        string[] sequential = texts.Select(LanguageIdentifier.Identify).ToArray();

        var parallel = new string[texts.Length * 50];
        Parallel.For(0, parallel.Length, i => parallel[i] = LanguageIdentifier.Identify(texts[i % texts.Length]));

        Assert.Equal(Enumerable.Range(0, parallel.Length).Select(i => sequential[i % texts.Length]), parallel);
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
