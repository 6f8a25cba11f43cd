using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using NewsCorpus.Generator.Tests.TestHelpers;
using Xunit;

namespace NewsCorpus.Generator.Tests;

/// <summary>One lookup rule for ids in the generated Get and Find: an exact id wins, else the one id that differs in case alone.</summary>
public sealed class LookupTests
{
    private static readonly System.Type Catalog = Build(
        new CorpusFile("a.txt", "Lower case."),
        new CorpusFile("A.txt", "Upper case."),
        new CorpusFile("Ab.txt", "One spelling."),
        new CorpusFile("aB.txt", "Another spelling."),
        new CorpusFile("Harbour-Strike.txt", "Harbour workers end strike."));

    [Theory]
    [InlineData("a", "a")]
    [InlineData("A", "A")]
    [InlineData("Ab", "Ab")]
    [InlineData("harbour-strike", "Harbour-Strike")]
    [InlineData("HARBOUR-STRIKE", "Harbour-Strike")]
    public void Get_and_Find_take_the_exact_id_first_and_else_the_one_that_differs_in_case(string asked, string found)
    {
        Assert.Equal(found, Id(Invoke("Get", asked)));
        Assert.Equal(found, Id(Invoke("Find", asked)));
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

    private static object? Invoke(string method, string id) => Catalog.GetMethod(method)!.Invoke(null, [id]);

    private static string? Id(object? article) => ((NewsCorpus.Article?)article)?.Id;

    private static System.Type Build(params CorpusFile[] files)
    {
        var (output, _) = new GeneratorHarness(files).Run();
        return RoundTrip.GeneratedType(output, "Newsroom.Articles");
    }
}
