using System;

namespace NewsCorpus.Cli.Terminal;

/// <summary>
/// What the command's streams are connected to. A progress display is for a person watching a terminal: it is
/// drawn only when neither stream is redirected (a pipe, a file, a test's writer), and never for output that a
/// program reads (JSON).
/// </summary>
/// <param name="OutputRedirected">Whether the standard output goes to a file or a pipe.</param>
/// <param name="ErrorRedirected">Whether the standard error goes to a file or a pipe.</param>
/// <param name="ProgressDelay">How long a run goes on before its progress is shown: a short run shows none.</param>
internal sealed record TerminalSession(bool OutputRedirected, bool ErrorRedirected, TimeSpan ProgressDelay)
{
    /// <summary>A run shorter than this shows no progress at all.</summary>
    public static readonly TimeSpan DefaultProgressDelay = TimeSpan.FromSeconds(1);

    /// <summary>Streams that are not a terminal, as in tests and scripts: no progress is ever drawn.</summary>
    public static TerminalSession Redirected { get; } = new(OutputRedirected: true, ErrorRedirected: true, DefaultProgressDelay);

    /// <summary>This process's own console.</summary>
    public static TerminalSession OfConsole() => new(Console.IsOutputRedirected, Console.IsErrorRedirected, DefaultProgressDelay);

    /// <summary>Whether a run may show its progress; <paramref name="machineReadable"/> when its output is for a program.</summary>
    public bool ShowsProgress(bool machineReadable) => !OutputRedirected && !ErrorRedirected && !machineReadable;
}
