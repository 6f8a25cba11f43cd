using System;
using System.IO;
using System.Linq;
using Xunit;

namespace NewsCorpus.PackageTests;

/// <summary>
/// The README's "First use", done as it says: a fresh console app named NewsApp with the package, the seed article
/// copied into its corpus/, the README's first C# block as Program.cs. It must compile warning-free and print the
/// lines the README shows under it. Both are read from README.md on every run, so editing the README re-tests it.
/// </summary>
[Collection(LocalFeedCollection.Name)]
public sealed class ReadmeSnippetTests(LocalFeed feed)
{
    [Fact]
    public void The_READMEs_first_snippet_compiles_in_a_fresh_console_app_and_prints_what_the_README_shows()
    {
        var readme = Readme.Read();
        string app = feed.NewProjectWithPackage("readme", "console", "NewsApp");
        // The README has the reader copy the seed article, which is what the repository's corpus/ holds.
        string corpus = Directory.CreateDirectory(Path.Combine(app, "corpus")).FullName;
        foreach (string article in Directory.GetFiles(Path.Combine(LocalFeed.RepositoryRoot, "corpus")))
        {
            File.Copy(article, Path.Combine(corpus, Path.GetFileName(article)));
        }

        DotnetCli.WriteFile(app, "Program.cs", readme.FirstCSharpBlock);
        DotnetCli.Run(app, "build", "-warnaserror");
        string[] printed = DotnetCli.Run(app, "run", "--no-build")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToArray();

        Assert.Equal(readme.OutputAfterFirstCSharpBlock, printed);
    }

    /// <summary>The fenced blocks of README.md that the "First use" section is made of.</summary>
    private sealed record Readme(string FirstCSharpBlock, string[] OutputAfterFirstCSharpBlock)
    {
        public static Readme Read()
        {
            string[] lines = File.ReadAllText(Path.Combine(LocalFeed.RepositoryRoot, "README.md")).Replace("\r\n", "\n").Split('\n');
            var (code, end) = Block(lines, "```csharp", from: 0);
            var (output, _) = Block(lines, "```text", from: end);
            return new Readme(string.Join("\n", code) + "\n", output.Where(line => line.Length > 0).ToArray());
        }

        /// <summary>The lines of the first block opened by <paramref name="fence"/> at or after line <paramref name="from"/>, and the line after it.</summary>
        private static (string[] Lines, int End) Block(string[] lines, string fence, int from)
        {
            int open = Array.FindIndex(lines, from, line => line.TrimEnd() == fence);
            Assert.True(open >= 0, $"README.md has no {fence} block after line {from + 1}.");
            int close = Array.FindIndex(lines, open + 1, line => line.TrimEnd() == "```");
            Assert.True(close > open, $"The {fence} block at line {open + 1} of README.md never closes.");
            return (lines[(open + 1)..close], close + 1);
        }
    }
}
