using System.Collections.Generic;
using NewsCorpus.Text.Paragraphs;

namespace NewsCorpus.Text.Metadata;

/// <summary>
/// A BBC-style title: a short first line without final punctuation, followed by a blank line and
/// more text ("Ad sales boost Time Warner profit"). A one-paragraph-a-line article such as the
/// VOA seed has none; its lead is then its first paragraph.
/// </summary>
internal static class TitleRule
{
    /// <summary>Longest line, in characters, still taken for a title.</summary>
    public const int MaxLength = 150;

    private const string FinalPunctuation = ".!?;:,…\"”»“'’";

    /// <summary>The index of the title line in <paramref name="lines"/>, or -1.</summary>
    public static int FindTitleLine(string text, IReadOnlyList<TextLine> lines)
    {
        int first = 0;
        while (first < lines.Count && lines[first].IsBlank) first++;
        if (first + 2 >= lines.Count || !lines[first + 1].IsBlank) return -1;

        var title = lines[first].Trimmed;
        if (title.Length > MaxLength || FinalPunctuation.IndexOf(text[title.End - 1]) >= 0) return -1;

        for (int i = first + 2; i < lines.Count; i++)
        {
            if (!lines[i].IsBlank) return first;
        }

        return -1;
    }
}
