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
/// Other files in the corpus folder (notes, spreadsheets) are no articles: one message per build counts them (NC0016).
/// </summary>
public sealed class CollectArticles : Task
{
    /// <summary>How many of the other files the NC0016 message names before it says how many more there are.</summary>
    internal const int OtherFilesNamed = 5;

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

    /// <summary>Whether files in the corpus folder that are no articles are counted in one message (NC0016); false when the project turned the default articles off.</summary>
    public bool ReportOtherFiles { get; set; } = true;

    /// <summary>Folders never searched for other files, full paths (the project's bin/ and obj/, should they lie in the corpus folder).</summary>
    public string[] ExcludedFolders { get; set; } = Array.Empty<string>();

    /// <summary>The project's NoWarn: listing NC0016 silences its message, as it silences the warnings.</summary>
    public string NoWarn { get; set; } = "";

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
        var itemFiles = new HashSet<string>(PathComparer); // every file an item names, for NC0016
        var contents = new ContentCache(CopyFolder);
        foreach (var item in Articles)
        {
            string file = item.GetMetadata("FullPath");

            // MSBuild's glob ignores case even where file names do not: on Linux, "README.TXT" is no .txt file.
            if (item.GetMetadata("_NewsCorpusDefault") == "true" && !HasArticleExtension(file)) continue;
            itemFiles.Add(file);

            // One stat a file; only a file MSBuild could not name is looked for again, with its backslashes back.
            var kind = FileKinds.Of(file);
            if (kind == FileKind.Missing && FileNames.WithBackslashes(file, root) is var onDisk && onDisk != file)
            {
                file = onDisk;
                kind = FileKinds.Of(file);
            }

            itemFiles.Add(file);
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

            // A Markdown article's body is its plain text, which the generated code carries; its markup is no resource.
            if (EmbedAsResources && underRoot && !path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                var resource = FileNames.Item(file);
                ((ITaskItem2)resource).SetMetadataValueLiteral("LogicalName", ArticlePaths.ResourceNameOf(path));
                resource.SetMetadata("WithCulture", "false");
                resource.SetMetadata("Type", "Non-Resx");
                resources.Add(resource);
            }
        }

