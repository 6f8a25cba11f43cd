using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using NewsCorpus.Cli.Terminal;
using Xunit;

namespace NewsCorpus.Cli.Tests.Terminal;

/// <summary>The progress bar: drawn on a terminal's standard error for a long run, never when a stream is redirected or the output is JSON.</summary>
public sealed class ProgressDisplayTests : IDisposable
{
    private const char Escape = '\u001B';

    private readonly TempFolder _folder = new("newscorpus-progress-");

    public ProgressDisplayTests()
    {
        for (int i = 0; i < 3; i++)
            _folder.Write($"2024-05-1{i}-harbour-{i}.txt", "Harbour workers end strike\n\n\u201CWe got a fair deal,\u201D the organiser told reporters.\n");
        _folder.Write("empty.txt", "");
    }

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(false, false, false, true)]
    [InlineData(true, false, false, false)]
    [InlineData(false, true, false, false)]
    [InlineData(true, true, false, false)]
    [InlineData(false, false, true, false)]
    public void Progress_is_shown_only_when_both_streams_are_a_terminal_and_the_output_is_for_people(
        bool outputRedirected, bool errorRedirected, bool machineReadable, bool shown)
    {
        Assert.Equal(shown, new TerminalSession(outputRedirected, errorRedirected, TimeSpan.Zero).ShowsProgress(machineReadable));
    }

    [Fact]
    public void On_a_terminal_a_long_run_draws_a_bar_on_the_error_stream_then_clears_it_and_writes_the_messages_it_held()
    {
        var error = new SharedStringWriter();
        var terminal = new TerminalSession(OutputRedirected: false, ErrorRedirected: false, TimeSpan.FromMilliseconds(50));

        using (var display = ProgressDisplay.Start("inspect", error, terminal))
        {
            display.Progress.SetTotal(4);
            display.Progress.Advance();
            display.Error.WriteLine("warning NC0001: held back");
            Assert.True(SpinWait.SpinUntil(() => error.ToString().Contains("inspect 1/4", StringComparison.Ordinal), TimeSpan.FromSeconds(20)),
                "No bar was drawn: " + error);
            Assert.DoesNotContain("held back", error.ToString(), StringComparison.Ordinal);
        }

        string written = error.ToString();
        Assert.Contains(Escape, written);
        Assert.EndsWith("warning NC0001: held back" + Environment.NewLine, written, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_shorter_than_the_delay_draws_nothing()
    {
        var error = new StringWriter();
        var terminal = new TerminalSession(OutputRedirected: false, ErrorRedirected: false, TimeSpan.FromMinutes(5));

        var stopwatch = Stopwatch.StartNew();
        using (var display = ProgressDisplay.Start("inspect", error, terminal))
        {
            display.Error.WriteLine("note: a message");
        }

        Assert.Equal("note: a message" + Environment.NewLine, error.ToString());
        Assert.True(stopwatch.Elapsed < TimeSpan.FromMinutes(1), "Ending the run waited for the delay.");
    }

    [Theory]
    [InlineData(true, false, "text")]
    [InlineData(false, true, "text")]
    [InlineData(false, false, "json")]
    public void Redirected_or_json_output_holds_no_escape_codes_and_is_the_output_without_a_terminal(bool outputRedirected, bool errorRedirected, string format)
    {
        // No delay at all: were a bar ever drawn, it would be drawn here.
        var terminal = new TerminalSession(outputRedirected, errorRedirected, TimeSpan.Zero);

        var (exit, output, error) = Corpus(terminal, "inspect", _folder.Directory.FullName, "--format", format);
        var (_, plainOutput, plainError) = Corpus(TerminalSession.Redirected, "inspect", _folder.Directory.FullName, "--format", format);

        Assert.Equal(0, exit);
        Assert.DoesNotContain(Escape, output);
        Assert.DoesNotContain(Escape, error);
        Assert.Equal((plainOutput, plainError), (output, error));
    }

    [Theory]
    [InlineData("inspect")]
    [InlineData("eval-language")]
    public void On_a_terminal_the_output_is_unchanged_and_the_bar_goes_to_the_error_stream(string command)
    {
        var terminal = new TerminalSession(OutputRedirected: false, ErrorRedirected: false, TimeSpan.Zero);
        string[] args = command == "inspect" ? [command, _folder.Directory.FullName] : [command, _folder.Directory.FullName, "--expect", "en"];

        var (exit, output, error) = Corpus(terminal, args);
        var (_, plainOutput, _) = Corpus(TerminalSession.Redirected, args);

        Assert.Equal(0, exit);
        Assert.Equal(plainOutput, output);
        Assert.DoesNotContain(Escape, output);
        Assert.Contains(Escape, error);
    }

    /// <summary>A writer the test reads while the bar's thread writes to it.</summary>
    private sealed class SharedStringWriter : StringWriter
    {
        public override void Write(char value)
        {
            lock (this) base.Write(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            lock (this) base.Write(buffer, index, count);
        }

        public override void Write(string? value)
        {
            lock (this) base.Write(value);
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            lock (this) base.Write(buffer);
        }

        public override string ToString()
        {
            lock (this) return base.ToString();
        }
    }

    private static (int Exit, string Output, string Error) Corpus(TerminalSession terminal, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = CorpusCommandLine.Run(args, output, error, terminal);
        return (exit, output.ToString(), error.ToString());
    }
}
