using System;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text.Json;
using NewsCorpus.Cli.Evaluation;
using NewsCorpus.Cli.Export;
using NewsCorpus.Cli.LanguageEvaluation;
using NewsCorpus.Text;
using Xunit;

namespace NewsCorpus.Cli.Tests;

/// <summary>
/// What the commands do with a folder that holds more than plain articles: a file that cannot be read, a pipe, a
/// device, a link loop, a huge file. Each is said in one line on the standard error and left out; the other files are
/// inspected and exported all the same, with exit code 0.
/// </summary>
public sealed class CorpusFilesTests : IDisposable
{
    private const string Article = "Harbour workers end strike\n\nDock workers returned on Tuesday.\n";

    private readonly TempFolder _folder = new("newscorpus-files-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_file_whose_read_fails_is_reported_and_left_out_and_the_others_are_read()
    {
        // Reading /proc/self/mem at offset 0 fails with EIO, whoever runs the test (root included).
        if (!File.Exists("/proc/self/mem")) return;
        _folder.Write("a.txt", Article);
        _folder.Link("broken.txt", "/proc/self/mem");
        _folder.Link("dangling.txt", "nowhere.txt");
        _folder.Write("z.txt", Article);

        var inspect = Inspect();
        var export = Export();

        foreach (var run in new[] { inspect, export })
        {
            Assert.Equal(0, run.Exit);
            Assert.Equal(["a.txt", "z.txt"], run.Paths);
            Assert.Equal(2, run.ErrorLines.Length);
            Assert.StartsWith("warning NC0007: Article 'broken.txt' was left out: it could not be read (", run.ErrorLines[0], StringComparison.Ordinal);
            Assert.Equal("warning NC0007: Article 'dangling.txt' was left out: it does not exist, or is a link to nothing that can be read", run.ErrorLines[1]);
        }
    }

    [Fact]
    public void A_file_without_read_permission_is_reported_and_left_out()
    {
        if (OperatingSystem.IsWindows()) return;
        _folder.Write("a.txt", Article);
        string locked = _folder.Write("locked.txt", Article);
        _folder.MakeUnreadable("locked.txt");

        var run = Inspect();

        Assert.Equal(0, run.Exit);
        if (CanRead(locked))
        {
            // Root reads through permissions (so does the build): the file is an article like any other.
            // The failing read itself is covered by the /proc/self/mem test above.
            Assert.Equal(["a.txt", "locked.txt"], run.Paths);
            Assert.Empty(run.ErrorLines);
            return;
        }

        Assert.Equal(["a.txt"], run.Paths);
        Assert.StartsWith("warning NC0007: Article 'locked.txt' was left out: it could not be read (", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_cannot_be_listed_is_reported_and_the_rest_is_read()
    {
        if (OperatingSystem.IsWindows()) return;
        _folder.Write("a.txt", Article);
        _folder.Write("private/b.txt", Article);
        _folder.MakeUnreadable("private");

        var run = Inspect();

        Assert.Equal(0, run.Exit);
        if (CanList(_folder.FullPath("private")))
        {
            // Root lists it anyway.
            Assert.Equal(["a.txt", "private/b.txt"], run.Paths);
            return;
        }

        Assert.Equal(["a.txt"], run.Paths);
        Assert.StartsWith("warning NC0007: Folder 'private' was left out: it could not be read (", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Pipes_sockets_and_devices_are_left_out_without_being_opened()
    {
        if (OperatingSystem.IsWindows()) return;
        _folder.Write("a.txt", Article);
        _folder.Fifo("fifo.txt");
        _folder.Link("zero.txt", "/dev/zero");
        _folder.Link("null.txt", "/dev/null");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(_folder.FullPath("socket.txt")));

        foreach (var run in new[] { TempFolder.WithinAMinute(() => Inspect()), TempFolder.WithinAMinute(() => Export()) })
        {
            Assert.Equal(0, run.Exit);
            Assert.Equal(["a.txt"], run.Paths);
            Assert.Equal(
                new[] { "fifo.txt", "null.txt", "socket.txt", "zero.txt" }.Select(name => $"warning NC0015: '{name}' is not a regular file; it is left out"),
                run.ErrorLines);
        }
    }

    [Fact]
    public void A_name_that_is_not_valid_utf8_is_left_out_as_the_build_leaves_it_out()
    {
        if (OperatingSystem.IsWindows()) return;
        _folder.Write("a.txt", Article);
        byte[] name = System.Text.Encoding.UTF8.GetBytes(_folder.FullPath("bad")).Concat(new byte[] { 0xFF, (byte)'.', (byte)'t', (byte)'x', (byte)'t', 0 }).ToArray();
        int descriptor = CreateFile(name, Convert.ToUInt32("644", 8));
        Assert.True(descriptor >= 0);
        CloseFile(descriptor);
        try
        {
            var run = Inspect();

            Assert.Equal(["a.txt"], run.Paths);
            Assert.Equal(["warning NC0015: 'bad\uFFFD.txt' has a name that is not valid UTF-8, which cannot be opened by name; it is left out"], run.ErrorLines);
        }
        finally
        {
            // .NET could not delete it by name either.
            RemoveFile(name);
        }
    }

    [Fact]
    public void Linked_folders_are_followed_once_and_a_loop_of_links_ends()
    {
        if (OperatingSystem.IsWindows()) return;
        using var elsewhere = new TempFolder("newscorpus-files-elsewhere-");
        elsewhere.Write("y.txt", Article);
        elsewhere.Link("back", _folder.Directory.FullName, toFolder: true);
        _folder.Write("a/x.txt", Article);
        _folder.Link("a/up", "..", toFolder: true);
        _folder.Link("a/self", ".", toFolder: true);
        _folder.Link("alias", "a", toFolder: true);
        _folder.Link("elsewhere", elsewhere.Directory.FullName, toFolder: true);

        var run = TempFolder.WithinAMinute(() => Inspect());

        Assert.Equal(0, run.Exit);
        Assert.Equal(["a/x.txt", "elsewhere/y.txt"], run.Paths);
        Assert.Empty(run.ErrorLines);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_left_out_by_its_length_without_being_read()
    {
        if (OperatingSystem.IsWindows()) return;
        _folder.Write("a.txt", Article);

        // Sparse: three gibibytes on paper, no space on disk; more than a byte array can hold, so reading it would fail.
        long huge = 3L * 1024 * 1024 * 1024;
        using (var stream = File.Create(_folder.FullPath("huge.txt"))) stream.SetLength(huge);

        var run = TempFolder.WithinAMinute(() => Inspect());

        Assert.Equal(0, run.Exit);
        Assert.Equal(["a.txt"], run.Paths);
        Assert.Equal(
            "error NC0011: Article 'huge.txt' is 3,221,225,472 bytes, over the limit of 1,048,576 bytes (NewsCorpusMaxArticleSize in a project, --max-article-size here); "
            + "it is left out. Split it, or raise the limit if it really is one article.",
            Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void The_size_limit_is_one_mebibyte_unless_given()
    {
        _folder.Write("at-limit.txt", "A\n\n" + new string('x', (int)ArticleLimits.DefaultMaxArticleSize - 3));
        _folder.Write("over-limit.txt", "A\n\n" + new string('x', (int)ArticleLimits.DefaultMaxArticleSize - 2));
        _folder.Write("small.txt", Article);

        Assert.Equal(["at-limit.txt", "small.txt"], Inspect().Paths);

        var limited = Inspect(maxArticleSize: Article.Length);
        Assert.Equal(["small.txt"], limited.Paths);
        Assert.Equal(
            [$"error NC0011: Article 'at-limit.txt' is 1,048,576 bytes, over the limit of {Article.Length} bytes",
             $"error NC0011: Article 'over-limit.txt' is 1,048,577 bytes, over the limit of {Article.Length} bytes"],
            limited.ErrorLines.Select(line => line.Substring(0, line.IndexOf(" (", StringComparison.Ordinal))));
        Assert.Equal(["small.txt"], Export(maxArticleSize: Article.Length).Paths);
    }

    [Fact]
    public void The_size_limit_counts_the_text_in_utf8_as_the_build_does()
    {
        // Three bytes on disk, each undecodable: three U+FFFD, nine bytes of UTF-8.
        File.WriteAllBytes(_folder.FullPath("bytes.txt"), [0x80, 0x81, 0x82]);

        var run = Inspect(maxArticleSize: 8);

        Assert.Empty(run.Paths);
        Assert.StartsWith("error NC0011: Article 'bytes.txt' is 9 bytes in UTF-8, over the limit of 8 bytes", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1x", 100, "--class-name must be a C# identifier, as NewsCorpusClassName is (got '1x')")]
    [InlineData("All", 100, "--class-name must be a name other than the catalog's own member 'All' (a class cannot have a member of its own name, CS0542), as NewsCorpusClassName must (got 'All')")]
    [InlineData("news", 100, "--class-name must be a name with a capital letter or a non-ASCII letter: lower-case ASCII type names are reserved for future keywords (CS8981), as NewsCorpusClassName must (got 'news')")]
    [InlineData("Articles", 0, "--max-article-size must be a positive number of bytes (got 0)")]
    public void Options_that_no_build_would_take_are_an_error_with_exit_code_2(string className, long maxArticleSize, string message)
    {
        _folder.Write("a.txt", Article);

        foreach (var run in new[] { Inspect(className, maxArticleSize), Export(className, maxArticleSize) })
        {
            Assert.Equal(2, run.Exit);
            Assert.Equal([message], run.ErrorLines);
            Assert.Empty(run.Paths);
        }
    }

    [Fact]
    public void Markdown_articles_are_inspected_and_exported_as_their_plain_text_beside_text_ones()
    {
        _folder.Write("world/harbour.txt", Article);
        _folder.Write("world/harbour.md", "# Harbour workers *end* strike\n\nDock workers returned on **Tuesday**.\n\n```\ncode\n```\n");
        _folder.Write("notes.markdown", Article);

        Assert.Equal(["world/harbour.md", "world/harbour.txt"], Inspect().Paths);
        Assert.Equal(["world/harbour.md", "world/harbour.txt"], Export().Paths);

        var articles = CorpusInspector.Inspect(CorpusFiles.Read(_folder.Directory, new StringWriter()), new StringWriter());
        var markdown = articles.Single(a => a.Parsed.Path == "world/harbour.md");
        Assert.Equal("Harbour workers end strike\n\nDock workers returned on Tuesday.\n", markdown.Parsed.Text);
        Assert.Equal("Harbour workers end strike", markdown.Parsed.TitleText);
        // One name, two files: as in the build, each takes its whole path as its id.
        Assert.Equal(["world/harbour.md", "world/harbour.txt"], articles.Select(a => a.Id));
    }

    [Fact]
    public void The_evaluation_reads_only_txt_texts_whose_offsets_its_annotations_count()
    {
        _folder.Write("text/a.txt", Article);
        _folder.Write("text/a.md", "# Harbour\n\nDock workers returned on Tuesday.\n");
        _folder.Write("attributions/a.ann", "T1\tContent 28 60\tDock workers returned on Tuesday\nE1\tAttribution:T1 Content:T1\n");

        var articles = EvalCommand.Load(_folder.FullPath("text"), _folder.FullPath("attributions"), new StringWriter());

        // Read too, a.md would make "a" two texts, and its plain text is not what the annotation's offsets count.
        Assert.Equal(Article, Assert.Single(articles).Document.Text);
    }

    [Fact]
    public void The_evaluation_commands_read_their_folders_the_same_way()
    {
        if (OperatingSystem.IsWindows()) return;
        _folder.Write("text/a.txt", Article);
        _folder.Write("attributions/a.ann", "T1\tContent 28 60\tDock workers returned on Tuesday\nE1\tAttribution:T1 Content:T1\n");
        _folder.Fifo("text/fifo.txt");
        _folder.Fifo("attributions/fifo.ann");

        var error = new StringWriter();
        var articles = TempFolder.WithinAMinute(() => EvalCommand.Load(_folder.FullPath("text"), _folder.FullPath("attributions"), error));

        Assert.Equal(["a"], articles.Select(a => a.Name));
        Assert.Single(articles[0].Document.Gold);
        Assert.Equal(
            ["warning NC0015: 'fifo.ann' is not a regular file; it is left out", "warning NC0015: 'fifo.txt' is not a regular file; it is left out"],
            Lines(error).Order(StringComparer.Ordinal));

        var languageError = new StringWriter();
        var output = new StringWriter();
        Assert.Equal(0, TempFolder.WithinAMinute(() => LanguageEvalCommand.Run(output, languageError, new DirectoryInfo(_folder.FullPath("text")), "en", 60)));
        Assert.StartsWith("1 article(s)", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(["warning NC0015: 'fifo.txt' is not a regular file; it is left out"], Lines(languageError));
    }

    private sealed record Run(int Exit, string[] Paths, string[] ErrorLines);

    private Run Inspect(string className = "Articles", long maxArticleSize = ArticleLimits.DefaultMaxArticleSize)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = CorpusInspector.Run(output, error, _folder.Directory, "json", className, maxArticleSize);
        return new Run(exit, exit == 0 ? PathsIn(output.ToString()) : [], Lines(error));
    }

    private Run Export(string className = "Articles", long maxArticleSize = ArticleLimits.DefaultMaxArticleSize)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = ExportCommand.Run(output, error, _folder.Directory, "jsonl", null, className, maxArticleSize);
        var paths = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("path").GetString()!).ToArray();
        return new Run(exit, paths, Lines(error));
    }

    private static string[] PathsIn(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("path").GetString()!).ToArray();
    }

    /// <summary>The lines written, each of which must be a message of its own (no stack trace).</summary>
    private static string[] Lines(StringWriter writer)
    {
        var lines = writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.DoesNotContain(lines, line => line.StartsWith("   at ", StringComparison.Ordinal));
        return lines;
    }

    [DllImport("libc", EntryPoint = "creat")]
    private static extern int CreateFile(byte[] path, uint mode);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int CloseFile(int descriptor);

    [DllImport("libc", EntryPoint = "unlink")]
    private static extern int RemoveFile(byte[] path);

    private static bool CanRead(string path)
    {
        try
        {
            File.OpenRead(path).Dispose();
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool CanList(string path)
    {
        try
        {
            Directory.GetFileSystemEntries(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
