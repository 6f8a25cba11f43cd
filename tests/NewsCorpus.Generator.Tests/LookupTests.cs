using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using NewsCorpus.Generator.Tests.TestHelpers;
using Xunit;

namespace NewsCorpus.Generator.Tests;

/// <summary>
/// One lookup rule for the generated Get and Find and the filters ByLanguage, BySource and ByCategory: the asked value
/// and the articles' values are read in Unicode normalisation form C; the exact value wins, else every value that
/// differs from it in case alone. Get and Find need that to be one id.
/// </summary>
public sealed class LookupTests
{
    private static readonly System.Type Catalog = Build(
        new CorpusFile("a.txt", "Lower case."),
        new CorpusFile("A.txt", "Upper case."),
        new CorpusFile("Ab.txt", "One spelling."),
        new CorpusFile("aB.txt", "Another spelling."),
        new CorpusFile("Harbour-Strike.txt", "Harbour workers end strike."),
        new CorpusFile("ne\u0308.txt", "A name macOS wrote decomposed."),
        new CorpusFile("bad\uD800name.txt", "A name with a lone surrogate."));

    /// <summary>Folders and sources spelled as the ids above, so each filter can be held to what Get and Find do with the same spellings (languages are ISO codes, lower case).</summary>
    private static readonly System.Type Filtered = Build(
        new CorpusFile("a/one.txt", "---\nsource: a\n---\nOne.\n"),
        new CorpusFile("A/two.txt", "---\nsource: A\n---\nTwo.\n"),
        new CorpusFile("Ab/three.txt", "---\nsource: Ab\n---\nThree.\n"),
        new CorpusFile("aB/four.txt", "---\nsource: aB\n---\nFour.\n"),
        new CorpusFile("ne\u0308/five.txt", "---\nsource: ne\u0308\n---\n“We will stay,” said Zoe\u0308 Brown.\n"),
        new CorpusFile("top.txt", "---\nlanguage: sq\n---\nNjë artikull pa dosje.\n"));

    [Theory]
    [InlineData("a", "a")]
    [InlineData("A", "A")]
    [InlineData("Ab", "Ab")]
    [InlineData("harbour-strike", "Harbour-Strike")]
    [InlineData("HARBOUR-STRIKE", "Harbour-Strike")]
    [InlineData("n\u00EB", "n\u00EB")]
    [InlineData("ne\u0308", "n\u00EB")]
    [InlineData("N\u00CB", "n\u00EB")]
    public void Get_and_Find_take_the_exact_id_first_and_else_the_one_that_differs_in_case(string asked, string found)
    {
        Assert.Equal(found, Id(Invoke("Get", asked)));
        Assert.Equal(found, Id(Invoke("Find", asked)));
    }

    [Fact]
    public void A_lone_surrogate_is_read_as_U_FFFD_as_the_generator_reads_it_in_a_file_name()
    {
        // Not a theory: an attribute holds its strings as UTF-8, which has no lone surrogate.
        Assert.Equal("bad\uFFFDname", Id(Invoke("Get", "bad\uD800name")));
        Assert.Equal("bad\uFFFDname", Id(Invoke("Find", "bad\uDC00name")));
    }

    [Fact]
    public void Where_two_ids_differ_from_the_asked_one_in_case_alone_Get_names_both_and_Find_returns_null()
    {
        var thrown = Assert.Throws<TargetInvocationException>(() => Invoke("Get", "ab"));

        var missing = Assert.IsType<KeyNotFoundException>(thrown.InnerException);
        Assert.Contains("'Ab'", missing.Message);
        Assert.Contains("'aB'", missing.Message);
        Assert.Null(Invoke("Find", "ab"));
    }

    [Fact]
    public void An_unknown_id_is_not_found()
    {
        var thrown = Assert.Throws<TargetInvocationException>(() => Invoke("Get", "nothing"));

        Assert.IsType<KeyNotFoundException>(thrown.InnerException);
        Assert.Null(Invoke("Find", "nothing"));
    }

