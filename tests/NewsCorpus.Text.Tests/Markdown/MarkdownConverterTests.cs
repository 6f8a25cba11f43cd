using System;
using System.Linq;
using NewsCorpus.Text.Markdown;
using Xunit;

namespace NewsCorpus.Text.Tests.Markdown;

/// <summary>Each Markdown construct, converted to the plain text the parser reads.</summary>
public class MarkdownConverterTests
{
    private static string Plain(string markdown) => MarkdownArticle.Convert(markdown).Text;

    [Fact]
    public void A_leading_atx_heading_is_the_title_line_followed_by_a_blank_line()
    {
        var converted = MarkdownArticle.Convert("# Harbour workers end strike #\n\nDock workers went back on Tuesday.\n");

        Assert.Equal("Harbour workers end strike\n\nDock workers went back on Tuesday.\n", converted.Text);
        Assert.Equal(0, converted.TitleLine);
    }

    [Theory]
    [InlineData("Harbour workers end strike\n===\n\nThey went back.\n")]
    [InlineData("Harbour workers end strike\n---\n\nThey went back.\n")]
    [InlineData("## Harbour workers end strike\n\nThey went back.\n")]
    public void A_setext_heading_or_a_heading_of_another_level_that_opens_the_article_is_its_title(string markdown)
    {
        var converted = MarkdownArticle.Convert(markdown);

        Assert.Equal("Harbour workers end strike\n\nThey went back.\n", converted.Text);
        Assert.Equal(0, converted.TitleLine);
    }

    [Fact]
    public void Later_headings_are_section_heads_and_left_out()
    {
        var converted = MarkdownArticle.Convert("The lead.\n\n# Not a title\n\n## Reaction\n\nThe reaction.\n\nA section\n---\n\nThe end.\n");

        Assert.Equal("The lead.\n\nThe reaction.\n\nThe end.\n", converted.Text);
        Assert.Null(converted.TitleLine);
    }

    [Fact]
    public void Front_matter_is_kept_as_written_and_the_title_follows_it()
    {
        var converted = MarkdownArticle.Convert("---\r\ntitle: Strike\r\ntags: [a, b]\r\n---\r\n# Heading\r\n\r\nText *here*.\r\n");

        Assert.Equal("---\ntitle: Strike\ntags: [a, b]\n---\nHeading\n\nText here.\n", converted.Text);
        Assert.Equal(4, converted.TitleLine);
    }

    [Theory]
    [InlineData("\uFEFF# Title\n\nText.\n", "Title\n\nText.\n")]
    [InlineData("\uFEFF---\ntitle: T\n---\nText.\n", "---\ntitle: T\n---\nText.\n")]
    public void A_stray_byte_order_mark_at_the_top_is_no_text(string markdown, string plain)
    {
        Assert.Equal(plain, Plain(markdown));
    }

    [Fact]
    public void An_unclosed_front_matter_delimiter_is_a_thematic_break()
    {
        Assert.Equal("Some text.\n", Plain("---\nSome text.\n"));
    }

    [Fact]
    public void Soft_wrapped_lines_and_hard_breaks_join_into_one_line_per_paragraph()
    {
        Assert.Equal("One wrapped paragraph over three lines.\n\nA hard break here and here.\n",
            Plain("One wrapped\nparagraph over\n   three lines.\n\nA hard break  \nhere and\\\nhere.\n"));
    }

    [Theory]
    [InlineData("*em* and _em_ and **strong** and __strong__ and ***both***", "em and em and strong and strong and both")]
    [InlineData("~~struck~~ out", "struck out")]
    [InlineData("2 * 3 = 6 and snake_case_name and a*b", "2 * 3 = 6 and snake_case_name and a*b")]
    [InlineData("an *unclosed emphasis", "an *unclosed emphasis")]
    [InlineData("**bold *nested* text**", "bold nested text")]
    [InlineData("intra**word**emphasis", "intrawordemphasis")]
    public void Emphasis_markers_that_pair_are_removed_and_others_kept(string markdown, string plain)
    {
        Assert.Equal(plain + "\n", Plain(markdown));
    }

    [Theory]
    [InlineData("See [the report](https://example.com/a_(b) \"Title (x)\") now.", "See the report now.")]
    [InlineData("See [the *full* report](<https://example.com/a b>) now.", "See the full report now.")]
    [InlineData("[text][ref] and [Ref] and [collapsed][]\n\n[ref]: https://example.com\n[collapsed]: /x \"t\"", "text and Ref and collapsed")]
    [InlineData("[not a link] and [text][missing]", "[not a link] and [text][missing]")]
    [InlineData("Visit <https://example.com/x> or <editor@example.com>.", "Visit https://example.com/x or editor@example.com.")]
    public void Links_keep_their_text_and_definitions_are_dropped(string markdown, string plain)
    {
        Assert.Equal(plain + "\n", Plain(markdown));
    }

    [Fact]
    public void Images_are_left_out_inline_and_as_whole_paragraphs()
    {
        Assert.Equal("Before after.\n\nNext.\n", Plain("Before ![a photo](/img/x.jpg \"t\") after.\n\n![only an image][pic]\n\nNext.\n\n[pic]: /p.png\n"));
    }

    [Theory]
    [InlineData("Run `dotnet build` now.", "Run dotnet build now.")]
    [InlineData("Type `` a ` b `` here.", "Type a ` b here.")]
    [InlineData("A `*literal*` star.", "A *literal* star.")]
    [InlineData("An `unclosed code span.", "An `unclosed code span.")]
    public void Code_spans_keep_their_code_as_written(string markdown, string plain)
    {
        Assert.Equal(plain + "\n", Plain(markdown));
    }

