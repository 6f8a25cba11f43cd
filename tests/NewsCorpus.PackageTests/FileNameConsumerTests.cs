using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace NewsCorpus.PackageTests;

/// <summary>
/// The MSBuild glue in fresh consumers of the packed package: every legal Linux file name reaches its article with its
/// exact path and text, files that cannot be articles are left out with a warning naming them, a corpus organised in
/// topic folders builds without a warning, and a missing corpus folder says where it looked. Linux file names: the
/// package tests run on Linux.
/// </summary>
[Collection(LocalFeedCollection.Name)]
public sealed class FileNameConsumerTests(LocalFeed feed)
{
    /// <summary>Names with every character the toolchain once mangled, and pairs that differ in case alone.</summary>
    private static readonly string[] Names =
    [
        "C#/intro.txt", "q&a; part 2.txt", "100%41.txt", "it's.txt", "say \"hi\".txt", "a\tb.txt", "back\\slash.txt",
        "new\nline.txt", "[x]{y}.txt", "a*b?.txt", "a,b.txt", "a.txt", "A.txt", "sport/x.txt", "Sport/x.txt", "$(Dollar)@.txt",
        "2024-05-01-markets-wrap.txt", "2024-05-02-markets-wrap.txt", "harbour-strike.txt", "business/harbour-strike.txt",
        new string('l', 251) + ".txt", // the longest name Linux allows, with the generated files written to disk below
    ];

    [Fact]
    public void Every_legal_file_name_reaches_its_article_and_what_cannot_be_one_is_left_out_with_a_warning()
    {
        string app = feed.NewProjectWithPackage("names", "console", "Names");
        foreach (string name in Names) DotnetCli.WriteFile(app, "corpus/" + name, $"The story filed as {name.Replace("\n", " ")} tells of a harbour strike.\n");
        string corpus = Path.Combine(app, "corpus");
        File.WriteAllBytes(Path.Combine(corpus, "utf32.txt"), [0, 0, 0xFE, 0xFF, .. new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetBytes("A story in UTF-32.\n")]);
        File.WriteAllBytes(Path.Combine(corpus, "binary.txt"), [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2, 3]);
        DotnetCli.Execute("sh", corpus, "-c", "printf 'A name that is not UTF-8.\\n' > \"$(printf 'bad\\377\\376name.txt')\"");
        DotnetCli.Execute("mkfifo", corpus, "fifo.txt");
        File.CreateSymbolicLink(Path.Combine(corpus, "zero.txt"), "/dev/zero");
        DotnetCli.WriteFile(app, "Program.cs", """
            foreach (var article in Names.Articles.All)
                System.Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(new[] { article.Path, article.Id, article.Text }));
            """);

        string build, run;
        try
        {
            build = DotnetCli.Run(app, "build", "-p:EmitCompilerGeneratedFiles=true");
            run = DotnetCli.Run(app, "run", "--no-build");
        }
        finally
        {
            // .NET cannot name a file whose name is not UTF-8, so the workspace's cleanup could not delete it.
            DotnetCli.Execute("sh", corpus, "-c", "rm -f bad*name.txt");
        }

        var lines = run.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonSerializer.Deserialize<string[]>(line)!).ToList();

