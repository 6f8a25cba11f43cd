using System;
using System.IO;
using System.Linq;
using Xunit;

namespace NewsCorpus.PackageTests;

/// <summary>
/// The README's install section, done for real: a fresh console app installs NewsCorpus from a feed, gets two
/// articles in corpus/, builds with warnings as errors and prints what the generated code holds. It also
/// references a fresh class library with a public corpus of its own, the two-projects case of the issue tracker.
/// </summary>
[Collection(LocalFeedCollection.Name)]
public sealed class ConsoleConsumerTests(LocalFeed feed)
{
    [Fact]
    public void A_fresh_console_app_with_the_package_prints_its_articles_and_a_referenced_librarys()
    {
        string library = feed.NewProjectWithPackage("console", "classlib", "NewsLibrary");
        DotnetCli.WriteFile(library, "Directory.Build.props", """
            <Project>
              <PropertyGroup>
                <NewsCorpusVisibility>public</NewsCorpusVisibility>
              </PropertyGroup>
            </Project>
            """);
        DotnetCli.WriteFile(library, "corpus/2022-10-09-zgjedhjet.txt", Articles.Albanian);

        string app = feed.NewProjectWithPackage("console", "console", "NewsApp");
        DotnetCli.Run(app, "add", "reference", "../NewsLibrary/NewsLibrary.csproj");
        Articles.WriteInto(app);
        DotnetCli.WriteFile(app, "Program.cs", """
            using NewsApp;

            foreach (var article in Articles.All)
            {
                Console.WriteLine($"{article.Id}|{article.Language}|{article.Source}|{article.Published:yyyy-MM-dd}|{article.Category}|{article.Paragraphs.Count}|{article.Quotes.Count}");
            }

            var quote = Articles.HarbourStrike.Quotes[0];
            Console.WriteLine($"quote|{quote.Speaker}|{quote.Cue}|{quote.Text}");
            Console.WriteLine($"library|{string.Join(",", NewsLibrary.Articles.All.Select(a => a.Id))}");
            """);

        // One solution holding both, built as a whole the way an IDE does.
        string solution = Path.GetDirectoryName(app)!;
        DotnetCli.Run(solution, "new", "sln", "-n", "News");
        string solutionFile = Directory.GetFiles(solution, "News.sln*").Single();
        DotnetCli.Run(solution, "sln", solutionFile, "add", "NewsApp/NewsApp.csproj", "NewsLibrary/NewsLibrary.csproj");
        DotnetCli.Run(solution, "build", solutionFile, "-warnaserror");
        string assembly = Directory.GetFiles(Path.Combine(app, "bin"), "NewsApp.dll", SearchOption.AllDirectories).Single();
        byte[] firstBuild = File.ReadAllBytes(assembly);
        // A second, separate compiler process (its own string-hash seed): any order that came from hashing would show.
        DotnetCli.Run(app, "build", "--no-incremental", "-warnaserror", "-p:UseSharedCompilation=false");
        Assert.Equal(firstBuild, File.ReadAllBytes(assembly));
        string[] lines = DotnetCli.Run(app, "run", "--no-build").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

        Assert.Equal(
            [
                "harbour-strike|en||2024-05-14||2|1",
                "takimi|sq|VOA|2023-01-05|sq|2|2",
                "quote|union organiser Dana Reyes|told|We did not get everything we asked for, but we got a fair deal",
                "library|zgjedhjet",
            ],
            lines);

        // A finding's severity is raised the ordinary way for diagnostics in non-C# files, a .globalconfig,
        // and the build names the file and line (here a scraped trailer, NC0004, info by default).
        DotnetCli.WriteFile(library, "corpus/2022-10-09-zgjedhjet.txt", Articles.Albanian + "Discussion about this post\n");
        DotnetCli.WriteFile(library, ".globalconfig", "is_global = true\ndotnet_diagnostic.NC0004.severity = warning\n");
        string build = DotnetCli.Run(library, "build");
        Assert.Contains(Path.Combine("corpus", "2022-10-09-zgjedhjet.txt") + "(4,1): warning NC0004", build, StringComparison.Ordinal);
    }
}
