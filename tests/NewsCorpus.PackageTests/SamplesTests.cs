using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace NewsCorpus.PackageTests;

/// <summary>
/// samples/ as a user gets it: copied out of the repository, NewsCorpus from the feed instead of the samples'
/// own nuget.config, the console app (with the library it references) built with warnings as errors and run,
/// the xunit sample tested.
/// </summary>
[Collection(LocalFeedCollection.Name)]
public sealed class SamplesTests(LocalFeed feed)
{
    [Fact]
    public void The_samples_build_from_the_package_the_console_app_prints_both_corpora_and_the_sample_tests_pass()
    {
        string samples = Path.Combine(feed.Workspace, "samples");
        LocalFeed.CopyFolder(Path.Combine(LocalFeed.RepositoryRoot, "samples"), samples);
        DotnetCli.WriteFile(samples, "nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="newscorpus-local" value="{feed.Feed}" />
              </packageSources>
            </configuration>
            """);
        string version = "-p:NewsCorpusVersion=" + feed.Version;

        DotnetCli.Run(samples, "build", "Console", "-warnaserror", version);
        string[] lines = DotnetCli.Run(samples, "run", "--project", "Console", "--no-build")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToArray();
        Assert.Equal(
            [
                "This app's articles:",
                "  bridge-reopens | 2025-03-11 | Millford river bridge reopens after repairs | 3 paragraphs, 1 quotes",
                "  library-fines | 2025-04-02 | Eastbrook library stops charging late fines | 2 paragraphs, 1 quotes",
                "A quote: “Drivers will save twenty minutes a day” (city engineer Priya Nandakumar, said)",
                "SampleLibrary's articles:",
                "  electric-ferry | 2025-05-20 | Electric ferry links the two quays",
                "  market-hours | 2025-06-01 | Saturday market to stay open until evening",
                "Who is quoted in electric-ferry: passenger Mara Lindqvist, The harbour authority",
            ],
            lines);

        string output = DotnetCli.Run(samples, "test", "Tests", version);
        var summary = Regex.Match(output, @"Failed:\s+(\d+), Passed:\s+(\d+)");
        Assert.True(summary.Success, output);
        Assert.Equal(("0", "5"), (summary.Groups[1].Value, summary.Groups[2].Value));
    }
}
