using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace NewsCorpus.Cli.Tests;

/// <summary>A temporary folder of articles for one test, deleted after it (links, pipes and locked files included).</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix = "newscorpus-cli-") => Directory = System.IO.Directory.CreateTempSubdirectory(prefix);

    private readonly List<string> _unreadable = [];

    public DirectoryInfo Directory { get; }

    public string FullPath(string relativePath) => Path.Combine(Directory.FullName, relativePath);

    /// <summary>Writes <paramref name="text"/> as UTF-8 without BOM, creating the folders on the way.</summary>
    public string Write(string relativePath, string text)
    {
        string path = FullPath(relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    /// <summary>A symbolic link at <paramref name="relativePath"/> to <paramref name="target"/> (a file or a folder).</summary>
    public void Link(string relativePath, string target, bool toFolder = false)
    {
        string path = FullPath(relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (toFolder) System.IO.Directory.CreateSymbolicLink(path, target);
        else File.CreateSymbolicLink(path, target);
    }

    /// <summary>A named pipe (FIFO): opening it for reading waits until something opens it for writing.</summary>
    public void Fifo(string relativePath)
    {
        Assert.Equal(0, MakeFifo(FullPath(relativePath), Convert.ToUInt32("644", 8)));
    }

    /// <summary>Takes every permission away from a file or folder (which stops anyone but root reading it).</summary>
    public void MakeUnreadable(string relativePath)
    {
        _unreadable.Add(FullPath(relativePath));
        Permit(FullPath(relativePath), UnixFileMode.None);
    }

    public void Dispose()
    {
        // A folder made unreadable could not be emptied.
        foreach (string path in _unreadable) Permit(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.Delete(recursive: true);
    }

    /// <summary>Runs <paramref name="action"/>, failing the test (rather than hanging it) if it takes longer than a minute.</summary>
    public static T WithinAMinute<T>(Func<T> action)
    {
        var task = Task.Run(action);
        Assert.True(task.Wait(TimeSpan.FromMinutes(1)), "The command did not finish within a minute: it waits on a file it should not have opened.");
        return task.Result;
    }

    private static void Permit(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, mode);
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);
}
