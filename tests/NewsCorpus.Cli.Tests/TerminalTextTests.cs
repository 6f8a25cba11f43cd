using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NewsCorpus.Cli.Export;
using Xunit;

namespace NewsCorpus.Cli.Tests;

/// <summary>
/// Control characters from articles and file names (an escape sequence can clear a terminal or retitle its window)
/// reach the terminal escaped in text output; JSON escapes them itself.
/// </summary>
public sealed class TerminalTextTests : IDisposable
{
    private const string Title = "Alarm \u001B[31mred\u001B[0m \u009B2J in \u001B]0;owned\u0007 port\u007F";
    private const string Body = "\u201CAll \u001B[2J clear,\u201D the captain told the crew.";

    private const string NameWithEscapes = "name\u001B[2J\u0085.txt";

    /// <summary>Windows takes no control characters in file names.</summary>
    private static readonly bool ControlCharactersInNames = !OperatingSystem.IsWindows();

    private readonly TempFolder _folder = new("newscorpus-terminal-");

    public TerminalTextTests()
    {
        _folder.Write("alarm.txt", Title + "\n\n" + Body + "\n");
        if (ControlCharactersInNames) _folder.Write(NameWithEscapes, "Calm day\n\nNothing happened.\n");
    }

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("plain · text\twith a tab", false, "plain · text\twith a tab")]
    [InlineData("a\u001B[31mb\u009Bc\u007Fd\u0000", false, "a\\u001B[31mb\\u009Bc\\u007Fd\\u0000")]
    [InlineData("one\ntwo\r\nthree\rfour", false, "one\\u000Atwo\\u000D\\u000Athree\\u000Dfour")]
    [InlineData("one\ntwo\r\nthree\rfour", true, "one\ntwo\r\nthree\\u000Dfour")]
    public void Control_characters_are_escaped_but_tabs_and_wanted_line_breaks_stay(string text, bool keepLineBreaks, string expected)
    {
        Assert.Equal(expected, TerminalText.Escape(text, keepLineBreaks));
    }

    [Fact]
    public void Inspect_text_writes_titles_quotes_and_paths_escaped()
    {
        var output = new StringWriter();

        Assert.Equal(0, CorpusInspector.Run(output, TextWriter.Null, _folder.Directory, "text"));

        string text = output.ToString();
        AssertNoRawControlCharacters(text);
        Assert.Contains("  title: Alarm \\u001B[31mred\\u001B[0m \\u009B2J in \\u001B]0;owned\\u0007 port\\u007F", text, StringComparison.Ordinal);
        Assert.Contains("direct \"All \\u001B[2J clear", text, StringComparison.Ordinal);
        if (ControlCharactersInNames) Assert.Contains("name\\u001B[2J\\u0085.txt", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_of_a_file_writes_its_title_and_quotes_escaped()
    {
        var output = new StringWriter();

        Assert.Equal(0, EmbeddedCorpusView.Show(output, TextWriter.Null, _folder.FullPath("alarm.txt")));

        string text = output.ToString();
        AssertNoRawControlCharacters(text);
        Assert.Contains("title:      Alarm \\u001B[31mred\\u001B[0m", text, StringComparison.Ordinal);
        Assert.Contains("direct \"All \\u001B[2J clear", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_on_the_standard_error_are_escaped()
    {
        if (!ControlCharactersInNames) return;
        _folder.Fifo("pipe\u001B]0;owned\u0007.txt");
        var error = new StringWriter();
        var file = new FileInfo(_folder.FullPath("out\u001B[2J/corpus.json"));

        Assert.Equal(0, TempFolder.WithinAMinute(() => ExportCommand.Run(TextWriter.Null, error, _folder.Directory, "json", file)));

        AssertNoRawControlCharacters(error.ToString());
        Assert.Contains("'pipe\\u001B]0;owned\\u0007.txt' is not a regular file", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("out\\u001B[2J/corpus.json", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("jsonl")]
    public void Json_escapes_control_characters_and_keeps_the_text_exact(string format)
    {
        var output = new StringWriter();

        Assert.Equal(0, ExportCommand.Run(output, TextWriter.Null, _folder.Directory, format, null));

        string json = output.ToString();
        AssertNoRawControlCharacters(json.Replace("\n", "", StringComparison.Ordinal));
        Assert.Contains("\\u001B[31m", json, StringComparison.Ordinal);
        Assert.Contains("\\u009B", json, StringComparison.Ordinal);
        var articles = format == "json"
            ? JsonDocument.Parse(json).RootElement.GetProperty("articles").EnumerateArray().ToList()
            : json.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(Title, articles.Single(a => a.GetProperty("path").GetString() == "alarm.txt").GetProperty("title").GetString());
        if (ControlCharactersInNames) Assert.Contains(articles, a => a.GetProperty("path").GetString() == NameWithEscapes);
    }

    /// <summary>Only the line breaks the output itself writes may be control characters.</summary>
    private static void AssertNoRawControlCharacters(string output)
    {
        string withoutLineBreaks = output.Replace(Environment.NewLine, "", StringComparison.Ordinal);
        Assert.DoesNotContain(withoutLineBreaks, c => char.IsControl(c) && c != '\t');
    }
}
