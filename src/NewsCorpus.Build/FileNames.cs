using System;
using System.IO;
using Microsoft.Build.Utilities;

namespace NewsCorpus.Build;

/// <summary>What the build must do about a file's name: MSBuild and the compiler's command line each read some characters their own way.</summary>
internal static class FileNames
{
    /// <summary>A path with '/' between folders: on Windows '\\' is one too; elsewhere it is part of a file name.</summary>
    public static string Slashes(string path) => Path.DirectorySeparatorChar == '\\' ? path.Replace('\\', '/') : path;

    /// <summary>
    /// The file as it is on disk: MSBuild on Linux and macOS reads a backslash in a name as a folder separator, so
    /// <c>back\slash.txt</c> reaches the task as <c>back/slash.txt</c>. Where that path does not exist, the folders
    /// under <paramref name="root"/> are searched for the names it was made of.
    /// </summary>
    public static string WithBackslashes(string file, string root)
    {
        if (Path.DirectorySeparatorChar == '\\' || File.Exists(file) || !file.StartsWith(root, StringComparison.Ordinal)) return file;
        string[] parts = file.Substring(root.Length).Split('/');
        string folder = root;
        for (int start = 0; start < parts.Length;)
        {
            bool found = false;
            for (int end = parts.Length; end > start && !found; end--)
            {
                string candidate = Path.Combine(folder, string.Join("\\", parts, start, end - start));
                if (end == parts.Length ? File.Exists(candidate) : Directory.Exists(candidate))
                {
                    folder = candidate;
                    start = end;
                    found = true;
                }
            }

            if (!found) return file;
        }

        return folder;
    }

    /// <summary>Whether the compiler's command line would mangle this name: it drops quotes and tabs, reads a backslash as a folder, and expands '*' and '?' as wildcards.</summary>
    public static bool NeedsCopy(string name)
    {
        foreach (char c in name)
        {
            if (c == '\\' && Path.DirectorySeparatorChar == '\\') continue;
            if (c is '"' or '\\' or '*' or '?' || char.IsControl(c)) return true;
        }

        return false;
    }

    /// <summary>An item for <paramref name="file"/>: MSBuild reads an item's spec as escaped, so a '%', ';' or '*' in a name must be escaped to survive.</summary>
    public static TaskItem Item(string file)
    {
        var spec = new System.Text.StringBuilder(file.Length);
        foreach (char c in file)
        {
            if (c is '%' or '*' or '?' or '@' or '$' or '(' or ')' or ';' or '\'') spec.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            else spec.Append(c);
        }

        return new TaskItem(spec.ToString());
    }
}
