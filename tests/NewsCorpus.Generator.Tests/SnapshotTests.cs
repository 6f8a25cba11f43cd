using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Tests.TestHelpers;
using NewsCorpus.Records;
using Xunit;

namespace NewsCorpus.Generator.Tests;

/// <summary>
/// Golden baselines of the generated sources, Verify-style (see <see cref="Snapshot"/>), with a readable side
/// baseline of the records that the block literals pack, so that a review sees which field of which article changed.
/// </summary>
public class SnapshotTests
{
    [Fact]
    public void Seed_article_generates_the_accepted_source()
    {
        var (_, result) = new GeneratorHarness([TestCorpus.Seed()]).Run();

        var sources = GeneratorHarness.Sources(result);

        Assert.Equal(["Articles.Block000.g.cs", "Articles.Ids.g.cs", "Articles.g.cs"], sources.Keys.Order(System.StringComparer.Ordinal));
        Snapshot.Verify("Seed.Block000", sources["Articles.Block000.g.cs"]);
        Snapshot.Verify("Seed.Catalog", sources["Articles.g.cs"]);
        Snapshot.Verify("Seed.Records", Records(result), ".txt");
    }

    [Theory]
    [InlineData("Articles.Block000.g.cs", "Fixture.Block000")]
    [InlineData("Articles.g.cs", "Fixture.Catalog")]
    [InlineData("Articles.Ids.g.cs", "Fixture.Ids")]
    public void Fixture_articles_generate_the_accepted_sources(string hintName, string snapshot)
    {
        var (_, result) = new GeneratorHarness(TestCorpus.All()).Run();

        Snapshot.Verify(snapshot, GeneratorHarness.Sources(result)[hintName]);
        Snapshot.Verify("Fixture.Records", Records(result), ".txt");
    }

    [Fact]
    public void Options_set_namespace_class_name_and_visibility()
    {
        var properties = new Dictionary<string, string>
        {
            ["RootNamespace"] = "Ignored.Because.Overridden",
            ["NewsCorpusNamespace"] = "Fixtures.News",
            ["NewsCorpusClassName"] = "Corpus",
            ["NewsCorpusVisibility"] = "public",
        };

        var (_, result) = new GeneratorHarness([TestCorpus.Seed()], properties).Run();

        Snapshot.Verify("Options.Catalog", GeneratorHarness.Sources(result)["Corpus.g.cs"]);
    }

    /// <summary>Every record of the run, decoded field by field: <c>path / field: value</c>.</summary>
    private static string Records(GeneratorDriverRunResult result)
    {
        var dump = new StringBuilder();
        var articles = result.Results.Single().TrackedSteps[TrackingNames.NamedArticles].SelectMany(step => step.Outputs)
            .Select(output => (NamedArticle)output.Value).OrderBy(named => named.Article.Path, System.StringComparer.Ordinal);
        foreach (var named in articles)
        {
            var record = RecordFormat.Read(RecordFormat.WithId(named.Article.Record, named.Id));
            dump.Append("# ").Append(named.Article.Path).Append('\n');
            foreach (var field in typeof(ArticleRecord).GetFields(BindingFlags.Public | BindingFlags.Instance))
            {
                object? value = field.GetValue(record);
                string text = value switch
                {
                    null => "null",
                    string s => "\"" + s.Replace("\n", "\\n") + "\"",
                    int[] ints => "[" + string.Join(", ", ints) + "]",
                    string[] strings => "[" + string.Join(", ", strings.Select(s => "\"" + s.Replace("\n", "\\n") + "\"")) + "]",
                    _ => System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
                };
                dump.Append(field.Name).Append(": ").Append(text).Append('\n');
            }

            dump.Append('\n');
        }

        return dump.ToString();
    }
}
