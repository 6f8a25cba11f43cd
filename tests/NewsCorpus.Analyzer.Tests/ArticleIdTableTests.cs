using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsCorpus.Analyzer.Tests.TestHelpers;
using NewsCorpus.Generator.Analyzers;
using NewsCorpus.Generator.Tests.TestHelpers;
using Xunit;

namespace NewsCorpus.Analyzer.Tests;

/// <summary>The table of ids the generator writes and the analyzer reads: lookup by Get's rule, and the nearest id.</summary>
public sealed class ArticleIdTableTests
{
    private static readonly ArticleIdTable Table = ArticleIdTable.Parse(ArticleIdTable.Write(
    [
        ("harbour-strike", "HarbourStrike"),
        ("harbour-strike-ends", "HarbourStrikeEnds"),
        ("Report", "Report"),
        ("report", "Report_3fa2c1"),
        ("sport/001", "Sport001"),
        ("tech/001", "Tech001"),
        ("uncapped", null),
        ("zürich", "Zürich"),
    ]));

    [Fact]
    public void The_generated_constant_reads_back_as_every_articles_id_and_typed_name_even_with_odd_characters()
    {
        CorpusFile[] files =
        [
            .. GeneratedCatalog.Files,
            new("tab\there \"quoted\" \\ ë.txt", "Odd name\n\nA file with a tab in its name.\n"),
        ];
        var sources = GeneratedCatalog.Sources(files);
        var compilation = CSharpCompilation.Create("Newsroom", sources.Select(s => CSharpSyntaxTree.ParseText(s.Source)), GeneratedCatalog.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var field = (IFieldSymbol)compilation.GetTypeByMetadataName("Newsroom.Articles")!.GetMembers(ArticleIdTable.FieldName).Single();

        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.True(field.IsConst);
        Assert.Equal(Accessibility.Private, field.DeclaredAccessibility);
        var table = ArticleIdTable.Parse((string)field.ConstantValue!);
        Assert.Equal(6, table.Count);
        Assert.Equal(new ArticleId("tab\there \"quoted\" \\ ë", "TabHereQuotedË"), table.Find("tab\there \"quoted\" \\ ë", out _));
        Assert.Equal(new ArticleId("tech/001", "Tech001"), table.Find("tech/001", out _));
        Assert.Equal(new ArticleId("harbour-strike", "HarbourStrike"), table.Find("harbour-strike", out _));
    }

    [Fact]
    public void An_exact_id_wins_then_the_one_id_that_differs_in_case_alone()
    {
        Assert.Equal(new ArticleId("report", "Report_3fa2c1"), Table.Find("report", out var none));
        Assert.Empty(none);
        Assert.Equal(new ArticleId("tech/001", "Tech001"), Table.Find("TECH/001", out _));
        Assert.Null(Table.Find("REPORT", out var ambiguous));
        Assert.Equal(["Report", "report"], ambiguous);
        Assert.Null(Table.Find("nothing", out var missing));
        Assert.Empty(missing);
        Assert.False(Table.Find("uncapped", out _)!.HasTypedName);
    }

    [Fact]
    public void A_decomposed_spelling_finds_its_id_as_the_runtime_lookup_does()
    {
        // "u" + U+0308 is "ü" in normalisation form C, which ids are in and Get reads what it is asked in.
        Assert.Equal(new ArticleId("zürich", "Zürich"), Table.Find("zu\u0308rich", out _));
        Assert.Equal(new ArticleId("zürich", "Zürich"), Table.Find("ZU\u0308RICH", out _));
    }

    [Theory]
    [InlineData("harbour-strik", "harbour-strike")]
    [InlineData("HARBOUR-STRIKE-END", "harbour-strike-ends")]
    [InlineData("harbor-strike", "harbour-strike")]
    [InlineData("tech/01", "tech/001")]
    [InlineData("sport/0001", "sport/001")]
    [InlineData("xech/001", "tech/001")]
    public void The_nearest_id_has_the_fewest_edits_ignoring_case(string id, string nearest)
    {
        Assert.Equal(nearest, Table.Nearest(id));
    }

    [Fact]
    public void Ties_go_to_the_id_first_in_path_order()
    {
        // "x-2" is one substitution from b-2 and from a-2, "a-x" from a-1 and from a-2; the table is in path order.
        var table = ArticleIdTable.Parse(ArticleIdTable.Write([("b-2", "B2"), ("a-1", "A1"), ("a-2", "A2")]));

        Assert.Equal("b-2", table.Nearest("x-2"));
        Assert.Equal("a-1", table.Nearest("a-x"));
    }

    [Theory]
    [InlineData("election-night")]
    [InlineData("h")]
    [InlineData("")]
    public void An_id_far_from_every_other_has_no_nearest(string id)
    {
        Assert.Null(Table.Nearest(id));
    }

    [Fact]
    public void A_table_cut_short_reads_as_far_as_its_last_whole_row()
    {
        string text = ArticleIdTable.Write([("a", "A"), ("b", "B")]);

        Assert.Equal(1, ArticleIdTable.Parse(text.Substring(0, text.Length - 2)).Count);
        Assert.Equal(0, ArticleIdTable.Parse("").Count);
    }

    [Fact]
    public void Only_the_first_of_two_rows_with_one_id_counts_as_the_catalog_does()
    {
        var table = ArticleIdTable.Parse(ArticleIdTable.Write(new List<(string, string?)> { ("a", "A"), ("a", "A2") }));

        Assert.Equal(new ArticleId("a", "A"), table.Find("a", out _));
        Assert.Equal(1, table.Count);
    }
}
