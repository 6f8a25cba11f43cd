using System;
using System.IO;
using System.Linq;
using System.Text;
using NewsCorpus.Generator.Tests.TestHelpers;
using NewsCorpus.Text.Tests;
using Xunit;

namespace NewsCorpus.Generator.Tests;

/// <summary>
/// Every real article beside the repository (../shared/data: BBC, Albanian, PolNeAR, German) through the
/// generator in one compilation, read the way the compiler reads files: no exception, no compile error,
/// every article in the catalog, and one finding for the one BBC file with a stray byte.
/// </summary>
public sealed class RealWorldSweepTests
{
    [SharedDataFact]
    public void Every_real_article_compiles_into_one_catalog()
    {
        string data = SharedData.Folder!;
        var files = Directory.EnumerateFiles(data, "*.txt", SearchOption.AllDirectories)
            .Select(path => CompilerRead(Path.GetRelativePath(data, path).Replace('\\', '/'), File.ReadAllBytes(path)))
            .ToList();

        // Without step tracking, as the compiler runs: Roslyn's tracking of thousands of items through this pipeline
        // did not finish in minutes (a cost of the test driver alone; the compiler never tracks steps).
        var (output, result) = new GeneratorHarness(files, trackSteps: false).Run();

        Assert.Null(result.Results.Single().Exception);
        Assert.Empty(output.GetDiagnostics());
        Assert.DoesNotContain(result.Diagnostics, d => d.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        var left = result.Diagnostics.Where(d => d.Id is "NC0001" or "NC0010").Select(d => d.Location.GetLineSpan().Path).ToHashSet();
        var catalog = RoundTrip.Catalog(output, "Newsroom.Articles").Select(a => a.Path).ToHashSet();
        // Set differences first: xunit's message for two sequences of thousands of paths takes minutes to build.
        var expected = files.Select(f => f.RelativePath).Where(p => !left.Contains("/project/corpus/" + p)).ToHashSet();
        Assert.True(expected.SetEquals(catalog),
            $"missing from the catalog: {string.Join(", ", expected.Except(catalog).Take(5))}; not expected: {string.Join(", ", catalog.Except(expected).Take(5))}");
        Assert.True(catalog.Count > 4000, $"only {catalog.Count} articles");

        var undecodable = Assert.Single(result.Diagnostics, d => d.Id == "NC0002");
        Assert.Equal("/project/corpus/bbc-news/bbc/sport/199.txt", undecodable.Location.GetLineSpan().Path);
    }

    /// <summary>As the compiler reads an additional file: UTF-8 (a BOM decides otherwise), and Windows-1252 when the bytes are not valid UTF-8.</summary>
    private static CorpusFile CompilerRead(string relativePath, byte[] bytes)
    {
        try
        {
            return new CorpusFile(relativePath, new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            var legacy = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
            return new CorpusFile(relativePath, legacy.GetString(bytes), encoding: legacy);
        }
    }
}
