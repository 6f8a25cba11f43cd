using System.Linq;
using System.Threading;
using NewsCorpus.Text.Language;
using NewsCorpus.Text.Metadata;
using NewsCorpus.Text.Tokens;
using Xunit;
using static NewsCorpus.Text.Tests.TestText;

namespace NewsCorpus.Text.Tests.Tokens;

/// <summary>
/// The one tokenizer and the one sentence splitter, on text as scrapers deliver it (sentences and quotations
/// glued together without a space), and the readers that share them: counts, headline, language identification.
/// </summary>
public class SentenceSplitterTests
{
    private static string[] Split(string text)
    {
        var tokens = Token.Split(text, new SourceRange(0, text.Length), CancellationToken.None);
        return Sentence.Split(text, tokens).Select(s => text.Substring(tokens[s.First].Start, tokens[s.Last].End - tokens[s.First].Start)).ToArray();
    }

    private static string[] Tokens(string text) =>
        Token.Split(text, new SourceRange(0, text.Length), CancellationToken.None).Select(t => text.Substring(t.Start, t.End - t.Start)).ToArray();

    [Theory]
    // Albanian: a stop glued to an opening mark, a closing mark glued to a stop and a capital, a stop glued to a capital.
    [InlineData("Ministri foli për planin e ri.“Ne do të punojmë shumë”, tha ai.", "Ministri foli për planin e ri.|“Ne do të punojmë shumë”, tha ai.")]
    [InlineData("Ai tha se marrëveshja favorizon fqinjët”.Kryeministri shtoi se do të presë.", "Ai tha se marrëveshja favorizon fqinjët”.|Kryeministri shtoi se do të presë.")]
    [InlineData("Kjo u pa në një raport të ri.Të dhënat erdhën nga komunat.", "Kjo u pa në një raport të ri.|Të dhënat erdhën nga komunat.")]
    [InlineData("Ata u nisën herët.„Rruga ishte e gjatë“, tha shoferi.", "Ata u nisën herët.|„Rruga ishte e gjatë“, tha shoferi.")]
    [InlineData("Delegacioni u kthye nga Evropa.Rrugët ishin plot me njerëz.", "Delegacioni u kthye nga Evropa.|Rrugët ishin plot me njerëz.")]
    [InlineData("Ai foli për rolin e OSBE’së.Ajo nuk u përgjigj.", "Ai foli për rolin e OSBE’së.|Ajo nuk u përgjigj.")]
    [InlineData("Policia e gjeti makinën në mëngjes.45 vjeçari u arrestua.", "Policia e gjeti makinën në mëngjes.|45 vjeçari u arrestua.")]
    [InlineData("Vendimi u mor nga KQZ.Të gjithë e pritën.", "Vendimi u mor nga KQZ.|Të gjithë e pritën.")]
    [InlineData("Takimi u mbajt në Prishtinë.E nesërmja solli lajme.", "Takimi u mbajt në Prishtinë.|E nesërmja solli lajme.")]
    // English
    [InlineData("Sales rose in the EU.Then prices followed.", "Sales rose in the EU.|Then prices followed.")]
    [InlineData("The mayor opened the bridge.Traffic was heavy all day.", "The mayor opened the bridge.|Traffic was heavy all day.")]
    [InlineData("He said the plan was fair.“We will sign it,” he added.", "He said the plan was fair.|“We will sign it,” he added.")]
    [InlineData("Nobody knew why?Then the lights went out!Everyone left.", "Nobody knew why?|Then the lights went out!|Everyone left.")]
    [InlineData("The vote was close (it was won by two).Later they met again.", "The vote was close (it was won by two).|Later they met again.")]
    // German
    [InlineData("Die Zahl der Fälle stieg deutlich.„Wir sind besorgt“, sagte sie.", "Die Zahl der Fälle stieg deutlich.|„Wir sind besorgt“, sagte sie.")]
    [InlineData("Das Treffen endete spät.Danach gab es Streit.", "Das Treffen endete spät.|Danach gab es Streit.")]
    [InlineData("Er sprach von einem „guten Tag“.Danach fuhr er nach Hause.", "Er sprach von einem „guten Tag“.|Danach fuhr er nach Hause.")]
    // Spaced, as before
    [InlineData("The port stays open. “We are ready,” she said. 2024 was calm.", "The port stays open.|“We are ready,” she said.|2024 was calm.")]
    public void Glued_sentences_are_split(string text, string sentences)
    {
        Assert.Equal(sentences.Split('|'), Split(text));
    }

    [Theory]
    [InlineData("Troops of the U.S.Army left the base on Monday.")]
    [InlineData("The U.S. embassy and the U.K. mission stayed open.")]
    [InlineData("Details are on local.de and on news.Example.com for readers.")]
    [InlineData("Write to desk@example.Org if you know more.")]
    [InlineData("Prices rose by 2.5 percent and 800.000 people paid 3,5 euros.")]
    [InlineData("J.Smith met Mr.Jones and Dr. Brown at 9 a.m. on Friday.")]
    [InlineData("Er sagte, das sei z.B. Sache der Länder, d.h. nicht des Bundes.")]
    [InlineData("Ai e takoi Z.Berishën dhe znj.Kelmendi në Tiranë.")]
    [InlineData("The firm, known as ACME.COM in its filings, grew fast.")]
    [InlineData("The filter caught the worm Mydoom.BX within an hour.")]
    [InlineData("Dy persona janë trajtuar në spitale”, tha zëdhënësi.")]
    public void Numbers_abbreviations_initials_domains_and_capitals_before_a_stop_do_not_split(string text)
    {
        Assert.Equal(new[] { text }, Split(text));
    }

