using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace NewsCorpus.Cli.Tests;

/// <summary>`corpus inspect`: the same analysis as the generator, at run time, in a JSON shape tools rely on.</summary>
public sealed class InspectCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("newscorpus-inspect-");

    public InspectCommandTests()
    {
        Write("2024-05-14-harbour-strike.txt", "Harbour workers end strike\n\nDock workers returned on Tuesday.\n\n“We got a fair deal,” the organiser told reporters.\n");
        Write("sq/2023-01-05-lajm.txt", "Ministri tha se takimi ishte i suksesshëm dhe se do të ketë një takim tjetër. /VOA\nDiscussion about this post");
    }

    [Fact]
    public void Json_has_the_documented_shape_and_values()
    {
        using var json = JsonDocument.Parse(Run("json"));
        var articles = json.RootElement.GetProperty("articles").EnumerateArray().ToList();

        Assert.Equal(["2024-05-14-harbour-strike.txt", "sq/2023-01-05-lajm.txt"], articles.Select(a => a.GetProperty("path").GetString()));
        foreach (var article in articles)
        {
            Assert.Equal(["path", "id", "identifier", "title", "language", "source", "published", "paragraphs", "quotes", "diagnostics",
                "headline", "dateline", "author", "category", "tags", "url", "frontMatter", "counts", "contentHash", "mentionedDates", "text", "subtitle"],
                article.EnumerateObject().Select(p => p.Name));
        }

        var harbour = articles[0];
        Assert.Equal("harbour-strike", harbour.GetProperty("id").GetString());
        Assert.Equal("HarbourStrike", harbour.GetProperty("identifier").GetString());
        Assert.Equal("Harbour workers end strike", harbour.GetProperty("title").GetString());
        Assert.Equal("2024-05-14", harbour.GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Null, harbour.GetProperty("source").ValueKind);
        string text = File.ReadAllText(Path.Combine(_folder.FullName, "2024-05-14-harbour-strike.txt"));
        Assert.Equal(text, harbour.GetProperty("text").GetString());
        Assert.Equal(["Dock workers returned on Tuesday.", "“We got a fair deal,” the organiser told reporters."],
            harbour.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("text").GetString()));

        var quote = Assert.Single(harbour.GetProperty("quotes").EnumerateArray());
        Assert.Equal(["kind", "start", "end", "text", "speaker", "cue", "resolvedSpeaker", "segments"], quote.EnumerateObject().Select(p => p.Name));
        Assert.Equal([(quote.GetProperty("start").GetInt32(), quote.GetProperty("end").GetInt32())],
            quote.GetProperty("segments").EnumerateArray().Select(s => (s.GetProperty("start").GetInt32(), s.GetProperty("end").GetInt32())));
        Assert.Equal("direct", quote.GetProperty("kind").GetString());
        Assert.Equal("We got a fair deal", quote.GetProperty("text").GetString());
        Assert.Equal("We got a fair deal", text[quote.GetProperty("start").GetInt32()..quote.GetProperty("end").GetInt32()]);

        Assert.Equal("Harbour workers end strike", harbour.GetProperty("headline").GetString());
        var counts = harbour.GetProperty("counts");
        Assert.Equal(["words", "sentences", "characters", "readingMinutes"], counts.EnumerateObject().Select(p => p.Name));
        Assert.Equal((14, 2, 1), (counts.GetProperty("words").GetInt32(), counts.GetProperty("sentences").GetInt32(), counts.GetProperty("readingMinutes").GetInt32()));
        Assert.Equal(64, harbour.GetProperty("contentHash").GetString()!.Length);

        var albanian = articles[1];
        Assert.Equal("sq", albanian.GetProperty("category").GetString());
        Assert.Equal(("sq", "VOA"), (albanian.GetProperty("language").GetString(), albanian.GetProperty("source").GetString()));
        var trailer = Assert.Single(albanian.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(["id", "severity", "message", "line"], trailer.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("NC0004", "info", 2), (trailer.GetProperty("id").GetString(), trailer.GetProperty("severity").GetString(), trailer.GetProperty("line").GetInt32()));
    }

    [Fact]
    public void Text_format_names_each_file_and_its_findings()
    {
        string output = Run("text");

        Assert.Contains("sq/2023-01-05-lajm.txt", output, StringComparison.Ordinal);
        Assert.Contains("info NC0004 (line 2)", output, StringComparison.Ordinal);
        Assert.EndsWith("2 article(s)" + Environment.NewLine, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Listing_the_embedded_corpus_shows_the_seed()
    {
        var output = new StringWriter();

        Assert.Equal(0, EmbeddedCorpusView.List(output));

        var seedRow = output.ToString().Split(Environment.NewLine).Single(line => line.StartsWith("blinken-lavrov-g20 ", StringComparison.Ordinal));
        Assert.Contains(" sq ", seedRow, StringComparison.Ordinal);
        Assert.Contains(" VOA ", seedRow, StringComparison.Ordinal);
        Assert.Contains(" 2023-03-02 ", seedRow, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private string Run(string format)
    {
        var output = new StringWriter();
        Assert.Equal(0, CorpusInspector.Run(output, TextWriter.Null, _folder, format));
        return output.ToString();
    }

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(_folder.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }
}
