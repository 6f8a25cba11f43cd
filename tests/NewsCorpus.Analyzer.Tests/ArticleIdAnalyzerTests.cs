using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using NewsCorpus.Analyzer.Tests.TestHelpers;
using NewsCorpus.Generator.Tests.TestHelpers;
using NewsCorpus.Text;
using Xunit;

namespace NewsCorpus.Analyzer.Tests;

/// <summary>Constant ids given to the generated catalog's Get and Find, checked against the catalog's own ids.</summary>
public sealed class ArticleIdAnalyzerTests
{
    private static DiagnosticResult Unknown(int marker, string id, string reason) =>
        new DiagnosticResult(DiagnosticIds.UnknownArticleId, DiagnosticSeverity.Warning).WithLocation(marker).WithArguments(id, reason);

    private static DiagnosticResult TypedField(int marker, string id, string typedName) =>
        new DiagnosticResult(DiagnosticIds.IdHasTypedField, DiagnosticSeverity.Info).WithLocation(marker).WithArguments(id, "Articles", typedName);

    /// <summary>The fixed id has a typed field, whose own fix (NC0018's) would otherwise be applied next.</summary>
    private static void StopAfterOneFix(Microsoft.CodeAnalysis.Testing.CodeFixTest<DefaultVerifier> test)
    {
        test.CodeActionEquivalenceKey = DiagnosticIds.UnknownArticleId;
        test.NumberOfIncrementalIterations = 1;
        test.NumberOfFixAllIterations = 1;
    }

    [Fact]
    public async Task An_unknown_id_is_a_warning_naming_the_nearest_id_and_the_fix_puts_it_in()
    {
        var test = Verify.Test(
            """
            namespace Newsroom
            {
                internal static class Program
                {
                    internal static string Title() => Articles.Get({|#0:"harbour-strik"|}).Title;
                }
            }
            """,
            """
            namespace Newsroom
            {
                internal static class Program
                {
                    internal static string Title() => {|#1:Articles.Get("harbour-strike")|}.Title;
                }
            }
            """);
        test.ExpectedDiagnostics.Add(Unknown(0, "harbour-strik", "the nearest id is 'harbour-strike'"));
        test.FixedState.ExpectedDiagnostics.Add(TypedField(1, "harbour-strike", "HarbourStrike"));
        StopAfterOneFix(test);

        await test.RunAsync();
    }

    [Fact]
    public async Task Find_with_an_unknown_id_is_reported_too_ignoring_case_for_the_nearest_id()
    {
        var test = Verify.Test(
            """
            internal static class Program
            {
                internal static bool Has() => Newsroom.Articles.Find({|#0:"TECH/01"|}) is not null;
            }
            """,
            """
            internal static class Program
            {
                internal static bool Has() => {|#1:Newsroom.Articles.Find("tech/001")|} is not null;
            }
            """);
        test.ExpectedDiagnostics.Add(Unknown(0, "TECH/01", "the nearest id is 'tech/001'"));
        test.FixedState.ExpectedDiagnostics.Add(TypedField(1, "tech/001", "Tech001"));
        StopAfterOneFix(test);

        await test.RunAsync();
    }

    [Fact]
    public async Task An_id_near_no_other_is_a_warning_without_a_fix()
    {
        var test = Verify.Test(
            """
            internal static class Program
            {
                internal static object Get() => Newsroom.Articles.Get({|#0:"election-night"|});
            }
            """);
        test.ExpectedDiagnostics.Add(Unknown(0, "election-night", "no id is near it"));
        test.FixedState.Sources.Add(("User.cs", test.TestState.Sources[0].content));
        foreach (var source in test.TestState.Sources.GetRange(1, test.TestState.Sources.Count - 1)) test.FixedState.Sources.Add(source);
        test.FixedState.ExpectedDiagnostics.Add(Unknown(0, "election-night", "no id is near it"));
        test.FixedState.MarkupHandling = MarkupMode.Allow;

        await test.RunAsync();
    }

