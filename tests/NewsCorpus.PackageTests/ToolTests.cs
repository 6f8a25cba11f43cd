using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace NewsCorpus.PackageTests;

/// <summary>The corpus tool installs from the feed with `dotnet tool install`, documents every command, and exports a folder.</summary>
[Collection(LocalFeedCollection.Name)]
public sealed class ToolTests(LocalFeed feed)
{
    [Fact]
    public void The_tool_installs_lists_every_command_with_an_example_and_exports_a_corpus()
    {
        string tools = Path.Combine(feed.Root, "tools");
        DotnetCli.Run(feed.Workspace, "tool", "install", "NewsCorpus.Cli", "--tool-path", tools, "--version", feed.Version);
        string corpus = Path.Combine(tools, OperatingSystem.IsWindows() ? "corpus.exe" : "corpus");

        string help = DotnetCli.Execute(corpus, feed.Workspace, "--help");
        foreach (var command in new[] { "show", "inspect", "export", "eval", "eval-language" })
        {
            Assert.Contains($"Example: corpus {command} ", help, StringComparison.Ordinal);
        }

        string articles = Path.Combine(feed.Workspace, "tool");
        Articles.WriteInto(articles);
        string exported = DotnetCli.Execute(corpus, feed.Workspace, "export", Path.Combine(articles, "corpus"), "--format", "jsonl");

        var ids = exported.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString());
        Assert.Equal(["harbour-strike", "takimi"], ids);
    }
}
