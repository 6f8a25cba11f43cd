using System;
using System.Linq;
using System.Text;
using NewsCorpus.Generator.Tests.TestHelpers;
using Xunit;

namespace NewsCorpus.Generator.Tests;

/// <summary>
/// Bodies carried as manifest resources (issue 7): the build targets embed each article file and name the
/// resource in NewsCorpusResource; the generated class reads its body from there, checked against what the
/// generator read, and keeps a literal whenever the runtime could not decode the file to the same text.
/// </summary>
public class ResourceTests
{
    private const string English = "Harbour deal\n\nDock workers said “we are back” on Tuesday.\n";
    private const string Albanian = "Marrëveshja\n\nZyrtarët thanë se punëtorët u kthyen të martën.\n";

    [Fact]
    public void Bodies_of_embedded_files_are_read_from_their_resources_and_never_written_into_the_source()
    {
        var utf8 = new CorpusFile("news/harbour.txt", English) { Resource = "NewsCorpus/news/harbour.txt" };
        var utf16 = new CorpusFile("news/marreveshja.txt", Albanian, encoding: Encoding.Unicode) { Resource = "NewsCorpus/news/marreveshja.txt" };
        var notEmbedded = new CorpusFile("plain.txt", "Plain text\n\nA lead without a resource.\n");

        var (output, result) = new GeneratorHarness([utf8, utf16, notEmbedded]).Run();

        Assert.Empty(output.GetDiagnostics());
        var sources = GeneratorHarness.Sources(result);
        Assert.Contains("DecodeText() => ReadEmbeddedText(\"NewsCorpus/news/harbour.txt\");", sources["Articles.Harbour.g.cs"], StringComparison.Ordinal);
        Assert.DoesNotContain("on Tuesday.\\n", sources["Articles.Harbour.g.cs"], StringComparison.Ordinal); // the summary shows the lead; no literal holds it
        Assert.Contains("ReadEmbeddedText(\"NewsCorpus/news/marreveshja.txt\")", sources["Articles.Marreveshja.g.cs"], StringComparison.Ordinal);
        Assert.Contains("A lead without a resource.", sources["Articles.Plain.g.cs"], StringComparison.Ordinal);

        var articles = RoundTrip.Catalog(output, "Newsroom.Articles", utf8.AsResource(), utf16.AsResource());
        Assert.Equal([English, Albanian, "Plain text\n\nA lead without a resource.\n"], articles.OrderBy(a => a.Path, StringComparer.Ordinal).Select(a => a.Text));
        Assert.Equal("we are back", Assert.Single(articles.Single(a => a.Id == "harbour").Quotes).Text);
    }

    [Fact]
    public void A_file_the_compiler_read_in_a_legacy_code_page_keeps_its_body_in_a_literal()
    {
        var legacy = new CorpusFile("legacy.txt", "Café talks\n\nThe café reopened.\n", encoding: Encoding.Latin1) { Resource = "NewsCorpus/legacy.txt" };

        var (output, result) = new GeneratorHarness([legacy]).Run();

        Assert.DoesNotContain("ReadEmbeddedText", GeneratorHarness.Sources(result)["Articles.Legacy.g.cs"], StringComparison.Ordinal);
        // Its stray bytes read as U+FFFD (with NC0002), the same text that the literal carries.
        Assert.Equal("Caf\uFFFD talks\n\nThe caf\uFFFD reopened.\n", Assert.Single(RoundTrip.Catalog(output, "Newsroom.Articles")).Text);
    }

    [Fact]
    public void A_missing_resource_fails_on_first_access_to_the_body_naming_the_article_and_the_resource()
    {
        var file = new CorpusFile("harbour.txt", English) { Resource = "NewsCorpus/harbour.txt" };
        var (output, _) = new GeneratorHarness([file]).Run();

        var article = Assert.Single(RoundTrip.Catalog(output, "Newsroom.Articles"));

        Assert.Equal("harbour", article.Id);
        var error = Assert.Throws<InvalidOperationException>(() => article.Text);
        Assert.Contains("'harbour'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'NewsCorpus/harbour.txt'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Harbour deal\n\nDock workers said “we are back” on Tuesday!\n")] // same length, other text
    [InlineData("Harbour deal\n")]
    public void A_resource_that_is_not_the_file_the_generator_read_is_refused(string embedded)
    {
        var file = new CorpusFile("harbour.txt", English) { Resource = "NewsCorpus/harbour.txt" };
        var (output, _) = new GeneratorHarness([file]).Run();

        var article = Assert.Single(RoundTrip.Catalog(output, "Newsroom.Articles", file.AsResource(embedded)));

        var error = Assert.Throws<InvalidOperationException>(() => article.Text);
        Assert.Contains("not the file the generator read", error.Message, StringComparison.Ordinal);
    }
}
