using System;
using System.Linq;
using Xunit;
using static NewsCorpus.Text.Tests.TestText;

namespace NewsCorpus.Text.Tests;

public class OffsetTests
{
    private static readonly string[] CrlfArticle =
    {
        "Zgjedhjet lokale në Shkodër",
        "",
        "Komisioni zgjedhor njoftoi të dielën rezultatet e para.",
        "",
        "Kandidati fitues tha: “Kjo është fitore e qytetarëve.”",
        "",
        "Numërimi vazhdon në disa qendra votimi. /VOA",
        "",
        "Discussion about this post",
    };

    [Fact]
    public void Every_range_of_a_CRLF_article_is_a_UTF16_offset_into_the_original_text()
    {
        string text = Lines("\r\n", CrlfArticle);

        var article = Parse(text);

        Assert.Equal(text, article.Text);
        Assert.Equal("Zgjedhjet lokale në Shkodër", article.Title!.Value.Of(text));
        Assert.Equal(
            new[]
            {
                "Komisioni zgjedhor njoftoi të dielën rezultatet e para.",
                "Kandidati fitues tha: “Kjo është fitore e qytetarëve.”",
                "Numërimi vazhdon në disa qendra votimi.",
            },
            article.Paragraphs.Select(p => p.Of(text)));
        Assert.Equal("Kjo është fitore e qytetarëve.", Assert.Single(article.Quotes).Content.Of(text));
        Assert.Equal("/VOA", article.SignOff!.Value.Of(text));
        Assert.Equal("Discussion about this post", Assert.Single(article.Diagnostics).Range.Of(text));
    }

    [Fact]
    public void Offsets_after_CRLF_count_both_line_break_characters()
    {
        string text = Lines("\r\n", CrlfArticle);

        var article = Parse(text);

        int expectedStart = CrlfArticle[0].Length + 2 + 2; // title, CRLF, empty line, CRLF
        Assert.Equal(expectedStart, article.Paragraphs[0].Start);
    }

    [Fact]
    public void A_leading_byte_order_mark_left_in_the_text_counts_as_one_offset_and_is_not_part_of_any_range()
    {
        string body = Lines("\r\n", CrlfArticle);
        string text = "\uFEFF" + body;

        var article = Parse(text);
        var plain = Parse(body);

        Assert.Equal("Zgjedhjet lokale në Shkodër", article.TitleText);
        Assert.Equal(new SourceRange(1, 1 + CrlfArticle[0].Length), article.Title);
        Assert.Equal(plain.Paragraphs.Select(p => new SourceRange(p.Start + 1, p.End + 1)), article.Paragraphs);
        Assert.Equal(plain.Quotes.Select(q => q.Content.Of(body)), article.Quotes.Select(q => q.Content.Of(text)));
        Assert.Equal(plain.Quotes[0].Content.Start + 1, article.Quotes[0].Content.Start);
        Assert.Equal("/VOA", article.SignOff!.Value.Of(text));
        Assert.Equal("Discussion about this post", Assert.Single(article.Diagnostics).Range.Of(text));
    }

    [Fact]
    public void A_byte_order_mark_before_a_one_paragraph_a_line_text_is_trimmed_from_the_first_paragraph()
    {
        string text = "\uFEFFParagrafi i parë.\nParagrafi i dytë.";

        var article = Parse(text);

        Assert.Equal(new SourceRange(1, 18), article.Paragraphs[0]);
        Assert.Equal("Paragrafi i parë.", article.Paragraphs[0].Of(text));
    }

    [Fact]
    public void Characters_outside_the_basic_plane_count_as_two_UTF16_code_units()
    {
        // U+1F4F0 (newspaper) is a surrogate pair in UTF-16.
        string text = "\U0001F4F0 Lajm i fundit.\nAi tha: “Po.”";

        var article = Parse(text);

        Assert.Equal(2, "\U0001F4F0".Length);
        Assert.Equal(text.IndexOf("Po.", StringComparison.Ordinal), article.Quotes[0].Content.Start);
        Assert.Equal("Po.", article.Quotes[0].Content.Of(text));
    }

    [Fact]
    public void Decomposed_letters_are_not_normalised_so_offsets_still_match_the_file()
    {
        string decomposed = "Ministri tha: “Çështja u mbyll.”".Normalize(System.Text.NormalizationForm.FormD);

        var article = Parse(decomposed);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Çështja u mbyll.".Normalize(System.Text.NormalizationForm.FormD), quote.Content.Of(decomposed));
        Assert.Equal(decomposed, article.Text);
    }

    [Fact]
    public void Trim_leaves_out_white_space_byte_order_marks_and_zero_width_spaces()
    {
        string text = "\uFEFF \u200B\tLajm\u00A0 \n";

        var trimmed = new SourceRange(0, text.Length).Trim(text);

        Assert.Equal("Lajm", trimmed.Of(text));
        Assert.Equal(new SourceRange(4, 8), trimmed);
    }

    [Fact]
    public void A_range_knows_its_length_and_what_it_contains()
    {
        var outer = new SourceRange(5, 20);

        Assert.Equal(15, outer.Length);
        Assert.True(outer.Contains(new SourceRange(5, 20)));
        Assert.True(outer.Contains(new SourceRange(10, 12)));
        Assert.False(outer.Contains(new SourceRange(4, 12)));
        Assert.False(outer.Contains(new SourceRange(10, 21)));
    }

    [Fact]
    public void Quote_and_paragraph_ranges_lie_inside_the_text_and_quotes_inside_their_paragraph()
    {
        string text = Fixture("2023-03-02-ministri-takim.txt");

        var article = Parse(text);

        Assert.All(article.Quotes, q => Assert.True(article.Paragraphs[q.ParagraphIndex].Contains(q.Content)));
        Assert.All(article.Paragraphs, p => Assert.InRange(p.End, p.Start + 1, text.Length));
        var quote = Assert.Single(article.Quotes, q => q.Kind == Quotes.ParsedQuoteKind.Direct);
        Assert.Equal("marrëdhëniet mes dy vendeve janë në nivelin më të mirë të tyre", quote.Content.Of(text));
    }
}
