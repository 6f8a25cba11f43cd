using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsCorpus.Generator.Tests.TestHelpers;
using Xunit;

namespace NewsCorpus.Generator.Tests;

/// <summary>
/// Markdown articles (<c>corpus/**/*.md</c>): a typed article whose text is the Markdown's plain text, read back at run
/// time from generated code (the file's own bytes, which the build embeds as a resource, would give the markup),
/// with findings at the Markdown file's lines.
/// </summary>
public class MarkdownTests
{
    private static readonly Dictionary<string, string> Embedding = new()
    {
        ["RootNamespace"] = "Newsroom",
        ["NewsCorpusEmbedAsResources"] = "true",
    };

    private const string Markdown =
        "---\n" +
        "source: Harbour Gazette\n" +
        "---\n" +
        "# Harbour workers *end* strike\n" +
        "\n" +
        "Dock workers at the [main port](https://example.com) returned\n" +
        "on **Tuesday**.\n" +
        "\n" +
        "> “We have been patient,” said Maria Lopez.\n" +
        "\n" +
        "```\n" +
        "code that is no article text\n" +
        "```\n";

    private const string PlainText =
        "---\n" +
        "source: Harbour Gazette\n" +
        "---\n" +
        "Harbour workers end strike\n" +
        "\n" +
        "Dock workers at the main port returned on Tuesday.\n" +
        "\n" +
        "“We have been patient,” said Maria Lopez.\n";

    [Fact]
    public void A_markdown_file_becomes_a_typed_article_whose_text_is_the_plain_text()
    {
        var file = new CorpusFile("world/harbour-strike.md", Markdown);

        var (output, result) = new GeneratorHarness([file], Embedding).Run();

        Assert.Empty(output.GetDiagnostics());
        Assert.Empty(result.Diagnostics);
        // The build embeds the .md file's bytes as a resource too; the article must not read its body from there.
        var catalog = RoundTrip.GeneratedType(output, "Newsroom.Articles", file.AsResource());
        var article = (NewsCorpus.Article)catalog.GetField("HarbourStrike")!.GetValue(null)!;
        Assert.Equal("harbour-strike", article.Id); // as world/harbour-strike.txt would have it
        Assert.Equal("world", article.Category);
        Assert.Equal("world/harbour-strike.md", article.Path);
        Assert.Equal(PlainText, article.Text);
        Assert.Equal("Harbour workers end strike", article.Title);
        Assert.Equal("Harbour Gazette", article.Source);
        Assert.Equal(["Dock workers at the main port returned on Tuesday.", "“We have been patient,” said Maria Lopez."], article.Paragraphs.Select(p => p.Text));
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("We have been patient", quote.Text);
        Assert.Equal("Maria Lopez", quote.Speaker);
        Assert.All(article.Paragraphs, p => Assert.Equal(p.Text, article.Text.Substring(p.Range.Start, p.Range.Length)));
    }

    [Fact]
    public void A_finding_in_a_markdown_file_is_reported_at_its_line_and_column_there()
    {
        string markdown = "# Talks\n\nA *first* paragraph.\n\n```\ncode\n```\n\nThe **minister** said: \"we will see.\n";
        var file = new CorpusFile("talks.md", markdown);

        var (_, result) = new GeneratorHarness([file]).Run();

        var finding = Assert.Single(result.Diagnostics, d => d.Id == "NC0005");
        var span = finding.Location.GetLineSpan();
        Assert.Equal("/project/corpus/talks.md", span.Path);
        Assert.Equal(8, span.StartLinePosition.Line);
        Assert.Equal(markdown.Split('\n')[8].IndexOf('"'), span.StartLinePosition.Character);
        Assert.Equal("\"", markdown.Substring(finding.Location.SourceSpan.Start, finding.Location.SourceSpan.Length));
    }

    [Fact]
    public void A_txt_and_an_md_file_of_one_name_are_told_apart_by_their_whole_paths()
    {
        var text = new CorpusFile("world/harbour-strike.txt", "Strike ends\n\nThe text version.\n");
        var markdown = new CorpusFile("world/harbour-strike.md", "# Strike ends\n\nThe Markdown version.\n");

        var (output, result) = new GeneratorHarness([text, markdown]).Run();

        Assert.Empty(output.GetDiagnostics());
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "NC0003");
        var ids = RoundTrip.Catalog(output, "Newsroom.Articles").ToDictionary(a => a.Id, a => a.Text);
        Assert.Equal(["world/harbour-strike.md", "world/harbour-strike.txt"], ids.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Strike ends\n\nThe Markdown version.\n", ids["world/harbour-strike.md"]);
        var catalog = RoundTrip.GeneratedType(output, "Newsroom.Articles");
        Assert.Equal("world/harbour-strike.md", ((NewsCorpus.Article)catalog.GetField("WorldHarbourStrikeMd")!.GetValue(null)!).Path);
        Assert.Equal("world/harbour-strike.txt", ((NewsCorpus.Article)catalog.GetField("WorldHarbourStrikeTxt")!.GetValue(null)!).Path);
    }

    [Fact]
    public void Only_txt_and_md_files_under_the_corpus_folder_are_articles()
    {
        var files = new[]
        {
            new CorpusFile("a.md", "# A\n\nText a.\n"),
            new CorpusFile("b.MD", "# B\n\nText b.\n"),
            new CorpusFile("c.markdown", "# C\n\nText c.\n", fullPath: "/project/corpus/c.markdown"),
            new CorpusFile("d.mdx", "# D\n\nText d.\n", fullPath: "/project/corpus/d.mdx"),
        };

        var (output, _) = new GeneratorHarness(files, new Dictionary<string, string> { ["RootNamespace"] = "Newsroom", ["NewsCorpusHasLinkedArticles"] = "false" }).Run();

        Assert.Equal(["a", "b"], RoundTrip.Catalog(output, "Newsroom.Articles").Select(a => a.Id).Order(StringComparer.Ordinal));
    }
}
