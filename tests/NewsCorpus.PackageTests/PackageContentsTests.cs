using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace NewsCorpus.PackageTests;

/// <summary>What `dotnet pack` puts in the package, by the layout NuGet and the compiler look for.</summary>
[Collection(LocalFeedCollection.Name)]
public sealed class PackageContentsTests(LocalFeed feed)
{
    [Fact]
    public void The_package_holds_runtime_generator_build_files_readme_and_a_symbols_package()
    {
        using var package = ZipFile.OpenRead(Path.Combine(feed.Feed, $"NewsCorpus.{feed.Version}.nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Subset(entries, new[]
        {
            "lib/netstandard2.0/NewsCorpus.dll",
            "lib/netstandard2.0/NewsCorpus.xml",
            "analyzers/dotnet/cs/NewsCorpus.Generator.dll",
            "analyzers/dotnet/cs/NewsCorpus.CodeFixes.dll",
            "build/NewsCorpus.props",
            "build/NewsCorpus.targets",
            "build/NewsCorpus.Build.dll",
            "README.md",
        }.ToHashSet());
        Assert.DoesNotContain(entries, e => e.StartsWith("buildTransitive/", System.StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(feed.Feed, $"NewsCorpus.{feed.Version}.snupkg")));

        var metadata = Nuspec(package);
        Assert.Equal("MIT", Element(metadata, "license").Value);
        Assert.Equal("expression", Element(metadata, "license").Attribute("type")?.Value);
        Assert.Equal("README.md", Element(metadata, "readme").Value);
        Assert.Equal(feed.Version, Element(metadata, "version").Value);
        Assert.DoesNotContain(Element(metadata, "dependencies").Descendants(), d => d.Name.LocalName == "dependency");
    }

    [Fact]
    public void The_tool_package_is_a_dotnet_tool_named_corpus()
    {
        using var package = ZipFile.OpenRead(Path.Combine(feed.Feed, $"NewsCorpus.Cli.{feed.Version}.nupkg"));

        var settings = package.Entries.Single(e => e.FullName.EndsWith("/DotnetToolSettings.xml", System.StringComparison.Ordinal));
        using var stream = settings.Open();
        var command = XDocument.Load(stream).Descendants("Command").Single();
        Assert.Equal("corpus", command.Attribute("Name")?.Value);
        Assert.Contains(Element(Nuspec(package), "packageTypes").Elements(), t => t.Attribute("name")?.Value == "DotnetTool");
    }

    private static XElement Nuspec(ZipArchive package)
    {
        using var stream = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", System.StringComparison.Ordinal)).Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static XElement Element(XElement parent, string name) => parent.Elements().Single(e => e.Name.LocalName == name);
}
