using System.IO;
using System.Linq;
using System.Reflection;

namespace NewsCorpus.Generator.Tests.TestHelpers;

/// <summary>
/// Where the test project's sources and the repository's corpus are. Taken from assembly metadata
/// written at build time, not from [CallerFilePath], which CI builds map to /_/.
/// </summary>
public static class TestPaths
{
    public static string ProjectDirectory { get; } = typeof(TestPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ProjectDirectory").Value!;

    public static string RepositoryCorpus => Path.GetFullPath(Path.Combine(ProjectDirectory, "..", "..", "corpus"));

    public static string Fixtures => Path.Combine(ProjectDirectory, "Fixtures");
}