        if (ReportOtherFiles && !IsSuppressed(DiagnosticIds.OtherFilesInCorpus)) ReportFilesThatAreNoArticles(root, itemFiles);
        RemoveStaleCopies(copies);
        contents.Save();
        RootArticles = rootArticles.ToArray();
        Resources = resources.ToArray();
        LinkedArticles = linked.ToArray();
        Copies = copies.ToArray();
        return !Log.HasLoggedErrors;
    }

    /// <summary>
    /// The path the article is known by: the one the project gives it (NewsCorpusRelativePath, else Link, as for
    /// Compile items), else its path under the corpus folder, else for a file marked by hand its path under the
    /// project, else its path under where its wildcard starts (%(RecursiveDir)%(Filename)%(Extension), as the SDK links
    /// Compile items from outside the project), else its name. A file with a path of its own, or of another extension,
    /// is passed as linked even under the corpus folder, since the generator knows a file there by its place and extension.
    /// </summary>
    private string RelativePathOf(ITaskItem item, string file, string root, out bool underRoot)
    {
        underRoot = false;
        string given = item.GetMetadata("NewsCorpusRelativePath");
        if (given.Length == 0) given = item.GetMetadata("Link");
        if (ExplicitPath(given) is { } path) return path;

        if (file.StartsWith(root, PathComparison) && file.Length > root.Length)
        {
            // The generator knows a file there by its place only if it has an article's extension; another says its path.
            underRoot = HasArticleExtension(file);
            return FileNames.Slashes(file.Substring(root.Length));
        }

        string project = Path.GetFullPath(ProjectDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (item.GetMetadata("NewsCorpusArticle") == "true" && file.StartsWith(project, PathComparison)) return FileNames.Slashes(file.Substring(project.Length));
        return FileNames.Slashes(item.GetMetadata("RecursiveDir") + Path.GetFileName(file));
    }

    /// <summary>A path the project gave, with '/' between folders and without a leading "./" or '/'; null if none.</summary>
    private static string? ExplicitPath(string given)
    {
        string path = FileNames.Slashes(given.Trim());
        while (path.StartsWith("./", StringComparison.Ordinal)) path = path.Substring(2);
        path = path.TrimStart('/');
        return path.Length > 0 ? path : null;
    }

    /// <summary>A name starting with '.' is hidden on Unix, and by convention (.git, .vs) on Windows too.</summary>
    private static bool IsHidden(string path) => Path.GetFileName(path).StartsWith(".", StringComparison.Ordinal);

    /// <summary>
    /// Whether the file is an article by its extension, compared as the file system does: a default item from the
    /// corpus folder's glob with another one, such as <c>README.TXT</c> on Linux (where the glob ignores case but names
    /// do not), is no article; neither is a file in the corpus folder with another one, which <see cref="ReportOtherFiles"/> counts.
    /// </summary>
    private static bool HasArticleExtension(string file) => ArticleFileNames.HasArticleExtension(file, PathComparison);

    /// <summary>
    /// One message for the files in the corpus folder that are no articles: not one of the items, and without an
    /// article's extension (a .txt file the project removed from the items was left out on purpose). Hidden files and
    /// folders (.gitkeep, .git/, Thumbs.db on Windows) and the project's bin/ and obj/ are not looked at, nor is a corpus
    /// folder that holds the project itself, whose other files are the project's own.
    /// </summary>
    private void ReportFilesThatAreNoArticles(string root, HashSet<string> itemFiles)
    {
        string project = Path.GetFullPath(ProjectDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (project.StartsWith(root, PathComparison) || !Directory.Exists(root)) return;

        var excluded = new HashSet<string>(PathComparer);
        foreach (string folder in ExcludedFolders)
        {
            if (folder.Trim().Length > 0) excluded.Add(Path.GetFullPath(folder.Trim()).TrimEnd(Path.DirectorySeparatorChar));
        }

        // Names only, from the listing: a stat a file would cost more than the rest of the walk. Attributes are asked
        // for folders, and for the few files that would count.
        var others = new List<string>();
        var folders = new Stack<string>();
        folders.Push(root);
        while (folders.Count > 0)
        {
            string current = folders.Pop();
            try
            {
                foreach (string folder in Directory.EnumerateDirectories(current))
                {
                    // MSBuild's glob does not follow a link to a folder either.
                    if (!IsHidden(folder) && !excluded.Contains(folder) && (File.GetAttributes(folder) & (FileAttributes.ReparsePoint | FileAttributes.Hidden)) == 0) folders.Push(folder);
                }

                foreach (string file in Directory.EnumerateFiles(current))
                {
                    if (IsHidden(file) || HasArticleExtension(file) || itemFiles.Contains(file)) continue;
                    if (Path.DirectorySeparatorChar == '\\' && (File.GetAttributes(file) & (FileAttributes.Hidden | FileAttributes.System)) != 0) continue; // Thumbs.db, desktop.ini
                    others.Add(FileNames.Slashes(file.Substring(root.Length)));
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                // a folder that cannot be listed holds nothing the build could embed either
            }
        }

        if (others.Count == 0) return;
        others.Sort(StringComparer.Ordinal);
        string first = Path.Combine(root, others[0]);
        Log.LogMessage(null, DiagnosticIds.OtherFilesInCorpus, null, first, 0, 0, 0, 0, MessageImportance.High, "{0}", OtherFilesMessage(others, DisplayNameOf(root, project)));
    }

    /// <summary>The NC0016 message: how many, the first few by name, and what to do.</summary>
    internal static string OtherFilesMessage(IReadOnlyList<string> others, string folder)
    {
        int named = Math.Min(others.Count, OtherFilesNamed);
        var names = new List<string>(named);
        for (int i = 0; i < named; i++) names.Add(others[i]);
        string list = string.Join(", ", names) + (others.Count > named ? $" and {others.Count - named} more" : "");
        string count = others.Count == 1 ? $"1 file in {folder} is not an article and is" : $"{others.Count} files in {folder} are not articles and are";
        return $"{count} not embedded: {list}. Articles are the {string.Join(" and ", ArticleFileNames.Extensions)} files; add a file of another kind as a NewsCorpusArticle item if it is one. ({HelpLink(DiagnosticIds.OtherFilesInCorpus)})";
    }

    /// <summary>The corpus folder as the project names it (corpus/), or its full path if it is outside the project.</summary>
    private static string DisplayNameOf(string root, string project) =>
        root.StartsWith(project, PathComparison) ? FileNames.Slashes(root.Substring(project.Length)) : root;

    /// <summary>Whether the project's NoWarn lists <paramref name="id"/> (separated by ';' or ',', as the compiler reads it).</summary>
    private bool IsSuppressed(string id)
    {
        foreach (string listed in NoWarn.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (string.Equals(listed.Trim(), id, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
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

    private static StringComparer PathComparer => Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    internal static StringComparison PathComparison => Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
}
