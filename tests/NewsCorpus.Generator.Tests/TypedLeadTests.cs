using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsCorpus.Generator.Tests.TestHelpers;
using Xunit;

namespace NewsCorpus.Generator.Tests;

/// <summary>
/// A typed member whose article has a paragraph is an <see cref="ArticleWithLead"/>, so user code reads its lead without a
/// null check under <c>#nullable enable</c> and warnings as errors (the harness compiles so), while an article reached
/// through <c>All</c>, <c>Get</c> or <c>Find</c> keeps the nullable <see cref="Article.Lead"/>.
/// </summary>
public sealed class TypedLeadTests
{
    private static readonly CorpusFile Strike = new("harbour-strike.txt", "Harbour workers end strike.\n\nThe port reopens on Monday.\n");

    /// <summary>Front matter and no body: a title alone, which is an article but has no paragraph.</summary>
    private static readonly CorpusFile TitleOnly = new("notice.txt", "---\ntitle: Port closed today\n---\n");

    [Fact]
    public void A_typed_members_lead_is_read_without_a_null_check_and_without_a_warning()
    {
        const string user = """
            namespace User
            {
                internal static class Reader
                {
                    public static int LeadLength() => Newsroom.Articles.HarbourStrike.Lead.Text.Length;
                }
            }
            """;
        var (output, _) = new GeneratorHarness([Strike], userSource: user).Run();

        Assert.Empty(output.GetDiagnostics());
        var reader = RoundTrip.GeneratedType(output, "User.Reader");
        Assert.Equal("Harbour workers end strike.".Length, reader.GetMethod("LeadLength")!.Invoke(null, null));
    }

    [Theory]
    [InlineData("Newsroom.Articles.All[0].Lead.Text.Length")]
    [InlineData("Newsroom.Articles.Get(\"harbour-strike\").Lead.Text.Length")]
    [InlineData("Newsroom.Articles.Notice.Lead.Text.Length")]
    public void A_lead_that_may_be_missing_stays_nullable(string expression)
    {
        string user = $$"""
            namespace User
            {
                internal static class Reader
                {
                    public static int LeadLength() => {{expression}};
                }
            }
            """;
        var (output, _) = new GeneratorHarness([Strike, TitleOnly], userSource: user).Run();

        var warning = Assert.Single(output.GetDiagnostics());
        Assert.Equal("CS8602", warning.Id);
        Assert.Equal("User.cs", warning.Location.SourceTree?.FilePath);
    }

    [Fact]
    public void An_article_with_a_title_alone_has_a_typed_member_of_type_Article_and_no_lead()
    {
        var (output, result) = new GeneratorHarness([Strike, TitleOnly]).Run();

        Assert.Empty(output.GetDiagnostics());
        var catalog = RoundTrip.GeneratedType(output, "Newsroom.Articles");
        Assert.Equal(typeof(ArticleWithLead), catalog.GetField("HarbourStrike")!.FieldType);
        Assert.Equal(typeof(Article), catalog.GetField("Notice")!.FieldType);
        var notice = (Article)catalog.GetField("Notice")!.GetValue(null)!;
        Assert.Equal(("Port closed today", 0), (notice.Title, notice.ParagraphCount));
        Assert.Null(notice.Lead);
        Assert.IsNotType<ArticleWithLead>(notice);
        Assert.Contains("new int[] { 1 }", GeneratorHarness.Sources(result)["Articles.g.cs"], System.StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_members_are_the_very_articles_of_All_Get_and_Find_and_those_with_a_paragraph_are_ArticleWithLead()
    {
        var (output, _) = new GeneratorHarness([Strike, TitleOnly, new CorpusFile("sport/derby.txt", "City win the derby.")]).Run();
        var catalog = RoundTrip.GeneratedType(output, "Newsroom.Articles");
        var all = (IReadOnlyList<Article>)catalog.GetProperty("All")!.GetValue(null)!;

        Assert.Equal(["harbour-strike", "notice", "derby"], all.Select(article => article.Id));
        Assert.Equal([true, false, true], all.Select(article => article is ArticleWithLead));
        Assert.Same(all[0], catalog.GetField("HarbourStrike")!.GetValue(null));
        Assert.Same(all[1], catalog.GetField("Notice")!.GetValue(null));
        Assert.Same(all[2], catalog.GetField("Derby")!.GetValue(null));
        var strike = (ArticleWithLead)all[0];
        Assert.Same(strike.Paragraphs[0], strike.Lead);
        Assert.Same(strike.Lead, ((Article)strike).Lead);
        Assert.Same(strike, catalog.GetMethod("Find")!.Invoke(null, ["harbour-strike"]));
    }
}
