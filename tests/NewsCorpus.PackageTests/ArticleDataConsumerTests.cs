using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace NewsCorpus.PackageTests;

/// <summary>
/// A fresh xunit project installs NewsCorpus and feeds its theories with <c>[ArticleData]</c>: one listed case per
/// matching article, named by its id, and a filter that matches nothing fails the run, naming the filter. Once with
/// the template's xunit 2 and once with the project switched to xunit v3, whose attribute the generator writes apart.
/// </summary>
[Collection(LocalFeedCollection.Name)]
public sealed class ArticleDataConsumerTests(LocalFeed feed)
{
    private const string PortReopensPath = "corpus/business/2024-05-20-port-reopens.txt";

    private const string PortReopens = """
        Port reopens to container ships

        The port of Eastmouth reopened to container traffic on Monday, a week after the strike ended.

        """;

    /// <summary>The xunit v3 that <c>dotnet test</c> runs as it is (VSTest), with the runner that discovers it.</summary>
    private const string XunitV3 = "3.2.2", XunitV3Runner = "3.1.5";

    [Theory]
    [InlineData("xunit2")]
    [InlineData("xunit3")]
    public void Article_data_lists_one_case_per_matching_article_and_fails_an_empty_selection(string xunit)
    {
        string project = feed.NewProjectWithPackage("article-data-" + xunit, "xunit", "NewsTests");
        if (xunit == "xunit3") SwitchToXunitV3(project);
        File.Delete(Path.Combine(project, "UnitTest1.cs"));
        Articles.WriteInto(project);
        DotnetCli.WriteFile(project, PortReopensPath, PortReopens);
        DotnetCli.WriteFile(project, "ArticleDataTests.cs", """
            using NewsCorpus;

            namespace NewsTests;

            public class ArticleDataTests
            {
                [Theory]
                [ArticleData(Language = "en")]
                public void English_articles_have_a_lead(Article article)
                {
                    Assert.Equal("en", article.Language);
                    Assert.NotNull(article.Lead);
                }

                [Theory]
                [ArticleData(Language = "sq")]
                public void An_id_parameter_takes_the_id(string id) => Assert.Equal("sq", Articles.Get(id).Language);

                [Theory]
                [ArticleData(Language = "en", Category = "business")]
                public void Filters_combine(Article article) => Assert.Equal("business", article.Category);

                [Theory]
                [ArticleData(Language = "fr")]
                public void Nothing_is_in_french(Article article) => Assert.Fail("ran for " + article.Id);
            }
            """);

        string listed = DotnetCli.Run(project, "test", "--list-tests", "-warnaserror");
        var (exitCode, output, error) = DotnetCli.RunAllowingFailure(project, "test", "--no-build");

        var cases = listed.Split('\n').Select(line => line.Trim()).Where(line => line.StartsWith("NewsTests.", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                "NewsTests.ArticleDataTests.An_id_parameter_takes_the_id(id: \"takimi\")",
                "NewsTests.ArticleDataTests.English_articles_have_a_lead(article: \"harbour-strike\")",
                "NewsTests.ArticleDataTests.English_articles_have_a_lead(article: \"port-reopens\")",
                "NewsTests.ArticleDataTests.Filters_combine(article: \"port-reopens\")",
                "NewsTests.ArticleDataTests.Nothing_is_in_french",
            ],
            cases);
        Assert.NotEqual(0, exitCode);
        Assert.Contains(
            "[ArticleData(Language = \"fr\")] on ArticleDataTests.Nothing_is_in_french matches none of the 3 article(s) of Articles; the corpus has languages en, sq.",
            output, StringComparison.Ordinal);
        var summary = Regex.Match(output, @"Failed:\s+(\d+), Passed:\s+(\d+)");
        Assert.True(summary.Success, output + error);
        Assert.Equal(("1", "4"), (summary.Groups[1].Value, summary.Groups[2].Value));
    }

    /// <summary>
    /// What a user moving to xunit v3 does to the template's project: xunit becomes xunit.v3, the runner one that
    /// discovers v3, and the project an executable, as every v3 test project is. Microsoft.NET.Test.Sdk stays.
    /// </summary>
    private static void SwitchToXunitV3(string project)
    {
        string path = Path.Combine(project, "NewsTests.csproj");
        string text = File.ReadAllText(path);
        string switched = Replace(text, @"<PackageReference Include=""xunit"" Version=""[^""]*"" />", $@"<PackageReference Include=""xunit.v3"" Version=""{XunitV3}"" />");
        switched = Replace(switched, @"<PackageReference Include=""xunit.runner.visualstudio"" Version=""[^""]*"" />",
            $@"<PackageReference Include=""xunit.runner.visualstudio"" Version=""{XunitV3Runner}"" />");
        switched = Replace(switched, @"<TargetFramework>", "<OutputType>Exe</OutputType>\n    <TargetFramework>");
        File.WriteAllText(path, switched);

        static string Replace(string text, string pattern, string replacement)
        {
            string replaced = new Regex(pattern).Replace(text, replacement, 1);
            Assert.False(replaced == text, $"The template's project has no {pattern} to switch to xunit v3:\n{text}");
            return replaced;
        }
    }
}
