using System;
using System.Globalization;

namespace NewsCorpus.Text.Metadata;

/// <summary>
/// What a file name says: <c>2023-03-02-blinken-lavrov-g20.txt</c> is published on 2023-03-02 and
/// has the id <c>blinken-lavrov-g20</c>.
/// </summary>
public static class FileNameConvention
{
    /// <summary>The id of an article: the file name without folder, extension and date prefix.</summary>
    public static string IdOf(string path) => Split(path).Id;

    /// <summary>The date in a leading <c>YYYY-MM-DD-</c> prefix, if it is a real calendar date.</summary>
    public static DateTime? PublishedOf(string path) => Split(path).Published;

    /// <summary>Splits a path into the id (in normalisation form C) and the date prefix.</summary>
    public static (string Id, DateTime? Published) Split(string path)
    {
        string name = TextChars.ToNfc(StemOf(path));
        if (name.Length >= 10 && TryParseDate(name.Substring(0, 10), out var date))
        {
            if (name.Length == 10) return (name, date);
            if (name[10] is '-' or '_' or ' ')
            {
                // "2021-01-01-.txt" has nothing after the prefix: the date is also the id.
                string rest = name.Substring(11);
                return (rest.Trim('-', '_', ' ').Length == 0 ? name.Substring(0, 10) : rest, date);
            }
        }

        return (name, null);
    }

    /// <summary>The folders of <paramref name="path"/> under the corpus folder (in normalisation form C), or null for a file at its top.</summary>
    public static string? FolderOf(string path)
    {
        int slash = path.LastIndexOf('/');
        return slash > 0 ? TextChars.ToNfc(path.Substring(0, slash)) : null;
    }

    /// <summary>The file name without folders and without its last extension. Paths use '/' (a '\\' is part of a Linux file name).</summary>
    public static string StemOf(string path)
    {
        int slash = path.LastIndexOf('/');
        string name = path.Substring(slash + 1);
        int dot = name.LastIndexOf('.');
        return dot > 0 ? name.Substring(0, dot) : name;
    }

    private static bool TryParseDate(string text, out DateTime date) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
