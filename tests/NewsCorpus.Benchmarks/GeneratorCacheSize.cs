extern alias generator;
using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using ArticleCache = generator::NewsCorpus.Generator.Model.ArticleCache;
using CorpusGenerator = generator::NewsCorpus.Generator.CorpusGenerator;

namespace NewsCorpus.Benchmarks;

/// <summary>
/// The size of the generator's article cache (what the compiler server keeps between builds) after one run over the
/// BBC corpus repeated COPIES times under different folders (20 copies: the 100 MB scale corpus), with the managed
/// heap before and after. <c>dotnet run -c Release --project tests/NewsCorpus.Benchmarks -- cache-size [COPIES]</c>.
/// </summary>
internal static class GeneratorCacheSize
{
    public static int Run(int copies)
    {
        var files = CorpusThroughputBenchmarks.CorpusFiles.Find();
        if (files is null)
        {
            Console.Error.WriteLine("cache-size: ../shared/data/bbc-news was not found beside the repository.");
            return 2;
        }

        const string root = "/bench/corpus/";
        var texts = Enumerable.Range(0, copies)
            .SelectMany(copy => files.Paths.Select((path, i) => (AdditionalText)new CopiedArticle(path, $"{root}copy{copy:D2}/{files.RelativePaths[i]}")))
            .ToImmutableArray();
        var compilation = CSharpCompilation.Create("Bench", [], ArticleOptions.References(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        ArticleCache.Clear();
        long heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new CorpusGenerator().AsSourceGenerator()], texts, optionsProvider: new ArticleOptions(root));
        driver = driver.RunGenerators(compilation);
        var result = driver.GetRunResult();
        clock.Stop();
        long generatedChars = result.GeneratedTrees.Sum(tree => (long)tree.Length);
        driver = null!;
        result = null!;
        long heapAfter = GC.GetTotalMemory(forceFullCollection: true);

        Console.WriteLine($"corpus: {copies} copies of {files.Paths.Count:N0} files, {copies * files.TotalBytes:N0} bytes");
        Console.WriteLine($"generator: {clock.Elapsed.TotalSeconds:F1} s, {generatedChars:N0} characters generated");
        Console.WriteLine($"cache: {ArticleCache.Count:N0} articles, {ArticleCache.Characters:N0} characters (~{ArticleCache.Characters * 2 / (1024 * 1024):N0} MB of UTF-16), bound {ArticleCache.MaxCharacters:N0}");
        Console.WriteLine($"managed heap kept after the run (the cache and the loaded code): {(heapAfter - heapBefore) / (1024 * 1024):N0} MB");
        return 0;
    }

    /// <summary>A file's text under another path, so that copies of a corpus are distinct articles.</summary>
    private sealed class CopiedArticle(string source, string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            using var stream = File.OpenRead(source);
            return SourceText.From(stream);
        }
    }
}
