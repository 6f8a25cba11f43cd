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
    [InlineData("Im Flusswasser sind nach neuesten Messungen gefährliche Keime gefunden worden.", "nach", "neuesten Messungen", "Im Flusswasser sind", "gefährliche Keime gefunden worden")]
    [InlineData("Die Häftlinge könnten nach Müllers Angaben bald verlegt werden.", "nach", "Müllers Angaben", "Die Häftlinge könnten", "bald verlegt werden")]
    [InlineData("Die Strafe sei ihrer Ansicht nach viel zu hart.", "nach", "ihrer Ansicht", "Die Strafe sei", "viel zu hart")]
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
        "Der Sprecher des Programms, Tomson Phiri", "teilte in einer Reaktion mit", "die Verleihung ein Erfolg sei")]
    [InlineData("Der Bürgermeister sagte gegenüber der Zeitung, es sei schwierig, den Plan zu halten.", "Der Bürgermeister", "sagte", "es sei schwierig, den Plan zu halten")]
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

    [Theory]
    [InlineData("Nach Polizeiangaben wurde bei dem Brand niemand verletzt.", "Nach", "Polizeiangaben", "wurde bei dem Brand niemand verletzt")]
    [InlineData("Nach einem Bericht der Lokalzeitung ist die Brücke seit Tagen gesperrt.", "Nach", "einem Bericht der Lokalzeitung", "ist die Brücke seit Tagen gesperrt")]
    public void A_preposition_before_a_source_noun_attributes(string paragraph, string cue, string speaker, string content)
    {
        var article = Parse(paragraph);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(cue, quote.Cue.Of(article));
        Assert.Equal(speaker, quote.Speaker.Of(article));
        Assert.Equal(content, Clause(quote, article));
    }

    [Fact]
    public void Nach_before_a_time_is_no_attribution()
    {
        var article = Parse("Nach drei Wochen wurde die Brücke wieder für den Verkehr geöffnet.");

        Assert.Empty(article.Quotes);
    }

    [Fact]
    public void Zufolge_takes_the_noun_phrase_before_it_and_leaves_the_words_around_it_as_the_statement()
    {
        var article = Parse("Unter den Gästen waren Berichten zufolge drei Minister aus Frankreich.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Berichten", quote.Speaker.Of(article));
        Assert.Equal(new[] { "Unter den Gästen waren", "drei Minister aus Frankreich" }, quote.Segments.Select(s => s.Of(article)).ToArray());
    }

    [Theory]
    [InlineData("Die Brücke bleibe bis Juni gesperrt, so das Verkehrsamt.", "das Verkehrsamt", new[] { "Die Brücke bleibe bis Juni gesperrt" })]
    [InlineData("Das Problem sei, so der Bürgermeister, dass niemand zuständig sein wolle.", "der Bürgermeister", new[] { "Das Problem sei", "dass niemand zuständig sein wolle" })]
    public void So_after_a_comma_names_the_source_of_the_clause_before_it(string paragraph, string speaker, string[] segments)
    {
        var article = Parse(paragraph);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("so", quote.Cue.Of(article));
        Assert.Equal(speaker, quote.Speaker.Of(article));
        Assert.Equal(segments, quote.Segments.Select(s => s.Of(article)).ToArray());
    }

    [Fact]
    public void So_dass_is_no_source()
    {
        var article = Parse("Es regnete stark, so dass die Straße überflutet wurde.");

        Assert.Empty(article.Quotes);
    }

    [Theory]
    [InlineData("Die Gewerkschaft will die Löhne im kommenden Jahr deutlich erhöhen.", "Die Gewerkschaft", "will")]
    [InlineData("Am Montag sprach der Bürgermeister von einem schweren Rückschlag für die Stadt.", "der Bürgermeister", "sprach der Bürgermeister von")]
    [InlineData("Der Verband bezeichnete den Entwurf als einen Irrweg.", "Der Verband", "bezeichnete")]
    public void A_position_reported_without_a_clause_is_its_whole_sentence(string paragraph, string speaker, string cue)
    {
        var article = Parse(paragraph);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(ParsedQuoteKind.Indirect, quote.Kind);
        Assert.Equal(speaker, quote.Speaker.Of(article));
        Assert.Equal(cue, quote.Cue.Of(article));
        Assert.Equal(paragraph.TrimEnd('.'), quote.Content.Of(article));
    }

    [Theory]
    [InlineData("Die Entscheidung wurde von einer Sprecherin bestätigt.")]
    [InlineData("Sie fügte hinzu: Das Ergebnis ist offen.")]
    public void A_passive_or_a_cue_with_nothing_besides_it_is_no_whole_sentence_statement(string paragraph)
    {
        var article = Parse(paragraph);

        Assert.DoesNotContain(article.Quotes, q => q.Content.Of(article) == paragraph.TrimEnd('.'));
    }

    [Theory]
    [InlineData("Die Polizei teilte mit, der Täter sei geflohen. Die Folgen nehme er offenbar in Kauf.", "Die Folgen nehme er offenbar in Kauf")]
    [InlineData("Die Polizei teilte mit, der Täter sei geflohen. Die Beute würden Helfer verstecken.", "Die Beute würden Helfer verstecken")]
    public void More_verb_forms_of_reported_speech_continue_the_last_speaker(string paragraph, string continuation)
    {
        var article = Parse(paragraph);

        Assert.Equal(2, article.Quotes.Count);
        Assert.Equal(continuation, Clause(article.Quotes[1], article));
        Assert.Equal("Die Polizei", article.Quotes[1].Speaker.Of(article));
    }

    [Fact]
    public void A_quoted_term_leaves_its_reportive_sentence_a_mixed_continuation()
    {
        var article = Parse("Meldung aus der Stadt\n\nDie Polizei teilte mit, der Täter sei geflohen. Die Lage sei „ernst“.");

        var continuation = Assert.Single(article.Quotes, q => q.Kind == ParsedQuoteKind.Mixed);
        Assert.Equal("Die Lage sei „ernst“", continuation.Content.Of(article));
        Assert.Equal("Die Polizei", continuation.Speaker.Of(article));
    }

    [Fact]
    public void A_separable_cue_after_the_clause_reports_the_clause_before_the_comma()
    {
        var article = Parse("Das Beben sei stark gewesen, teilte die Behörde in Denver am Abend mit.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Das Beben sei stark gewesen", Clause(quote, article));
        Assert.Equal("die Behörde", quote.Speaker.Of(article));
        Assert.Equal("teilte die Behörde in Denver am Abend mit", quote.Cue.Of(article));
    }

    [Theory]
    [InlineData("Beobachter wiesen darauf hin, dass die Zahl der Angriffe gesunken sei.", "Beobachter", "wiesen darauf hin")]
    [InlineData("Die Verteidiger argumentierten, ihr Mandant habe nicht fliehen wollen.", "Die Verteidiger", "argumentierten")]
    public void Pointing_out_and_arguing_report_speech(string paragraph, string speaker, string cue)
    {
        var article = Parse(paragraph);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(speaker, quote.Speaker.Of(article));
        Assert.Equal(cue, quote.Cue.Of(article));
    }

    [Fact]
    public void Reported_sentences_in_a_row_are_one_continuation()
    {
        var article = Parse("Die Polizei teilte mit, der Täter sei geflohen. Die Lage sei ernst. Man brauche dringend Hinweise.");

        Assert.Equal(2, article.Quotes.Count);
        Assert.Equal("Die Lage sei ernst. Man brauche dringend Hinweise", Clause(article.Quotes[1], article));
        Assert.Equal("Die Polizei", article.Quotes[1].Speaker.Of(article));
    }

    [Fact]
    public void A_position_reported_by_a_name_with_its_apposition_is_given_to_both()
    {
        var article = Parse("Am Abend war die Sitzung vorbei. Petra Lenz, Abgeordnete der Partei, spricht bereits von einem großen Skandal.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Petra Lenz, Abgeordnete der Partei", quote.Speaker.Of(article));
        Assert.Equal("spricht bereits von", quote.Cue.Of(article));
    }
}
