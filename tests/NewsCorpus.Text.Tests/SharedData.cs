using System;
using System.IO;
using Xunit;

namespace NewsCorpus.Text.Tests;

/// <summary>
/// The real news beside the repository, at <c>../shared/data</c> from the folder that holds
/// <c>Corpus.sln</c>; it is only measured, never copied in. A fresh clone has none.
/// </summary>
internal static class SharedData
{
    /// <summary>The folder that holds <c>Corpus.sln</c>.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The data folder, or null when it is absent.</summary>
    public static string? Folder { get; } = Directory.Exists(Path.Combine(RepositoryRoot, "..", "shared", "data"))
        ? Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"))
        : null;

    /// <summary>Why a test that needs the data is skipped, or null when the data is there.</summary>
    public static string? Absence => Folder is null
        ? "../shared/data was not found beside the repository; this test measures the analysis on real news and is skipped without it"
        : null;

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Corpus.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("The tests run outside the repository: no folder above " + AppContext.BaseDirectory + " holds Corpus.sln.");
    }
}

/// <summary>A theory that is skipped, saying why, when <c>../shared/data</c> is absent.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (SharedData.Absence is { } reason) Skip = reason;
    }
}

/// <summary>A fact that is skipped, saying why, when <c>../shared/data</c> is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.Absence is { } reason) Skip = reason;
    }
}
