using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace NewsCorpus.PackageTests;

/// <summary>
/// The articles are the item NewsCorpusArticle, changed in a fresh consumer's project file as Compile items are: a
/// Remove leaves files out, an Include from outside the corpus folder takes its path from where its wildcard starts,
/// a Link names the path outright, the default can be switched off, and the corpus folder's other files are counted
/// in one message rather than left out in silence. One project for all of it, as each costs a restore and builds.
/// </summary>
[Collection(LocalFeedCollection.Name)]
public sealed class ArticleItemConsumerTests(LocalFeed feed)
{
    [Fact]
    public void Articles_are_items_a_project_removes_includes_and_links_and_other_files_are_counted_once()
    {
        string app = feed.NewProjectWithPackage("items", "console", "Items");
        string work = Path.GetDirectoryName(app)!;
        DotnetCli.WriteFile(app, "corpus/sport/x.txt", "Sport story\n\nThe club won on Saturday.\n");
        DotnetCli.WriteFile(app, "corpus/drafts/unfinished.txt", "Draft\n\nNot ready.\n");
        DotnetCli.WriteFile(app, "corpus/notes.json", "{}\n");
        DotnetCli.WriteFile(app, "corpus/data.csv", "a,b\n");
        DotnetCli.WriteFile(app, "corpus/sport/scores.xlsx", "not really a spreadsheet\n");
        DotnetCli.WriteFile(app, "corpus/.gitkeep", "");
        DotnetCli.WriteFile(work, "more/world/x.txt", "World story\n\nThe summit opened on Tuesday.\n");
        DotnetCli.WriteFile(work, "extra/lone.txt", "Lone story\n\nThe council met on Monday.\n");
        string project = Path.Combine(app, "Items.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("</Project>", """
              <ItemGroup>
                <NewsCorpusArticle Remove="corpus/drafts/**" />
                <NewsCorpusArticle Include="../more/**/*.txt" />
                <NewsCorpusArticle Include="../extra/lone.txt" Link="politics/lone-story.txt" />
              </ItemGroup>
            </Project>
            """, StringComparison.Ordinal));
        DotnetCli.WriteFile(app, "Program.cs", """
            foreach (var article in Items.Articles.All)
                System.Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(new[] { article.Path, article.Id, article.Category }));
            """);

        string build = DotnetCli.Run(app, "build");
        string run = DotnetCli.Run(app, "run", "--no-build");

        Assert.Equal(
            new[] { "politics/lone-story.txt lone-story politics", "sport/x.txt sport/x sport", "world/x.txt world/x world" },
            Articles(run));
        Assert.DoesNotContain(": warning", build, StringComparison.Ordinal);
        var message = Assert.Single(Regex.Matches(build, @"^.*NC0016.*$", RegexOptions.Multiline)).Value;
        Assert.Contains(Path.Combine(app, "corpus", "data.csv"), message, StringComparison.Ordinal);
        Assert.Contains("3 files in corpus/ are not articles and are not embedded: data.csv, notes.json, sport/scores.xlsx.", message, StringComparison.Ordinal);

        // Switched off, the corpus folder gives nothing (nor a message about it); the project's own items stay.
        string off = DotnetCli.Run(app, "build", "-p:EnableNewsCorpusArticles=false");

        Assert.Equal(new[] { "politics/lone-story.txt lone-story politics", "world/x.txt x world" }, Articles(DotnetCli.Run(app, "run", "--no-build")));
        Assert.DoesNotContain("NC0016", off, StringComparison.Ordinal);
        Assert.DoesNotContain("NC0014", off, StringComparison.Ordinal);
    }

    /// <summary>The articles a run printed, as "path id category", in order of path.</summary>
    private static string[] Articles(string run) =>
        run.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => string.Join(' ', JsonSerializer.Deserialize<string?[]>(line)!))
            .Order(StringComparer.Ordinal)
            .ToArray();
}
