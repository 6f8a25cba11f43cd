using System;
using System.IO;
using System.Runtime.InteropServices;

namespace NewsCorpus.Build;

/// <summary>What a path is once symbolic links are followed: only a regular file may be opened and read as an article.</summary>
internal enum FileKind
{
    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A named pipe, socket or device: opening a pipe waits for a writer, and a device such as /dev/zero never ends.</summary>
    Special,

    /// <summary>Nothing there (a dangling link or a loop of links), or the path cannot be examined.</summary>
    Missing,
}

/// <summary>
/// Tells regular files from special ones, for the build task and the CLI alike (one source file in both). .NET has no public API for the Unix file type (a named pipe or a device
/// is <see cref="FileAttributes.Normal"/> with length 0), so on Unix this asks the runtime's own native library,
/// which ships with every .NET runtime, for the file's mode.
/// </summary>
internal static class FileKinds
{
    public static FileKind Of(string path)
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows)) return FromAttributes(path);

        try
        {
            if (Stat(System.Text.Encoding.UTF8.GetBytes(path + "\0"), out var status) != 0) return FileKind.Missing;
            return (status.Mode & FileTypeMask) == RegularFile ? FileKind.Regular : FileKind.Special;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            // A runtime without the entry point: fall back on what .NET itself can tell.
            return FromAttributes(path);
        }
    }

    /// <summary>What the file attributes say: on Windows a device is marked; elsewhere this cannot tell a pipe from a file.</summary>
    private static FileKind FromAttributes(string path)
    {
        try
        {
            var file = new FileInfo(path);
            if (!file.Exists) return FileKind.Missing;
            return (file.Attributes & FileAttributes.Device) != 0 ? FileKind.Special : FileKind.Regular;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return FileKind.Missing; // no right to look
        }
    }

    // The mode's file type bits, as System.Native reports them on every Unix (the POSIX values).
    private const int FileTypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    /// <summary>The start of System.Native's FileStatus; <c>Size</c> leaves room for the rest of it, which it fills in.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }

    /// <summary>stat(2), which follows symbolic links; 0 on success.</summary>
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat(byte[] nulTerminatedUtf8Path, out FileStatus status);
}
