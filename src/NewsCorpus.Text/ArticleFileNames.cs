using System;

namespace NewsCorpus.Text;

/// <summary>
/// Which files are articles by their name: one list for the build task, the generator and the CLI, so adding a format
/// is one line here (and its reader).
/// </summary>
public static class ArticleFileNames
{
    /// <summary>The extensions of article files: plain text and Markdown.</summary>
    public static readonly string[] Extensions = { ".txt", ".md" };

    /// <summary>
    /// Whether <paramref name="path"/> ends in an article extension, compared by <paramref name="comparison"/>: ignoring
    /// case by default; the build task compares as the file system does, so that on Linux <c>README.TXT</c> is none.
    /// </summary>
    public static bool HasArticleExtension(string path, StringComparison comparison = StringComparison.OrdinalIgnoreCase)
    {
        foreach (string extension in Extensions)
        {
            if (path.EndsWith(extension, comparison)) return true;
        }

        return false;
    }
}
