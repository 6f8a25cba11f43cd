using System.Collections.Generic;
using System.Threading;
using NewsCorpus.Text.Lexicons;

namespace NewsCorpus.Text.Quotes;

/// <summary>
/// Finds direct quotations inside one paragraph by pairing an opening mark with a closing mark of
/// its convention (see <see cref="QuotationMarks"/>). An apostrophe (t’i, don’t, Bush’s) never
/// opens or closes a quotation, and a mark that never closes yields no quote, only a finding.
/// </summary>
internal static class DirectQuoteFinder
{
    public static void Find(
        string text,
        SourceRange paragraph,
        int paragraphIndex,
        List<ParsedQuote> quotes,
        List<int> unbalancedMarks,
        CancellationToken cancellationToken)
    {
        for (int i = paragraph.Start; i < paragraph.End; i++)
        {
            if ((i & 4095) == 0) cancellationToken.ThrowIfCancellationRequested();
            char mark = text[i];
            if (!QuotationMarks.Closers.TryGetValue(mark, out var closers) || !Opens(text, i, paragraph)) continue;

            // An empty pair ("", “”) is balanced and quotes nothing.
            if (i + 1 < paragraph.End && closers.IndexOf(text[i + 1]) >= 0)
            {
                i++;
                continue;
            }

            int close = FindClose(text, i, paragraph, closers);
            if (close < 0)
            {
                unbalancedMarks.Add(i);
                continue;
            }

            var content = new SourceRange(i + 1, close).Trim(text);
            if (content.Length > 0) quotes.Add(new ParsedQuote(ParsedQuoteKind.Direct, content, paragraphIndex));
            i = close;
        }
    }

    /// <summary>
    /// The closing mark for the quotation opened at <paramref name="open"/>, or -1. The same mark
    /// opening again before any close means the first never closed: quotations of one kind do not nest.
    /// </summary>
    private static int FindClose(string text, int open, SourceRange paragraph, string closers)
    {
        for (int j = open + 1; j < paragraph.End; j++)
        {
            if (closers.IndexOf(text[j]) >= 0 && Closes(text, j)) return j;
            if (text[j] == text[open] && Opens(text, j, paragraph)) return -1;
        }

        return -1;
    }

    /// <summary>
    /// An opening mark stands after a space, a bracket, a dash or another mark, and before text;
    /// the unambiguous openers « ‹ „ ‚ “ may be followed by a space, as French typesetting does.
    /// </summary>
    private static bool Opens(string text, int i, SourceRange paragraph)
    {
        if (i + 1 >= paragraph.End) return false;
        if (TextChars.IsBlank(text[i + 1]) && text[i] is not ('«' or '‹' or '„' or '‚' or '“')) return false;
        if (i == paragraph.Start) return true;

        char before = text[i - 1];
        return TextChars.IsBlank(before) || before is '(' or '[' or '{' or '—' or '–' or '-' or '/' or ':'
            || QuotationMarks.IsQuotationMark(before);
    }

    /// <summary>
    /// A closing mark follows text (only » and › may follow a space, as in French « … »);
    /// ’ between two letters is an apostrophe, and " before a letter opens rather than closes.
    /// </summary>
    private static bool Closes(string text, int j)
    {
        if (TextChars.IsBlank(text[j - 1]) && text[j] is not ('»' or '›')) return false;
        if (text[j] == '’' && j + 1 < text.Length && char.IsLetter(text[j + 1]) && char.IsLetter(text[j - 1])) return false;
        if (text[j] == '"' && j + 1 < text.Length && char.IsLetterOrDigit(text[j + 1])) return false;
        return true;
    }
}