        var expected = Names.Select(name => (name, $"The story filed as {name.Replace("\n", " ")} tells of a harbour strike.\n"))
            .Append(("utf32.txt", "A story in UTF-32.\n")).OrderBy(pair => pair.Item1, StringComparer.Ordinal);
        Assert.Equal(expected, lines.Select(line => (line[0], line[2])));
        Assert.Equal(lines.Count, lines.Select(line => line[1]).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(lines, line => line[1] == "sport/x");
        Assert.Contains(lines, line => line[1] == "Sport/x");
        Assert.Contains(lines, line => line[1] == "2024-05-01-markets-wrap");
        Assert.Contains(lines, line => line[1] == "business/harbour-strike");

        var warnings = Warnings(build);
        Assert.Equal(["NC0015 binary.txt", "NC0015 fifo.txt", "NC0015 zero.txt"], warnings.Where(w => !w.StartsWith("NC0015 bad", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Single(warnings, w => w.StartsWith("NC0015 bad", StringComparison.Ordinal) && w.EndsWith("name.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void A_corpus_in_topic_folders_of_numbered_files_builds_without_a_warning_and_reads_naturally()
    {
        string app = feed.NewProjectWithPackage("topics", "console", "Topics");
        foreach (string topic in new[] { "business", "entertainment", "politics", "sport", "tech" })
        {
            for (int i = 1; i <= 3; i++) DotnetCli.WriteFile(app, $"corpus/{topic}/{i:D3}.txt", $"{topic} story {i}\n\nThe {topic} desk filed story {i} on Monday, the editor said.\n");
        }

        DotnetCli.WriteFile(app, "Program.cs", """
            System.Console.WriteLine(Topics.Articles.Tech001.Id + "|" + Topics.Articles.Business003.Path + "|" + Topics.Articles.Get("sport/002").Title);
            """);

        string build = DotnetCli.Run(app, "build", "-warnaserror");

        Assert.DoesNotContain(": warning", build, StringComparison.Ordinal);
        Assert.Equal("tech/001|business/003.txt|sport story 2", DotnetCli.Run(app, "run", "--no-build").Trim());
    }

    [Fact]
    public void A_missing_or_misnamed_corpus_folder_is_a_warning_that_says_where_it_looked()
    {
        string app = feed.NewProjectWithPackage("missing", "console", "Missing");
        DotnetCli.WriteFile(app, "Corpus/story.txt", "A story in a folder of the wrong case.\n");
        DotnetCli.WriteFile(app, "Program.cs", "System.Console.WriteLine(Missing.Articles.All.Count);");

        string build = DotnetCli.Run(app, "build");

        // MSBuild prints each warning twice: where it happened and in the summary.
        string warning = Assert.Single(build.Split('\n').Select(line => line.Trim()).Distinct(), line => line.Contains("warning NC0014", StringComparison.Ordinal));
        Assert.Contains(Path.Combine(app, "corpus"), warning, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows() && !OperatingSystem.IsMacOS()) Assert.Contains("'Corpus'", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("warning NC0014", DotnetCli.Run(app, "build", "-p:NoWarn=NC0014"), StringComparison.Ordinal);
    }

    /// <summary>The NewsCorpus warnings of a build, as "ID file-name", each once.</summary>
    [Fact]
    public void Markdown_articles_build_into_their_plain_text_with_findings_at_their_own_lines()
    {
        string app = feed.NewProjectWithPackage("markdown", "console", "Markdown");
        DotnetCli.WriteFile(app, "corpus/world/harbour-strike.md",
            "---\nsource: Harbour Gazette\n---\n# Harbour workers *end* strike\n\nDock workers returned on **Tuesday**.\n\n```\ncode\n```\n\nThe union said: \"we will see.\n");
        // A name the compiler's command line cannot carry goes through a copy under a plain name: still Markdown.
        DotnetCli.WriteFile(app, "corpus/say \"hi\".md", "# Hello\n\nA *short* story.\n");
        DotnetCli.WriteFile(app, "corpus/notes.MD", "On Linux, not a .md file.\n");
        // NC0005 is for information, which the build's console does not show; raised to a warning, it is.
        DotnetCli.WriteFile(app, ".globalconfig", "is_global = true\ndotnet_diagnostic.NC0005.severity = warning\n");
        DotnetCli.WriteFile(app, "Program.cs", """
            foreach (var article in Markdown.Articles.All)
                System.Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(new[] { article.Path, article.Id, article.Title, article.Source, article.Text }));
            """);

        string build = DotnetCli.Run(app, "build");
        var lines = DotnetCli.Run(app, "run", "--no-build").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonSerializer.Deserialize<string?[]>(line)!).ToList();

        Assert.Equal(
            new string?[][]
            {
                ["say \"hi\".md", "say \"hi\"", "Hello", null, "Hello\n\nA short story.\n"],
                ["world/harbour-strike.md", "harbour-strike", "Harbour workers end strike", "Harbour Gazette",
                    "---\nsource: Harbour Gazette\n---\nHarbour workers end strike\n\nDock workers returned on Tuesday.\n\nThe union said: \"we will see.\n"],
            },
            lines);
        // Line 12 of the .md file, where the mark stands; the plain text has it on line 8.
        Assert.Matches(@"corpus/world/harbour-strike\.md\(12,17\): warning NC0005", build);
    }

    private static List<string> Warnings(string build) =>
        Regex.Matches(build, @"corpus/(?<file>[^:\n]*?)(\(\d+,\d+\))? ?: warning (?<id>NC\d{4})")
            .Select(match => match.Groups["id"].Value + " " + match.Groups["file"].Value).Distinct(StringComparer.Ordinal).ToList();
}
