using System;
using System.Collections.Generic;
using System.Linq;
using NewsCorpus.Generator.Tests.TestHelpers;
using Xunit;

namespace NewsCorpus.Generator.Tests;

/// <summary>Metadata read back through the generated API and the catalog's filters.</summary>
public class MetadataTests
{
    private static readonly CorpusFile WithFrontMatter = new("business/2020-01-01-port.txt", string.Join("\n",
        "---",
        "title: Port strike ends",
        "date: 2024-05-03",
        "author: Jane Doe",
        "url: https://example.com/port",
        "tags: ports, strikes",
        "desk: Business",
        "---",
        "Harbour workers voted on Monday to end the strike. The port reopens on Tuesday.",
        "The union said the deal was fair."));

    private static readonly CorpusFile Wire = new("world/2023-07-01-senate.txt",
        "WASHINGTON (AFP) – The Senate passed the bill on Monday after a long debate.\n\nThe vote was close.\n");

    private static readonly IReadOnlyList<NewsCorpus.Article> All =
        RoundTrip.Catalog(new GeneratorHarness([TestCorpus.Seed(), WithFrontMatter, Wire]).Run().Output, "Newsroom.Articles");

    private static NewsCorpus.Article Get(string id) => All.Single(a => a.Id == id);

    [Fact]
    public void Front_matter_metadata_reaches_the_typed_properties()
    {
        var port = Get("port");

        Assert.Equal("Port strike ends", port.Title);
        Assert.Equal("Port strike ends", port.Headline);
        Assert.Equal(new DateTime(2024, 5, 3), port.Published);
        Assert.Equal("Jane Doe", port.Author);
        Assert.Equal("https://example.com/port", port.Url);
        Assert.Equal(new[] { "ports", "strikes" }, port.Tags);
        Assert.Equal("Business", port.FrontMatter["desk"]);
        Assert.Equal("business", port.Category);
        Assert.Equal(2, port.Paragraphs.Count);
    }

    [Fact]
    public void Counts_reading_time_and_hash_are_there_without_the_text()
    {
        var seed = Get("blinken-lavrov-g20");

        Assert.Equal(458, seed.WordCount); // "t’i" is "të i": two words, as the quotes have always tokenised it
        Assert.Equal(TimeSpan.FromMinutes(2), seed.ReadingTime);
        Assert.Equal(64, seed.ContentHash.Length);
        Assert.StartsWith("Sekretari amerikan i Shtetit Antony Blinken", seed.Headline, StringComparison.Ordinal);
        Assert.EndsWith("…", seed.Headline, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dateline_gives_dateline_and_source_and_the_lead_keeps_it()
    {
        var senate = Get("senate");

        Assert.Equal("WASHINGTON", senate.Dateline);
        Assert.Equal("AFP", senate.Source);
        Assert.StartsWith("WASHINGTON (AFP) –", senate.Lead!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalog_filters_by_language_source_category_and_date()
    {
        var catalog = new NewsCorpus.ArticleCatalog(All);

        Assert.Equal(new[] { "blinken-lavrov-g20" }, catalog.ByLanguage("SQ").Select(a => a.Id));
        Assert.Equal(new[] { "senate" }, catalog.BySource("afp").Select(a => a.Id));
        Assert.Equal(new[] { "port" }, catalog.ByCategory("Business").Select(a => a.Id));
        Assert.Equal(new[] { "senate", "port" }.OrderBy(id => id), catalog.PublishedBetween(new DateTime(2023, 7, 1), new DateTime(2024, 5, 3, 23, 0, 0)).Select(a => a.Id).OrderBy(id => id));
        Assert.Empty(catalog.PublishedBetween(new DateTime(2030, 1, 1), new DateTime(2030, 12, 31)));
        Assert.Throws<ArgumentException>(() => catalog.PublishedBetween(new DateTime(2024, 1, 2), new DateTime(2024, 1, 1)));
    }

    [Fact]
    public void The_generated_catalog_forwards_the_filters()
    {
        var catalogType = RoundTrip.GeneratedType(new GeneratorHarness([TestCorpus.Seed(), WithFrontMatter, Wire]).Run().Output, "Newsroom.Articles");

        var byLanguage = (IEnumerable<NewsCorpus.Article>)catalogType.GetMethod("ByLanguage")!.Invoke(null, ["en"])!;
        var between = (IEnumerable<NewsCorpus.Article>)catalogType.GetMethod("PublishedBetween")!.Invoke(null, [new DateTime(2023, 3, 2), new DateTime(2023, 3, 2)])!;

        Assert.Equal(new[] { "port", "senate" }, byLanguage.Select(a => a.Id).OrderBy(id => id));
        Assert.Equal(new[] { "blinken-lavrov-g20" }, between.Select(a => a.Id));
    }
}
