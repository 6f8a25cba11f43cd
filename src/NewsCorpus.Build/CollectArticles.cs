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
            string file = item.GetMetadata("FullPath");

            // MSBuild's glob ignores case even where file names do not: on Linux, "README.TXT" is no .txt file.
            if (item.GetMetadata("_NewsCorpusDefault") == "true" && !file.EndsWith(".txt", PathComparison) && !file.EndsWith(".md", PathComparison)) continue;

            // One stat a file; only a file MSBuild could not name is looked for again, with its backslashes back.
            var kind = FileKinds.Of(file);
            if (kind == FileKind.Missing && FileNames.WithBackslashes(file, root) is var onDisk && onDisk != file)
            {
                file = onDisk;
                kind = FileKinds.Of(file);
            }

            if (!seen.Add(file)) continue;
            string path = RelativePathOf(item, file, root, out bool underRoot);
            if (WhyLeftOut(path, kind) is { } reason)
            {
                Log.LogWarning(null, DiagnosticIds.FileLeftOut, null, null, file, 0, 0, 0, 0, "{0}", $"'{path}' {reason}; it is left out. ({HelpLink(DiagnosticIds.FileLeftOut)})");
                continue;
            }

            Content content;
            try
            {
                content = contents.Of(file, Contents.Sniff);
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

            if (content != Content.Text || FileNames.NeedsCopy(path) || FileNames.NeedsCopy(file))
            {
                string copy = CopyOf(file, path, content);
                copies.Add(FileNames.Item(copy));
                linked.Add(Linked(copy, path));
                continue;
            }

            if (underRoot) rootArticles.Add(FileNames.Item(file));
            else linked.Add(Linked(file, path));

            if (EmbedAsResources && underRoot)
            {
                var resource = FileNames.Item(file);
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
        if (underRoot) return FileNames.Slashes(file.Substring(root.Length));
        string given = item.GetMetadata("NewsCorpusRelativePath");
        if (given.Length > 0) return FileNames.Slashes(given);
        string project = Path.GetFullPath(ProjectDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (item.GetMetadata("NewsCorpusArticle") == "true" && file.StartsWith(project, PathComparison)) return FileNames.Slashes(file.Substring(project.Length));
        return FileNames.Slashes(item.GetMetadata("RecursiveDir") + Path.GetFileName(file));
    }

    /// <summary>Why a file of this <paramref name="kind"/> cannot be an article, or null.</summary>
    private static string? WhyLeftOut(string path, FileKind kind)
    {
        if (path.IndexOf('\uFFFD') >= 0) return "has a name that is not valid UTF-8, which the build cannot open by name";
        return kind switch
        {
            FileKind.Missing => "does not exist, or is a link to nothing that can be read",
            FileKind.Special => "is not a regular file (a FIFO, a device or a socket, which the compiler would block on or read without end)",
            _ => null,
        };
    }

    private static TaskItem Linked(string file, string path)
    {
        var item = FileNames.Item(file);
        ((ITaskItem2)item).SetMetadataValueLiteral("NewsCorpusEscapedPath", ArticlePaths.Escape(path));
        return item;
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

    internal static StringComparison PathComparison => Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
}
