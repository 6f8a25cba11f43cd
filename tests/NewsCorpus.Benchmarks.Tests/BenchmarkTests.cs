using System;
using System.IO;
using System.Linq;
using Xunit;

namespace NewsCorpus.Benchmarks.Tests;

/// <summary>Each benchmark method, called once on the small corpus, returns what it measured and not a stand-in.</summary>
public class BenchmarkTests
{
    public BenchmarkTests() => SmallCorpus.Use();

    [Fact]
    public void Throughput_benchmarks_read_every_file_and_the_generator_writes_the_catalog_and_a_block_of_records()
    {
        var benchmarks = new CorpusThroughputBenchmarks();
        benchmarks.Setup();

        Assert.Equal(SmallCorpus.Files.Sum(file => (long)File.ReadAllText(file).Length), benchmarks.ReadAndDecode());
        Assert.True(benchmarks.ReadDecodeAndParse() > 0, "The repository's corpus has quotes; the parse benchmark found none.");
        // The small corpus fits one block of records: the catalog's file, its table of ids (for the id analyzer) and the block's.
        Assert.Equal(3, benchmarks.ReadAndGenerate());
        Assert.Equal(3, benchmarks.ReadAndGenerateCached());
    }

    [Fact]
    public void Runtime_benchmarks_compile_the_corpus_with_resources_and_read_it_back()
    {
        var benchmarks = new RuntimeAccessBenchmarks();
        benchmarks.Setup();

        Assert.Equal(SmallCorpus.Files.Length, benchmarks.ArticleCount);
        long metadata = benchmarks.MetadataOfEveryArticle();
        Assert.True(metadata > 0);
        Assert.Equal(metadata, benchmarks.MetadataOfEveryArticleFirstTime());
        string oneFile = Path.Combine(SmallCorpus.Folder, benchmarks.OneArticlePath);
        Assert.Equal(File.ReadAllText(oneFile).Length, benchmarks.TextOfOneArticleFirstTime());
        Assert.Equal(SmallCorpus.Files.Length, benchmarks.NewCatalogObject());
    }
}
