using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using NewsCorpus.Records;
using NewsCorpus.Text;

namespace NewsCorpus.Build;

/// <summary>
/// Turns the project's article files into what the compiler reads: each file under the corpus folder as an additional
/// file (the generator knows it by where it is) and, unless resources are off, as a manifest resource; each file whose
/// name the compiler's command line cannot carry (a quote, a backslash, a wildcard, a control character) as a copy under a plain
/// name with its path in metadata; and each file that cannot be an article left out with a warning that names it.
/// </summary>
public sealed class CollectArticles : Task
{
    /// <summary>The article files (<c>.txt</c> under the corpus folder, and any the project adds).</summary>
    [Required]
    public ITaskItem[] Articles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The corpus folder, full path with a trailing separator (NewsCorpusRootFull).</summary>
    [Required]
    public string Root { get; set; } = "";

    /// <summary>Whether the corpus folder is the default one rather than one the project chose.</summary>
    public bool RootIsDefault { get; set; }

    /// <summary>Whether a missing corpus folder is worth a warning (false when the project turned the default articles off).</summary>
    public bool WarnIfRootIsMissing { get; set; } = true;

    /// <summary>Whether bodies are embedded as manifest resources (NewsCorpusEmbedAsResources).</summary>
    public bool EmbedAsResources { get; set; } = true;

    /// <summary>The project's folder, which a file marked by hand without a path of its own is placed relative to.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = "";

    /// <summary>Where copies of files with names the command line cannot carry are kept (under obj/).</summary>
    [Required]
    public string CopyFolder { get; set; } = "";

    /// <summary>Files under <see cref="Root"/>, which the generator finds by their place.</summary>
    [Output]
    public ITaskItem[] RootArticles { get; private set; } = Array.Empty<ITaskItem>();

    /// <summary>The bodies to embed, with their LogicalName.</summary>
    [Output]
    public ITaskItem[] Resources { get; private set; } = Array.Empty<ITaskItem>();

    /// <summary>Copies, and files from outside the corpus folder, each with its path in <c>NewsCorpusEscapedPath</c>.</summary>
    [Output]
    public ITaskItem[] LinkedArticles { get; private set; } = Array.Empty<ITaskItem>();

    /// <summary>The copies written or kept, for the build's clean.</summary>
    [Output]
    public ITaskItem[] Copies { get; private set; } = Array.Empty<ITaskItem>();

    public override bool Execute()
    {
        string root = Path.GetFullPath(Root);
        if (WarnIfRootIsMissing && !Directory.Exists(root)) WarnMissingRoot(root);

        var rootArticles = new List<ITaskItem>();
        var resources = new List<ITaskItem>();
        var linked = new List<ITaskItem>();
        var copies = new List<ITaskItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var contents = new ContentCache(CopyFolder);
        foreach (var item in Articles)
        {
            string file = WithBackslashes(item.GetMetadata("FullPath"), root);
            if (!seen.Add(file)) continue;

            // MSBuild's glob ignores case even where file names do not: on Linux, "README.TXT" is no .txt file.
            if (item.GetMetadata("_NewsCorpusDefault") == "true" && !file.EndsWith(".txt", PathComparison)) continue;
            string path = RelativePathOf(item, file, root, out bool underRoot);
            if (WhyLeftOut(file, path) is { } reason)
            {
                Log.LogWarning(null, DiagnosticIds.FileLeftOut, null, null, file, 0, 0, 0, 0, "{0}", $"'{path}' {reason}; it is left out. ({HelpLink(DiagnosticIds.FileLeftOut)})");
                continue;
            }

            Content content;
            try
            {
                content = contents.Of(file, Sniff);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                Log.LogWarning(null, DiagnosticIds.FileLeftOut, null, null, file, 0, 0, 0, 0, "{0}", $"'{path}' cannot be read ({exception.Message}); it is left out. ({HelpLink(DiagnosticIds.FileLeftOut)})");
                continue;
            }

            if (content == Content.Binary)
            {
                Log.LogWarning(null, DiagnosticIds.FileLeftOut, null, null, file, 0, 0, 0, 0, "{0}",
                    $"'{path}' holds two NUL bytes in a row, so it is binary (or UTF-16 without a byte-order mark), which the compiler refuses to read (CS2015); it is left out. ({HelpLink(DiagnosticIds.FileLeftOut)})");
                continue;
            }

            if (content != Content.Text || NeedsCopy(path) || NeedsCopy(file))
            {
                string copy = CopyOf(file, path, content);
                copies.Add(Item(copy));
                linked.Add(Linked(copy, path));
                continue;
            }

            if (underRoot) rootArticles.Add(Item(file));
            else linked.Add(Linked(file, path));

            if (EmbedAsResources && underRoot)
            {
                var resource = Item(file);
                ((ITaskItem2)resource).SetMetadataValueLiteral("LogicalName", ArticlePaths.ResourceNameOf(path));
                resource.SetMetadata("WithCulture", "false");
                resource.SetMetadata("Type", "Non-Resx");
                resources.Add(resource);
            }
        }

        RemoveStaleCopies(copies);
        contents.Save();
        RootArticles = rootArticles.ToArray();
        Resources = resources.ToArray();
        LinkedArticles = linked.ToArray();
        Copies = copies.ToArray();
        return !Log.HasLoggedErrors;
    }

