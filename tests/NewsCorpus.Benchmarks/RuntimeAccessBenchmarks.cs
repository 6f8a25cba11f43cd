extern alias generator;
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NewsCorpus.Benchmarks;

/// <summary>
/// Run time: the BBC corpus compiled through the generator in the setup, with every file embedded as the
/// manifest resource the package's targets would embed, then read through the generated API. "First" benchmarks
/// make fresh article objects, so they pay what a program pays once: reading the record, decoding the body.
/// The Allocated column shows that metadata decodes no body: compare it with the bodies' size the setup prints.
/// </summary>
[MemoryDiagnoser]
public class RuntimeAccessBenchmarks
{
    private IReadOnlyList<Article> _all = [];
    private MethodInfo _createCatalog = null!;

    [GlobalSetup]
    public void Setup()
    {
        var files = CorpusThroughputBenchmarks.CorpusFiles.Find();
        if (files is null)
        {
            Console.WriteLine("// RuntimeAccessBenchmarks: ../shared/data/bbc-news was not found beside the repository; nothing is measured.");
            return;
        }

        var catalog = CompileCorpus(files).GetType("Bench.Articles", throwOnError: true)!;
        _all = (IReadOnlyList<Article>)catalog.GetProperty("All")!.GetValue(null)!;
        _createCatalog = catalog.GetMethod("_CreateCatalog", BindingFlags.NonPublic | BindingFlags.Static)!;
        long bodyBytes = NewCatalog().All.Sum(article => (long)System.Text.Encoding.UTF8.GetByteCount(article.Text));
        Console.WriteLine($"// RuntimeAccessBenchmarks: {_all.Count:N0} articles, {bodyBytes:N0} bytes of bodies (UTF-8); one article: {_all[_all.Count / 2].Path}");
    }

    /// <summary>How many articles the setup compiled.</summary>
    public int ArticleCount => _all.Count;

    /// <summary>The article the one-article benchmarks read, by its path under the corpus folder.</summary>
    public string OneArticlePath => _all[_all.Count / 2].Path;

    /// <summary>Metadata of every article once its record has been read: ids, titles, dates and counts.</summary>
    [Benchmark]
    public long MetadataOfEveryArticle() => SumOfMetadata(_all);

    /// <summary>The same on fresh article objects: reads each record (the cost of the first pass); no body is decoded.</summary>
    [Benchmark]
    public long MetadataOfEveryArticleFirstTime() => SumOfMetadata(NewCatalog().All);

    /// <summary>A fresh catalog (its article objects, which have read nothing yet) and nothing else: the part of the "first" benchmarks that reads no article.</summary>
    [Benchmark(Baseline = true)]
    public int NewCatalogObject() => NewCatalog().All.Count;

    /// <summary>First access to one article's text: its block of records indexed, its record read, its resource read, decoded and checked, and nothing of any other article.</summary>
    [Benchmark]
    public int TextOfOneArticleFirstTime() => NewCatalog().All[_all.Count / 2].Text.Length;

    /// <summary>First access to one article's quotes: record, body and quote objects.</summary>
    [Benchmark]
    public int QuotesOfOneArticleFirstTime() => NewCatalog().All[_all.Count / 2].Quotes.Sum(quote => quote.Text.Length);

    private static long SumOfMetadata(IEnumerable<Article> articles)
    {
        long sum = 0;
        foreach (var article in articles)
        {
            sum += article.Id.Length + (article.Title?.Length ?? 0) + article.Language.Length + (article.Published?.Day ?? 0)
                + article.WordCount + article.ParagraphCount + article.QuoteCount + (article.Category?.Length ?? 0);
        }

        return sum;
    }

    /// <summary>A new catalog of the same assembly, as the generated class makes on first use: no record is read yet.</summary>
    private ArticleCatalog NewCatalog() => (ArticleCatalog)_createCatalog.Invoke(null, null)!;

    private static Assembly CompileCorpus(CorpusThroughputBenchmarks.CorpusFiles files)
    {
        var articles = files.Paths.Select((path, i) => (AdditionalText)new ArticleFile(path, files.RelativePaths[i])).ToArray();
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create("Bench", [], ArticleOptions.References(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create([new generator::NewsCorpus.Generator.CorpusGenerator().AsSourceGenerator()], articles, parseOptions, new ArticleOptions(files.Root))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        var resources = files.Paths.Select((path, i) => new ResourceDescription(ArticleOptions.ResourceName(files.RelativePaths[i]), () => File.OpenRead(path), isPublic: true));
        using var stream = new MemoryStream();
        var emit = output.Emit(stream, manifestResources: resources);
        if (!emit.Success) throw new InvalidOperationException("The corpus did not compile: " + string.Join(Environment.NewLine, emit.Diagnostics.Take(10)));
        stream.Position = 0;
        return new AssemblyLoadContext("Bench").LoadFromStream(stream);
    }
}
