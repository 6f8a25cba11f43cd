using NewsCorpus.Text.Quotes;
using Xunit;
using static NewsCorpus.Text.Tests.QuoteExtraction.QuoteChecks;
using static NewsCorpus.Text.Tests.TestText;

namespace NewsCorpus.Text.Tests.QuoteExtraction;

public class ReportedSpeechTests
{
    private const string TwoSentences =
        "The port reopened on Tuesday after a week of strikes. Officials said that the talks would resume on Monday.";

    private const string GermanArticleWithLaut =
        "Der Unfall ereignete sich in der Nacht auf der Autobahn bei Köln, und die Straße war für zwei Stunden gesperrt.\n"
        + "Laut Polizei sei der Fahrer unverletzt geblieben.";

    private const string ThreeParagraphs =
        "The port reopened on Tuesday after a week of strikes.\n"
        + "Ships queued outside the harbour for most of the day.\n"
        + "Officials said that the talks would resume on Monday.";

    [Theory]
    [InlineData("Officials said that the talks would resume on Monday.", "Officials", "said", "the talks would resume on Monday")]
    [InlineData("The minister told reporters that the plan was ready.", "The minister", "told", "the plan was ready")]
    [InlineData("Ministri tha se qeveria do të ulë taksat.", "Ministri", "tha", "qeveria do të ulë taksat")]
    [InlineData("Zyrtarët thanë se bisedimet vazhdojnë.", "Zyrtarët", "thanë", "bisedimet vazhdojnë")]
    [InlineData("Der Sprecher sagte, die Gespräche würden fortgesetzt.", "Der Sprecher", "sagte", "die Gespräche würden fortgesetzt")]
    [InlineData("Die Ministerin erklärte, dass die Reform komme.", "Die Ministerin", "erklärte", "die Reform komme")]
    public void Speaker_then_cue_then_clause_is_reported_speech_whose_content_is_the_clause(string paragraph, string speaker, string cue, string content)
    {
        var article = Parse(paragraph);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(ParsedQuoteKind.Indirect, quote.Kind);
        Assert.Equal(speaker, quote.Speaker.Of(article));
        Assert.Equal(cue, quote.Cue.Of(article));
        Assert.Equal(content, Clause(quote, article));
        Assert.Equal(0, quote.ParagraphIndex);
        Assert.Null(quote.ResolvedSpeaker);
    }

    [Theory]
    [InlineData("According to the ministry, the border will reopen next week.", "According to", "the ministry", "the border will reopen next week")]
    [InlineData("Sipas policisë, aksidenti ndodhi në mesnatë.", "Sipas", "policisë", "aksidenti ndodhi në mesnatë")]
    [InlineData("Laut Polizei sei der Fahrer unverletzt geblieben.", "Laut", "Polizei", "sei der Fahrer unverletzt geblieben")]
    [InlineData("Selon le ministère, la frontière rouvrira lundi.", "Selon", "le ministère", "la frontière rouvrira lundi")]
    [InlineData("Según la policía, el conductor resultó ileso.", "Según", "la policía", "el conductor resultó ileso")]
    [InlineData("Secondo il ministro, la riforma sarà approvata.", "Secondo", "il ministro", "la riforma sarà approvata")]
    public void An_according_to_phrase_attributes_the_rest_of_the_sentence_to_its_source(string paragraph, string cue, string speaker, string content)
    {
        var article = Parse(paragraph);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(ParsedQuoteKind.Indirect, quote.Kind);
        Assert.Equal(cue, quote.Cue.Of(article));
        Assert.Equal(speaker, quote.Speaker.Of(article));
        Assert.Equal(content, Clause(quote, article));
    }

    [Fact]
    public void Laut_in_a_German_article_attributes_the_rest_of_the_sentence_to_its_source()
    {
        var article = Parse(GermanArticleWithLaut);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(ParsedQuoteKind.Indirect, quote.Kind);
        Assert.Equal(1, quote.ParagraphIndex);
        Assert.Equal("Laut", quote.Cue.Of(article));
        Assert.Equal("Polizei", quote.Speaker.Of(article));
        Assert.Equal("sei der Fahrer unverletzt geblieben", Clause(quote, article));
    }

    [Theory]
    [InlineData("The economy is slowing, the central bank said.", "the central bank", "The economy is slowing")]
    [InlineData("Ekonomia po ngadalësohet, tha banka qendrore.", "banka qendrore", "Ekonomia po ngadalësohet")]
    public void A_clause_before_its_attribution_is_the_content(string paragraph, string speaker, string content)
    {
        var article = Parse(paragraph);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(ParsedQuoteKind.Indirect, quote.Kind);
        Assert.Equal(speaker, quote.Speaker.Of(article));
        Assert.Equal(content, Clause(quote, article));
        Assert.NotNull(quote.Cue);
    }

    [Fact]
    public void The_cue_of_a_clause_before_its_attribution_is_the_verb()
    {
        var article = Parse("The economy is slowing, the central bank said.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("said", quote.Cue.Of(article));
    }

    [Fact]
    public void An_inverted_attribution_with_an_apposition_names_the_speaker_and_leaves_the_clause_before_it()
    {
        var article = Parse("The plan will fail, said Maria Lopez, a union leader.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(ParsedQuoteKind.Indirect, quote.Kind);
        Assert.Equal("The plan will fail", Clause(quote, article));
        Assert.Equal("said", quote.Cue.Of(article));
        Assert.StartsWith("Maria Lopez", quote.Speaker.Of(article));
    }

    [Fact]
    public void Reported_speech_in_a_later_sentence_takes_only_that_sentence()
    {
        var article = Parse(TwoSentences);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("the talks would resume on Monday", Clause(quote, article));
        Assert.Equal("Officials", quote.Speaker.Of(article));
    }

    [Fact]
    public void Reported_speech_keeps_the_index_of_its_paragraph()
    {
        var article = Parse(ThreeParagraphs);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(2, quote.ParagraphIndex);
        Assert.True(article.Paragraphs[2].Contains(quote.Content), Describe(article));
    }

    [Fact]
    public void Reported_speech_content_and_speaker_are_offsets_into_the_text()
    {
        var article = Parse(TwoSentences);

        var quote = Assert.Single(article.Quotes);
        int that = TwoSentences.IndexOf("the talks", System.StringComparison.Ordinal);
        int officials = TwoSentences.IndexOf("Officials", System.StringComparison.Ordinal);
        Assert.Equal(that, quote.Content.Start);
        Assert.Equal(new SourceRange(officials, officials + "Officials".Length), quote.Speaker);
        Assert.Equal(new SourceRange(officials + "Officials ".Length, officials + "Officials said".Length), quote.Cue);
    }

    [Fact]
    public void Reported_content_ends_with_its_last_word_not_a_comma_glued_to_a_closing_mark()
    {
        var article = Parse("The governor described the fire as a “terrible situation,” adding that crews were on site.");

        var quote = Assert.Single(article.Quotes, q => q.Kind == ParsedQuoteKind.Mixed);
        string content = Clause(quote, article);
        Assert.EndsWith("terrible situation", content);
    }
}
