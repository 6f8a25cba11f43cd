using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsCorpus.Generator.Tests.TestHelpers;
using Xunit;

namespace NewsCorpus.Generator.Tests;

/// <summary>
/// Two projects of one solution, each with a corpus, one referencing the other: the generated types must
/// not collide (CS0436) nor make names ambiguous, whatever their namespaces and visibility.
/// </summary>
public sealed class ProjectReferenceTests
{
    [Theory]
    [InlineData("Newsroom", "internal")]
    [InlineData("Newsroom.Library", "internal")]
    [InlineData("Newsroom.Library", "public")]
    public void A_project_with_a_corpus_references_a_library_with_a_corpus_without_any_diagnostic(string libraryNamespace, string libraryVisibility)
    {
        var library = CompileToReference(
            [TestCorpus.Seed()],
            new Dictionary<string, string> { ["RootNamespace"] = libraryNamespace, ["NewsCorpusVisibility"] = libraryVisibility });
        string libraryUse = libraryVisibility == "public"
            ? "public static global::NewsCorpus.Article FromLibrary => global::Newsroom.Library.Articles.BlinkenLavrovG20;"
            : string.Empty;

        var app = new GeneratorHarness(TestCorpus.Fixtures(), references: [library], userSource: $$"""
            namespace Newsroom
            {
                internal static class Uses
                {
                    public static global::NewsCorpus.Article Own => Articles.HarbourStrike;
                    public static int Count => Articles.All.Count;
                    {{libraryUse}}
                }
            }
            """);
        var (output, _) = app.Run();

        Assert.Empty(output.GetDiagnostics().Select(d => d.ToString()));
        Assert.Equal(3, RoundTrip.Catalog(output, "Newsroom.Articles").Count);
    }

    private static MetadataReference CompileToReference(IEnumerable<CorpusFile> corpus, IReadOnlyDictionary<string, string> properties)
    {
        var (output, _) = new GeneratorHarness(corpus, properties, assemblyName: "Newsroom.Library").Run();
        using var image = new MemoryStream();
        var emit = output.Emit(image);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
