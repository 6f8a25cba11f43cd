using System.Collections.Generic;
using NewsCorpus.Text.Paragraphs;
using System.Runtime.CompilerServices;

namespace NewsCorpus.Text.Metadata;

/// <summary>
/// A BBC-style title: a short first line that does not end like a sentence, followed by a blank
/// line and more text ("Ad sales boost Time Warner profit"). Question and exclamation headlines
/// ("Could Yukos be a blessing in disguise?") and trailing ellipses count as titles; a final period,
/// colon, semicolon or comma does not. A one-paragraph-a-line article such as the VOA seed has none;
/// its lead is then its first paragraph.
/// </summary>
internal static class TitleRule
{
    /// <summary>Longest line, in characters, still taken for a title.</summary>
    public const int MaxLength = 150;

    // Closing quotation marks do not count: BBC headlines often end in one (Rank 'set to sell off film unit').
    private const string SentenceEnd = ".;:,";

    /// <summary>The index of the title line in <paramref name="lines"/>, or -1.</summary>
    [MethodImpl(HotPath.Optimize)]
    public static int FindTitleLine(string text, IReadOnlyList<TextLine> lines)
    {
        int first = 0;
        while (first < lines.Count && lines[first].IsBlank) first++;
        if (first + 2 >= lines.Count || !lines[first + 1].IsBlank) return -1;

        var title = lines[first].Trimmed;
        if (title.Length > MaxLength || EndsLikeASentence(text, title)) return -1;

        for (int i = first + 2; i < lines.Count; i++)
        {
            if (!lines[i].IsBlank) return first;
        }

        return -1;
    }

    private static bool EndsLikeASentence(string text, SourceRange line) =>
        SentenceEnd.IndexOf(text[line.End - 1]) >= 0
        && !(line.Length >= 3 && string.CompareOrdinal(text, line.End - 3, "...", 0, 3) == 0);
}
