using System.Linq;
using NewsCorpus.Text.Quotes;
using Xunit;
using static NewsCorpus.Text.Tests.QuoteExtraction.QuoteChecks;
using static NewsCorpus.Text.Tests.TestText;

namespace NewsCorpus.Text.Tests.QuoteExtraction;

/// <summary>How German news reports speech without quotation marks.</summary>
public class GermanReportedSpeechTests
{
    [Theory]
    [InlineData("Tausende Menschen wurden nach Angaben des Roten Kreuzes obdachlos.", "nach Angaben des", "Roten Kreuzes", "Tausende Menschen wurden", "obdachlos")]
    [InlineData("Der Fahrer sei laut Polizei unverletzt geblieben.", "laut", "Polizei", "Der Fahrer sei", "unverletzt geblieben")]
    [InlineData("Er sitzt in Haft, weil er sich nach Auffassung eines chinesischen Gerichtes strafbar gemacht hat.",
        "nach Auffassung", "eines chinesischen Gerichtes", "weil er sich", "strafbar gemacht hat")]
    public void An_attribution_inside_the_clause_leaves_the_words_around_it_as_the_statement(string paragraph, string cue, string speaker, string before, string after)
    {
        var article = Parse(paragraph);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(ParsedQuoteKind.Indirect, quote.Kind);
        Assert.Equal(cue, quote.Cue.Of(article));
        Assert.Equal(speaker, quote.Speaker.Of(article));
        Assert.Equal(new[] { before, after }, quote.Segments.Select(s => s.Of(article)).ToArray());
    }

    [Theory]
    [InlineData("Wie der Sprecher der Regierung mitteilte, wird das Gesetz im Herbst beraten.", "der Sprecher der Regierung", "mitteilte", "wird das Gesetz im Herbst beraten")]
    [InlineData("Nach Einschätzung von Experten ist das Verhalten des Bären nicht typisch.", "Experten", "Nach Einschätzung von", "ist das Verhalten des Bären nicht typisch")]
    [InlineData("Er wirft der Regierung vor, die Opposition zu unterdrücken.", "Er", "wirft der Regierung vor", "die Opposition zu unterdrücken")]
    [InlineData("Der Sprecher des Programms, Tomson Phiri, teilte in einer Reaktion mit, dass die Verleihung ein Erfolg sei.",
        "Der Sprecher des Programms, Tomson Phiri", "teilte in einer Reaktion mit", "dass die Verleihung ein Erfolg sei")]
    public void Verb_final_cues_opinion_phrases_and_separable_cues_report_speech(string paragraph, string speaker, string cue, string content)
    {
        var article = Parse(paragraph);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(speaker, quote.Speaker.Of(article));
        Assert.Equal(cue, quote.Cue.Of(article));
        Assert.Equal(content, Clause(quote, article));
    }

    [Fact]
    public void A_hearsay_soll_sentence_continues_the_last_speakers_statement()
    {
        var article = Parse("Die Polizei teilte mit, der Täter sei geflohen. Er soll das Geld mitgenommen haben.");

        Assert.Equal(2, article.Quotes.Count);
        var hearsay = article.Quotes[1];
        Assert.Equal("Er soll das Geld mitgenommen haben", Clause(hearsay, article));
        Assert.Equal("Die Polizei", hearsay.Speaker.Of(article));
    }

    [Fact]
    public void Laut_as_an_adverb_is_no_attribution()
    {
        var article = Parse("Der Vorstand dachte bereits laut über mögliche Nachfolger nach.");

        Assert.Empty(article.Quotes);
    }
}
