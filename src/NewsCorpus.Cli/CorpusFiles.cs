using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Enumeration;
using System.Linq;
using System.Text;
using NewsCorpus.Build;
using NewsCorpus.Text;
using NewsCorpus.Text.Decoding;

namespace NewsCorpus.Cli;

/// <summary>A file read from a folder.</summary>
/// <param name="FullPath">Its full path, as the build knows an article (unique even where two paths under the folder are equal).</param>
/// <param name="Path">Its path under the folder, with forward slashes.</param>
/// <param name="Text">Its decoded text.</param>
internal sealed record CorpusFile(string FullPath, string Path, string Text);

/// <summary>
/// The files under a folder, found and read as every command that analyses a folder at run time reads them. Only
/// regular files are opened; a file over the size limit is known by its length and never read; a file that cannot
/// be read is reported and left out, and the others are read all the same.
/// </summary>
internal static class CorpusFiles
{
    /// <summary>Articles: plain text and Markdown, as the build's globs take them ('|' between name patterns).</summary>
    public const string ArticlePattern = "*.txt|*.md";

    /// <summary>Plain-text articles alone, such as the texts that standoff annotations count the characters of.</summary>
    public const string TextArticlePattern = "*.txt";

    /// <summary>More links in one path than this is a loop (the kernel's own limit is 40).</summary>
    private const int MaxLinksInPath = 40;

    /// <summary>
    /// Every file matching <paramref name="pattern"/> (one of its '|'-separated name patterns) in the folder (and, if <paramref name="recursive"/>, its subfolders,
    /// each folder once however many links lead to it), in ordinal order of path. What is left out is said on <paramref name="error"/>.
    /// </summary>
    public static IReadOnlyList<CorpusFile> Read(
        DirectoryInfo directory, TextWriter error, long maxSize = ArticleLimits.DefaultMaxArticleSize, string pattern = ArticlePattern, bool recursive = true)
    {
        string subject = pattern is ArticlePattern or TextArticlePattern ? "Article" : "File";
        var leftOut = new List<(string Path, string Id, string Message)>();
        var files = new List<CorpusFile>();
        foreach (var (fullPath, path) in Find(directory, pattern, recursive, leftOut))
        {
            if (ReadText(fullPath, path, subject, maxSize, leftOut) is { } text) files.Add(new CorpusFile(fullPath, path, text));
        }

        foreach (var (_, id, message) in leftOut.OrderBy(f => f.Path, StringComparer.Ordinal)) Report(error, id, message);
        return files;
    }

    /// <summary>Says on <paramref name="error"/>, in one line, what a finding about a file is, with the severity the build gives it.</summary>
    public static void Report(TextWriter error, string id, string message) =>
        TerminalText.WriteLine(error, $"{DiagnosticIds.KindOf(id).Severity.ToString().ToLowerInvariant()} {id}: {message}");

    /// <summary>Whether the folder a command was given is missing; if so, says so on <paramref name="error"/> (the command then exits with 2).</summary>
    public static bool IsMissing(DirectoryInfo directory, TextWriter error)
    {
        if (directory.Exists) return false;
        TerminalText.WriteLine(error, $"No such folder: {directory.FullName}");
        return true;
    }

