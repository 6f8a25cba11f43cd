namespace SampleTests;

public class ArticleTests
{
    // IdTheoryData is generated because the project references xunit: one case per article, named by its id.
    [Theory]
    [MemberData(nameof(Articles.IdTheoryData), MemberType = typeof(Articles))]
    public void Every_article_has_a_headline_a_date_and_a_paragraph(string id)
    {
        var article = Articles.Get(id);

        Assert.NotNull(article.Title);
        Assert.NotNull(article.Published);
        Assert.NotEmpty(article.Paragraphs);
        Assert.Equal("en", article.Language);
    }

    [Theory]
    [MemberData(nameof(Articles.IdTheoryData), MemberType = typeof(Articles))]
    public void Every_quote_lies_in_a_paragraph_of_its_article(string id)
    {
        var article = Articles.Get(id);

        Assert.All(article.Quotes, quote => Assert.InRange(quote.ParagraphIndex, 0, article.Paragraphs.Count - 1));
    }

    [Fact]
    public void The_council_vote_quotes_its_speaker_with_the_cue()
    {
        var quote = Assert.Single(Articles.QuotesBy("Amara Cole"));

        Assert.Equal("says", quote.Cue);
        Assert.StartsWith("We cannot keep", quote.Text, StringComparison.Ordinal);
    }
}
