using Xunit;
using static NewsCorpus.Text.Tests.TestText;

namespace NewsCorpus.Text.Tests;

public class ParagraphTests
{
    private const string First = "Qeveria miratoi të hënën buxhetin e ri për vitin e ardhshëm.";
    private const string Second = "Opozita tha se buxheti nuk i përgjigjet nevojave të qytetarëve.";
    private const string Third = "Debati në parlament pritet të vazhdojë deri në fund të javës.";

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void One_paragraph_a_line_gives_one_paragraph_per_non_blank_line_for_every_line_break(string newline)
    {
        var article = Parse(Lines(newline, First, Second, Third));

        Assert.Equal(new[] { First, Second, Third }, ParagraphTexts(article));
        Assert.Null(article.Title);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Paragraphs_separated_by_blank_lines_are_found_for_every_line_break(string newline)
    {
        var article = Parse(Lines(newline, First, "", Second, "", Third));

        Assert.Equal(new[] { First, Second, Third }, ParagraphTexts(article));
    }

    [Fact]
    public void A_paragraph_hard_wrapped_over_two_lines_stays_one_paragraph_when_blank_lines_separate_paragraphs()
    {
        string text = Lines("\n",
            "Qeveria miratoi të hënën buxhetin e ri",
            "për vitin e ardhshëm.",
            "",
            "Opozita tha se buxheti nuk i përgjigjet",
            "nevojave të qytetarëve.",
            "",
            Third);

        var article = Parse(text);

        Assert.Equal(
            new[]
            {
                "Qeveria miratoi të hënën buxhetin e ri\npër vitin e ardhshëm.",
                "Opozita tha se buxheti nuk i përgjigjet\nnevojave të qytetarëve.",
                Third,
            },
            ParagraphTexts(article));
    }

    [Fact]
    public void Paragraphs_hard_wrapped_over_three_lines_each_stay_whole_when_blank_lines_separate_them()
    {
        // The splitter's own documentation: "paragraphs separated by blank lines (BBC), where a paragraph
        // may also be hard-wrapped over several lines".
        string text = Lines("\n",
            "The city council approved a new budget",
            "on Monday after a debate that lasted",
            "more than seven hours.",
            "",
            "Opposition members said the plan did",
            "not do enough for families facing",
            "higher energy bills this winter.");

        var article = Parse(text);

        Assert.Equal(
            new[]
            {
                "The city council approved a new budget\non Monday after a debate that lasted\nmore than seven hours.",
                "Opposition members said the plan did\nnot do enough for families facing\nhigher energy bills this winter.",
            },
            ParagraphTexts(article));
    }

    [Fact]
    public void A_single_stray_blank_line_in_a_one_paragraph_a_line_text_does_not_merge_lines()
    {
        string fourth = "Kryeministri nuk ka komentuar ende vendimin.";
        var article = Parse(Lines("\n", First, Second, "", Third, fourth));

        Assert.Equal(new[] { First, Second, Third, fourth }, ParagraphTexts(article));
    }

    [Fact]
    public void Trailing_and_leading_spaces_and_tabs_are_not_part_of_a_paragraph()
    {
        var article = Parse("  " + First + "   \n\t" + Second + " \t\n" + Third + "  ");

        Assert.Equal(new[] { First, Second, Third }, ParagraphTexts(article));
    }

    [Fact]
    public void Leading_blank_lines_are_skipped_and_do_not_create_empty_paragraphs()
    {
        var article = Parse("\n\n   \n" + First + "\n" + Second);

        Assert.Equal(new[] { First, Second }, ParagraphTexts(article));
        Assert.Equal(First, article.Lead!.Value.Of(article.Text));
    }

    [Fact]
    public void Trailing_blank_lines_do_not_create_empty_paragraphs()
    {
        var article = Parse(First + "\r\n" + Second + "\r\n\r\n\r\n");

        Assert.Equal(new[] { First, Second }, ParagraphTexts(article));
    }

    [Fact]
    public void A_paragraph_range_covers_the_trimmed_line_inside_the_original_text()
    {
        string text = "   " + First + "  \n" + Second;

        var article = Parse(text);

        Assert.Equal(new SourceRange(3, 3 + First.Length), article.Paragraphs[0]);
        Assert.Equal(text.IndexOf(Second, System.StringComparison.Ordinal), article.Paragraphs[1].Start);
    }

    [Fact]
    public void The_lead_is_the_first_paragraph()
    {
        var article = Parse(Lines("\n", First, Second));

        Assert.Equal(article.Paragraphs[0], article.Lead);
    }

    [Fact]
    public void A_line_holding_only_a_zero_width_space_or_a_no_break_space_counts_as_blank()
    {
        var article = Parse(First + "\n\u200B\n" + Second + "\n\u00A0\n" + Third);

        Assert.Equal(new[] { First, Second, Third }, ParagraphTexts(article));
    }
}
