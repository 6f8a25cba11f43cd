using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsCorpus.Text.Decoding;

namespace NewsCorpus.Cli;

/// <summary>The article files under a folder, as the commands that analyse a folder at run time read them.</summary>
internal static class CorpusFiles
{
    /// <summary>Every <c>.txt</c> under the folder, recursively, as (path relative to it with forward slashes, decoded text), in ordinal path order.</summary>
    public static IEnumerable<(string Path, string Text)> Read(DirectoryInfo directory) =>
        Directory.EnumerateFiles(directory.FullName, "*.txt", SearchOption.AllDirectories)
            .Select(file => (Path: Path.GetRelativePath(directory.FullName, file).Replace('\\', '/'), File: file))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => (f.Path, ArticleDecoder.Decode(File.ReadAllBytes(f.File))));

    /// <summary>Whether the folder a command was given is missing; if so, says so on <paramref name="error"/> (the command then exits with 2).</summary>
    public static bool IsMissing(DirectoryInfo directory, TextWriter error)
    {
        if (directory.Exists) return false;
        error.WriteLine($"No such folder: {directory.FullName}");
        return true;
    }
}
