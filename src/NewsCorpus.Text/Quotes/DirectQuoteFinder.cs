using System.Collections.Generic;
using System.Threading;
using NewsCorpus.Text.Lexicons;
using NewsCorpus.Text.Tokens;
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
/// <see cref="QuotationMarks"/>), including two apostrophes ('' … ''). A quotation may run over several
/// paragraphs, as newspapers print it: each paragraph opens with the quotation's mark and only the last
/// one closes. Where the breaks between those paragraphs were lost ("… caught. “They were …”",
/// "… dialogut.“BE …”"), the repeated mark after a sentence end still only separates the quotation's parts. An apostrophe
/// (t’i, don’t, Bush’s) never opens or closes a quotation, quotations of one kind do not nest, and a
/// mark that never closes yields no quote, only a finding.
/// </summary>
internal static class DirectQuoteFinder
{
    [MethodImpl(HotPath.Optimize)]
    public static List<MarkedQuote> Find(string text, IReadOnlyList<SourceRange> paragraphs, List<int> unbalancedMarks, CancellationToken cancellationToken)
    {
        var search = new Search(text, paragraphs, unbalancedMarks);
        MarkedQuote? running = null;
        for (int p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            int i = paragraph.Start;
            if (running is not null)
            {
                // The quotation of the previous paragraph goes on here, behind the same opening mark.
                (i, running) = search.Follow(p, paragraph.Start, running);
            }

            for (; i < paragraph.End && running is null; i++)
            {
                if ((i & 4095) == 0) cancellationToken.ThrowIfCancellationRequested();
                if (!IsOpening(text, i, paragraph) || search.IsPartOfUnclosedQuotation(i)) continue;

                int length = MarkLength(text, i);
                if (i + length < paragraph.End && StartsWithCloser(text, i + length, CloserOf(text, i)))
                {
                    i += length; // an empty pair ("", “”) is balanced and quotes nothing
                    continue;
                }

                int resumeAt;
                (resumeAt, running) = search.Follow(p, i, null);
                i = resumeAt - 1;
            }
        }

        return search.Quotes;
    }

    /// <summary>The quotations found so far, and the repeated marks of those found never to close.</summary>
    private sealed class Search
    {
        private readonly string _text;
        private readonly IReadOnlyList<SourceRange> _paragraphs;
        private readonly List<int> _unbalancedMarks;

        public Search(string text, IReadOnlyList<SourceRange> paragraphs, List<int> unbalancedMarks)
        {
            _text = text;
            _paragraphs = paragraphs;
            _unbalancedMarks = unbalancedMarks;
        }

        public List<MarkedQuote> Quotes { get; } = new();

        /// <summary>The marks that repeat the opening mark inside the quotation being followed; reused.</summary>
        private readonly List<int> _reopenings = new();

        /// <summary>
        /// The repeated marks of quotations that never close. Each is part of a quotation already reported,
        /// so it is neither reported again nor followed again (which would make long runs of them quadratic).
        /// </summary>
        private HashSet<int>? _partsOfUnclosed;

        public bool IsPartOfUnclosedQuotation(int mark) => _partsOfUnclosed is not null && _partsOfUnclosed.Contains(mark);

