using System.Collections.Generic;
using System.Threading;
using NewsCorpus.Text.Lexicons;
using System.Runtime.CompilerServices;

namespace NewsCorpus.Text.Quotes;

/// <summary>A direct quotation as marked in the text: one segment, or one per paragraph it runs over.</summary>
/// <param name="Segments">The quoted words of each part, without marks.</param>
/// <param name="ParagraphIndex">The paragraph the quotation opens in.</param>
/// <param name="Open">The offset of the opening mark.</param>
/// <param name="Close">The offset of the closing mark.</param>
/// <param name="LastParagraphIndex">The paragraph the quotation closes in.</param>
internal sealed record MarkedQuote(List<SourceRange> Segments, int ParagraphIndex, int Open, int Close, int LastParagraphIndex)
{
    /// <summary>Where the text after the closing mark starts.</summary>
    public int CloseEnd(string text) => Close + DirectQuoteFinder.MarkLength(text, Close);
}

/// <summary>
/// Finds direct quotations by pairing an opening mark with a closing mark of its convention (see
/// <see cref="QuotationMarks"/>), including two apostrophes ('' … ''), and quotations that run over
/// several paragraphs with the opening mark repeated at each paragraph start. An apostrophe
/// (t’i, don’t, Bush’s) never opens or closes one, quotations of one kind do not nest, and a mark that
/// never closes yields no quote, only a finding.
/// </summary>
internal static class DirectQuoteFinder
{
    [MethodImpl(HotPath.Optimize)]
    public static List<MarkedQuote> Find(string text, IReadOnlyList<SourceRange> paragraphs, List<int> unbalancedMarks, CancellationToken cancellationToken)
    {
        var quotes = new List<MarkedQuote>();
        MarkedQuote? running = null;
        for (int p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            int i = paragraph.Start;
            if (running is not null && !RepeatsMark(text, running.Open, paragraph))
            {
                unbalancedMarks.Add(running.Open);
                running = null;
            }

            if (running is not null)
            {
                // The quotation of the previous paragraph goes on here, behind the same opening mark.
                int close = FindClose(text, i, paragraph, CloserOf(text, running.Open));
                running = Continue(text, quotes, running, paragraph, p, close);
                i = close < 0 ? paragraph.End : close + MarkLength(text, close);
            }

            for (; i < paragraph.End; i++)
            {
                if ((i & 4095) == 0) cancellationToken.ThrowIfCancellationRequested();
                if (!IsOpening(text, i, paragraph)) continue;

                string closers = CloserOf(text, i);
                int length = MarkLength(text, i);
                if (i + length < paragraph.End && StartsWithCloser(text, i + length, closers))
                {
                    i += length; // an empty pair ("", “”) is balanced and quotes nothing
                    continue;
                }

                int close = FindClose(text, i, paragraph, closers);
                if (close >= 0)
                {
                    var content = new SourceRange(i + length, close).Trim(text);
                    if (content.Length > 0) quotes.Add(new MarkedQuote(new List<SourceRange> { content }, p, i, close, p));
                    i = close + MarkLength(text, close) - 1;
                }
                else if (ContinuesInNextParagraph(text, i, paragraphs, p))
                {
                    var part = new SourceRange(i + length, paragraph.End).Trim(text);
                    running = new MarkedQuote(part.Length > 0 ? new List<SourceRange> { part } : new List<SourceRange>(), p, i, -1, p);
                    break;
                }
                else
                {
                    unbalancedMarks.Add(i);
                }
            }
        }

        if (running is not null) unbalancedMarks.Add(running.Open);
        return quotes;
    }

    /// <summary>Adds the next paragraph's part; returns the quotation if it still runs on.</summary>
    private static MarkedQuote? Continue(string text, List<MarkedQuote> quotes, MarkedQuote running, SourceRange paragraph, int p, int close)
    {
        int start = paragraph.Start + MarkLength(text, paragraph.Start);
        var part = new SourceRange(start, close < 0 ? paragraph.End : close).Trim(text);
        if (part.Length > 0) running.Segments.Add(part);
        if (close >= 0)
        {
            if (running.Segments.Count > 0) quotes.Add(running with { Close = close, LastParagraphIndex = p });
            return null;
        }

        return running;
    }

