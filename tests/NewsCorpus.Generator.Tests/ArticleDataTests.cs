using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsCorpus.Generator.Tests.TestHelpers;
using Xunit;
using Xunit.Sdk;

namespace NewsCorpus.Generator.Tests;

/// <summary>
/// The generated <c>[ArticleData]</c> attribute, run through xunit 2's own discovery helpers: which articles it selects,
/// that each row serialises (so cases do not collapse into one), binds to an <c>Article</c> parameter and is named by
/// its id, and that an empty selection fails with the filter in the message.
/// </summary>
public sealed class ArticleDataTests
{
    private const string AttributeHintName = "Articles.ArticleDataAttribute.g.cs";

    /// <summary>xunit 2's references as a test project has them: the attribute base in xunit.core, serialisation in xunit.abstractions.</summary>
    private static readonly MetadataReference[] XunitV2 =
        [GeneratorHarness.XunitReference, MetadataReference.CreateFromFile(typeof(Xunit.Abstractions.IXunitSerializable).Assembly.Location)];

    /// <summary>xunit v3's references (xunit.v3.core and xunit.v3.common), from the packages this project downloads.</summary>
    private static readonly MetadataReference[] XunitV3 =
    [
        MetadataReference.CreateFromFile(PackageFile("xunit.v3.extensibility.core", "3.2.2", "lib/netstandard2.0/xunit.v3.core.dll")),
        MetadataReference.CreateFromFile(PackageFile("xunit.v3.common", "3.2.2", "lib/netstandard2.0/xunit.v3.common.dll")),
    ];

    [Fact]
    public void Without_xunit_no_attribute_is_emitted()
    {
        var (output, result) = new GeneratorHarness(TestCorpus.All()).Run();

        Assert.DoesNotContain(AttributeHintName, GeneratorHarness.Sources(result).Keys);
        Assert.Null(output.GetTypeByMetadataName("Newsroom.ArticleDataAttribute"));
    }

    [Fact]
    public void Without_the_runtime_no_attribute_is_emitted()
    {
        var (_, result) = new GeneratorHarness(TestCorpus.All(), referenceRuntime: false, references: XunitV2).Run();

        Assert.Empty(GeneratorHarness.Sources(result));
    }

    [Fact]
    public void With_xunit_2_the_attribute_is_the_accepted_source()
    {
        var (_, result) = new GeneratorHarness(TestCorpus.All(), references: XunitV2).Run();

        Snapshot.Verify("ArticleData.V2", GeneratorHarness.Sources(result)[AttributeHintName]);
    }

    [Fact]
    public void With_xunit_v3_the_attribute_derives_from_its_data_attribute_and_is_the_accepted_source()
    {
        var (output, result) = new GeneratorHarness(TestCorpus.All(), references: XunitV3).Run();

        Snapshot.Verify("ArticleData.V3", GeneratorHarness.Sources(result)[AttributeHintName]);
        Assert.Equal("Xunit.v3.DataAttribute", output.GetTypeByMetadataName("Newsroom.ArticleDataAttribute")!.BaseType!.ToDisplayString());
    }

    [Theory]
    [InlineData(2, LanguageVersion.Latest, "public")]
    [InlineData(2, LanguageVersion.CSharp7_3, "internal")]
    [InlineData(3, LanguageVersion.Latest, "internal")]
    [InlineData(3, LanguageVersion.CSharp7_3, "public")]
    public void The_attribute_compiles_warning_free_in_any_language_version_and_visibility(int xunit, LanguageVersion version, string visibility)
    {
        var properties = new Dictionary<string, string> { ["RootNamespace"] = "Newsroom", ["NewsCorpusVisibility"] = visibility };
        var harness = new GeneratorHarness(TestCorpus.All(), properties, version, references: xunit == 3 ? XunitV3 : XunitV2, userSource: """
            namespace Newsroom
            {
                /// <summary>Tests.</summary>
                public class UsesArticleData
                {
                    /// <summary>A theory.</summary>
                    [ArticleData(Language = "sq", Category = "politics", Source = "VOA", IdPrefix = "b")]
                    public void Test(global::NewsCorpus.Article article) { }
                }
            }
            """);

        var (output, _) = harness.Run();

        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal(visibility == "public", output.GetTypeByMetadataName("Newsroom.ArticleDataAttribute")!.DeclaredAccessibility == Accessibility.Public);
    }

