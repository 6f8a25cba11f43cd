using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NewsCorpus.Cli.Export;
using Xunit;

namespace NewsCorpus.Cli.Tests.Export;

/// <summary>`corpus export`: the parsed corpus as JSON or JSON Lines, with offsets that point into the exported text.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("newscorpus-export-");

    public ExportCommandTests()
    {
        Write("2024-05-14-harbour-strike.txt", "Harbour workers end strike\n\nDock workers returned on Tuesday, 14 May.\n\n“We got a fair deal,” the organiser told reporters.\n");
        Write("de/2021-09-27-wahlabend.txt", "Die Kandidatin sagte, sie sei mit dem Ergebnis zufrieden.\n\n„Wir haben zugelegt“, sagte sie.\n");
        Write("sq/2023-01-05-lajm.txt", "---\ntags: politikë, zgjedhje\n---\nMinistri tha se takimi ishte i suksesshëm. /VOA\n");
    }

    [Fact]
    public void Jsonl_has_one_compact_article_a_line_in_path_order()
    {
        string output = Run("jsonl");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["2024-05-14-harbour-strike.txt", "de/2021-09-27-wahlabend.txt", "sq/2023-01-05-lajm.txt"],
            lines.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("path").GetString()));
        Assert.DoesNotContain('\r', output);
        Assert.EndsWith("\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_offset_points_at_the_words_exported_beside_it()
    {
        foreach (var line in Run("jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var article = JsonDocument.Parse(line).RootElement;
            string text = article.GetProperty("text").GetString()!;
            foreach (var span in article.GetProperty("paragraphs").EnumerateArray()
                .Concat(article.GetProperty("mentionedDates").EnumerateArray())
                .Concat(article.GetProperty("quotes").EnumerateArray().SelectMany(q => q.GetProperty("segments").EnumerateArray()
                    .Concat(new[] { q.GetProperty("speaker"), q.GetProperty("cue") }.Where(s => s.ValueKind == JsonValueKind.Object)))))
            {
                Assert.Equal(span.GetProperty("text").GetString(), text[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()]);
            }
        }
    }

    [Fact]
    public void Json_keeps_quotes_speakers_and_metadata_with_non_ascii_unescaped()
    {
        string output = Run("json");

        Assert.Contains("„Wir haben zugelegt“", output, StringComparison.Ordinal);
        var articles = JsonDocument.Parse(output).RootElement.GetProperty("articles").EnumerateArray().ToList();
        var german = articles.Single(a => a.GetProperty("id").GetString() == "wahlabend");
        Assert.Equal(("de", "de"), (german.GetProperty("language").GetString(), german.GetProperty("category").GetString()));
        Assert.Equal(
            [("indirect", "sie sei mit dem Ergebnis zufrieden", "Die Kandidatin"), ("direct", "Wir haben zugelegt", "sie")],
            german.GetProperty("quotes").EnumerateArray().Select(q =>
                (q.GetProperty("kind").GetString(), q.GetProperty("text").GetString(), q.GetProperty("speaker").GetProperty("text").GetString())));
        var albanian = articles.Single(a => a.GetProperty("id").GetString() == "lajm");
        Assert.Equal(["politikë", "zgjedhje"], albanian.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("politikë, zgjedhje", albanian.GetProperty("frontMatter").GetProperty("tags").GetString());
    }

    [Fact]
    public void Output_option_writes_a_utf8_file_without_bom()
    {
        var file = new FileInfo(Path.Combine(_folder.FullName, "out", "corpus.jsonl"));
        Directory.CreateDirectory(file.DirectoryName!);
        var error = new StringWriter();

        Assert.Equal(0, ExportCommand.Run(TextWriter.Null, error, _folder, "jsonl", file));

        byte[] bytes = File.ReadAllBytes(file.FullName);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(3, Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("Wrote 3 article(s)", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_is_an_error_with_exit_code_2()
    {
        var error = new StringWriter();

        Assert.Equal(2, ExportCommand.Run(TextWriter.Null, error, new DirectoryInfo(Path.Combine(_folder.FullName, "missing")), "json", null));
        Assert.Contains("No such folder", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Output_into_an_existing_folder_is_an_error_that_writes_nothing()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder.FullName, "out"));
        var error = new StringWriter();

        Assert.Equal(2, ExportCommand.Run(TextWriter.Null, error, _folder, "json", new FileInfo(folder.FullName)));

        Assert.Equal($"Cannot write {folder.FullName}: it is a folder; give the path of a file in it", OneLine(error));
        Assert.Empty(folder.EnumerateFileSystemInfos());
    }

    [Fact]
    public void Output_under_a_file_is_an_error()
    {
        string notAFolder = Path.Combine(_folder.FullName, "2024-05-14-harbour-strike.txt");
        var error = new StringWriter();

        Assert.Equal(2, ExportCommand.Run(TextWriter.Null, error, _folder, "json", new FileInfo(Path.Combine(notAFolder, "sub", "corpus.json"))));

        Assert.Equal($"Cannot write {Path.Combine(notAFolder, "sub", "corpus.json")}: {notAFolder} is a file, not a folder", OneLine(error));
    }

    [Fact]
    public void Output_into_a_folder_without_write_permission_is_an_error_with_exit_code_1()
    {
        if (OperatingSystem.IsWindows()) return;
        var locked = Directory.CreateDirectory(Path.Combine(_folder.FullName, "locked"));
        File.SetUnixFileMode(locked.FullName, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        var file = new FileInfo(Path.Combine(locked.FullName, "corpus.json"));
        var error = new StringWriter();

        int exit = ExportCommand.Run(TextWriter.Null, error, _folder, "json", file);

        File.SetUnixFileMode(locked.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        if (exit == 0)
        {
            // Root writes through permissions; the failing writes are covered by the /proc and /dev/full test below.
            Assert.True(file.Exists);
            return;
        }

        Assert.Equal(1, exit);
        Assert.StartsWith($"Cannot write {file.FullName}: ", OneLine(error), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/proc/newscorpus-export/corpus.json")] // no folder can be made there
    [InlineData("/proc/corpus.json")] // nor a file
    [InlineData("/dev/full")] // opens, and every write fails: disk full
    public void Output_that_cannot_be_written_is_an_error_with_exit_code_1_and_one_line(string path)
    {
        if (!File.Exists("/dev/full")) return; // Linux only
        var error = new StringWriter();

        Assert.Equal(1, ExportCommand.Run(TextWriter.Null, error, _folder, "jsonl", new FileInfo(path)));

        Assert.StartsWith($"Cannot write {path}: ", OneLine(error), StringComparison.Ordinal);
    }

    /// <summary>The one line written, which is not a stack trace.</summary>
    private static string OneLine(StringWriter writer)
    {
        string line = Assert.Single(writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain(" at ", line, StringComparison.Ordinal);
        return line;
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private string Run(string format)
    {
        var output = new StringWriter();
        Assert.Equal(0, ExportCommand.Run(output, TextWriter.Null, _folder, format, null));
        return output.ToString();
    }

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(_folder.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }
}
