using System;
using System.IO;

namespace NewsCorpus.Benchmarks;

/// <summary>Locates the repository (the folder holding <c>Corpus.sln</c>) and the shared data beside it.</summary>
internal static class RepositoryPaths
{
    /// <summary>
    /// The repository root: walks up from <see cref="AppContext.BaseDirectory"/> (BenchmarkDotNet runs each
    /// benchmark from a generated folder under this project's <c>bin/</c>, still inside the repository).
    /// Null when no ancestor holds <c>Corpus.sln</c>.
    /// </summary>
    public static string? FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Corpus.sln"))) return dir.FullName;
        }

        return null;
    }

    /// <summary><c>../shared/data/bbc-news</c> relative to the repository root, or null when it is absent.</summary>
    public static string? FindBbcNewsFolder()
    {
        string? root = FindRepositoryRoot();
        if (root is null) return null;
        string folder = Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "bbc-news"));
        return Directory.Exists(folder) ? folder : null;
    }

    /// <summary>Where BenchmarkDotNet writes its reports: this project's git-ignored artifacts folder.</summary>
    public static string ArtifactsFolder()
    {
        string? root = FindRepositoryRoot();
        return root is null
            ? Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts")
            : Path.Combine(root, "tests", "NewsCorpus.Benchmarks", "BenchmarkDotNet.Artifacts");
    }
}