    [Fact]
    public void Every_article_is_reached_by_its_own_id_and_the_test_rows_are_unique()
    {
        var all = (IReadOnlyList<NewsCorpus.Article>)Catalog.GetProperty("All")!.GetValue(null)!;
        var rows = ((IEnumerable<object[]>)Catalog.GetProperty("IdRows")!.GetValue(null)!).Select(row => (string)row[0]).ToList();

        Assert.All(all, article => Assert.Same(article, Invoke("Get", article.Id)));
        Assert.Equal(all.Count, rows.Distinct(System.StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("ByCategory", "a", new[] { "one" })]
    [InlineData("ByCategory", "A", new[] { "two" })]
    [InlineData("ByCategory", "AB", new[] { "three", "four" })]
    [InlineData("ByCategory", "ne\u0308", new[] { "five" })]
    [InlineData("ByCategory", "N\u00CB", new[] { "five" })]
    [InlineData("BySource", "Ab", new[] { "three" })]
    [InlineData("BySource", "ab", new[] { "three", "four" })]
    [InlineData("BySource", "n\u00EB", new[] { "five" })]
    [InlineData("ByLanguage", "SQ", new[] { "top" })]
    [InlineData("ByLanguage", "sq", new[] { "top" })]
    [InlineData("ByCategory", "b", new string[0])]
    [InlineData("ByCategory", "", new string[0])]
    public void Filters_take_the_exact_value_first_and_else_every_value_that_differs_in_case(string filter, string asked, string[] ids)
    {
        Assert.Equal(ids, Filter(filter, asked));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("A")]
    [InlineData("ab")]
    [InlineData("AB")]
    [InlineData("Ab")]
    [InlineData("aB")]
    [InlineData("n\u00EB")]
    [InlineData("NE\u0308")]
    [InlineData("b")]
    public void Every_filter_names_what_Get_and_Find_name_with_the_same_spelling(string asked)
    {
        var ids = IdsNamedBy(asked);

        Assert.All(new[] { "ByCategory", "BySource" }, filter =>
            Assert.Equal(ids, Filter(filter, asked).Select(id => FolderOf[id]).Distinct()));
    }

    [Fact]
    public void QuotesBy_reads_names_in_normalisation_form_C_and_ignores_case()
    {
        var composed = Quotes("Zo\u00EB");
        var decomposed = Quotes("ZOE\u0308");

        Assert.Equal("Zo\u00EB Brown", Nfc(Assert.Single(composed).Speaker!));
        Assert.Equal(composed, decomposed);
        Assert.Empty(Quotes("Zoe"));
    }

    /// <summary>The folder of each article of <see cref="Filtered"/>, which its source repeats.</summary>
    private static readonly Dictionary<string, string> FolderOf = new()
    {
        ["one"] = "a", ["two"] = "A", ["three"] = "Ab", ["four"] = "aB", ["five"] = "n\u00EB",
    };

    /// <summary>What Get and Find of <see cref="Catalog"/> name for <paramref name="asked"/>: one id, the ids Get's message names, or none.</summary>
    private static IEnumerable<string> IdsNamedBy(string asked)
    {
        if (Id(Invoke("Find", asked)) is { } found)
        {
            Assert.Equal(found, Id(Invoke("Get", asked)));
            return [found];
        }

        var missing = Assert.IsType<KeyNotFoundException>(Assert.Throws<TargetInvocationException>(() => Invoke("Get", asked)).InnerException);
        return FolderOf.Values.Where(id => missing.Message.Contains($"'{id}'", System.StringComparison.Ordinal)).Order(System.StringComparer.Ordinal);
    }

    private static IEnumerable<string> Filter(string filter, string value) =>
        ((IEnumerable<NewsCorpus.Article>)Filtered.GetMethod(filter)!.Invoke(null, [value])!).Select(article => article.Id);

    private static List<NewsCorpus.Quote> Quotes(string name) =>
        ((IEnumerable<NewsCorpus.Quote>)Filtered.GetMethod("QuotesBy")!.Invoke(null, [name])!).ToList();

    private static string Nfc(string text) => text.Normalize(System.Text.NormalizationForm.FormC);

    private static object? Invoke(string method, string id) => Catalog.GetMethod(method)!.Invoke(null, [id]);

    private static string? Id(object? article) => ((NewsCorpus.Article?)article)?.Id;

    private static System.Type Build(params CorpusFile[] files)
    {
        var (output, _) = new GeneratorHarness(files).Run();
        return RoundTrip.GeneratedType(output, "Newsroom.Articles");
    }
}