        /// <summary>
        /// Follows the quotation whose mark at <paramref name="open"/> opens it, or opens its part in paragraph
        /// <paramref name="p"/> when <paramref name="running"/> goes on from the paragraph before, to its
        /// closing mark. Returns where the search for opening marks goes on, and the quotation when it
        /// runs on into the next paragraph.
        /// </summary>
        [MethodImpl(HotPath.Optimize)]
        public (int ResumeAt, MarkedQuote? Running) Follow(int p, int open, MarkedQuote? running)
        {
            var paragraph = _paragraphs[p];
            var quote = running ?? new MarkedQuote(new List<SourceRange>(), p, open, -1, p);
            string closers = CloserOf(_text, quote.Open);
            int close = FindClose(_text, open, paragraph, closers, _reopenings, out bool reachedEnd);
            if (close < 0 && reachedEnd && p + 1 < _paragraphs.Count && RepeatsMark(_text, quote.Open, _paragraphs[p + 1]))
            {
                AddParts(open, paragraph.End, quote.Segments);
                return (paragraph.End, quote);
            }

            if (close < 0 && _reopenings.Count > 0 && Closes(_text, _reopenings[0]) && StartsWithCloser(_text, _reopenings[0], closers))
            {
                // No later mark closes the quotation, so a repeated mark that can also close it does: “…“ as typed.
                close = _reopenings[0];
                _reopenings.Clear();
            }

            if (close < 0)
            {
                _unbalancedMarks.Add(quote.Open);
                _partsOfUnclosed ??= new HashSet<int>();
                _partsOfUnclosed.UnionWith(_reopenings);
                return (open + 1, null);
            }

            AddParts(open, close, quote.Segments);
            if (quote.Segments.Count > 0) Quotes.Add(quote with { Close = close, LastParagraphIndex = p });
            return (close + MarkLength(_text, close), null);
        }

        /// <summary>The quoted words from after the mark at <paramref name="open"/> to <paramref name="end"/>, one part per repeated mark.</summary>
        private void AddParts(int open, int end, List<SourceRange> segments)
        {
            int start = open + MarkLength(_text, open);
            foreach (int reopening in _reopenings)
            {
                AddPart(start, reopening, segments);
                start = reopening + MarkLength(_text, reopening);
            }

            AddPart(start, end, segments);
        }

        private void AddPart(int start, int end, List<SourceRange> segments)
        {
            var part = new SourceRange(start, end).Trim(_text);
            if (part.Length > 0) segments.Add(part);
        }
    }

    /// <summary>Whether <paramref name="paragraph"/> opens with the same mark as the one at <paramref name="open"/>.</summary>
    private static bool RepeatsMark(string text, int open, SourceRange paragraph)
    {
        int length = MarkLength(text, open);
        return paragraph.Length > length && string.CompareOrdinal(text, paragraph.Start, text, open, length) == 0
            && IsOpening(text, paragraph.Start, paragraph);
    }

    /// <summary>
    /// The closing mark of the quotation opened at <paramref name="open"/> in its paragraph, or -1. On the
    /// way it collects in <paramref name="reopenings"/> the marks that open the quotation's next paragraph
    /// (the same mark again, after a sentence end). It gives up at the same mark opening elsewhere (a
    /// quotation of one kind does not nest), or at the paragraph's end (<paramref name="reachedEnd"/>).
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    private static int FindClose(string text, int open, SourceRange paragraph, string closers, List<int> reopenings, out bool reachedEnd)
    {
        reopenings.Clear();
        reachedEnd = false;
        int openLength = MarkLength(text, open);
        char openMark = text[open];
        for (int j = open + openLength; j < paragraph.End; j++)
        {
            bool opensAgain = text[j] == openMark && MarkLength(text, j) == openLength && IsOpening(text, j, paragraph);
            if (opensAgain && Sentences.EndBefore(text, j, paragraph.Start))
            {
                reopenings.Add(j);
                j += openLength - 1;
                continue;
            }

            if (StartsWithCloser(text, j, closers) && Closes(text, j) && !IsPluralPossessive(text, j, paragraph, closers)) return j;
            if (opensAgain) return -1;
        }

        reachedEnd = true;
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
            || QuotationMarks.IsQuotationMark(before)
            || ((Sentences.IsStop(before) || char.IsLetter(before)) && OpensRunTogetherParagraph(text[i], text[i + length]));
    }

    /// <summary>
    /// Where scraping joined paragraphs without a blank ("… ka thënë ai.“Po ju tregoj …"), a mark that only
    /// opens in its convention, before a capital or a digit, opens a quotation right after a sentence end,
    /// or right after a word when the paragraph before ended without one (a subheading: "… në Telekom“E kam …").
    /// (A straight " there may as well close one; a closing mark glued to a word is followed by a blank or punctuation.)
    /// </summary>
    private static bool OpensRunTogetherParagraph(char mark, char next) =>
        mark is '“' or '„' or '«' && (char.IsUpper(next) || char.IsDigit(next));

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
