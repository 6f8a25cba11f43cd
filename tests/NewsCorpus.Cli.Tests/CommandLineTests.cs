using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsCorpus.Cli.Terminal;
using Xunit;

namespace NewsCorpus.Cli.Tests;

/// <summary>The `corpus` commands as a user types them, run through the command line parser on the test's own writers.</summary>
public sealed class CommandLineTests : IDisposable
{
    private const string HarbourStrike =
        "Harbour workers end strike after pay deal\n\n"
        + "Dock workers at the port of Eastmouth returned to work on Tuesday after a nine-day strike over pay.\n\n"
        + "\u201CWe did not get everything we asked for, but we got a fair deal,\u201D union organiser Dana Reyes told reporters.\n";

    /// <summary>A quote before anyone is named: nobody said it, as far as the analysis can tell.</summary>
    private const string Unattributed = "Harbour strike ends\n\n\u201CIt was a long nine days.\u201D\n\nDock workers returned on Tuesday.\n";

    private readonly TempFolder _folder = new("newscorpus-command-line-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void List_prints_what_corpus_alone_prints()
    {
        var (listExit, list, _) = Corpus("list");
        var (bareExit, bare, _) = Corpus();

        Assert.Equal((0, 0), (listExit, bareExit));
        Assert.Equal(bare, list);
        Assert.Contains("blinken-lavrov-g20 ", list, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_of_an_embedded_id_prints_each_quote_with_its_speaker_and_cue()
    {
        var (exit, output, _) = Corpus("show", "blinken-lavrov-g20");

        Assert.Equal(0, exit);
        Assert.StartsWith("id:         blinken-lavrov-g20" + Environment.NewLine, output, StringComparison.Ordinal);
        Assert.Contains("  [2] indirect \"dy kryediplomatët biseduan për rreth 10 minuta në ambjentet e konferencës së G-20 në Nju Delhi\" - Zyrtarët amerikanë (thanë)",
            output, StringComparison.Ordinal);
        Assert.Contains("  [3] indirect \"Moska të lirojë shtetasin amerikanin Paul Whelan\" - Ai [= sekretari Blinken] (kërkoi)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_of_a_file_analyses_it_at_run_time_in_the_format_of_an_embedded_article()
    {
        string path = _folder.Write("news/2024-05-14-harbour-strike.txt", HarbourStrike);

        var (exit, output, error) = Corpus("show", path);

        Assert.Equal((0, ""), (exit, error));
        var lines = output.Split(Environment.NewLine);
        Assert.Equal("id:         harbour-strike", lines[0]);
        Assert.Equal("path:       " + path, lines[1]);
        Assert.Contains("published:  2024-05-14", lines);
        Assert.Contains("[1] Dock workers at the port of Eastmouth returned to work on Tuesday after a nine-day strike over pay.", lines);
        Assert.Contains("1 quote(s)", lines);
        Assert.Contains("  [2] direct \"We did not get everything we asked for, but we got a fair deal\" - union organiser Dana Reyes (told)", lines);
    }

    [Fact]
    public void Show_of_the_file_of_an_embedded_article_prints_the_same_as_show_of_its_id_but_its_path_and_findings()
    {
        var embedded = Articles.Get("blinken-lavrov-g20");
        string path = _folder.Write(embedded.Path, embedded.Text);

        var (_, byId, _) = Corpus("show", embedded.Id);
        var (exit, byFile, _) = Corpus("show", path);

        Assert.Equal(0, exit);
        string[] idLines = byId.Split(Environment.NewLine);
        string[] fileLines = byFile.Split(Environment.NewLine);
        Assert.Equal("path:       " + embedded.Path, idLines[1]);
        Assert.Equal("path:       " + path, fileLines[1]);

        // The file's findings (its scraped trailer) follow what both print; the build reports them, the catalog keeps none.
        Assert.Equal(idLines.Where((_, i) => i != 1).SkipLast(1), fileLines.Where((_, i) => i != 1).TakeWhile(line => !line.EndsWith("finding(s)", StringComparison.Ordinal)));
        Assert.Contains(fileLines, line => line.StartsWith("  info NC0004 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Show_of_a_markdown_file_reads_it_as_an_article()
    {
        string path = _folder.Write("harbour-strike.md", HarbourStrike);

        var (exit, output, _) = Corpus("show", path);

        Assert.Equal(0, exit);
        Assert.Contains("id:         harbour-strike", output, StringComparison.Ordinal);
        Assert.Contains("- union organiser Dana Reyes (told)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_says_when_a_quote_has_no_speaker()
    {
        string path = _folder.Write("nine-days.txt", Unattributed);

        var (_, output, _) = Corpus("show", path);

        Assert.Contains("  [1] direct \"It was a long nine days.\" - no speaker found" + Environment.NewLine, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_of_neither_an_id_nor_a_file_names_both_and_the_nearest_id()
    {
        var (exit, output, error) = Corpus("show", "blinken-lavrov");

        Assert.Equal((1, ""), (exit, output));
        Assert.Contains("'blinken-lavrov' is neither the id of an embedded article nor a file.", error, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'blinken-lavrov-g20'?", error, StringComparison.Ordinal);

        var (farExit, _, farError) = Corpus("show", "weather-report-2031");
        Assert.Equal(1, farExit);
        Assert.DoesNotContain("Did you mean", farError, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_of_a_folder_or_of_a_file_that_is_no_article_is_refused_with_exit_code_2()
    {
        string notes = _folder.Write("notes.rtf", HarbourStrike);

        var (folderExit, _, folderError) = Corpus("show", _folder.Directory.FullName);
        var (fileExit, _, fileError) = Corpus("show", notes);

        Assert.Equal((2, 2), (folderExit, fileExit));
        Assert.Contains("is a folder", folderError, StringComparison.Ordinal);
        Assert.Contains("corpus inspect", folderError, StringComparison.Ordinal);
        Assert.Contains(".txt and .md", fileError, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_of_a_file_over_the_size_limit_says_so_and_exits_with_1()
    {
        string path = _folder.Write("2024-05-14-harbour-strike.txt", HarbourStrike);

        var (exit, output, error) = Corpus("show", path, "--max-article-size", "100");

        Assert.Equal((1, ""), (exit, output));
        Assert.Contains("over the limit of 100 bytes", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public void Inspect_of_one_file_prints_what_inspect_of_a_folder_holding_only_it_prints(string format)
    {
        string path = _folder.Write("one/2024-05-14-harbour-strike.txt", HarbourStrike);

        var (fileExit, ofFile, _) = Corpus("inspect", path, "--format", format);
        var (folderExit, ofFolder, _) = Corpus("inspect", _folder.FullPath("one"), "--format", format);

        Assert.Equal((0, 0), (fileExit, folderExit));
        Assert.Equal(ofFolder, ofFile);
        Assert.Contains("harbour-strike", ofFile, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_text_shows_the_speaker_and_cue_of_each_quote_and_says_when_there_is_no_speaker()
    {
        _folder.Write("2024-05-14-harbour-strike.txt", HarbourStrike);
        _folder.Write("nine-days.txt", Unattributed);

        var (_, output, _) = Corpus("inspect", _folder.Directory.FullName);

        var lines = output.Split(Environment.NewLine);
        Assert.Contains("    [2] direct \"We did not get everything we asked for, but we got a fair deal\" - union organiser Dana Reyes (told)", lines);
        Assert.Contains("    [1] direct \"It was a long nine days.\" - no speaker found", lines);
    }

    [Fact]
    public void Inspect_of_a_missing_path_or_of_a_file_that_is_no_article_exits_with_2()
    {
        string notes = _folder.Write("notes.rtf", HarbourStrike);

        var (missingExit, _, missingError) = Corpus("inspect", _folder.FullPath("absent.txt"));
        var (notesExit, _, notesError) = Corpus("inspect", notes);

        Assert.Equal((2, 2), (missingExit, notesExit));
        Assert.Contains("No such file or folder", missingError, StringComparison.Ordinal);
        Assert.Contains("not an article", notesError, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_command_has_an_example_in_the_help()
    {
        var (_, help, _) = Corpus("--help");

        foreach (var command in new[] { "list", "show", "inspect", "export", "eval", "eval-language" })
        {
            // "eval " is not "eval-language", and "list" has no argument after it.
            Assert.Matches($@"(?m)^\s*Example: corpus {Regex.Escape(command)}( |\r?$)", help);
        }
    }

    [Fact]
    public void Eval_language_through_the_parser_lists_the_misses_in_the_table_and_the_json()
    {
        _folder.Write("en/bridge.txt", "The council said on Monday that the new bridge over the river would open to traffic in the spring, after two years of work.\n");
        _folder.Write("en/stadt.txt", "Der Stadtrat hat am Montag beschlossen, dass die neue Brücke über den Fluss im Frühjahr für den Verkehr geöffnet wird.\n");

        var (exit, output, _) = Corpus("eval-language", _folder.FullPath("en"), "--expect", "en");

        Assert.Equal(0, exit);
        Assert.Contains("  stadt.txt  expected en, got de", output.Split(Environment.NewLine));
        using var json = JsonDocument.Parse(output.Split(Environment.NewLine).Single(line => line.StartsWith('{')));
        var miss = Assert.Single(json.RootElement.GetProperty("misses").EnumerateArray());
        Assert.Equal(("stadt.txt", "en", "de"), (miss.GetProperty("path").GetString(), miss.GetProperty("expected").GetString(), miss.GetProperty("got").GetString()));
    }

    private static (int Exit, string Output, string Error) Corpus(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = CorpusCommandLine.Run(args, output, error, TerminalSession.Redirected);
        return (exit, output.ToString(), error.ToString());
    }
}
