using System;
using System.Linq;
using CsCheck;
using NewsCorpus.Generator.Tests.TestHelpers;
using NewsCorpus.Text.Markdown;
using Xunit;

namespace NewsCorpus.Generator.Tests.Properties;

/// <summary>
/// Random Markdown, made of the syntax's own pieces in any order and unfinished: the conversion never throws, keeps
/// every character's place in the file in order, and writes no line break inside a paragraph; the generator turns any
/// such file into an article that compiles warning-free and reads back as the converted text.
/// </summary>
public sealed class MarkdownProperties
{
    private static readonly string[] Syntax =
    [
        "# ", "## ", "###### ", "#", "\n===\n", "\n---\n", "---\n", "***", "___", "- ", "* ", "+ ", "1. ", "2) ", "> ", ">", "    ",
        "\t", "```", "~~~", "`", "``", "*", "**", "_", "__", "~~", "[", "]", "](", "(", ")", "][", "[]", "![", "[^1]", "[^1]: ",
        "[ref]: /u \"t\"\n", "<", ">", "</", "<b>", "</b>", "<br>", "<!--", "-->", "<script>", "</script>", "<https://x.y>", "<a@b.c>",
        "&", "&amp;", "&#", "&#x", "&#0;", "&#10;", "&#x1F600;", "&nbsp;", ";", "\\", "\\*", "\\\n", "  \n", "|", "| a | b |\n|---|---|\n",
        "\n", "\n\n", "\r\n", "\r", " ", "\u2028", "\uD800", "\uFEFF", "\0", "“", "”", "\"",
    ];

    private static readonly string[] Words =
    [
        "Harbour workers end strike", "The minister said", "said", "“We will win,” she said.", "Ai tha se", "on Tuesday", "word",
        "title: Strike", "date: 2024-05-14", "By Jane Doe", "/VOA",
    ];

    private static readonly Gen<string> Fragment = Gen.Frequency(
        (6, Gen.OneOf(Syntax)),
        (4, Gen.OneOf(Words)),
        (1, Gen.Char.Select(c => c.ToString())));

    private static readonly Gen<string> MarkdownText = Fragment.Array[0, 50].Select(string.Concat);

    [Fact]
    public void Any_markdown_converts_without_throwing_and_keeps_every_character_in_place()
    {
        MarkdownText.Sample(markdown =>
        {
            var converted = MarkdownArticle.Convert(markdown);

            int previous = 0;
            for (int i = 0; i < converted.Text.Length; i++)
            {
                int offset = converted.SourceOffsetOf(i);
                Assert.InRange(offset, previous, markdown.Length);
                previous = offset;
            }

            Assert.DoesNotContain('\r', converted.Text);
            Assert.True(converted.Text.Length == 0 || converted.Text.EndsWith('\n'));
            _ = NewsCorpus.Text.ArticleParser.Parse(markdown, "a.md");
        }, seed: PropertyRuns.Seed, iter: PropertyRuns.Iterations(3000), print: PropertyRuns.Escape);
    }

    [Fact]
    public void Any_markdown_article_compiles_warning_free_and_reads_back_as_its_plain_text()
    {
        MarkdownText.Array[1, 3].Sample(texts =>
        {
            var files = texts.Select((text, i) => new CorpusFile($"a{i}.md", text)).ToList();
            var (output, result) = new GeneratorHarness(files).Run();

            Assert.Null(result.Results.Single().Exception);
            Assert.Empty(output.GetDiagnostics());
            Assert.All(result.Diagnostics, d => Assert.StartsWith("NC", d.Id, StringComparison.Ordinal));
            foreach (var article in RoundTrip.Catalog(output, "Newsroom.Articles"))
            {
                var file = files.Single(f => f.RelativePath == article.Path);
                Assert.Equal(MarkdownArticle.Convert(file.GetText().ToString()).Text, article.Text);
            }
        }, seed: PropertyRuns.Seed, iter: PropertyRuns.Iterations(60), print: texts => string.Join(", ", texts.Select(PropertyRuns.Escape)));
    }
}
