using System.Collections.Generic;

namespace NewsCorpus.Text.Paragraphs;

/// <summary>
/// Finds paragraphs in the body lines of an article. Real news comes in two conventions:
/// one paragraph a line with no blank lines (VOA, PolNeAR bodies), and paragraphs separated by
/// blank lines (BBC), where a paragraph may also be hard-wrapped over several lines.
/// </summary>
internal static class ParagraphSplitter
{
    public static List<SourceRange> Split(IReadOnlyList<TextLine> lines)
    {
        var paragraphs = new List<SourceRange>();
        if (UsesBlankLineSeparators(lines))
        {
            // A block of adjacent non-blank lines is one paragraph.
            SourceRange? block = null;
            foreach (var line in lines)
            {
                if (line.IsBlank)
                {
                    if (block is { } done) paragraphs.Add(done);
                    block = null;
                }
                else
                {
                    block = block is { } open ? new SourceRange(open.Start, line.Trimmed.End) : line.Trimmed;
                }
            }

            if (block is { } last) paragraphs.Add(last);
        }
        else
        {
            foreach (var line in lines)
            {
                if (!line.IsBlank) paragraphs.Add(line.Trimmed);
            }
        }

        return paragraphs;
    }

    /// <summary>
    /// Blank-line mode when at least as many neighbouring non-blank lines are separated by a blank
    /// line as touch each other; a single stray blank line in a one-paragraph-a-line text does not count.
    /// </summary>
    private static bool UsesBlankLineSeparators(IReadOnlyList<TextLine> lines)
    {
        int separated = 0, adjacent = 0;
        bool seenText = false, blankSinceText = false;
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                blankSinceText = seenText;
                continue;
            }

            if (seenText)
            {
                if (blankSinceText) separated++;
                else adjacent++;
            }

            seenText = true;
            blankSinceText = false;
        }

        return separated > 0 && separated >= adjacent;
    }
}