    [Fact]
    public void Fenced_and_indented_code_blocks_are_left_out()
    {
        string markdown = "Before.\n\n```csharp\nvar x = \"quote\";\n\n```\n\n~~~~\ncode ~~~\n~~~~\n\n    indented code\n\n    more code\n\nAfter.\n";

        Assert.Equal("Before.\n\nAfter.\n", Plain(markdown));
    }

    [Fact]
    public void An_unclosed_fence_runs_to_the_end()
    {
        Assert.Equal("Before.\n", Plain("Before.\n\n```\nnever closed\n\nstill code\n"));
    }

    [Fact]
    public void Pipe_tables_are_left_out()
    {
        string markdown = "Before.\n\n| Party | Seats |\n|:------|------:|\n| A | 10 |\n| B | 12 |\n\nAfter.\n";

        Assert.Equal("Before.\n\nAfter.\n", Plain(markdown));
    }

    [Fact]
    public void Block_quotes_are_paragraphs_of_their_own_with_lazy_lines()
    {
        string markdown = "He spoke.\n> “We will not go back,” she said,\nlazily continued.\n>\n> > Nested quote.\n\nAfter.\n";

        Assert.Equal("He spoke.\n\n“We will not go back,” she said, lazily continued.\n\nNested quote.\n\nAfter.\n", Plain(markdown));
    }

    [Fact]
    public void Each_list_item_is_a_paragraph()
    {
        string markdown = "The demands:\n- higher pay,\n  wrapped\n* shorter shifts\n\n1. first\n2) second\n   - [x] nested done\n\n    continued item paragraph\n\nAfter.\n";

        Assert.Equal("The demands:\n\nhigher pay, wrapped\n\nshorter shifts\n\nfirst\n\nsecond\n\nnested done\n\ncontinued item paragraph\n\nAfter.\n", Plain(markdown));
    }

    [Fact]
    public void A_number_other_than_one_does_not_interrupt_a_paragraph()
    {
        Assert.Equal("In the year 2024. It rained.\n", Plain("In the year\n2024. It rained.\n"));
    }

    [Fact]
    public void Html_tags_are_stripped_and_comments_and_script_blocks_dropped()
    {
        string markdown = "<!-- editor's note\nover lines -->\nA <b>bold</b> move<br>today <span class=\"x\">here</span>.<!-- inline -->\n\n<script>\nalert(\"x\");\n</script>\n\n<p>Para</p>\n";

        Assert.Equal("A bold move today here.\n\nPara\n", Plain(markdown));
    }

    [Theory]
    [InlineData("Tom &amp; Jerry &quot;live&quot; &lt;here&gt;", "Tom & Jerry \"live\" <here>")]
    [InlineData("a&nbsp;b &#8220;c&#x201D; &#0; &unknown; &", "a\u00A0b “c” \uFFFD &unknown; &")]
    [InlineData("a&#10;b", "a b")]
    [InlineData("&#x1F600;", "😀")]
    public void Entities_are_decoded(string markdown, string plain)
    {
        Assert.Equal(plain + "\n", Plain(markdown));
    }

    [Theory]
    [InlineData("\\*not emphasis\\* and \\[not a link\\] and \\# and \\\\", "*not emphasis* and [not a link] and # and \\")]
    [InlineData("a \\q b", "a \\q b")]
    public void Backslash_escapes_give_the_character(string markdown, string plain)
    {
        Assert.Equal(plain + "\n", Plain(markdown));
    }

    [Theory]
    [InlineData("Before.\n\n***\n\nAfter.\n")]
    [InlineData("Before.\n\n- - -\n\nAfter.\n")]
    [InlineData("Before.\n\n___\n\nAfter.\n")]
    public void Thematic_breaks_are_left_out(string markdown)
    {
        Assert.Equal("Before.\n\nAfter.\n", Plain(markdown));
    }

    [Fact]
    public void Footnote_references_and_definitions_are_left_out()
    {
        Assert.Equal("Officials said so.\n", Plain("Officials said so.[^1]\n\n[^1]: A note.\n"));
    }

    [Fact]
    public void Every_character_maps_to_where_it_stands_in_the_file()
    {
        string markdown = "# Title\n\nSome **bold** [link](u) text.\n";
        var converted = MarkdownArticle.Convert(markdown);

        int bold = converted.Text.IndexOf("bold", StringComparison.Ordinal);
        Assert.Equal(markdown.IndexOf("bold", StringComparison.Ordinal), converted.SourceOffsetOf(bold));
        int link = converted.Text.IndexOf("link", StringComparison.Ordinal);
        Assert.Equal(new SourceRange(markdown.IndexOf("link", StringComparison.Ordinal), markdown.IndexOf("link", StringComparison.Ordinal) + 4),
            converted.SourceRangeOf(new SourceRange(link, link + 4)));
        Assert.All(Enumerable.Range(0, converted.Text.Length), i => Assert.InRange(converted.SourceOffsetOf(i), 0, markdown.Length));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("```")]
    [InlineData("[")]
    [InlineData("![")]
    [InlineData("<")]
    [InlineData("&#")]
    [InlineData("> ")]
    [InlineData("#")]
    [InlineData("- ")]
    [InlineData("|\n|-")]
    public void Fragments_convert_without_throwing(string markdown)
    {
        var converted = MarkdownArticle.Convert(markdown);

        Assert.DoesNotContain('\r', converted.Text);
    }

    [Theory]
    [InlineData("world/harbour-strike.md", true)]
    [InlineData("world/NOTES.MD", true)]
    [InlineData("world/harbour-strike.txt", false)]
    [InlineData("world/harbour.md.txt", false)]
    public void Markdown_is_known_by_its_extension(string path, bool markdown)
    {
        Assert.Equal(markdown, MarkdownArticle.IsMarkdownPath(path));
    }
}
