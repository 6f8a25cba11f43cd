using System.Linq;
using NewsCorpus.Generator.Tests.TestHelpers;
using Xunit;

namespace NewsCorpus.Generator.Tests;

/// <summary>Golden baselines of the generated sources, Verify-style (see <see cref="Snapshot"/>).</summary>
public class SnapshotTests
{
    [Fact]
    public void Seed_article_generates_the_accepted_source()
    {
        var (_, result) = new GeneratorHarness([TestCorpus.Seed()]).Run();

        var sources = GeneratorHarness.Sources(result);

        Assert.Equal(["Articles.BlinkenLavrovG20.g.cs", "Articles.g.cs"], sources.Keys.Order());
        Snapshot.Verify("Seed.BlinkenLavrovG20", sources["Articles.BlinkenLavrovG20.g.cs"]);
        Snapshot.Verify("Seed.Catalog", sources["Articles.g.cs"]);
    }

    [Theory]
    [InlineData("Articles.HarbourStrike.g.cs", "Fixture.HarbourStrike")]
    [InlineData("Articles.ZgjedhjetNëQytet.g.cs", "Fixture.ZgjedhjetNeQytet")]
    [InlineData("Articles.Wahlabend.g.cs", "Fixture.Wahlabend")]
    [InlineData("Articles.g.cs", "Fixture.Catalog")]
    public void Fixture_articles_generate_the_accepted_sources(string hintName, string snapshot)
    {
        var (_, result) = new GeneratorHarness(TestCorpus.All()).Run();

        Snapshot.Verify(snapshot, GeneratorHarness.Sources(result)[hintName]);
    }

    [Fact]
    public void Options_set_namespace_class_name_and_visibility()
    {
        var properties = new System.Collections.Generic.Dictionary<string, string>
        {
            ["RootNamespace"] = "Ignored.Because.Overridden",
            ["NewsCorpusNamespace"] = "Fixtures.News",
            ["NewsCorpusClassName"] = "Corpus",
            ["NewsCorpusVisibility"] = "public",
        };

        var (_, result) = new GeneratorHarness([TestCorpus.Seed()], properties).Run();

        Snapshot.Verify("Options.Catalog", GeneratorHarness.Sources(result)["Corpus.g.cs"]);
    }
}