    /// <summary>The files to read, as (full path, path under the folder), in ordinal order of path.</summary>
    private static List<(string FullPath, string Path)> Find(DirectoryInfo root, string pattern, bool recursive, List<(string, string, string)> leftOut)
    {
        var found = new List<(string FullPath, string Path)>();
        var visited = new HashSet<string>(StringComparer.Ordinal);

        // Plain folders are walked first and linked ones after, so that a folder reached both ways keeps its own path.
        var links = new Queue<(string FullPath, string Path)>();
        Walk(root.FullName, string.Empty);
        while (links.Count > 0)
        {
            var (fullPath, path) = links.Dequeue();
            Walk(fullPath, path);
        }

        found.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path) is var byPath and not 0 ? byPath : string.CompareOrdinal(a.FullPath, b.FullPath));
        return found;

        void Walk(string folder, string path)
        {
            FileSystemInfo[] entries;
            try
            {
                if (!visited.Add(RealPathOf(folder))) return;
                entries = new DirectoryInfo(folder).GetFileSystemInfos();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                string name = path.Length == 0 ? folder : path;
                leftOut.Add((path, DiagnosticIds.UnreadableArticle, $"Folder '{name}' was left out: it could not be read ({exception.Message})"));
                return;
            }

            foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                string entryPath = path.Length == 0 ? entry.Name : path + "/" + entry.Name;
                if (entry is DirectoryInfo)
                {
                    if (!recursive) continue;
                    if ((entry.Attributes & FileAttributes.ReparsePoint) != 0) links.Enqueue((entry.FullName, entryPath));
                    else Walk(entry.FullName, entryPath);
                }
                else if (Matches(pattern, entry.Name))
                {
                    found.Add((entry.FullName, entryPath));
                }
            }
        }
    }

    private static bool Matches(string pattern, string name)
    {
        foreach (string part in pattern.Split('|'))
        {
            if (FileSystemName.MatchesSimpleExpression(part, name, ignoreCase: OperatingSystem.IsWindows())) return true;
        }

        return false;
    }

    /// <summary>The folder's path with every symbolic link along it resolved: the same for every way that leads to it.</summary>
    private static string RealPathOf(string path, int linksFollowed = 0)
    {
        string full = Path.GetFullPath(path);
        string real = Path.GetPathRoot(full)!;
        foreach (string part in full.Substring(real.Length).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            string next = Path.Combine(real, part);
            if (new DirectoryInfo(next).LinkTarget is not { } target)
            {
                real = next;
                continue;
            }

            if (++linksFollowed > MaxLinksInPath) throw new IOException($"too many levels of symbolic links in '{path}'");
            real = RealPathOf(Path.Combine(real, target), linksFollowed);
        }

        return real;
    }

    /// <summary>The file's decoded text, or null (and why, in <paramref name="leftOut"/>) when it is not read.</summary>
    private static string? ReadText(string fullPath, string path, string subject, long maxSize, List<(string, string, string)> leftOut)
    {
        // .NET reads a name's invalid UTF-8 bytes as U+FFFD, and the file cannot be opened by that name.
        if (fullPath.Contains('\uFFFD', StringComparison.Ordinal))
        {
            leftOut.Add((path, DiagnosticIds.FileLeftOut, $"'{path}' has a name that is not valid UTF-8, which cannot be opened by name; it is left out"));
            return null;
        }

        switch (FileKinds.Of(fullPath))
        {
            case FileKind.Special:
                leftOut.Add((path, DiagnosticIds.FileLeftOut, $"'{path}' is not a regular file; it is left out"));
                return null;
            case FileKind.Missing:
                leftOut.Add((path, DiagnosticIds.UnreadableArticle, $"{subject} '{path}' was left out: it does not exist, or is a link to nothing that can be read"));
                return null;
        }

        try
        {
            using var handle = File.OpenHandle(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            long length = RandomAccess.GetLength(handle);
            if (length > maxSize)
            {
                leftOut.Add((path, DiagnosticIds.ArticleTooLarge, TooLarge(subject, path, Bytes(length) + " bytes", maxSize)));
                return null;
            }

            if (ReadAtMost(handle, length, maxSize) is not { } bytes)
            {
                // The file grew while it was read, or its length said nothing (as in /proc).
                leftOut.Add((path, DiagnosticIds.ArticleTooLarge, TooLarge(subject, path, "more than " + Bytes(maxSize) + " bytes", maxSize)));
                return null;
            }

            string text = ArticleDecoder.Decode(bytes);

            // The build measures the text in UTF-8, which undecodable bytes (each now U+FFFD) or UTF-16 can make longer than the file.
            long utf8Size = text.Length * 3L <= maxSize ? 0 : Encoding.UTF8.GetByteCount(text);
            if (utf8Size > maxSize)
            {
                leftOut.Add((path, DiagnosticIds.ArticleTooLarge, TooLarge(subject, path, Bytes(utf8Size) + " bytes in UTF-8", maxSize)));
                return null;
            }

            return text;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            leftOut.Add((path, DiagnosticIds.UnreadableArticle, $"{subject} '{path}' was left out: it could not be read ({exception.Message})"));
            return null;
        }
    }

    /// <summary>The file's bytes, or null if there are more than <paramref name="maxSize"/>; never reads more than one byte past it.</summary>
    private static byte[]? ReadAtMost(Microsoft.Win32.SafeHandles.SafeFileHandle handle, long length, long maxSize)
    {
        long limit = Math.Min(maxSize, Array.MaxLength - 1);
        var buffer = new byte[Math.Min(length, limit) + 1];
        int count = 0;
        int read;
        while ((read = RandomAccess.Read(handle, buffer.AsSpan(count), count)) > 0)
        {
            count += read;
            if (count > limit) return null;
            if (count == buffer.Length) Array.Resize(ref buffer, (int)Math.Min(limit + 1, buffer.Length * 2L));
        }

        Array.Resize(ref buffer, count);
        return buffer;
    }

    private static string TooLarge(string subject, string path, string size, long maxSize) =>
        $"{subject} '{path}' is {size}, over the limit of {Bytes(maxSize)} bytes (NewsCorpusMaxArticleSize in a project, --max-article-size here); "
        + "it is left out. Split it, or raise the limit if it really is one article.";

    private static string Bytes(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>
    /// One file named on the command line, read as if it were the only file of its folder: its path is its name.
    /// Empty (and why, on <paramref name="error"/>) when it cannot be read or is over the size limit.
    /// </summary>
    public static IReadOnlyList<CorpusFile> ReadOne(FileInfo file, TextWriter error, long maxSize = ArticleLimits.DefaultMaxArticleSize)
    {
        var leftOut = new List<(string Path, string Id, string Message)>();
        if (ReadText(file.FullName, file.Name, "Article", maxSize, leftOut) is { } text) return [new CorpusFile(file.FullName, file.Name, text)];

        foreach (var (_, id, message) in leftOut) Report(error, id, message);
        return [];
    }

    /// <summary>Whether a file named on the command line is an article by its extension: <c>.txt</c> or <c>.md</c>, in any case.</summary>
    public static bool IsArticleFileName(string path) => ArticleFileNames.HasArticleExtension(path);
}
