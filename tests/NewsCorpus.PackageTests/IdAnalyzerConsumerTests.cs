using System;
using System.IO;
using System.Linq;
using Xunit;

namespace NewsCorpus.PackageTests;

/// <summary>
/// The analyzer as a user meets it: a fresh console app with the package and an id mistyped in Program.cs gets
/// NC0017 in its build output, at the id, naming the id it was probably meant to be.
/// </summary>
[Collection(LocalFeedCollection.Name)]
public sealed class IdAnalyzerConsumerTests(LocalFeed feed)
{
    [Fact]
    public void A_mistyped_constant_id_is_a_build_warning_naming_the_nearest_id()
    {
        string app = feed.NewProjectWithPackage("analyzer", "console", "IdApp");
        Articles.WriteInto(app);
        DotnetCli.WriteFile(app, "Program.cs", """
            using IdApp;

            Console.WriteLine(Articles.Find("harbour-strik")?.Title);
            Console.WriteLine(Articles.Get("harbour-strike").Title);
            """);

        string build = DotnetCli.Run(app, "build");

        Assert.Contains(
            Path.Combine(app, "Program.cs") + "(3,33): warning NC0017: No article has the id 'harbour-strik'; the nearest id is 'harbour-strike'",
            build, StringComparison.Ordinal);
        // The id that exists is an Info suggestion (NC0018), which the build output leaves to the IDE.
        Assert.DoesNotContain("NC0018", build, StringComparison.Ordinal);
        // Once, though MSBuild repeats each warning in its summary.
        Assert.Single(build.Split('\n').Select(line => line.Trim()).Where(line => line.Contains("NC0017", StringComparison.Ordinal)).Distinct());
    }
}