    [Theory]
    // A day before its month, in any language; German writes every ordinal with a full stop.
    [InlineData("Die Messe beginnt am 14. November in der Halle.", true)]
    [InlineData("Seit dem 3. März gilt die neue Regel.", false)]
    [InlineData("The fair opened on 14. November in Leipzig.", false)]
    [InlineData("Die Kirche stammt aus dem 17. Jahrhundert und wurde renoviert.", true)]
    [InlineData("Der Verein spielt in der 2. Liga und hofft auf mehr.", true)]
    public void An_ordinal_before_a_month_or_a_german_word_ends_no_sentence(string text, bool german)
    {
        var tokens = Token.Split(text, new SourceRange(0, text.Length), CancellationToken.None);
        Assert.Single(Sentence.Split(text, tokens, german));
    }

    [Theory]
    // A year, a score, an age before a sentence opener, and an ordinal-looking number outside German.
    [InlineData("The bridge opened in 2012. The town grew.", "The bridge opened in 2012.|The town grew.", false)]
    [InlineData("Das Spiel endete 3:1. Danach feierten die Fans.", "Das Spiel endete 3:1.|Danach feierten die Fans.", true)]
    [InlineData("Der Maler wurde 85. Die Familie trauert.", "Der Maler wurde 85.|Die Familie trauert.", true)]
    [InlineData("The team scored 12. Fans cheered.", "The team scored 12.|Fans cheered.", false)]
    [InlineData("Numri i viktimave arriti në 12. Policia hetoi.", "Numri i viktimave arriti në 12.|Policia hetoi.", false)]
    public void A_number_before_a_new_sentence_still_ends_it(string text, string sentences, bool german)
    {
        var tokens = Token.Split(text, new SourceRange(0, text.Length), CancellationToken.None);
        var split = Sentence.Split(text, tokens, german).Select(s => text.Substring(tokens[s.First].Start, tokens[s.Last].End - tokens[s.First].Start));
        Assert.Equal(sentences.Split('|'), split);
    }

    [Theory]
    [InlineData("U.S. officials", "U.S.|officials")]
    [InlineData("z.B. heute", "z.B.|heute")]
    [InlineData("Mr. Obama and J. Smith", "Mr.|Obama|and|J.|Smith")]
    [InlineData("qu'il don't 2.5 G-20", "qu'|il|don't|2.5|G-20")]
    [InlineData("studim.Këto", "studim|.|Këto")]
    [InlineData("ri.“Ne", "ri|.|“|Ne")]
    public void The_tokenizer_keeps_initials_abbreviations_numbers_and_inner_marks_in_a_word(string text, string tokens)
    {
        Assert.Equal(tokens.Split('|'), Tokens(text));
    }

    public static TheoryData<string> Paragraphs => new()
    {
        "Ministri foli për planin e ri.“Ne do të punojmë shumë”, tha ai.Kjo u pa në një raport.",
        "Ai tha se marrëveshja favorizon fqinjët”.Kryeministri shtoi: „Do të presim.“ Pastaj iku.",
        "The mayor opened the bridge.Traffic was heavy. “We are ready,” she said. The U.S. embassy stayed shut.",
        "Das Treffen endete spät.„Wir sind besorgt“, sagte sie. Danach gab es z.B. Streit.",
        "Prices rose by 2.5 percent on local.de. Nobody knew why?Then the lights went out!",
    };

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void Counts_agree_with_the_quote_splitter(string text)
    {
        var tokens = Token.Split(text, new SourceRange(0, text.Length), CancellationToken.None);
        var counts = ArticleCounts.Of(text, new[] { new SourceRange(0, text.Length) });

        Assert.Equal(Sentence.Split(text, tokens).Length, counts.Sentences);
        Assert.Equal(tokens.Count(t => t.IsWord), counts.Words);
        Assert.True(counts.Sentences >= 3);
    }

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void The_headlines_first_sentence_is_the_quote_splitters(string text)
    {
        Assert.Equal(Split(text)[0], HeadlineRule.FirstSentence(text, new SourceRange(0, text.Length)).Of(text));
    }

    [Fact]
    public void A_parsed_article_without_a_title_counts_and_heads_as_the_quotes_split()
    {
        var article = Parse("Kjo u pa në një raport të ri.Të dhënat erdhën nga komunat.\nAi tha se marrëveshja favorizon fqinjët”.Kryeministri shtoi se do të presë.");

        Assert.Null(article.Title);
        Assert.Equal("Kjo u pa në një raport të ri.", article.Headline);
        Assert.Equal(4, article.Counts.Sentences);
        Assert.Equal(article.Paragraphs.Sum(p => Split(p.Of(article.Text)).Length), article.Counts.Sentences);
    }

    [Fact]
    public void Language_identification_starts_sentences_where_the_splitter_does()
    {
        string text = "Mr. Obama spoke.Then Rama left.";
        var words = LanguageWords.In(text, new[] { new SourceRange(0, text.Length) }).ToList();

        // "Obama" follows an abbreviation (which says nothing of the language), inside the sentence; "Then" starts one, glued as it is.
        Assert.Equal(
            new[] { ("obama", true, false), ("spoke", false, false), ("then", true, true), ("rama", true, false), ("left", false, false) },
            words.Select(w => (w.Text, w.Capitalized, w.StartsSentence)));
    }
}
