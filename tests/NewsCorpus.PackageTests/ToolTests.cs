using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace NewsCorpus.PackageTests;

/// <summary>The corpus tool installs from the feed with `dotnet tool install`, documents every command, exports a folder and shows any article file.</summary>
[Collection(LocalFeedCollection.Name)]
public sealed class ToolTests(LocalFeed feed)
{
    [Fact]
    public void The_tool_installs_lists_every_command_with_an_example_exports_a_corpus_and_shows_a_file_outside_its_own()
    {
        string tools = Path.Combine(feed.Root, "tools");
        DotnetCli.Run(feed.Workspace, "tool", "install", "NewsCorpus.Cli", "--tool-path", tools, "--version", feed.Version);
        string corpus = Path.Combine(tools, OperatingSystem.IsWindows() ? "corpus.exe" : "corpus");

        string help = DotnetCli.Execute(corpus, feed.Workspace, "--help");
        foreach (var command in new[] { "list", "show", "inspect", "export", "eval", "eval-language" })
        {
            // "eval " is not "eval-language", and "list" has no argument after it.
            Assert.Matches($@"(?m)^\s*Example: corpus {Regex.Escape(command)}( |\r?$)", help);
        }

        string articles = Path.Combine(feed.Workspace, "tool");
        Articles.WriteInto(articles);
        string exported = DotnetCli.Execute(corpus, feed.Workspace, "export", Path.Combine(articles, "corpus"), "--format", "jsonl");

        var ids = exported.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString());
        Assert.Equal(["harbour-strike", "takimi"], ids);

        // The tool embeds only its own corpus; any other article is analysed when it is shown.
        string shown = DotnetCli.Execute(corpus, feed.Workspace, "show", Path.Combine(articles, Articles.HarbourStrikePath));
        var lines = shown.Split('\n');
        Assert.Equal("id:         harbour-strike", lines[0]);
        Assert.Contains("  [2] direct \"We did not get everything we asked for, but we got a fair deal\" - union organiser Dana Reyes (told)", lines);
        Assert.Equal(DotnetCli.Execute(corpus, feed.Workspace), DotnetCli.Execute(corpus, feed.Workspace, "list"));
    }
}
