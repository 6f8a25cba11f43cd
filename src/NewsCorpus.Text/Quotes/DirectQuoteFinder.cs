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

    private static int FindClose(string text, int open, SourceRange paragraph, string closers)
    {
        for (int j = open + 1; j < paragraph.End; j++)
        {
            if (closers.IndexOf(text[j]) >= 0 && Closes(text, j, open)) return j;
        }

        return -1;
    }

    /// <summary>An opening mark stands after a space, a bracket, a dash or another mark, and before text.</summary>
    private static bool Opens(string text, int i, SourceRange paragraph)
    {
        if (i + 1 >= paragraph.End || TextChars.IsBlank(text[i + 1])) return false;
        if (i == paragraph.Start) return true;

        char before = text[i - 1];
        return TextChars.IsBlank(before) || before is '(' or '[' or '{' or '—' or '–' or '-' or '/' or ':'
            || QuotationMarks.IsQuotationMark(before);
    }

    /// <summary>A closing mark follows text; ’ between two letters is an apostrophe, not a mark.</summary>
    private static bool Closes(string text, int j, int open)
    {
        if (j == open + 1 || (TextChars.IsBlank(text[j - 1]) && text[j] is '"' or '’')) return false;
        if (text[j] == '’' && j + 1 < text.Length && char.IsLetter(text[j + 1]) && char.IsLetter(text[j - 1])) return false;
        if (text[j] == '"' && j + 1 < text.Length && char.IsLetterOrDigit(text[j + 1])) return false;
        return true;
    }
}
