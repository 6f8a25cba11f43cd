using Microsoft.CodeAnalysis.Diagnostics;

namespace NewsCorpus.Generator.Model;

/// <summary>
/// Which additional files are articles, from three global options that NewsCorpus.targets sets: the corpus folder
/// (every <c>.txt</c> and <c>.md</c> file under it, which the targets add), whether those are also embedded as manifest resources,
/// and whether any article comes from elsewhere (which then names its path in item metadata).
/// </summary>
/// <param name="Root">The corpus folder's full path with forward slashes and a final slash, or null when the targets add no folder.</param>
internal sealed record ArticleFiles(string? Root, bool EmbedAsResources, bool MayBeLinked)
{
    public static ArticleFiles From(AnalyzerConfigOptions options)
    {
        string? root = Value(options, "NewsCorpusRootFull");
        if (root is not null)
        {
            root = Slashes(root);
            if (!root.EndsWith("/", System.StringComparison.Ordinal)) root += "/";
        }

        return new ArticleFiles(
            root,
            !string.Equals(Value(options, "NewsCorpusEmbedAsResources"), "false", System.StringComparison.OrdinalIgnoreCase),
            string.Equals(Value(options, "NewsCorpusHasLinkedArticles"), "true", System.StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The path of <paramref name="filePath"/> under the corpus folder if it is an article file there; else null.</summary>
    public string? RelativePathOf(string filePath)
    {
        if (Root is null) return null;
        string path = Slashes(filePath);
        if (path.Length <= Root.Length || !NewsCorpus.Text.ArticleFileNames.HasArticleExtension(path)) return null;

        // Windows paths ignore case (a drive letter says it is one); elsewhere "Corpus/" is another folder.
        var comparison = Root.Length > 1 && Root[1] == ':' ? System.StringComparison.OrdinalIgnoreCase : System.StringComparison.Ordinal;
        return path.StartsWith(Root, comparison) ? path.Substring(Root.Length) : null;
    }

    /// <summary>A path with '/' between folders: on Windows '\\' is one too; elsewhere it is part of a file name.</summary>
    private static string Slashes(string path) => System.IO.Path.DirectorySeparatorChar == '\\' ? path.Replace('\\', '/') : path;

    private static string? Value(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
