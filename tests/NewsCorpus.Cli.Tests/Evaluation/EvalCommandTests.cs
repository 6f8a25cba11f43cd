using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NewsCorpus.Cli.Evaluation;
using Xunit;

namespace NewsCorpus.Cli.Tests.Evaluation;

/// <summary>`corpus eval DIR` over a temporary DIR/text + DIR/attributions folder written here.</summary>
public sealed class EvalCommandTests : IDisposable
{
    private const string Harbour = "Harbour workers end strike\n\n“We got a fair deal,” the organiser said.\n";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("newscorpus-eval-");

    private string TextFolder => Path.Combine(_folder.FullName, "text");

    private string AnnotationFolder => Path.Combine(_folder.FullName, "attributions");

    public EvalCommandTests()
    {
        // An article name that holds underscores itself, annotated twice: the first file in name order counts.
        Write("text/wire_2024-05-14_harbour.txt", Harbour);
        Write("attributions/wire_2024-05-14_harbour_zz01.ann", Ann(Harbour, "We got a fair deal,") + Ann(Harbour, "the organiser", id: 2));
        Write("attributions/wire_2024-05-14_harbour_aa07.ann", Ann(Harbour, "We got a fair deal,"));

        // Ordinal order puts "Z" before "a"; one attribution reaches past the end of the text.
        Write("text/Zoo.txt", Harbour);
        Write("attributions/Zoo.ann", Ann(Harbour, "the organiser") + "T9\tContent 500 510\tpast the end\nE9\tContent:T9\n");

        // No annotation at all.
        Write("text/bare.txt", "Nothing was said today.\n");

        // "news_extra.ann" names the article news_extra, not an annotator "extra" of news.
        Write("text/news.txt", Harbour);
        Write("text/news_extra.txt", Harbour);
        Write("attributions/news_extra.ann", Ann(Harbour, "the organiser"));

        Write("attributions/stray_x1.ann", Ann(Harbour, "the organiser"));
    }

    [Fact]
    public void Each_article_is_scored_against_its_first_annotation_in_name_order_and_one_without_is_left_out()
    {
        var error = new StringWriter();

        var articles = EvalCommand.Load(TextFolder, AnnotationFolder, error);

        Assert.Equal(["Zoo", "news_extra", "wire_2024-05-14_harbour"], articles.Select(a => a.Name));
        Assert.Equal(["Zoo.ann", "news_extra.ann", "wire_2024-05-14_harbour_aa07.ann"], articles.Select(a => a.AnnotationFile));
        Assert.Equal([1, 1, 1], articles.Select(a => a.Document.Gold.Count));
        Assert.Contains("2 text(s) have no annotation file", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("stray_x1.ann belongs to no text", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Zoo.ann: 1 attribution(s) reach past the end", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_output_is_a_table_then_exactly_one_json_line_with_every_figure()
    {
        var output = new StringWriter();

        Assert.Equal(0, EvalCommand.Run(output, TextWriter.Null, _folder, null, null));

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, line => line.StartsWith("content overlap ", StringComparison.Ordinal));
        string json = Assert.Single(lines, line => line.StartsWith('{'));
        Assert.Equal(lines[^1], json);

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(["documents", "gold", "predicted", "contentExact", "contentOverlap", "direct", "indirect", "sourcesExact", "speakerAccuracy", "speakerPairs", "directByRegion"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["p", "r", "f1", "tp", "gold", "predicted"], root.GetProperty("contentOverlap").EnumerateObject().Select(p => p.Name));
        Assert.Equal((3, 3), (root.GetProperty("documents").GetInt32(), root.GetProperty("gold").GetInt32()));
        int predicted = EvalCommand.Load(TextFolder, AnnotationFolder, TextWriter.Null).Sum(a => a.Document.Predicted.Count);
        Assert.Equal(predicted, root.GetProperty("predicted").GetInt32());
    }

    [Fact]
    public void Texts_and_annotations_may_come_from_folders_of_their_own_and_span_texts_from_the_article()
    {
        // Offsets only, as an annotation set that carries no article text has them.
        const string Text = "Harbour deal\n\nThe mayor said that the strike is over. “We got a fair deal,” the organiser said.\n";
        Write("elsewhere/texts/harbour.txt", Text);
        Write("elsewhere/offsets/harbour.ann", EmptyColumn(Ann(Text, "“We got a fair deal,”")) + EmptyColumn(Ann(Text, "the strike is over", id: 2)));
        var output = new StringWriter();

        int exitCode = EvalCommand.Run(output, TextWriter.Null, directory: null,
            new DirectoryInfo(Path.Combine(_folder.FullName, "elsewhere", "texts")),
            new DirectoryInfo(Path.Combine(_folder.FullName, "elsewhere", "offsets")));

        Assert.Equal(0, exitCode);
        var root = JsonDocument.Parse(output.ToString().Split('\n').Single(line => line.StartsWith('{'))).RootElement;
        Assert.Equal(2, root.GetProperty("gold").GetInt32());
        Assert.Equal(1, root.GetProperty("direct").GetProperty("gold").GetInt32()); // the marks are read from the article
        Assert.Equal(1, root.GetProperty("indirect").GetProperty("gold").GetInt32());
    }

    [Fact]
    public void Without_a_folder_or_both_options_eval_says_what_it_needs()
    {
        var error = new StringWriter();

        Assert.Equal(2, EvalCommand.Run(new StringWriter(), error, null, new DirectoryInfo(TextFolder), null));
        Assert.Contains("--texts and --annotations", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-folder")]
    [InlineData("only-text")]
    public void A_missing_folder_is_reported_with_exit_code_2(string name)
    {
        Directory.CreateDirectory(Path.Combine(_folder.FullName, "only-text", "text"));
        var output = new StringWriter();
        var error = new StringWriter();

        int exitCode = EvalCommand.Run(output, error, new DirectoryInfo(Path.Combine(_folder.FullName, name)), null, null);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("No such folder:", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>A Content-only attribution over the first occurrence of <paramref name="content"/>.</summary>
    private static string Ann(string text, string content, int id = 1)
    {
        int start = text.IndexOf(content, StringComparison.Ordinal);
        return $"T{id}\tContent {start} {start + content.Length}\t{content}\nE{id}\tAttribution:T{id} Content:T{id}\n";
    }

    /// <summary>The same lines with every span's text column emptied.</summary>
    private static string EmptyColumn(string annotation) => string.Concat(annotation.Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(line => (line.StartsWith('T') ? line.Substring(0, line.LastIndexOf('\t') + 1) : line) + "\n"));

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(_folder.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }
}