    [Fact]
    public async Task An_id_with_a_typed_field_is_a_suggestion_whose_fix_puts_the_field_in()
    {
        var test = Verify.Test(
            """
            using Newsroom;

            internal static class Program
            {
                internal static string Title() => {|#0:Articles.Get("harbour-strike")|}.Title;

                internal static object? Find() => {|#1:Articles.Find("markets-wrap")|};
            }
            """,
            """
            using Newsroom;

            internal static class Program
            {
                internal static string Title() => Articles.HarbourStrike.Title;

                internal static object? Find() => Articles.MarketsWrap;
            }
            """);
        test.ExpectedDiagnostics.Add(TypedField(0, "harbour-strike", "HarbourStrike"));
        test.ExpectedDiagnostics.Add(TypedField(1, "markets-wrap", "MarketsWrap"));

        await test.RunAsync();
    }

    [Fact]
    public async Task An_id_that_differs_in_case_alone_is_found_as_Get_finds_it()
    {
        var test = Verify.Test(
            """
            internal static class Program
            {
                internal static object Get() => {|#0:Newsroom.Articles.Get("Harbour-Strike-Ends")|};
            }
            """,
            """
            internal static class Program
            {
                internal static object Get() => Newsroom.Articles.HarbourStrikeEnds;
            }
            """);
        test.ExpectedDiagnostics.Add(TypedField(0, "harbour-strike-ends", "HarbourStrikeEnds"));

        await test.RunAsync();
    }

    [Fact]
    public async Task A_call_that_does_not_name_the_catalog_gets_the_field_by_a_name_the_file_can_use()
    {
        var test = Verify.Test(
            """
            using static Newsroom.Articles;

            internal static class Program
            {
                internal static object Read() => {|#0:Get("tech/001")|};
            }
            """,
            """
            using static Newsroom.Articles;

            internal static class Program
            {
                internal static object Read() => Tech001;
            }
            """);
        test.ExpectedDiagnostics.Add(TypedField(0, "tech/001", "Tech001"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Two_ids_that_differ_from_it_in_case_alone_are_named_as_Get_would()
    {
        CorpusFile[] files =
        [
            new("a/Report.txt", "Report one\n\nThe first report.\n"),
            new("b/report.txt", "Report two\n\nThe second report.\n"),
        ];

        await Verify.Diagnostics(
            """
            internal static class Program
            {
                internal static object Get() => Newsroom.Articles.Get({|#0:"REPORT"|});
            }
            """,
            files, null,
            Unknown(0, "REPORT", "the ids 'Report', 'report' differ from it in case alone"));
    }

    [Fact]
    public async Task Articles_past_the_cap_of_typed_fields_get_no_suggestion()
    {
        // Only the first article in path order (harbour-strike) has a typed field; the build says so (NC0012).
        await Verify.Diagnostics(
            """
            internal static class Program
            {
                internal static object First() => {|#0:Newsroom.Articles.Get("harbour-strike")|};

                internal static object Second() => Newsroom.Articles.Get("tech/001");
            }
            """,
            null, new Dictionary<string, string> { ["NewsCorpusMaxTypedProperties"] = "1" },
            TypedField(0, "harbour-strike", "HarbourStrike"));
    }

    [Fact]
    public async Task Ids_that_are_not_constants_and_other_classes_Get_methods_are_left_alone()
    {
        await Verify.Diagnostics(
            """
            internal static class Lookup
            {
                internal static object? Get(string id) => null;
            }

            internal static class Program
            {
                internal static object Variable(string id) => Newsroom.Articles.Get(id);

                internal static object? Other() => Lookup.Get("no-such-article");

                internal static object Const() => Newsroom.Articles.Get({|#0:Ids.Missing|});
            }

            internal static class Ids
            {
                internal const string Missing = "markets-wrapp";
            }
            """,
            expected: Unknown(0, "markets-wrapp", "the nearest id is 'markets-wrap'"));
    }

    [Fact]
    public async Task Generated_code_is_not_checked()
    {
        var test = Verify.Test("internal static class Program { }");
        test.TestState.Sources.Add(("Other.g.cs", """
            // <auto-generated/>
            internal static class Generated
            {
                internal static object Get() => Newsroom.Articles.Get("no-such-article");
            }
            """));

        await test.RunAsync();
    }
}
