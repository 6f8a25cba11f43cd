using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace NewsCorpus.Benchmarks.Tests;

/// <summary>The repository's own corpus/, which the benchmarks read instead of the BBC set when these tests run.</summary>
internal static class SmallCorpus
{
    public static string RepositoryRoot { get; } = typeof(SmallCorpus).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "RepositoryRoot").Value!;

    public static string Folder { get; } = Path.Combine(RepositoryRoot, "corpus");

    public static string[] Files { get; } = Directory.GetFiles(Folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Points the benchmarks at the small corpus; every test calls it first (the variable is read once per process).</summary>
    public static void Use() => Environment.SetEnvironmentVariable(CorpusThroughputBenchmarks.CorpusFiles.CorpusVariable, Folder);
}
