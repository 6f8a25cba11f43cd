using Xunit;
using static NewsCorpus.Text.Tests.TestText;

namespace NewsCorpus.Text.Tests;

public class TitleTests
{
    private const string Body1 = "Dock workers at the city's main port have voted to walk out next month in a dispute over pay.";
    private const string Body2 = "The union said most of its members had backed the action.";

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void A_short_first_line_without_final_punctuation_followed_by_a_blank_line_is_the_title(string newline)
    {
        var article = Parse(Lines(newline, "Harbour workers vote to strike", "", Body1, "", Body2));

        Assert.Equal("Harbour workers vote to strike", article.TitleText);
        Assert.Equal(new[] { Body1, Body2 }, ParagraphTexts(article));
    }

    [Fact]
    public void The_title_is_not_one_of_the_paragraphs_and_the_lead_is_the_first_body_paragraph()
    {
        var article = Parse(Lines("\n", "Harbour workers vote to strike", "", Body1, "", Body2));

        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Equal(Body1, article.Lead!.Value.Of(article.Text));
        Assert.DoesNotContain(article.Paragraphs, p => p.Of(article.Text).Contains("Harbour workers vote"));
    }

    [Fact]
    public void A_title_over_one_paragraph_a_line_body_leaves_every_body_line_a_paragraph()
    {
        var article = Parse(Lines("\n", "Harbour workers vote to strike", "", Body1, Body2));

        Assert.Equal("Harbour workers vote to strike", article.TitleText);
        Assert.Equal(new[] { Body1, Body2 }, ParagraphTexts(article));
    }

    [Fact]
    public void The_title_is_found_after_leading_blank_lines_and_is_trimmed()
    {
        string text = "\n\n  Harbour workers vote to strike  \n\n" + Body1;

        var article = Parse(text);

        Assert.Equal("Harbour workers vote to strike", article.TitleText);
        Assert.Equal(text.IndexOf("Harbour", System.StringComparison.Ordinal), article.Title!.Value.Start);
    }

    [Theory]
    [InlineData("Harbour workers vote to strike:")]
    [InlineData("Punëtorët e portit votuan për grevë,")]
    [InlineData("Harbour workers vote to strike;")]
    public void A_first_line_ending_with_a_colon_a_comma_or_a_semicolon_without_a_deck_is_not_a_title(string firstLine)
    {
        var article = Parse(Lines("\n", firstLine, "", Body1, "", Body2));

        Assert.Null(article.Title);
        Assert.Equal(new[] { firstLine, Body1, Body2 }, ParagraphTexts(article));
    }

    [Theory]
    [InlineData("Harbour workers vote to strike.", "Harbour workers vote to strike")]
    [InlineData("Another Port Union Backs The Strike.", "Another Port Union Backs The Strike")]
    [InlineData("Mayor to frame harbour vote as ‘jobs’ test.", "Mayor to frame harbour vote as ‘jobs’ test")]
    [InlineData("Harbour strike looms. Again.", "Harbour strike looms. Again")]
    public void A_headline_ending_with_a_full_stop_is_the_title_without_it(string firstLine, string title)
    {
        var article = Parse(Lines("\n", firstLine, "", Body1, "", Body2));

        Assert.Equal(title, article.TitleText);
        Assert.Equal(new[] { Body1, Body2 }, ParagraphTexts(article));
    }

    [Theory]
    [InlineData(Body1)] // a body's sentence: articles and auxiliaries a headline drops
    [InlineData("Harbour workers in the north of the country voted by a large majority to walk out for two days next month in a dispute over pay and hours.")]
    [InlineData("Dock workers have voted to strike. The union says most members backed the walkout in a ballot.")]
    public void A_first_paragraph_that_is_a_sentence_of_the_body_is_no_title(string firstParagraph)
    {
        var article = Parse(Lines("\n", firstParagraph, "", Body2));

        Assert.Null(article.Title);
        Assert.Equal(new[] { firstParagraph, Body2 }, ParagraphTexts(article));
    }

    [Fact]
    public void A_headline_ending_with_a_semicolon_over_a_deck_line_is_the_title_and_the_deck_the_subtitle()
    {
        var article = Parse(Lines("\n", "Harbour workers vote to strike; ", "Union leaders promise a walkout of two days next month", "", Body1, "", Body2));

        Assert.Equal("Harbour workers vote to strike", article.TitleText);
        Assert.Equal("Union leaders promise a walkout of two days next month", article.SubtitleText);
        Assert.Equal(new[] { Body1, Body2 }, ParagraphTexts(article));
        Assert.Equal(Body1, article.Lead!.Value.Of(article.Text));
    }

    [Theory]
    [InlineData("Could cheap flights be over for good?")]
    [InlineData("Goal of the season!")]
    [InlineData("Port union 'set to call strike'")]
    [InlineData("Minister: “No deal with the union”")]
    [InlineData("Harbour strike: what happens next...")]
    public void Question_exclamation_quoted_and_ellipsis_headlines_are_titles(string firstLine)
    {
        var article = Parse(Lines("\n", firstLine, "", Body1, "", Body2));

        Assert.Equal(firstLine, article.TitleText);
        Assert.Equal(new[] { Body1, Body2 }, ParagraphTexts(article));
    }

    [Fact]
    public void A_short_first_line_without_a_blank_line_after_it_is_not_a_title()
    {
        var article = Parse(Lines("\n", "Harbour workers vote to strike", Body1, Body2));

        Assert.Null(article.Title);
        Assert.Equal("Harbour workers vote to strike", article.Lead!.Value.Of(article.Text));
    }

    [Fact]
    public void A_first_line_longer_than_the_maximum_is_not_a_title()
    {
        string longLine = new string('x', 151);
        string justShortEnough = new string('y', 150);

        Assert.Null(Parse(Lines("\n", longLine, "", Body1)).Title);
        Assert.Equal(justShortEnough, Parse(Lines("\n", justShortEnough, "", Body1)).TitleText);
    }

    [Fact]
    public void A_lone_line_followed_only_by_blank_lines_is_a_paragraph_not_a_title()
    {
        var article = Parse("Harbour workers vote to strike\n\n\n");

        Assert.Null(article.Title);
        Assert.Equal(new[] { "Harbour workers vote to strike" }, ParagraphTexts(article));
        Assert.False(article.IsEmpty);
    }

    [Fact]
    public void A_line_followed_only_by_a_trailer_is_not_taken_for_a_title()
    {
        var article = Parse("Harbour workers vote to strike\n\nDiscussion about this post\n");

        Assert.Null(article.Title);
        Assert.Equal(new[] { "Harbour workers vote to strike" }, ParagraphTexts(article));
    }

    [Fact]
    public void The_title_fixture_article_has_its_title_and_three_paragraphs()
    {
        var article = Parse(Fixture("2021-05-10-harbour-strike.txt"), "2021-05-10-harbour-strike.txt");

        Assert.Equal("Harbour workers vote to strike", article.TitleText);
        Assert.Equal(3, article.Paragraphs.Count);
        Assert.StartsWith("\"We have been patient", article.Paragraphs[2].Of(article.Text));
        Assert.Equal("en", article.Language);
    }
}
