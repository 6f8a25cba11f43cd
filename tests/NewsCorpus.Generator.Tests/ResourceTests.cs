using System;
using System.Linq;
using System.Text;
using NewsCorpus.Generator.Tests.TestHelpers;
using Xunit;

namespace NewsCorpus.Generator.Tests;

/// <summary>
/// Bodies carried as manifest resources: the build targets embed each article file under the corpus folder as
/// <c>NewsCorpus/{path}</c>; the article reads its body from there, checked against what the generator read, and
/// generated code keeps a literal whenever the runtime could not decode the file to the same text.
/// </summary>
public class ResourceTests
{
    private static readonly System.Collections.Generic.Dictionary<string, string> Embedding = new()
    {
        ["RootNamespace"] = "Newsroom",
        ["NewsCorpusEmbedAsResources"] = "true",
    };

    private const string English = "Harbour deal\n\nDock workers said “we are back” on Tuesday.\n";
    private const string Albanian = "Marrëveshja\n\nZyrtarët thanë se punëtorët u kthyen të martën.\n";

    [Fact]
    public void Bodies_of_embedded_files_are_read_from_their_resources_and_never_written_into_the_source()
    {
        var utf8 = new CorpusFile("news/harbour.txt", English);
        var utf16 = new CorpusFile("news/marreveshja.txt", Albanian, encoding: Encoding.Unicode);
        // Marked by hand from outside the corpus folder: the targets embed no resource for it.
        var notEmbedded = new CorpusFile("plain.txt", "Plain text\n\nA lead without a resource.\n", fullPath: "/elsewhere/plain.txt");

        var (output, result) = new GeneratorHarness([utf8, utf16, notEmbedded], Embedding).Run();

        Assert.Empty(output.GetDiagnostics());
        string block = GeneratorHarness.Sources(result)["Articles.Block000.g.cs"];
        Assert.DoesNotContain("on Tuesday.\\n", block, StringComparison.Ordinal); // the summary shows the lead; no literal holds it
        Assert.DoesNotContain("case 0:", block, StringComparison.Ordinal);
        Assert.DoesNotContain("case 1:", block, StringComparison.Ordinal);
        Assert.Contains("case 2: return _Body2();", block, StringComparison.Ordinal);
        Assert.Contains("private static string _Body2() => global::System.Text.Encoding.UTF8.GetString(\"Plain text\\n\\nA lead without a resource.\\n\"u8);", block, StringComparison.Ordinal);

        var articles = RoundTrip.Catalog(output, "Newsroom.Articles", utf8.AsResource(), utf16.AsResource());
        Assert.Equal([English, Albanian, "Plain text\n\nA lead without a resource.\n"], articles.OrderBy(a => a.Path, StringComparer.Ordinal).Select(a => a.Text));
        Assert.Equal("we are back", Assert.Single(articles.Single(a => a.Id == "harbour").Quotes).Text);
    }

    [Fact]
    public void A_file_the_compiler_read_in_a_legacy_code_page_keeps_its_body_in_a_literal()
    {
        var legacy = new CorpusFile("legacy.txt", "Café talks\n\nThe café reopened.\n", encoding: Encoding.Latin1);

        var (output, result) = new GeneratorHarness([legacy], Embedding).Run();

        Assert.Contains("private static string _Bodies0(int index)", GeneratorHarness.Sources(result)["Articles.Block000.g.cs"], StringComparison.Ordinal);
        // Its stray bytes read as U+FFFD (with NC0002), the same text that the literal carries.
        Assert.Equal("Caf\uFFFD talks\n\nThe caf\uFFFD reopened.\n", Assert.Single(RoundTrip.Catalog(output, "Newsroom.Articles")).Text);
    }

    [Fact]
    public void A_missing_resource_fails_on_first_access_to_the_body_naming_the_article_and_the_resource()
    {
        var file = new CorpusFile("harbour.txt", English);
        var (output, _) = new GeneratorHarness([file], Embedding).Run();

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
        var file = new CorpusFile("harbour.txt", English);
        var (output, _) = new GeneratorHarness([file], Embedding).Run();

        var article = Assert.Single(RoundTrip.Catalog(output, "Newsroom.Articles", file.AsResource(embedded)));

        var error = Assert.Throws<InvalidOperationException>(() => article.Text);
        Assert.Contains("not the file the generator read", error.Message, StringComparison.Ordinal);
    }
}
