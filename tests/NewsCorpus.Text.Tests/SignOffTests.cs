using Xunit;
using static NewsCorpus.Text.Tests.TestText;

namespace NewsCorpus.Text.Tests;

public class SignOffTests
{
    private const string First = "Ministri i Jashtëm u takua të martën me homologun e tij në Tiranë.";
    private const string Last = "Takimi i ardhshëm është planifikuar për muajin maj.";

    [Fact]
    public void Reported_sign_off_slash_VOA_becomes_the_source_and_leaves_the_last_paragraph()
    {
        string text = Lines("\n", First, Last + " /VOA");

        var article = Parse(text);

        Assert.Equal("VOA", article.Source);
        Assert.Equal(new[] { First, Last }, ParagraphTexts(article));
        Assert.Equal("/VOA", article.SignOff!.Value.Of(text));
    }

    [Fact]
    public void A_sign_off_alone_on_the_last_line_is_dropped_from_the_paragraphs()
    {
        string text = Lines("\n", First, Last, "/VOA");

        var article = Parse(text);

        Assert.Equal("VOA", article.Source);
        Assert.Equal(new[] { First, Last }, ParagraphTexts(article));
        Assert.Equal(new SourceRange(text.Length - 4, text.Length), article.SignOff);
    }

    [Fact]
    public void A_sign_off_alone_after_a_blank_line_is_dropped_from_blank_line_separated_paragraphs()
    {
        string text = Lines("\n", First, "", Last, "", "/VOA", "");

        var article = Parse(text);

        Assert.Equal("VOA", article.Source);
        Assert.Equal(new[] { First, Last }, ParagraphTexts(article));
    }

    [Fact]
    public void A_sign_off_on_its_own_line_under_a_wrapped_last_paragraph_is_cut_from_that_paragraph()
    {
        string text = Lines("\n",
            First,
            "",
            "Ata diskutuan bashkëpunimin rajonal.",
            "",
            "Takimi i ardhshëm është",
            "planifikuar për muajin maj.",
            "/VOA");

        var article = Parse(text);

        Assert.Equal("VOA", article.Source);
        Assert.Equal(3, article.Paragraphs.Count);
        Assert.Equal("Takimi i ardhshëm është\nplanifikuar për muajin maj.", article.Paragraphs[2].Of(text));
    }

    [Theory]
    [InlineData(" /AFP", "AFP")]
    [InlineData(" / Reuters", "Reuters")]
    [InlineData(" /Telegrafi/", "Telegrafi")]
    [InlineData(" /ATSH/  ", "ATSH")]
    public void Other_agencies_in_the_same_shape_are_reported_as_the_source(string signOff, string source)
    {
        var article = Parse(Lines("\n", First, Last + signOff));

        Assert.Equal(source, article.Source);
        Assert.Equal(Last, article.Paragraphs[1].Of(article.Text));
        Assert.Equal(signOff.Trim(), article.SignOff!.Value.Of(article.Text));
    }

    [Theory]
    [InlineData("Çmimi i naftës u rrit me 5/10 të dollarit.")]
    [InlineData("Kjo u njoftua nga ministria e jashtme/mbrojtjes.")]
    [InlineData("Analistët thonë se marrëveshja është e mirë/e keqe për rajonin.")]
    [InlineData("Më shumë informacione në faqen /lajme")]
    public void A_slash_that_is_not_an_agency_sign_off_leaves_no_source(string lastParagraph)
    {
        var article = Parse(Lines("\n", First, lastParagraph));

        Assert.Null(article.Source);
        Assert.Null(article.SignOff);
        Assert.Equal(lastParagraph, article.Paragraphs[1].Of(article.Text));
    }

    [Fact]
    public void A_full_stop_after_the_sign_off_is_not_part_of_the_agency_name()
    {
        var article = Parse(Lines("\n", First, Last + " /VOA."));

        Assert.Equal("VOA", article.Source);
        Assert.Equal(Last, article.Paragraphs[1].Of(article.Text));
    }

    [Fact]
    public void A_sign_off_in_an_earlier_paragraph_is_not_the_source()
    {
        var article = Parse(Lines("\n", First + " /VOA", Last));

        Assert.Null(article.Source);
        Assert.Equal(First + " /VOA", article.Paragraphs[0].Of(article.Text));
    }

    [Fact]
    public void The_sign_off_before_a_scraped_trailer_is_still_found()
    {
        var article = Parse(Fixture("2023-03-02-ministri-takim.txt"), "lajme/2023-03-02-ministri-takim.txt");

        Assert.Equal("VOA", article.Source);
        Assert.Equal(4, article.Paragraphs.Count);
        Assert.Equal(Last, article.Paragraphs[3].Of(article.Text));
        Assert.Equal("sq", article.Language);
    }

    [Fact]
    public void An_article_without_a_sign_off_has_no_source()
    {
        var article = Parse(Lines("\n", First, Last));

        Assert.Null(article.Source);
        Assert.Null(article.SignOff);
    }
}
