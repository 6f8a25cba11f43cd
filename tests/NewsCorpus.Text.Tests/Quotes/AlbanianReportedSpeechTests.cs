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

    [Fact]
    public void English_keeps_that_as_its_evaluation_set_marks_it()
    {
        var article = Parse("The mayor said that the road would open in spring.");

        Assert.Equal("that the road would open in spring", Clause(Assert.Single(article.Quotes), article));
    }
}
