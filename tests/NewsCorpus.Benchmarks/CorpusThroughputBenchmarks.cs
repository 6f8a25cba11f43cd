extern alias generator;
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsCorpus.Text;
using NewsCorpus.Text.Decoding;

namespace NewsCorpus.Benchmarks;

/// <summary>
/// Throughput of the analysis the generator runs: every <c>*.txt</c> under
/// <c>../shared/data/bbc-news</c> (beside the repository; the data are never copied in), except the
/// data set's provenance note <c>SOURCE.txt</c> at its top, read, decoded
/// and parsed, against the floor of only reading and decoding the same files. The MB/s column is the
/// total size on disk divided by the Mean. When the folder is absent both benchmarks do nothing and
/// the setup says so. <c>NEWSCORPUS_BENCH_CORPUS</c> points them at another folder.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class CorpusThroughputBenchmarks
{
    private static readonly Lazy<CorpusFiles?> Files = new(CorpusFiles.Find);

    private CorpusFiles? _files;

    private CSharpCompilation _compilation = null!;

    private ImmutableArray<AdditionalText> _articles;

    [GlobalSetup]
    public void Setup()
    {
        _files = Files.Value;
        if (_files is null)
        {
            Console.WriteLine(
                "// CorpusThroughputBenchmarks: ../shared/data/bbc-news was not found beside the repository " +
                "(the folder holding Corpus.sln); nothing is measured. Put the BBC news corpus there to run it.");
            return;
        }

        Console.WriteLine($"// CorpusThroughputBenchmarks: {_files.Paths.Count:N0} files, {_files.TotalBytes:N0} bytes under {_files.Root}");
        _articles = _files.Paths.Select((path, i) => (AdditionalText)new ArticleFile(path, _files.RelativePaths[i])).ToImmutableArray();
        _compilation = CSharpCompilation.Create("Bench", [], ArticleOptions.References(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    /// <summary>The floor: <c>File.ReadAllBytes</c> and <see cref="ArticleDecoder.Decode"/> of every file.</summary>
    [Benchmark(Baseline = true)]
    public long ReadAndDecode()
    {
        if (_files is null) return 0;
        long chars = 0;
        foreach (string path in _files.Paths) chars += ArticleDecoder.Decode(File.ReadAllBytes(path)).Length;
        return chars;
    }

    /// <summary>The floor plus <see cref="ArticleParser.Parse"/> of every file.</summary>
    [Benchmark]
    public long ReadDecodeAndParse()
    {
        if (_files is null) return 0;
        long quotes = 0;
        for (int i = 0; i < _files.Paths.Count; i++)
        {
            string text = ArticleDecoder.Decode(File.ReadAllBytes(_files.Paths[i]));
            quotes += ArticleParser.Parse(text, _files.RelativePaths[i]).Quotes.Count;
        }

        return quotes;
    }

    /// <summary>
    /// The generator itself, in-process as the compiler runs it, with nothing cached (a fresh driver, and the
    /// generator's cache of analysed articles emptied): it reads and decodes every file, analyses it and writes the
    /// catalog. Compiling that source is the build's part (build-bench.sh).
    /// </summary>
    [Benchmark]
    public int ReadAndGenerate()
    {
        if (_files is null) return 0;
        generator::NewsCorpus.Generator.Model.ArticleCache.Clear();
        return Generate();
    }

    /// <summary>
    /// The generator as a compiler server runs it after a C# edit: a fresh driver and new additional texts, with the
    /// articles analysed by an earlier build still in the generator's cache (after the first iteration).
    /// </summary>
    [Benchmark]
    public int ReadAndGenerateCached() => _files is null ? 0 : Generate();

    private int Generate()
    {
        var driver = CSharpGeneratorDriver.Create(
            [new generator::NewsCorpus.Generator.CorpusGenerator().AsSourceGenerator()], _articles, CSharpParseOptions.Default, new ArticleOptions(_files!.Root));
        var result = driver.RunGenerators(_compilation).GetRunResult();
        return result.GeneratedTrees.Length;
    }

    internal sealed class CorpusFiles
    {
        private CorpusFiles(string root, List<string> paths, List<string> relativePaths, long totalBytes)
        {
            Root = root;
            Paths = paths;
            RelativePaths = relativePaths;
            TotalBytes = totalBytes;
        }

        public string Root { get; }

        public List<string> Paths { get; }

        /// <summary>Paths relative to the corpus folder with forward slashes, as the parser expects.</summary>
        public List<string> RelativePaths { get; }

        public long TotalBytes { get; }

        /// <summary>The environment variable that points the benchmarks at another corpus folder (the benchmarks' tests use a small one).</summary>
        public const string CorpusVariable = "NEWSCORPUS_BENCH_CORPUS";

        public static CorpusFiles? Find()
        {
            string? root = Environment.GetEnvironmentVariable(CorpusVariable) is { Length: > 0 } chosen ? Path.GetFullPath(chosen) : RepositoryPaths.FindBbcNewsFolder();
            if (root is null || !Directory.Exists(root)) return null;

            // Case-sensitive "*.txt", as the generator's corpus glob: the data set's README.TXT is not an article.
            var options = new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseSensitive };
            var paths = new List<string>();
            foreach (string path in Directory.EnumerateFiles(root, "*.txt", options))
            {
                // The data set's provenance note at its top (SOURCE.txt) is not an article; the 2,225 articles sit in category folders.
                bool provenance = string.Equals(Path.GetDirectoryName(path), root, StringComparison.Ordinal)
                    && string.Equals(Path.GetFileName(path), "SOURCE.txt", StringComparison.Ordinal);
                if (!provenance) paths.Add(path);
            }

            paths.Sort(StringComparer.Ordinal);
            var relative = new List<string>(paths.Count);
            long total = 0;
            foreach (string path in paths)
            {
                relative.Add(Path.GetRelativePath(root, path).Replace('\\', '/'));
                total += new FileInfo(path).Length;
            }

            return new CorpusFiles(root, paths, relative, total);
        }
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new ThroughputColumn(
                "Files", "Number of article files read", _ => Files.Value?.Paths.Count, ThroughputColumn.Kind.Count));
            AddColumn(new ThroughputColumn(
                "MB/s", "Total size on disk (10^6 bytes) divided by the Mean",
                _ => Files.Value?.TotalBytes, ThroughputColumn.Kind.MegabytesPerSecond));
        }
    }
}
