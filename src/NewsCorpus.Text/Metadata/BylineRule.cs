using System;
using System.Collections.Generic;

namespace NewsCorpus.Text.Metadata;

/// <summary>
/// A byline paragraph near the top: "By Jane Doe", "Nga Arben Lila", "Von Anna Berg", "Par Marie Dupont",
/// "By Jane Doe and John Roe". It gives the author and is not a body paragraph.
/// </summary>
internal static class BylineRule
{
    /// <summary>How many of the first paragraphs may be a byline.</summary>
    public const int SearchedParagraphs = 3;

    /// <summary>Most words of the names after the marker.</summary>
    private const int MaxNameWords = 8;

    private static readonly string[] Markers = { "By", "BY", "Nga", "NGA", "Von", "Par", "Por", "Di", "Da" };

    /// <summary>Joining words allowed between names ("Jane Doe and John Roe").</summary>
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "and", "&", "dhe", "und", "et", "y", "e" };

    /// <summary>The author named by <paramref name="paragraph"/>, if it is a byline.</summary>
    public static string? Author(string text, SourceRange paragraph)
    {
        foreach (var marker in Markers)
        {
            // The marker and a space open the paragraph; compared in place, since nearly every paragraph has none.
            if (paragraph.Length <= marker.Length + 1 || string.CompareOrdinal(text, paragraph.Start, marker, 0, marker.Length) != 0
                || text[paragraph.Start + marker.Length] != ' ')
            {
                continue;
            }

            string names = text.Substring(paragraph.Start + marker.Length + 1, paragraph.Length - marker.Length - 1).Trim();
            return IsNameList(names) ? names : null;
        }

        return null;
    }

    /// <summary>Capitalised words (initials, hyphens and apostrophes allowed), joined by commas or "and".</summary>
    private static bool IsNameList(string names)
    {
        var words = names.Replace(",", " ").Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > MaxNameWords || Joiners.Contains(words[0]) || Joiners.Contains(words[words.Length - 1])) return false;
        int capitalised = 0;
        foreach (var word in words)
        {
            if (Joiners.Contains(word)) continue;
            if (!char.IsUpper(word[0])) return false;
            foreach (char c in word)
            {
                if (!char.IsLetter(c) && c is not ('.' or '-' or '\'' or '’')) return false;
            }

            capitalised++;
        }

        // One word is a name only with an initial or a second word ("By Reuters" is a source, not an author).
        return capitalised >= 2;
    }
}
