using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace NewsCorpus.Generator.Tests.TestHelpers;

/// <summary>The articles the tests feed the generator: the repository's seed and the fixtures beside the tests.</summary>
public static class TestCorpus
{
    public const string SeedPath = "2023-03-02-blinken-lavrov-g20.txt";

    public static CorpusFile Seed() => Load(TestPaths.RepositoryCorpus, SeedPath);

    /// <summary>The fixture articles, in ordinal order of their paths.</summary>
    public static IReadOnlyList<CorpusFile> Fixtures() => Directory
        .EnumerateFiles(TestPaths.Fixtures, "*.txt", SearchOption.AllDirectories)
        .Select(path => Path.GetRelativePath(TestPaths.Fixtures, path).Replace('\\', '/'))
        .Order(System.StringComparer.Ordinal)
        .Select(relative => Load(TestPaths.Fixtures, relative))
        .ToList();

    /// <summary>The seed and every fixture.</summary>
    public static IReadOnlyList<CorpusFile> All() => [Seed(), .. Fixtures()];

    private static CorpusFile Load(string root, string relative) =>
        new(relative, File.ReadAllText(Path.Combine(root, relative), Encoding.UTF8));
}
