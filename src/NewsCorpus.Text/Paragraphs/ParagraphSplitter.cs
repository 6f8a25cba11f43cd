using System.Collections.Generic;
using System.Runtime.CompilerServices;
using NewsCorpus.Text.Tokens;

namespace NewsCorpus.Text.Paragraphs;

/// <summary>
/// Finds paragraphs in the body lines of an article. Real news comes in two conventions:
/// one paragraph a line with no blank lines (VOA, PolNeAR bodies), and paragraphs separated by
/// blank lines (BBC), where a paragraph may also be hard-wrapped over several lines.
/// </summary>
internal static class ParagraphSplitter
{
    [MethodImpl(HotPath.Optimize)]
    public static List<SourceRange> Split(string text, IReadOnlyList<TextLine> lines)
    {
        var paragraphs = new List<SourceRange>();
        if (UsesBlankLineSeparators(text, lines))
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
    /// Blank-line mode when some neighbouring non-blank lines are separated by a blank line and
    /// either such separations are at least as common as touching lines, or most touching lines are
    /// hard-wrapped (the upper one stops mid-sentence). A headline's blank line above a
    /// one-paragraph-a-line body (PolNeAR) does not switch the mode.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    private static bool UsesBlankLineSeparators(string text, IReadOnlyList<TextLine> lines)
    {
        int separated = 0, adjacent = 0, wrapped = 0;
        TextLine? previous = null;
        bool blankSincePrevious = false;
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                blankSincePrevious = previous is not null;
                continue;
            }

            if (previous is { } above)
            {
                if (blankSincePrevious) separated++;
                else
                {
                    adjacent++;
                    if (!EndsSentence(text[above.Trimmed.End - 1])) wrapped++;
                }
            }

            previous = line;
            blankSincePrevious = false;
        }

        return separated > 0 && (separated >= adjacent || wrapped * 2 > adjacent);
    }

    /// <summary>Whether a line that ends in <paramref name="c"/> ends a sentence rather than wraps one: a stop, a colon or semicolon, or a closing mark.</summary>
    private static bool EndsSentence(char c) => Sentences.IsStop(c) || LineEnds.IndexOf(c) >= 0;

    /// <summary>What a line may end with, besides a stop, when it ends a sentence.</summary>
    private const string LineEnds = ":;\"'”’»«“)]";
}
