using System;
using System.Linq;
using NewsCorpus.Generator.Tests.TestHelpers;
using Xunit;

namespace NewsCorpus.Generator.Tests;

/// <summary>
/// A path in item metadata wins over a file's place: a file under the corpus folder that the project gave a Link, or
/// one of an extension the generator does not know by place, is known by the path the build task passes.
/// </summary>
public class LinkedArticleTests
{
    [Fact]
    public void A_file_under_the_corpus_folder_with_a_path_of_its_own_is_known_by_it_and_keeps_its_body_in_code()
    {
        var local = new CorpusFile("local.txt", "Local story\n\nThe council met on Monday.\n");
        var renamed = new CorpusFile("world/new-name.txt", "Renamed story\n\nThe summit opened on Tuesday.\n", fullPath: TestOptionsProvider.CorpusFolder + "renamed.txt");
        var table = new CorpusFile("tables/figures.text", "Figures\n\nThe port handled more ships.\n", fullPath: TestOptionsProvider.CorpusFolder + "tables/figures.text");
        var properties = new System.Collections.Generic.Dictionary<string, string> { ["RootNamespace"] = "Newsroom", ["NewsCorpusEmbedAsResources"] = "true" };

        var (output, _) = new GeneratorHarness([local, renamed, table], properties).Run();

        Assert.Empty(output.GetDiagnostics());
        var articles = RoundTrip.Catalog(output, "Newsroom.Articles", local.AsResource());
        Assert.Equal(
            [("figures", "tables/figures.text", "tables"), ("local", "local.txt", null), ("new-name", "world/new-name.txt", "world")],
            articles.OrderBy(a => a.Id, StringComparer.Ordinal).Select(a => (a.Id, a.Path, a.Category)));
        // Only the file known by its place has a resource; the others' bodies are read without one.
        Assert.Equal("Renamed story\n\nThe summit opened on Tuesday.\n", articles.Single(a => a.Id == "new-name").Text);
        Assert.Equal("Figures\n\nThe port handled more ships.\n", articles.Single(a => a.Id == "figures").Text);
    }
}
