using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace NewsCorpus.PackageTests;

/// <summary>The packages' release notes are the CHANGELOG's section of their version; the feed's version is a prerelease, so Unreleased.</summary>
[Collection(LocalFeedCollection.Name)]
public sealed class ReleaseNotesTests(LocalFeed feed)
{
    [Theory]
    [InlineData("NewsCorpus")]
    [InlineData("NewsCorpus.Cli")]
    public void A_prerelease_package_carries_the_unreleased_section_of_the_changelog(string id)
    {
        Assert.Contains("-", feed.Version, StringComparison.Ordinal);
        string unreleased = Section(File.ReadAllLines(Path.Combine(LocalFeed.RepositoryRoot, "CHANGELOG.md")), "## [Unreleased]");
        Assert.NotEmpty(unreleased);

        using var package = ZipFile.OpenRead(Path.Combine(feed.Feed, $"{id}.{feed.Version}.nupkg"));
        using var stream = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var notes = XDocument.Load(stream).Descendants().Single(e => e.Name.LocalName == "releaseNotes");

        Assert.Equal(unreleased, notes.Value);
    }

    /// <summary>The lines under a CHANGELOG heading up to the next version's heading, trimmed.</summary>
    internal static string Section(string[] changelog, string heading) => string.Join("\n", changelog
        .SkipWhile(line => !line.StartsWith(heading, StringComparison.Ordinal)).Skip(1)
        .TakeWhile(line => !line.StartsWith("## [", StringComparison.Ordinal))).Trim();
}