    /// <summary>
    /// Its path under the corpus folder; for a file from elsewhere, the path it is given (NewsCorpusRelativePath), else
    /// for a file marked by hand its path under the project, else its path under where its wildcard starts (as Compile
    /// items have), else its name.
    /// </summary>
    private string RelativePathOf(ITaskItem item, string file, string root, out bool underRoot)
    {
        underRoot = file.StartsWith(root, PathComparison) && file.Length > root.Length;
        if (underRoot) return Slashes(file.Substring(root.Length));
        string given = item.GetMetadata("NewsCorpusRelativePath");
        if (given.Length > 0) return Slashes(given);
        string project = Path.GetFullPath(ProjectDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (item.GetMetadata("NewsCorpusArticle") == "true" && file.StartsWith(project, PathComparison)) return Slashes(file.Substring(project.Length));
        return Slashes(item.GetMetadata("RecursiveDir") + Path.GetFileName(file));
    }

    private static string Slashes(string path) => Path.DirectorySeparatorChar == '\\' ? path.Replace('\\', '/') : path;

    /// <summary>
    /// The file as it is on disk: MSBuild on Linux and macOS reads a backslash in a name as a folder separator, so
    /// <c>back\slash.txt</c> reaches the task as <c>back/slash.txt</c>. Where that path does not exist, the folders
    /// under <paramref name="root"/> are searched for the names it was made of.
    /// </summary>
    private static string WithBackslashes(string file, string root)
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

    /// <summary>Why a file cannot be an article, or null.</summary>
    private static string? WhyLeftOut(string file, string path)
    {
        if (path.IndexOf('\uFFFD') >= 0) return "has a name that is not valid UTF-8, which the build cannot open by name";
        return FileKinds.Of(file) switch
        {
            FileKind.Missing => "does not exist, or is a link to nothing that can be read",
            FileKind.Special => "is not a regular file (a FIFO, a device or a socket, which the compiler would block on or read without end)",
            _ => null,
        };
    }

    /// <summary>Whether the compiler's command line would mangle this name: it drops quotes and tabs, reads a backslash as a folder, and expands '*' and '?' as wildcards.</summary>
    private static bool NeedsCopy(string name)
    {
        foreach (char c in name)
        {
            if (c == '\\' && Path.DirectorySeparatorChar == '\\') continue;
            if (c is '"' or '\\' or '*' or '?' || char.IsControl(c)) return true;
        }

        return false;
    }

    private static TaskItem Linked(string file, string path)
    {
        var item = Item(file);
        ((ITaskItem2)item).SetMetadataValueLiteral("NewsCorpusEscapedPath", ArticlePaths.Escape(path));
        return item;
    }

    /// <summary>An item for <paramref name="file"/>: MSBuild reads an item's spec as escaped, so a '%', ';' or '*' in a name must be escaped to survive.</summary>
    private static TaskItem Item(string file)
    {
        var spec = new System.Text.StringBuilder(file.Length);
        foreach (char c in file)
        {
            if (c is '%' or '*' or '?' or '@' or '$' or '(' or ')' or ';' or '\'') spec.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            else spec.Append(c);
        }

        return new TaskItem(spec.ToString());
    }

    /// <summary>What a file holds, as far as the compiler is concerned.</summary>
    internal enum Content
    {
        /// <summary>Text the compiler reads: UTF-8, UTF-16 with a byte-order mark, or a legacy code page.</summary>
        Text,

        /// <summary>UTF-32 (little-endian) with a byte-order mark, which the compiler takes for binary; a UTF-8 copy is read instead.</summary>
        Utf32LittleEndian,

        /// <summary>UTF-32 (big-endian) with a byte-order mark, likewise.</summary>
        Utf32BigEndian,

        /// <summary>Two NUL bytes in a row outside UTF-16: the compiler refuses it as binary (CS2015).</summary>
        Binary,
    }

    /// <summary>Reads the file once to tell what it holds; the compiler reads it whole too, so this costs a second pass over bytes the OS has cached.</summary>
    private static Content Sniff(string file)
    {
        var buffer = new byte[64 * 1024];
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        int read = stream.Read(buffer, 0, buffer.Length);
        if (read >= 4 && buffer[0] == 0xFF && buffer[1] == 0xFE && buffer[2] == 0 && buffer[3] == 0) return Content.Utf32LittleEndian;
        if (read >= 4 && buffer[0] == 0 && buffer[1] == 0 && buffer[2] == 0xFE && buffer[3] == 0xFF) return Content.Utf32BigEndian;
        if (read >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF))) return Content.Text;

