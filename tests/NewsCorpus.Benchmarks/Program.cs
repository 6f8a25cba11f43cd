using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace NewsCorpus.Benchmarks;

/// <summary>
/// Entry point: <c>run.sh</c> (or <c>dotnet run -c Release --project tests/NewsCorpus.Benchmarks -- --filter '*' --job short</c>).
/// Reports go to <c>tests/NewsCorpus.Benchmarks/BenchmarkDotNet.Artifacts</c> (git-ignored) unless
/// <c>--artifacts</c> says otherwise, so running from the repository root leaves no stray folder there.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["cache-size", .. var rest]) return GeneratorCacheSize.Run(rest is [var copies] ? int.Parse(copies, System.Globalization.CultureInfo.InvariantCulture) : 20);
        var config = DefaultConfig.Instance.WithArtifactsPath(RepositoryPaths.ArtifactsFolder());
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }
}
