using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NewsCorpus.Cli.Export;
using Xunit;

namespace NewsCorpus.Cli.Tests;

/// <summary>
/// `inspect` and `export` name every article as the build does (IdentifierAssigner): the id it has in the catalog,
/// made longer where two files would share one, and the typed name, with the notices NC0003 and NC0013.
/// </summary>
public sealed class CatalogNamesTests : IDisposable
{
    private const string Article = "Markets rise\n\nShares rose on Monday in busy trading.\n";

    private readonly TempFolder _folder = new("newscorpus-names-");

    public CatalogNamesTests()
    {
        _folder.Write("2024-05-01-markets-wrap.txt", Article);
        _folder.Write("2024-05-02-markets-wrap.txt", Article);
        _folder.Write("sport/001.txt", Article);
        _folder.Write("tech/001.txt", Article);
        _folder.Write("all.txt", Article);
        _folder.Write("news.txt", Article);

        // Only articles with text are in the catalog, so the empty one takes no name from b/story.txt.
        _folder.Write("a/story.txt", "  \n");
        _folder.Write("b/story.txt", Article);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Json_gives_each_article_its_id_and_typed_name_in_the_catalog()
    {
        var articles = InspectJson();

        Assert.Equal(
            [
                ("2024-05-01-markets-wrap.txt", "2024-05-01-markets-wrap", "_20240501MarketsWrap"),
                ("2024-05-02-markets-wrap.txt", "2024-05-02-markets-wrap", "_20240502MarketsWrap"),
                ("a/story.txt", "story", "Story"),
                ("all.txt", "all", "AllArticle"),
                ("b/story.txt", "story", "Story"),
                ("news.txt", "news", "News"),
                ("sport/001.txt", "sport/001", "Sport001"),
                ("tech/001.txt", "tech/001", "Tech001"),
            ],
            articles.Select(a => (a.GetProperty("path").GetString(), a.GetProperty("id").GetString(), a.GetProperty("identifier").GetString())));

        var renamed = Assert.Single(articles.Single(a => a.GetProperty("path").GetString() == "all.txt").GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(
            ("NC0013", "info", 1, "Article 'all.txt' would have the typed name 'All', which the catalog class uses; it is 'AllArticle'."),
            (renamed.GetProperty("id").GetString(), renamed.GetProperty("severity").GetString(), renamed.GetProperty("line").GetInt32(), renamed.GetProperty("message").GetString()));
    }

    [Fact]
    public void The_class_name_option_is_the_name_a_typed_field_may_not_take()
    {
        var articles = InspectJson("News");

        var news = articles.Single(a => a.GetProperty("path").GetString() == "news.txt");
        Assert.Equal("NewsArticle", news.GetProperty("identifier").GetString());
        Assert.Equal(["NC0013"], news.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()));
    }

    [Fact]
    public void Export_and_the_text_form_show_the_same_ids()
    {
        var output = new StringWriter();
        Assert.Equal(0, ExportCommand.Run(output, TextWriter.Null, _folder.Directory, "jsonl", null));
        var exported = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(a => a.GetProperty("path").GetString()!, a => a.GetProperty("id").GetString());
        Assert.Equal("sport/001", exported["sport/001.txt"]);
        Assert.Equal("2024-05-02-markets-wrap", exported["2024-05-02-markets-wrap.txt"]);

        var text = new StringWriter();
        Assert.Equal(0, CorpusInspector.Run(text, TextWriter.Null, _folder.Directory, "text"));
        Assert.Contains("  id tech/001 · identifier Tech001 · ", text.ToString(), StringComparison.Ordinal);
        Assert.Contains("  info NC0013 (line 1): Article 'all.txt' would have the typed name 'All'", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Names_that_differ_only_in_unicode_normalization_share_an_id_and_one_gets_a_hash_with_NC0003()
    {
        _folder.Write("caf\u00E9.txt", Article);
        _folder.Write("cafe\u0301.txt", Article);
        if (_folder.Directory.GetFiles("caf*.txt").Length < 2) return; // A file system that normalizes names keeps one file.

        var cafes = InspectJson().Where(a => a.GetProperty("path").GetString()!.StartsWith("caf", StringComparison.Ordinal)).ToList();

        // One keeps the id (which one is IdentifierAssigner's choice); the other is told apart by a hash of its path.
        Assert.Single(cafes, a => a.GetProperty("id").GetString() == "caf\u00E9" && a.GetProperty("diagnostics").GetArrayLength() == 0);
        var renamed = Assert.Single(cafes, a => a.GetProperty("id").GetString() != "caf\u00E9");
        Assert.Matches("^caf\u00E9~[0-9a-f]{6}$", renamed.GetProperty("id").GetString());
        var notice = Assert.Single(renamed.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(("NC0003", "warning"), (notice.GetProperty("id").GetString(), notice.GetProperty("severity").GetString()));
        Assert.Contains("would both have the id 'caf\u00E9'", notice.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private List<JsonElement> InspectJson(string className = "Articles")
    {
        var output = new StringWriter();
        Assert.Equal(0, CorpusInspector.Run(output, TextWriter.Null, _folder.Directory, "json", className));
        return JsonDocument.Parse(output.ToString()).RootElement.GetProperty("articles").EnumerateArray().ToList();
    }
}
