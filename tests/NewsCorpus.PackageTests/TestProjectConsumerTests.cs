using System;
using System.IO;
using System.Text.RegularExpressions;
using Xunit;

namespace NewsCorpus.PackageTests;

/// <summary>A fresh xunit project installs NewsCorpus and runs one theory case per article from the generated theory data.</summary>
[Collection(LocalFeedCollection.Name)]
public sealed class TestProjectConsumerTests(LocalFeed feed)
{
    [Fact]
    public void A_fresh_xunit_project_runs_one_test_per_article()
    {
        string project = feed.NewProjectWithPackage("xunit", "xunit", "NewsTests");
        File.Delete(Path.Combine(project, "UnitTest1.cs"));
        Articles.WriteInto(project);
        DotnetCli.WriteFile(project, "ArticleTests.cs", """
            namespace NewsTests;

            public class ArticleTests
            {
                [Theory]
                [MemberData(nameof(Articles.IdTheoryData), MemberType = typeof(Articles))]
                public void Every_article_has_paragraphs_and_a_language(string id)
                {
                    var article = Articles.Get(id);
                    Assert.NotEmpty(article.Paragraphs);
                    Assert.Contains(article.Language, new[] { "en", "sq" });
                }

                [Theory]
                [MemberData(nameof(Articles.IdRows), MemberType = typeof(Articles))]
                public void Untyped_rows_name_the_same_articles(string id) => Assert.NotNull(Articles.Find(id));

                [Fact]
                public void Lookups_work_from_a_test_project()
                {
                    Assert.Equal(2, Articles.All.Count);
                    Assert.Single(Articles.ByLanguage("sq"));
                    Assert.Single(Articles.QuotesBy("Reyes"));
                }
            }
            """);

        string listed = DotnetCli.Run(project, "test", "--list-tests", "-warnaserror");
        string output = DotnetCli.Run(project, "test", "--no-build");

        Assert.Contains("Every_article_has_paragraphs_and_a_language(id: \"harbour-strike\")", listed, StringComparison.Ordinal);
        Assert.Contains("Every_article_has_paragraphs_and_a_language(id: \"takimi\")", listed, StringComparison.Ordinal);
        var summary = Regex.Match(output, @"Failed:\s+(\d+), Passed:\s+(\d+)");
        Assert.True(summary.Success, output);
        Assert.Equal(("0", "5"), (summary.Groups[1].Value, summary.Groups[2].Value));
    }
}
