using System.Threading;

namespace NewsCorpus.Cli.Terminal;

/// <summary>How far a run over many files is: set by the work, read by a <see cref="ProgressDisplay"/> on another thread.</summary>
internal sealed class WorkProgress
{
    private int _total;
    private int _done;

    /// <summary>How many files the run goes through; zero while they are still being found and read.</summary>
    public int Total => Volatile.Read(ref _total);

    /// <summary>How many of them are done.</summary>
    public int Done => Volatile.Read(ref _done);

    public void SetTotal(int total) => Volatile.Write(ref _total, total);

    public void Advance() => Interlocked.Increment(ref _done);
}
