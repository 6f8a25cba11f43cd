using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace NewsCorpus.PackageTests;

/// <summary>
/// The version a pack gets from git, in a repository of the test's own: the build files and sources of this
/// checkout (as they are now, committed or not) in a fresh `git init`, committed, packed, committed again and
/// packed again; then changed without a commit, and tagged. Only src/NewsCorpus is packed, and it is built once.
/// </summary>
public sealed class VersionTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("newscorpus-versions-").FullName;

    private string Repository => Path.Combine(root, "repo");

    private string Feed => Path.Combine(root, "feed");

    [Fact]
    public void Each_commit_and_each_uncommitted_change_packs_a_version_of_its_own_and_a_fresh_project_restores_the_newest()
    {
        CopySources(LocalFeed.RepositoryRoot, Repository);
        Git("init", "-q");
        // Every git command below runs in this repository and nowhere else (a worktree's .git file copied along
        // would have sent them to the checkout's own repository).
        Assert.Equal(Path.Combine(Repository, ".git"), Git("rev-parse", "--absolute-git-dir").Trim());
        Git("add", "--all");
        Git("commit", "-q", "-m", "First");
        DotnetCli.Run(Repository, "restore", "src/NewsCorpus");

        string first = Pack(build: true);
        Assert.Matches($@"^[0-9]+\.[0-9]+\.[0-9]+-dev\.1\.g{Head()[..7]}$", first);

        // Nothing but a commit: the height grows, and building did not leave the tree changed (bin/ and obj/ are ignored).
        Git("commit", "-q", "--allow-empty", "-m", "Second");
        string second = Pack();
        Assert.Equal(first[..first.IndexOf('-', StringComparison.Ordinal)] + $"-dev.2.g{Head()[..7]}", second);

        // The README's steps in a fresh project: with no version asked for, NuGet's ordering takes the newer commit.
        string consumer = Path.Combine(root, "consumer");
        DotnetCli.WriteFile(consumer, "Consumer.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
            </Project>
            """);
        DotnetCli.WriteFile(consumer, "nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        DotnetCli.Run(consumer, "add", "package", "NewsCorpus", "--prerelease", "--package-directory", Path.Combine(root, "packages"));
        var reference = XDocument.Load(Path.Combine(consumer, "Consumer.csproj")).Descendants("PackageReference").Single();
        Assert.Equal(("NewsCorpus", second), (reference.Attribute("Include")?.Value, reference.Attribute("Version")?.Value));
        Assert.True(Directory.Exists(Path.Combine(root, "packages", "newscorpus", second)));

        // An edit of a tracked file, not committed: the commit's version with a label of its own after it, so it sorts above.
        File.AppendAllText(Path.Combine(Repository, "src", "NewsCorpus", "PACKAGE.md"), "\nAn uncommitted line.\n");
        string edited = Pack();
        Assert.Matches($@"^{Escape(second)}\.dirty\.[0-9]{{14}}\.t[0-9a-f]{{7}}$", edited);

        // A further, untracked file: another change, another tree id, even within the same second.
        DotnetCli.WriteFile(Repository, "notes.txt", "Not committed either.\n");
        string added = Pack();
        Assert.StartsWith(second + ".dirty.", added, StringComparison.Ordinal);
        Assert.NotEqual(edited[^7..], added[^7..]);

        // A release as docs/releasing.md makes it: Unreleased becomes the version's section, then a tag v9.8.7 on
        // a clean tree packs as 9.8.7 with that section as release notes.
        string changelog = Path.Combine(Repository, "CHANGELOG.md");
        string unreleased = ReleaseNotesTests.Section(File.ReadAllLines(changelog), "## [Unreleased]");
        File.WriteAllText(changelog, File.ReadAllText(changelog).Replace(
            "## [Unreleased]\n", "## [Unreleased]\n\n## [9.8.7] - 2026-12-04\n", StringComparison.Ordinal));
        Git("add", "--all");
        Git("commit", "-q", "-m", "Release");
        Git("tag", "v9.8.7");
        Assert.Equal("9.8.7", Pack());
        Assert.NotEmpty(unreleased);
        Assert.Equal(unreleased, ReleaseNotes("9.8.7"));
    }

    /// <summary>`dotnet pack src/NewsCorpus` into the feed; returns the version of the package it made.</summary>
    private string Pack(bool build = false)
    {
        var before = Packages();
        DotnetCli.Run(Repository, ["pack", "src/NewsCorpus", "-c", "Release", "--no-restore", "-o", Feed, .. build ? Array.Empty<string>() : ["--no-build"]]);
        string package = Assert.Single(Packages().Except(before));
        return package["NewsCorpus.".Length..^".nupkg".Length];
    }

    private string[] Packages() => Directory.Exists(Feed)
        ? Directory.GetFiles(Feed, "*.nupkg").Select(path => Path.GetFileName(path)).ToArray()
        : [];

    private string ReleaseNotes(string version)
    {
        using var package = ZipFile.OpenRead(Path.Combine(Feed, $"NewsCorpus.{version}.nupkg"));
        using var stream = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream).Descendants().Single(e => e.Name.LocalName == "releaseNotes").Value;
    }

    private string Head() => Git("rev-parse", "HEAD").Trim();

    private string Git(params string[] arguments) => DotnetCli.Execute(
        "git", Repository, ["-c", "user.name=NewsCorpus tests", "-c", "user.email=tests@newscorpus.invalid", "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false", .. arguments]);

    private static string Escape(string version) => System.Text.RegularExpressions.Regex.Escape(version);

    /// <summary>
    /// What packing src/NewsCorpus reads: the files at the top (build settings, .gitignore, CHANGELOG), build/ and
    /// src/, without build output, and without .git (a file in a git worktree).
    /// </summary>
    private static void CopySources(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from).Where(file => Path.GetFileName(file) != ".git"))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in new[] { "build", "src" }) LocalFeed.CopyFolder(Path.Combine(from, folder), Path.Combine(to, folder));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
