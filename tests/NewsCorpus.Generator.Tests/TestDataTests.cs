using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsCorpus.Generator.Tests.TestHelpers;
using Xunit;

namespace NewsCorpus.Generator.Tests;

/// <summary>Articles as data for parameterised tests: untyped rows always, xunit's TheoryData when xunit is referenced.</summary>
public sealed class TestDataTests
{
    private static readonly string[] IdsInPathOrder = ["zgjedhjet-në-qytet", "blinken-lavrov-g20", "harbour-strike", "wahlabend"];

    [Fact]
    public void Id_rows_hold_one_serialisable_id_per_article_in_catalog_order()
    {
        var (output, _) = new GeneratorHarness(TestCorpus.All()).Run();

        var rows = RoundTrip.StaticProperty<IEnumerable<object[]>>(output, "Newsroom.Articles", "IdRows").ToList();

        Assert.All(rows, row => Assert.IsType<string>(Assert.Single(row)));
        Assert.Equal(IdsInPathOrder, rows.Select(row => (string)row[0]));
    }

    [Fact]
    public void Without_xunit_no_theory_data_is_emitted()
    {
        var (_, result) = new GeneratorHarness(TestCorpus.All()).Run();

        Assert.DoesNotContain("Xunit", GeneratorHarness.Sources(result)["Articles.g.cs"]);
    }

    [Fact]
    public void With_xunit_the_catalog_offers_typed_theory_data_that_compiles_warning_free()
    {
        var harness = new GeneratorHarness(TestCorpus.All(), references: [GeneratorHarness.XunitReference], userSource: """
            namespace Newsroom
            {
                internal static class UsesTheoryData
                {
                    public static global::Xunit.TheoryData<string> Rows => Articles.IdTheoryData;
                }
            }
            """);
        var (output, _) = harness.Run();

        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var data = RoundTrip.StaticProperty<TheoryData<string>>(output, "Newsroom.Articles", "IdTheoryData");
        Assert.Equal(IdsInPathOrder, ((IEnumerable<object[]>)data).Select(row => (string)row[0]));
    }
}
