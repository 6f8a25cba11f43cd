using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsCorpus.Generator.Tests.TestHelpers;
using Xunit;

namespace NewsCorpus.Generator.Tests;

/// <summary>Bad or odd input gives a diagnostic with an id at the file and line, and the rest still compiles.</summary>
public class DiagnosticTests
{
    [Fact]
    public void Seed_trailer_is_reported_as_info_at_its_line_of_the_file()
    {
        var (_, result) = new GeneratorHarness([TestCorpus.Seed()]).Run();

        var trailer = Assert.Single(result.Diagnostics, d => d.Id == "NC0004");
        Assert.Equal(DiagnosticSeverity.Info, trailer.DefaultSeverity);
        var span = trailer.Location.GetLineSpan();
        Assert.Equal("/project/corpus/" + TestCorpus.SeedPath, span.Path);
        Assert.Equal(10, span.StartLinePosition.Line);
        Assert.Contains("Discussion about this post", trailer.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void NoWarn_and_WarningsAsErrors_apply_to_findings_as_to_any_diagnostic()
    {
        var files = new[] { TestCorpus.Seed(), new CorpusFile("empty.txt", "  \n") };
        var harness = new GeneratorHarness(files);
        harness.Configure(options => options.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
        {
            ["NC0004"] = ReportDiagnostic.Suppress,
            ["NC0001"] = ReportDiagnostic.Error,
        }));
        var (_, result) = harness.Run();

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "NC0004");
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(result.Diagnostics, d => d.Id == "NC0001").Severity);
    }

    [Fact]
    public void A_malformed_front_matter_line_is_a_warning_at_its_line_and_the_article_still_compiles()
    {
        var file = new CorpusFile("port.txt", "---\ntitle: Port strike\nno key here\n---\nHarbour workers voted to strike on Monday.\n");
        var (output, result) = new GeneratorHarness([TestCorpus.Seed(), file]).Run();

        var finding = Assert.Single(result.Diagnostics, d => d.Id == "NC0009");
        Assert.Equal(DiagnosticSeverity.Warning, finding.DefaultSeverity);
        var span = finding.Location.GetLineSpan();
        Assert.Equal("/project/corpus/port.txt", span.Path);
        Assert.Equal(2, span.StartLinePosition.Line);
        Assert.Contains("no key here", finding.GetMessage(), System.StringComparison.Ordinal);
        Assert.Contains(RoundTrip.Catalog(output, "Newsroom.Articles"), article => article.Title == "Port strike");
        Assert.Empty(output.GetDiagnostics());
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \r\n\t\n")]
    [InlineData("\uFEFF\u200B \u2028")]
    public void Empty_article_is_a_warning_and_generates_no_class_while_the_rest_compiles(string blank)
    {
        var (output, result) = new GeneratorHarness([TestCorpus.Seed(), new CorpusFile("blank.txt", blank)]).Run();

        var empty = Assert.Single(result.Diagnostics, d => d.Id == "NC0001");
        Assert.Equal(DiagnosticSeverity.Warning, empty.DefaultSeverity);
        Assert.Equal("/project/corpus/blank.txt", empty.Location.GetLineSpan().Path);
        Assert.DoesNotContain(GeneratorHarness.Sources(result).Keys, name => name.Contains("Blank", System.StringComparison.Ordinal));
        Assert.Empty(output.GetDiagnostics());
    }

    [Fact]
    public void Articles_of_one_name_are_told_apart_by_folder_silently_and_a_member_name_is_only_noted()
    {
        var files = new[]
        {
            new CorpusFile("a/storm-warning.txt", "Coastal towns were told to prepare for the storm."),
            new CorpusFile("b/storm-warning.txt", "The storm weakened before it reached the coast."),
            new CorpusFile("all.txt", "A file named like a member of the catalog class."),
        };
        var (output, result) = new GeneratorHarness(files).Run();

        Assert.Empty(output.GetDiagnostics());
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        var renamed = Assert.Single(result.Diagnostics, d => d.Id == "NC0013");
        Assert.Equal(DiagnosticSeverity.Info, renamed.Severity);
        Assert.Equal("/project/corpus/all.txt", renamed.Location.GetLineSpan().Path);
        Assert.Equal(["a/storm-warning", "all", "b/storm-warning"], RoundTrip.Catalog(output, "Newsroom.Articles").Select(a => a.Id));
        var fields = RoundTrip.GeneratedType(output, "Newsroom.Articles").GetFields().Select(f => f.Name).Order(System.StringComparer.Ordinal);
        Assert.Equal(["AStormWarning", "AllArticle", "BStormWarning"], fields);
    }

    [Fact]
    public void Only_an_id_that_nothing_in_the_paths_tells_apart_is_a_warning_at_the_renamed_file()
    {
        var files = new[] { new CorpusFile("n\u00EB.txt", "Composed."), new CorpusFile("ne\u0308.txt", "Decomposed.") };
        var (output, result) = new GeneratorHarness(files).Run();

        Assert.Empty(output.GetDiagnostics());
        var warning = Assert.Single(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal("NC0003", warning.Id);
        Assert.Equal("/project/corpus/ne\u0308.txt", warning.Location.GetLineSpan().Path);
        var ids = RoundTrip.Catalog(output, "Newsroom.Articles").Select(a => a.Id).ToList();
        Assert.Contains("n\u00EB", ids);
        Assert.Single(ids, id => id.StartsWith("n\u00EB~", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Unbalanced_quotation_mark_invents_no_quote_and_is_reported_at_its_line()
    {
        var (output, result) = new GeneratorHarness([new CorpusFile("open-quote.txt", "First paragraph.\nThe minister said “we will see and left.\n")]).Run();

        var unbalanced = Assert.Single(result.Diagnostics, d => d.Id == "NC0005");
        Assert.Equal(1, unbalanced.Location.GetLineSpan().StartLinePosition.Line);
        var article = Assert.Single(RoundTrip.Catalog(output, "Newsroom.Articles"));
        Assert.Equal(2, article.ParagraphCount);
        Assert.Empty(article.Quotes);
    }

    [Fact]
    public void Articles_past_the_typed_property_cap_keep_their_place_in_the_catalog_and_are_reported_once()
    {
        var properties = new Dictionary<string, string>(GeneratorHarness.DefaultProperties) { ["NewsCorpusMaxTypedProperties"] = "2" };
        CorpusFile[] files = [new("alpha.txt", "Alpha\n\nThe first lead.\n"), new("beta.txt", "Beta\n\nThe second lead.\n"), new("gamma.txt", "Gamma\n\nThe third lead.\n")];

        var (output, result) = new GeneratorHarness(files, properties).Run();

        Assert.Empty(output.GetDiagnostics());
        var capped = Assert.Single(result.Diagnostics, d => d.Id == "NC0012");
        Assert.Equal(DiagnosticSeverity.Warning, capped.Descriptor.DefaultSeverity);
        Assert.Contains("has 3 articles", capped.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        var all = RoundTrip.Catalog(output, "Newsroom.Articles");
        Assert.Equal(["alpha", "beta", "gamma"], all.Select(a => a.Id));
        var catalog = RoundTrip.GeneratedType(output, "Newsroom.Articles");
        Assert.NotNull(catalog.GetField("Alpha"));
        Assert.NotNull(catalog.GetField("Beta"));
        Assert.Null(catalog.GetField("Gamma"));
    }

    [Theory]
    [InlineData("Catalog", "MyApp", "CS0542")]
    [InlineData("All", "MyApp", "CS0542")]
    [InlineData("Get", "MyApp", "CS0542")]
    [InlineData("IdRows", "MyApp", "CS0542")]
    [InlineData("file", "MyApp", "not")]
    [InlineData("required", "MyApp", "not")]
    [InlineData("scoped", "MyApp", "not")]
    [InlineData("var", "MyApp", "not")]
    [InlineData("news", "MyApp", "CS8981")]
    [InlineData("Article", "NewsCorpus", "library's own type")]
    [InlineData("ArticleCatalog", "NewsCorpus", "library's own type")]
    public void A_catalog_class_name_that_cannot_compile_is_refused_with_the_reason(string className, string ns, string reason)
    {
        var properties = new Dictionary<string, string> { ["RootNamespace"] = ns, ["NewsCorpusClassName"] = className };
        var (output, result) = new GeneratorHarness([TestCorpus.Seed()], properties).Run();

        var refused = Assert.Single(result.Diagnostics, d => d.Id == "NC0006");
        Assert.Contains(reason, refused.GetMessage(), System.StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics());
        Assert.Contains("Articles.g.cs", GeneratorHarness.Sources(result).Keys);
    }

    [Fact]
    public void The_refused_runtime_type_names_are_the_runtime_librarys_public_types()
    {
        var types = typeof(NewsCorpus.Article).Assembly.GetExportedTypes().Where(t => t.Namespace == "NewsCorpus").Select(t => t.Name).Order(System.StringComparer.Ordinal);

        Assert.Equal(types, NewsCorpus.Text.Naming.CatalogClassName.RuntimeTypes.Order(System.StringComparer.Ordinal));
    }

    [Fact]
    public void Invalid_options_are_reported_and_fall_back_to_defaults()
    {
        var properties = new Dictionary<string, string>
        {
            ["RootNamespace"] = "MyApp",
            ["NewsCorpusNamespace"] = "My-App",
            ["NewsCorpusClassName"] = "class",
            ["NewsCorpusVisibility"] = "protected",
            ["NewsCorpusMaxTypedProperties"] = "70000",
        };
        var (output, result) = new GeneratorHarness([TestCorpus.Seed()], properties).Run();

        Assert.Equal(4, result.Diagnostics.Count(d => d.Id == "NC0006"));
        Assert.Empty(output.GetDiagnostics());
        var catalog = GeneratorHarness.Sources(result)["Articles.g.cs"];
        Assert.Contains("namespace MyApp\n", catalog, System.StringComparison.Ordinal);
        Assert.Contains("internal static partial class Articles", catalog, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_root_namespace_with_dashes_is_cleaned_as_dotnet_new_does_without_a_diagnostic()
    {
        var properties = new Dictionary<string, string> { ["RootNamespace"] = "My-App.2nd", ["NewsCorpusVisibility"] = "Public" };
        var (output, result) = new GeneratorHarness([TestCorpus.Seed()], properties).Run();

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "NC0006");
        Assert.Empty(output.GetDiagnostics());
        var catalog = GeneratorHarness.Sources(result)["Articles.g.cs"];
        Assert.Contains("namespace My_App._2nd\n", catalog, System.StringComparison.Ordinal);
        Assert.Contains("public static partial class Articles", catalog, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Names_that_differ_only_in_case_are_two_articles_with_their_own_ids_and_fields()
    {
        var files = new[] { new CorpusFile("foo-bar.txt", "One article."), new CorpusFile("foobar.txt", "Another article."), new CorpusFile("a.txt", "Lower."), new CorpusFile("A.txt", "Upper.") };
        var (output, result) = new GeneratorHarness(files).Run();

        Assert.Empty(output.GetDiagnostics());
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal(["A", "a", "foo-bar", "foobar"], RoundTrip.Catalog(output, "Newsroom.Articles").Select(a => a.Id));
        var block = GeneratorHarness.Sources(result)["Articles.Block000.g.cs"];
        Assert.Contains(" FooBar = _WithLead(2);", block, System.StringComparison.Ordinal);
        Assert.Contains(" Foobar = _WithLead(3);", block, System.StringComparison.Ordinal);
        Assert.Contains(" A = _WithLead(0);", block, System.StringComparison.Ordinal);
        Assert.Matches(" A_[0-9a-f]{6} = _WithLead\\(1\\);", block);
        Assert.Single(result.Diagnostics, d => d.Id == "NC0013");
    }

    [Fact]
    public void Hand_marked_files_without_a_relative_path_are_placed_relative_to_the_project()
    {
        var properties = new Dictionary<string, string> { ["RootNamespace"] = "Newsroom", ["MSBuildProjectDirectory"] = "/project" };
        var files = new[]
        {
            new CorpusFile("x.txt", "First story.", fullPath: "/project/news/a/x.txt", sendsRelativePath: false),
            new CorpusFile("x.txt", "Second story.", fullPath: "/project/news/b/x.txt", sendsRelativePath: false),
        };
        var (output, result) = new GeneratorHarness(files, properties).Run();

        Assert.Empty(output.GetDiagnostics());
        var paths = RoundTrip.Catalog(output, "Newsroom.Articles").Select(a => a.Path);
        Assert.Equal(["news/a/x.txt", "news/b/x.txt"], paths);
        Assert.Equal(["news/a/x", "news/b/x"], RoundTrip.Catalog(output, "Newsroom.Articles").Select(a => a.Id));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_file_name_with_a_lone_surrogate_does_not_crash_the_generator()
    {
        var (output, result) = new GeneratorHarness([new CorpusFile("bad\uD800name.txt", "Text of the article.")]).Run();

        Assert.Empty(output.GetDiagnostics());
        Assert.Contains(" BadName = _WithLead(0);", GeneratorHarness.Sources(result)["Articles.Block000.g.cs"], System.StringComparison.Ordinal);
        Assert.Equal("bad\uD800name.txt", Assert.Single(RoundTrip.Catalog(output, "Newsroom.Articles")).Path);
    }

    [Fact]
    public void Missing_runtime_reference_is_one_clear_error_instead_of_a_cascade()
    {
        var (output, result) = new GeneratorHarness([TestCorpus.Seed()], referenceRuntime: false).Run();

        Assert.Single(result.Diagnostics, d => d.Id == "NC0008");
        Assert.Empty(result.GeneratedTrees);
        Assert.Empty(output.GetDiagnostics());
    }

    public static TheoryData<int> LegacyCodePages => new() { 28591, 1252 };

    [Theory]
    [MemberData(nameof(LegacyCodePages))]
    public void A_file_that_is_not_valid_utf8_keeps_a_replacement_character_and_a_warning_at_its_line(int codePage)
    {
        // The compiler reads such a file with a legacy code page; the generator gets its bytes back and decodes them as UTF-8.
        var legacy = codePage == 28591 ? System.Text.Encoding.Latin1 : System.Text.CodePagesEncodingProvider.Instance.GetEncoding(codePage)!;
        var file = new CorpusFile("legacy.txt", "Shares climb\n\nPrices rose to £5 a share.\n", encoding: legacy);
        var (output, result) = new GeneratorHarness([file]).Run();

        var warning = Assert.Single(result.Diagnostics, d => d.Id == "NC0002");
        Assert.Equal(2, warning.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("first on line 3", warning.GetMessage(), System.StringComparison.Ordinal);
        Assert.Equal("Shares climb\n\nPrices rose to \uFFFD5 a share.\n", RoundTrip.ArticleText(output, "legacy"));
    }

    [Fact]
    public void A_project_that_declares_its_code_page_keeps_the_text_as_that_code_page_reads_it()
    {
        var properties = new Dictionary<string, string>(GeneratorHarness.DefaultProperties) { ["CodePage"] = "1252" };
        var legacy = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var file = new CorpusFile("legacy.txt", "Zürich\n\nPrices rose to £5 a share.\n", encoding: legacy);
        var (output, result) = new GeneratorHarness([file], properties).Run();

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "NC0002");
        Assert.Equal("Zürich\n\nPrices rose to £5 a share.\n", RoundTrip.ArticleText(output, "legacy"));
    }

    [Fact]
    public void A_file_with_nul_characters_is_binary_left_out_with_a_warning_at_its_line_while_the_rest_compiles()
    {
        var binary = new CorpusFile("scan.txt", "PK\u0003\u0004 header\n\0\0\0 body");
        var (output, result) = new GeneratorHarness([TestCorpus.Seed(), binary]).Run();

        var warning = Assert.Single(result.Diagnostics, d => d.Id == "NC0010");
        Assert.Equal(("/project/corpus/scan.txt", 1), (warning.Location.GetLineSpan().Path, warning.Location.GetLineSpan().StartLinePosition.Line));
        Assert.Equal(["blinken-lavrov-g20"], RoundTrip.Catalog(output, "Newsroom.Articles").Select(a => a.Id));
        Assert.Empty(output.GetDiagnostics());
    }

    [Fact]
    public void An_article_over_the_size_limit_is_an_error_and_left_out_while_the_rest_compiles()
    {
        var properties = new System.Collections.Generic.Dictionary<string, string>(GeneratorHarness.DefaultProperties) { ["NewsCorpusMaxArticleSize"] = "100" };
        var large = new CorpusFile("large.txt", "Große Zeitung\n\n" + new string('x', 90));
        var (output, result) = new GeneratorHarness([large, new CorpusFile("small.txt", "A short article.")], properties).Run();

        var error = Assert.Single(result.Diagnostics, d => d.Id == "NC0011");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal("Article 'large.txt' is 106 bytes, over the NewsCorpusMaxArticleSize of 100 bytes; it is left out. Split it, or raise the property if it really is one article.",
            error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["small"], RoundTrip.Catalog(output, "Newsroom.Articles").Select(a => a.Id));
        Assert.Empty(output.GetDiagnostics());
    }

    [Fact]
    public void The_default_size_limit_is_one_mebibyte_of_utf8()
    {
        string text = "Headline\n\n" + new string('a', 1024 * 1024 - 10);
        var (_, atLimit) = new GeneratorHarness([new CorpusFile("at-limit.txt", text)]).Run();
        var (_, over) = new GeneratorHarness([new CorpusFile("over.txt", text + "ë")]).Run();

        Assert.DoesNotContain(atLimit.Diagnostics, d => d.Id == "NC0011");
        Assert.Single(over.Diagnostics, d => d.Id == "NC0011");
    }

    [Fact]
    public void A_corpus_without_articles_still_compiles_to_an_empty_catalog()
    {
        var (output, result) = new GeneratorHarness([]).Run();

        Assert.Empty(output.GetDiagnostics());
        Assert.Empty(result.Diagnostics);
        Assert.Empty(RoundTrip.Catalog(output, "Newsroom.Articles"));
    }

    [Fact]
    public void Additional_files_not_marked_as_articles_are_left_alone()
    {
        var harness = new GeneratorHarness([TestCorpus.Seed()]);
        var other = new OtherAdditionalFile();
        var driver = harness.Driver.AddAdditionalTexts([other]);
        var result = driver.RunGenerators(harness.Compilation).GetRunResult();

        Assert.Equal(3, result.GeneratedTrees.Length);
    }

    [Fact]
    public void Unreadable_article_is_an_error_at_its_file_and_the_rest_still_compiles()
    {
        var (output, result) = new GeneratorHarness([TestCorpus.Seed(), new UnreadableFile("locked.txt")]).Run();

        var error = Assert.Single(result.Diagnostics, d => d.Id == "NC0007");
        Assert.Equal("/project/corpus/locked.txt", error.Location.GetLineSpan().Path);
        Assert.Contains("IOException: The file is locked", error.GetMessage(), System.StringComparison.Ordinal);
        Assert.Equal(["blinken-lavrov-g20"], RoundTrip.Catalog(output, "Newsroom.Articles").Select(a => a.Id));
        Assert.Empty(output.GetDiagnostics());
    }

    /// <summary>An article file whose reading fails, as a file locked or deleted mid-build does.</summary>
    private sealed class UnreadableFile(string relativePath) : CorpusFile(relativePath, string.Empty)
    {
        public override Microsoft.CodeAnalysis.Text.SourceText GetText(System.Threading.CancellationToken cancellationToken = default) =>
            throw new System.IO.IOException("The file is locked");
    }

    private sealed class OtherAdditionalFile : AdditionalText
    {
        public override string Path => "/project/settings/other.txt";

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(System.Threading.CancellationToken cancellationToken = default) =>
            Microsoft.CodeAnalysis.Text.SourceText.From("Not an article.\n");
    }
}
