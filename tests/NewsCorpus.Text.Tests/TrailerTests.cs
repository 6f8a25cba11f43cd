using Xunit;
using static NewsCorpus.Text.Tests.TestText;

namespace NewsCorpus.Text.Tests;

public class TrailerTests
{
    private const string First = "Parlamenti miratoi ligjin e ri për arsimin me 80 vota pro.";
    private const string Last = "Ligji hyn në fuqi nga viti i ardhshëm shkollor.";

    [Fact]
    public void Discussion_about_this_post_is_left_out_of_the_paragraphs_and_reported_as_NC0004_info()
    {
        string text = Lines("\n", First, Last, "Discussion about this post");

        var article = Parse(text);

        Assert.Equal(new[] { First, Last }, ParagraphTexts(article));
        var finding = Assert.Single(article.Diagnostics);
        Assert.Equal(DiagnosticIds.ScrapedTrailer, finding.Id);
        Assert.Equal(FindingSeverity.Info, finding.Severity);
        Assert.Equal("Discussion about this post", finding.Range.Of(text));
        Assert.Contains("Discussion about this post", finding.Message);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void The_trailer_finding_stands_on_the_trailer_line(string newline)
    {
        string text = Lines(newline, First, "", Last, "", "Discussion about this post", "");

        var finding = Assert.Single(Parse(text).Diagnostics);

        Assert.Equal(4, finding.StartLine);
        Assert.Equal(5, finding.Line);
        Assert.Equal(0, finding.StartColumn);
    }

    [Fact]
    public void Trailer_case_and_surrounding_spaces_do_not_matter()
    {
        string text = Lines("\n", First, Last, "   DISCUSSION ABOUT THIS POST  ");

        var article = Parse(text);

        Assert.Equal(new[] { First, Last }, ParagraphTexts(article));
        var finding = Assert.Single(article.Diagnostics);
        Assert.Equal(DiagnosticIds.ScrapedTrailer, finding.Id);
        Assert.Equal(3, finding.StartColumn);
    }

    [Fact]
    public void Several_trailer_lines_at_the_end_are_all_removed_and_each_reported()
    {
        string text = Lines("\n", First, Last, "Shpërndaje", "", "Komentet", "Discussion about this post");

        var article = Parse(text);

        Assert.Equal(new[] { First, Last }, ParagraphTexts(article));
        var findings = DiagnosticsWith(article, DiagnosticIds.ScrapedTrailer);
        Assert.Equal(new[] { 2, 4, 5 }, System.Array.ConvertAll(findings, f => f.StartLine));
    }

    [Fact]
    public void A_trailer_word_inside_the_article_is_kept_as_a_paragraph()
    {
        string text = Lines("\n", First, "Related", Last);

        var article = Parse(text);

        Assert.Equal(new[] { First, "Related", Last }, ParagraphTexts(article));
        Assert.Empty(article.Diagnostics);
    }

    [Fact]
    public void A_line_that_only_contains_the_trailer_words_among_others_is_not_a_trailer()
    {
        string last = "Readers left a discussion about this post on the forum.";
        var article = Parse(Lines("\n", First, last));

        Assert.Equal(new[] { First, last }, ParagraphTexts(article));
        Assert.Empty(article.Diagnostics);
    }

    [Fact]
    public void The_trailer_text_stays_in_the_article_text()
    {
        string text = Lines("\n", First, Last, "Discussion about this post");

        var article = Parse(text);

        Assert.Equal(text, article.Text);
    }
}
