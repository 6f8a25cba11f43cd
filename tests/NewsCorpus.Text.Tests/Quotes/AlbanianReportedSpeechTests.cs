using NewsCorpus.Text.Quotes;
using Xunit;
using static NewsCorpus.Text.Tests.QuoteExtraction.QuoteChecks;
using static NewsCorpus.Text.Tests.TestText;

namespace NewsCorpus.Text.Tests.QuoteExtraction;

/// <summary>The Albanian attribution conventions (docs/annotation.md), on sentences written for the tests.</summary>
public class AlbanianReportedSpeechTests
{
    [Theory]
    [InlineData("Kryetari i komunës tha se rruga do të hapet në pranverë.", "rruga do të hapet në pranverë")]
    [InlineData("Drejtoresha e shkollës deklaroi që mësimi fillon të hënën.", "mësimi fillon të hënën")]
    public void The_complementizer_is_no_part_of_the_content(string paragraph, string content)
    {
        var article = Parse(paragraph);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(ParsedQuoteKind.Indirect, quote.Kind);
        Assert.Equal(content, Clause(quote, article));
    }

    [Theory]
    [InlineData("Kryetari i komunës ka thënë se rruga do të hapet në pranverë.", "Kryetari i komunës", "ka thënë", "rruga do të hapet në pranverë")]
    [InlineData("Ministrja i tha gazetarit se buxheti është gati.", "Ministrja", "i tha", "buxheti është gati")]
    [InlineData("Drejtori e ka konfirmuar se shkolla mbetet e mbyllur.", "Drejtori", "e ka konfirmuar", "shkolla mbetet e mbyllur")]
    [InlineData("Deputeti u shpreh se votimi ishte i drejtë.", "Deputeti", "u shpreh", "votimi ishte i drejtë")]
    [InlineData("Qeveria bëri të ditur se masat do të lehtësohen.", "Qeveria", "bëri të ditur", "masat do të lehtësohen")]
    [InlineData("Kryeministri bëri thirrje që qytetarët të votojnë të dielën.", "Kryeministri", "bëri thirrje", "qytetarët të votojnë të dielën")]
    [InlineData("Opozita kërkoi që ministri të japë dorëheqje.", "Opozita", "kërkoi", "ministri të japë dorëheqje")]
    public void Albanian_cues_take_their_auxiliaries_and_clitics(string paragraph, string speaker, string cue, string content)
    {
        var article = Parse(paragraph);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(speaker, quote.Speaker.Of(article));
        Assert.Equal(cue, quote.Cue.Of(article));
        Assert.Equal(content, Clause(quote, article));
    }

    [Fact]
    public void English_keeps_that_as_its_evaluation_set_marks_it()
    {
        var article = Parse("The mayor said that the road would open in spring.");

        Assert.Equal("that the road would open in spring", Clause(Assert.Single(article.Quotes), article));
    }
}
