using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace NewsCorpus.PackageTests;

/// <summary>
/// A temporary folder feed holding NewsCorpus and NewsCorpus.Cli packed from this checkout, and a workspace
/// beside it for fresh projects. Each run packs a version of its own, so NuGet's global cache never serves
/// a package from an earlier run; that cache entry is removed afterwards.
/// </summary>
public sealed class LocalFeed : IDisposable
{
    public LocalFeed()
    {
        Root = Directory.CreateTempSubdirectory("newscorpus-package-").FullName;
        Feed = Path.Combine(Root, "feed");
        Workspace = Path.Combine(Root, "work");
        Directory.CreateDirectory(Workspace);
        Version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

        foreach (var project in new[] { "src/NewsCorpus", "src/NewsCorpus.Cli" })
        {
            DotnetCli.Run(RepositoryRoot, "pack", project, "-c", "Release", "--no-restore", "-o", Feed, $"-p:Version={Version}");
        }

        // The fresh projects' own NuGet.Config: the registry they would use anyway, plus this feed.
        DotnetCli.WriteFile(Workspace, "nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
    }

    public static string RepositoryRoot { get; } = typeof(LocalFeed).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "RepositoryRoot").Value!;

    public string Root { get; }

    public string Feed { get; }

    /// <summary>Where fresh projects are created; its nuget.config adds <see cref="Feed"/>.</summary>
    public string Workspace { get; }

    public string Version { get; }

    /// <summary>`dotnet new TEMPLATE -o NAME` in a folder of the workspace, then `dotnet add package NewsCorpus`; returns the project's folder.</summary>
    public string NewProjectWithPackage(string folder, string template, string name)
    {
        string work = Path.Combine(Workspace, folder);
        Directory.CreateDirectory(work);
        DotnetCli.Run(work, "new", template, "-o", name);
        string project = Path.Combine(work, name);
        DotnetCli.Run(project, "add", "package", "NewsCorpus", "--version", Version);
        return project;
    }

    /// <summary>Copies a folder of the repository with its subfolders, leaving out build output (bin/, obj/) and git's own files.</summary>
    public static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from).Where(file => Path.GetFileName(file) != ".git"))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.GetDirectories(from))
        {
            string name = Path.GetFileName(folder);
            if (name is "bin" or "obj" or ".git") continue;
            CopyFolder(folder, Path.Combine(to, name));
        }
    }

    public void Dispose()
    {
        string cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in new[] { "newscorpus", "newscorpus.cli" })
        {
            string cached = Path.Combine(cache, id, Version);
            if (Directory.Exists(cached)) Directory.Delete(cached, recursive: true);
        }

        Directory.Delete(Root, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class LocalFeedCollection : ICollectionFixture<LocalFeed>
{
    public const string Name = "Local feed";
}
