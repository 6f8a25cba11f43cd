using System;
using System.IO;
using System.Threading;
using Spectre.Console;

namespace NewsCorpus.Cli.Terminal;

/// <summary>
/// A progress bar on the standard error of a terminal for a run over many files, drawn only once the run has gone on
/// for <see cref="TerminalSession.ProgressDelay"/> and cleared when it ends. While a bar may be drawn, the messages
/// the run writes to <see cref="Error"/> are held back and written after it, so that the two never interleave. When
/// no bar is wanted nothing is drawn, no thread is started, and <see cref="Error"/> is the standard error itself.
/// </summary>
internal sealed class ProgressDisplay : IDisposable
{
    /// <summary>How often the bar is redrawn: often enough to look alive, seldom enough to cost the run next to nothing.</summary>
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(250);

    private readonly TextWriter _error;
    private readonly StringWriter? _held;
    private readonly ManualResetEventSlim _finished = new();
    private readonly Thread? _drawing;
    private bool _disposed;

    private ProgressDisplay(string description, TextWriter error, TimeSpan? delay)
    {
        _error = error;
        if (delay is not { } wait)
        {
            Error = error;
            return;
        }

        _held = new StringWriter();
        Error = TextWriter.Synchronized(_held);
        _drawing = new Thread(() => Draw(description, wait)) { IsBackground = true, Name = "corpus progress" };
        _drawing.Start();
    }

    /// <summary>Where the run's own messages go.</summary>
    public TextWriter Error { get; }

    /// <summary>What the run reports as it goes.</summary>
    public WorkProgress Progress { get; } = new();

    /// <summary>A display for a run described as <paramref name="description"/>; it draws only if <paramref name="terminal"/> shows progress.</summary>
    public static ProgressDisplay Start(string description, TextWriter error, TerminalSession? terminal, bool machineReadable = false) =>
        new(description, error, terminal is not null && terminal.ShowsProgress(machineReadable) ? terminal.ProgressDelay : null);

    /// <summary>Clears the bar, if it was drawn, then writes the messages held back meanwhile.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _finished.Set();
        _drawing?.Join();
        if (_held is not null) _error.Write(_held.ToString());
        _finished.Dispose();
    }

    private void Draw(string description, TimeSpan delay)
    {
        try
        {
            // No delay asks for a bar however short the run, if only for a frame.
            if (delay == TimeSpan.Zero || !_finished.Wait(delay)) DrawUntilFinished(description);
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException)
        {
            // A bar that cannot be drawn (the terminal went away) is no reason to stop the run it decorates.
        }
    }

    private void DrawUntilFinished(string description)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(_error),
            Ansi = AnsiSupport.Yes,
            Interactive = InteractionSupport.Yes,
            ColorSystem = ColorSystemSupport.Standard,
        });

        // The bar hides the cursor while it draws; Ctrl+C ends the process before the bar can show it again.
        ConsoleCancelEventHandler showCursor = (_, _) => _error.Write("\u001B[?25h" + Environment.NewLine);
        Console.CancelKeyPress += showCursor;
        try
        {
            DrawBar(console, description);
        }
        finally
        {
            Console.CancelKeyPress -= showCursor;
        }
    }

    private void DrawBar(IAnsiConsole console, string description)
    {
        console.Progress()
            .AutoClear(true)
            .AutoRefresh(false) // drawn here, once a refresh interval, rather than by a timer of its own as well
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(description, autoStart: true, maxValue: 1);
                do
                {
                    int total = Progress.Total;
                    task.IsIndeterminate = total == 0;
                    if (total > 0)
                    {
                        task.MaxValue = total;
                        task.Value = Math.Min(Progress.Done, total);
                        task.Description = $"{description} {Progress.Done}/{total}";
                    }

                    context.Refresh();
                }
                while (!_finished.Wait(RefreshInterval));
            });
    }
}