        bool previousWasNul = false;
        while (read > 0)
        {
            for (int i = 0; i < read; i++)
            {
                if (buffer[i] != 0) previousWasNul = false;
                else if (previousWasNul) return Content.Binary;
                else previousWasNul = true;
            }

            read = stream.Read(buffer, 0, buffer.Length);
        }

        return Content.Text;
    }

    /// <summary>A copy under a plain name (a hash of the path), written when the file changed since the last build; UTF-32 becomes UTF-8.</summary>
    private string CopyOf(string file, string path, Content content)
    {
        Directory.CreateDirectory(CopyFolder);
        string copy = Path.Combine(Path.GetFullPath(CopyFolder), NewsCorpus.Text.TextChecksum.Of(path).ToString("x8", System.Globalization.CultureInfo.InvariantCulture) + ".txt");
        var source = new FileInfo(file);
        var target = new FileInfo(copy);
        if (!target.Exists || target.Length != source.Length || target.LastWriteTimeUtc != source.LastWriteTimeUtc)
        {
            if (content == Content.Text) File.Copy(file, copy, overwrite: true);
            else File.WriteAllText(copy, File.ReadAllText(file, new System.Text.UTF32Encoding(content == Content.Utf32BigEndian, byteOrderMark: true)), new System.Text.UTF8Encoding(false));
            File.SetLastWriteTimeUtc(copy, source.LastWriteTimeUtc);
        }

        return copy;
    }

    private void RemoveStaleCopies(List<ITaskItem> kept)
    {
        if (!Directory.Exists(CopyFolder)) return;
        var keep = new HashSet<string>(StringComparer.Ordinal);
        foreach (var copy in kept) keep.Add(copy.ItemSpec);
        foreach (string file in Directory.GetFiles(Path.GetFullPath(CopyFolder), "*.txt"))
        {
            if (!keep.Contains(file)) File.Delete(file);
        }
    }

    private void WarnMissingRoot(string root)
    {
        string trimmed = root.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        string? parent = Path.GetDirectoryName(trimmed);
        string name = Path.GetFileName(trimmed);
        string? nearly = null;
        if (parent is not null && Directory.Exists(parent))
        {
            foreach (string folder in Directory.GetDirectories(parent))
            {
                if (string.Equals(Path.GetFileName(folder), name, StringComparison.OrdinalIgnoreCase)) nearly = Path.GetFileName(folder);
            }
        }

        string hint = nearly is not null
            ? $" There is a folder '{nearly}': folder names differ in case here; rename it, or set NewsCorpusRoot to {nearly}."
            : RootIsDefault
                ? " Create it and put .txt articles in it, set NewsCorpusRoot to your articles' folder, or set EnableNewsCorpusArticles to false if this project has no corpus of its own."
                : " Check NewsCorpusRoot.";
        Log.LogWarning(null, DiagnosticIds.CorpusFolderMissing, null, null, BuildEngine?.ProjectFileOfTaskNode, 0, 0, 0, 0, "{0}",
            $"NewsCorpus looked for articles in '{trimmed}', which does not exist, so no article is embedded.{hint} ({HelpLink(DiagnosticIds.CorpusFolderMissing)})");
    }

    private static string HelpLink(string id) => DiagnosticIds.KindOf(id).HelpLink;

    private static StringComparison PathComparison => Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
}