    /// <summary>
    /// A quotation left open at the end of a paragraph goes on if the next paragraph opens with the
    /// same mark: the convention for quotations over several paragraphs, wherever the first opened.
    /// </summary>
    private static bool ContinuesInNextParagraph(string text, int open, IReadOnlyList<SourceRange> paragraphs, int p)
    {
        if (p + 1 >= paragraphs.Count) return false;
        return RepeatsMark(text, open, paragraphs[p + 1]);
    }

    /// <summary>Whether <paramref name="paragraph"/> opens with the same mark as the one at <paramref name="open"/>.</summary>
    private static bool RepeatsMark(string text, int open, SourceRange paragraph)
    {
        int length = MarkLength(text, open);
        return paragraph.Length > length && string.CompareOrdinal(text, paragraph.Start, text, open, length) == 0
            && IsOpening(text, paragraph.Start, paragraph);
    }

    [MethodImpl(HotPath.Optimize)]
    private static int FindClose(string text, int from, SourceRange paragraph, string closers)
    {
        int openLength = MarkLength(text, from);
        char openMark = text[from];
        for (int j = from + openLength; j < paragraph.End; j++)
        {
            if (StartsWithCloser(text, j, closers) && Closes(text, j) && !IsPluralPossessive(text, j, paragraph, closers)) return j;
            if (text[j] == openMark && j != from && IsOpening(text, j, paragraph) && MarkLength(text, j) == openLength) return -1;
        }

        return -1;
    }

    /// <summary>
    /// "the players’ union": ’ after an s and before a word is a possessive apostrophe when a later ’ in
    /// the paragraph can close the quotation instead ("‘The players’ union will not bend,’ he said").
    /// </summary>
    private static bool IsPluralPossessive(string text, int j, SourceRange paragraph, string closers)
    {
        if (text[j] != '’' || text[j - 1] is not ('s' or 'S') || j + 2 >= paragraph.End || !TextChars.IsBlank(text[j + 1]) || !char.IsLetter(text[j + 2]))
            return false;
        for (int k = j + 1; k < paragraph.End; k++)
        {
            if (StartsWithCloser(text, k, closers) && Closes(text, k)) return true;
        }

        return false;
    }

    /// <summary>Two apostrophes or two backticks act as one double mark, as some US papers print them.</summary>
    public static int MarkLength(string text, int i) =>
        i + 1 < text.Length && ((text[i] == '\'' && text[i + 1] == '\'') || (text[i] == '`' && text[i + 1] == '`')) ? 2 : 1;

    private static string CloserOf(string text, int open) =>
        MarkLength(text, open) == 2 ? "''" : QuotationMarks.Closers[text[open]];

    private static bool StartsWithCloser(string text, int j, string closers) =>
        closers == "''" ? j + 1 < text.Length && text[j] == '\'' && text[j + 1] == '\'' : closers.IndexOf(text[j]) >= 0;

    /// <summary>
    /// An opening mark stands after a space, a bracket, a dash or another mark, and before text;
    /// the unambiguous openers « ‹ „ ‚ “ may be followed by a space, as French typesetting does.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    private static bool IsOpening(string text, int i, SourceRange paragraph)
    {
        int length = MarkLength(text, i);
        if (length == 1 && !QuotationMarks.Opens(text[i])) return false;
        if (i + length >= paragraph.End) return false;
        if (TextChars.IsBlank(text[i + length]) && text[i] is not ('«' or '‹' or '„' or '‚' or '“')) return false;
        if (i == paragraph.Start) return true;

        char before = text[i - 1];
        return TextChars.IsBlank(before) || before is '(' or '[' or '{' or '—' or '–' or '-' or '/' or ':'
            || QuotationMarks.IsQuotationMark(before);
    }

    /// <summary>
    /// A closing mark follows text (only » and › may follow a space, as in French « … »);
    /// ’ between two letters is an apostrophe, and " before a letter opens rather than closes.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    private static bool Closes(string text, int j)
    {
        if (TextChars.IsBlank(text[j - 1]) && text[j] is not ('»' or '›')) return false;
        if (text[j] == '’' && j + 1 < text.Length && char.IsLetter(text[j + 1]) && char.IsLetter(text[j - 1])) return false;
        if (text[j] == '"' && j + 1 < text.Length && char.IsLetterOrDigit(text[j + 1])) return false;
        if (text[j] == '\'' && j + 2 < text.Length && char.IsLetterOrDigit(text[j + 2])) return false;
        return true;
    }
}