    [Fact]
    public void Every_article_is_a_row_when_no_filter_is_set()
    {
        var rows = GetData(new());

        Assert.Equal(["zgjedhjet-në-qytet", "blinken-lavrov-g20", "harbour-strike", "wahlabend"], rows.Select(IdOf));
    }

    [Theory]
    [InlineData("Language", "SQ", "zgjedhjet-në-qytet blinken-lavrov-g20")]
    [InlineData("Language", "en", "harbour-strike")]
    [InlineData("Source", "voa", "blinken-lavrov-g20")]
    [InlineData("IdPrefix", "Harb", "harbour-strike")]
    public void A_filter_selects_the_matching_articles_ignoring_case(string property, string value, string expectedIds)
    {
        var rows = GetData(new() { [property] = value });

        Assert.Equal(expectedIds.Split(' '), rows.Select(IdOf));
    }

    [Fact]
    public void Language_category_and_source_follow_the_catalogs_lookup_rule_exact_spelling_first()
    {
        CorpusFile[] files =
        [
            new("wire/one.txt", "---\nsource: Reuters\n---\nOne.\n"),
            new("Wire/two.txt", "---\nsource: REUTERS\n---\nTwo.\n"),
        ];
        var (output, _) = new GeneratorHarness(files, references: XunitV2, assemblyName: "Newsroom" + Guid.NewGuid().ToString("N")).Run();
        var type = RoundTrip.GeneratedType(output, "Newsroom.ArticleDataAttribute");

        // As Articles.BySource and ByCategory: the exact spelling names its own articles, another spelling all of them,
        // in the catalog's order of path ("Wire/" before "wire/").
        Assert.Equal(["one"], GetData(type, new() { ["Source"] = "Reuters" }).Select(IdOf));
        Assert.Equal(["two", "one"], GetData(type, new() { ["Source"] = "reuters" }).Select(IdOf));
        Assert.Equal(["two"], GetData(type, new() { ["Category"] = "Wire" }).Select(IdOf));
        Assert.Equal(["two", "one"], GetData(type, new() { ["Category"] = "WIRE" }).Select(IdOf));
    }

    [Fact]
    public void Filters_combine_so_an_article_must_match_each()
    {
        Assert.Equal(["blinken-lavrov-g20"], GetData(new() { ["Language"] = "sq", ["Source"] = "VOA" }).Select(IdOf));
        Assert.Equal(["wahlabend"], GetData(new() { ["Category"] = "de", ["Language"] = "de" }).Select(IdOf));
    }

    [Fact]
    public void Each_row_serialises_binds_to_an_article_parameter_and_is_named_by_its_id()
    {
        var (type, _) = Generate();
        var rows = GetData(type, new() { ["Language"] = "en" });
        var method = typeof(ArticleDataTests).GetMethod(nameof(TakesAnArticle), BindingFlags.NonPublic | BindingFlags.Static)!;

        var row = Assert.Single(rows);
        Assert.True(SerializationHelper.IsSerializable(row));
        object restored = WithGeneratedAssemblyResolvable(type.Assembly, () => SerializationHelper.Deserialize<object>(SerializationHelper.Serialize(row[0])));
        Assert.NotSame(row[0], restored);
        // xunit serialises the arguments as they are after conversion to the parameter types: a Case stays one.
        var article = Assert.IsAssignableFrom<NewsCorpus.Article>(Assert.Single(method.ResolveMethodArguments([restored])));
        Assert.Same(restored, article);
        Assert.True(SerializationHelper.IsSerializable(article));

        Assert.Equal("harbour-strike", article.Id);
        var catalogArticle = ((IReadOnlyList<NewsCorpus.Article>)type.Assembly.GetType("Newsroom.Articles")!.GetProperty("All")!.GetValue(null)!).Single(a => a.Id == "harbour-strike");
        Assert.Equal(catalogArticle, article);
        Assert.Equal(catalogArticle.Headline, article.Headline);
        Assert.Equal("harbour-strike", Assert.Single(typeof(ArticleDataTests).GetMethod(nameof(TakesAnId), BindingFlags.NonPublic | BindingFlags.Static)!.ResolveMethodArguments([restored])));
        Assert.Equal("ArticleDataTests.TakesAnArticle(article: \"harbour-strike\")",
            Reflector.Wrap(method).GetDisplayNameWithArguments("ArticleDataTests.TakesAnArticle", [restored], []));
    }

    [Fact]
    public void A_selection_that_matches_nothing_fails_naming_the_filter_and_what_the_corpus_has()
    {
        var (type, _) = Generate();
        var method = typeof(ArticleDataTests).GetMethod(nameof(TakesAnArticle), BindingFlags.NonPublic | BindingFlags.Static)!;

        var error = Assert.Throws<InvalidOperationException>(() => Attribute(type, new() { ["Language"] = "fr", ["Category"] = "sport" }).GetData(method).ToList());

        Assert.Equal(
            "[ArticleData(Language = \"fr\", Category = \"sport\")] on ArticleDataTests.TakesAnArticle matches none of the 4 article(s) of Articles; "
            + "the corpus has languages de, en, sq; categories de.",
            error.Message);
    }

    [Fact]
    public void An_article_created_empty_reads_as_none_until_bound_once_and_then_equals_its_article()
    {
        var (output, _) = new GeneratorHarness(TestCorpus.All()).Run();
        var catalog = RoundTrip.Catalog(output, "Newsroom.Articles");
        var empty = new EmptyArticle();

        Assert.Throws<InvalidOperationException>(() => empty.Id);
        Assert.False(empty.Equals(catalog[0]));
        empty.Bind(catalog[2]);

        Assert.Equal(catalog[2].Id, empty.Id);
        Assert.True(empty.Equals(catalog[2]) && catalog[2].Equals(empty));
        Assert.Equal(catalog[2].GetHashCode(), empty.GetHashCode());
        Assert.False(empty.Equals(catalog[1]) || catalog[1].Equals(catalog[2]));
        Assert.Throws<InvalidOperationException>(() => empty.Bind(catalog[1]));
    }

    private static void TakesAnArticle(NewsCorpus.Article article) => GC.KeepAlive(article);

    private static void TakesAnId(string id) => GC.KeepAlive(id);

    private static string IdOf(object[] row) => Assert.IsType<string>(row[0].GetType().GetProperty("Id")!.GetValue(row[0]));

    private static (Type Attribute, Compilation Output) Generate()
    {
        // A name of its own, so that resolving it by name (as xunit's deserialisation does) finds this assembly alone.
        var (output, _) = new GeneratorHarness(TestCorpus.All(), references: XunitV2, assemblyName: "Newsroom" + Guid.NewGuid().ToString("N")).Run();
        return (RoundTrip.GeneratedType(output, "Newsroom.ArticleDataAttribute"), output);
    }

    private static List<object[]> GetData(Dictionary<string, string> filters) => GetData(Generate().Attribute, filters);

    private static List<object[]> GetData(Type attributeType, Dictionary<string, string> filters) =>
        Attribute(attributeType, filters).GetData(typeof(ArticleDataTests).GetMethod(nameof(TakesAnArticle), BindingFlags.NonPublic | BindingFlags.Static)!).ToList();

    private static DataAttribute Attribute(Type attributeType, Dictionary<string, string> filters)
    {
        var attribute = (DataAttribute)Activator.CreateInstance(attributeType)!;
        foreach (var (name, value) in filters) attributeType.GetProperty(name)!.SetValue(attribute, value);
        return attribute;
    }

    private static string PackageFile(string package, string version, string path) =>
        System.IO.Path.Combine(typeof(ArticleDataTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NuGetPackageRoot").Value!, package, version, path);

    /// <summary>An article a test framework would create empty and then bind, as the generated test cases are.</summary>
    private sealed class EmptyArticle : NewsCorpus.Article
    {
        public void Bind(NewsCorpus.Article article) => BindTo(article);
    }

    /// <summary>Runs <paramref name="action"/> where loading an assembly by name (as xunit's serialisation does) looks in the generated assembly's context first.</summary>
    private static T WithGeneratedAssemblyResolvable<T>(Assembly generated, Func<T> action)
    {
        using (AssemblyLoadContext.EnterContextualReflection(generated))
        {
            return action();
        }
    }
}
