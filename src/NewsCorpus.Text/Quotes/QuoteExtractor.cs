using System.Collections.Generic;
using System.Threading;
using System.Runtime.CompilerServices;
using NewsCorpus.Text.Tokens;

namespace NewsCorpus.Text.Quotes;

/// <summary>
/// Finds every statement of an article: direct quotations with their speakers and cues (a
/// statement split around its cue kept as one), then reported speech outside them, then resolves
/// pronoun and role speakers to the names they stand for.
/// </summary>
internal static class QuoteExtractor
{
    /// <summary>A direct quotation must fill this share of a reported clause to replace it ("X said that “…”").</summary>
    private const double QuotedShareOfClause = 0.6;

    /// <summary>Fewest words of a quotation that no speaker is found for.</summary>
    private const int MinUnattributedWords = 4;

    /// <summary>The statements of <paramref name="paragraphs"/>, given the tokens of each as the article's one tokenising made them.</summary>
    [MethodImpl(HotPath.Optimize)]
    public static List<ParsedQuote> Extract(
        string text, IReadOnlyList<SourceRange> paragraphs, IReadOnlyList<List<Token>> paragraphTokens, string language, List<int> unbalancedMarks,
        CancellationToken cancellationToken)
    {
        var lexicon = LexiconIndex.For(language);
        var tokens = new ParagraphTokens[paragraphs.Count];
        var used = new bool[paragraphs.Count][];
        for (int p = 0; p < paragraphs.Count; p++)
        {
            tokens[p] = new ParagraphTokens(text, paragraphs[p], paragraphTokens[p], p, lexicon);
            used[p] = new bool[tokens[p].Tokens.Count];
        }

        var direct = DirectStatements(text, DirectQuoteFinder.Find(text, paragraphs, unbalancedMarks, cancellationToken), tokens, used);
        var unclosedMarks = new List<int>(unbalancedMarks);
        unclosedMarks.Sort();
        var statements = new List<Statement>();
        for (int p = 0; p < paragraphs.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var usedHere = used[p];
            // The first line of an article with more is its headline ("Kurti: …").
            foreach (var speech in ReportedSpeechFinder.Find(tokens[p], t => usedHere[t], isHeadline: p == 0 && paragraphs.Count > 1))
            {
                if (StraddlesMark(speech.Attribution, unclosedMarks)) continue;
                if (!AttributesDirectQuote(speech, direct)) statements.Add(Reported(speech, p, direct));
            }
        }

        direct.RemoveAll(d => d.Absorbed);

        // A quoted term ("sei „alarmierend“") leaves its sentence free for the reportive mood around it.
        var terms = direct.FindAll(d => d.Attribution is null && IsTermOrName(text, d, tokens));
        var freeOfTerms = new bool[used.Length][];
        for (int p = 0; p < used.Length; p++) freeOfTerms[p] = (bool[])used[p].Clone();
        foreach (var term in terms) UnmarkQuoted(text, tokens[term.ParagraphIndex], freeOfTerms[term.ParagraphIndex], term.Content);
        statements.AddRange(ReportiveMoodFinder.Find(tokens, freeOfTerms, statements, direct.FindAll(d => !terms.Contains(d))));
        statements.AddRange(ReportingSentenceFinder.Find(tokens, statements, direct, d => IsTermOrName(text, d, tokens), unclosedMarks));

        // A short quotation nobody is said to have said is a term set off ("a ‘historic day’"), and one in
        // title case is a name ("Biennale for Contemporary Art", "People's Power Party"): neither is a quote.
        statements.AddRange(direct.FindAll(d => d.Attribution is not null || !IsTermOrName(text, d, tokens) || IsQuotedEvaluation(text, d.Content, lexicon)));
        statements.Sort((a, b) => a.Content.Start != b.Content.Start ? a.Content.Start.CompareTo(b.Content.Start) : a.Kind.CompareTo(b.Kind));
        ContinueSpeakers(text, statements);
        SpeakerResolver.Resolve(statements);
        return statements.ConvertAll(s => s.ToParsedQuote(text));
    }

    [MethodImpl(HotPath.Optimize)]
    private static List<Statement> DirectStatements(string text, List<MarkedQuote> marked, ParagraphTokens[] tokens, bool[][] used)
    {
        var statements = new List<Statement>();
        for (int q = 0; q < marked.Count; q++)
        {
            var quote = marked[q];
            var first = tokens[quote.ParagraphIndex];
            var last = tokens[quote.LastParagraphIndex];
            MarkQuote(text, quote, tokens, used);

            var before = DirectAttribution.Before(first, quote.Open)
                ?? (quote.Open == first.Range.Start && quote.ParagraphIndex > 0 ? DirectAttribution.BeforeParagraph(tokens[quote.ParagraphIndex - 1]) : null);
            var after = DirectAttribution.After(last, quote.CloseEnd(text));
            if (after is not null && before is { } introduced && Introduces(introduced, quote) && EndsWithFullStop(text, quote))
            {
                // "Khan said: “… a lawyer.” Bipin Bihari, a deputy commissioner, said …": the quotation's
                // sentence ended, so the words after it open the next statement.
                after = null;
            }

            var attribution = after ?? before;
            if (after is null && before is { } cue && IsQuotedSource(text, cue, quote))
            {
                // "…, shkruan “Bota Sot”.": the quoted name after an inverted cue is the publication that reports, not a quote.
                continue;
            }

            var segments = new List<SourceRange>(quote.Segments);
            var kind = ParsedQuoteKind.Direct;
            if (after is not null && LeadIn(first, quote) is { } leadIn)
            {
                // "Oz is “smart as hell,” Steve Mosko wrote": the words before the quotation are part of the
                // statement, which is then partly quoted.
                segments[0] = new SourceRange(leadIn, segments[0].End);
                kind = ParsedQuoteKind.Mixed;
            }

            if (after is { } a)
            {
                MarkUsed(a, used[a.Paragraph.Index]);

                // "“A,” she said. “B.”": the quotation right after the attribution goes on with the statement.
                while (q + 1 < marked.Count && ContinuesAfter(a, marked[q + 1]) && DirectAttribution.After(tokens[marked[q + 1].LastParagraphIndex], marked[q + 1].CloseEnd(text)) is null)
                {
                    var next = marked[++q];
                    MarkQuote(text, next, tokens, used);
                    // "„A“, sagte sie. „B.“": in German each piece is a quote of its own, with the same cue.
                    if (first.Lexicon.QuotationPiecesApart) statements.Add(new Statement(ParsedQuoteKind.Direct, new List<SourceRange>(next.Segments), next.ParagraphIndex, a));
                    else segments.AddRange(next.Segments);
                }
            }
            else if (attribution is { } b && Introduces(b, quote))
            {
                // Otherwise ("said it was “a mistake” to …") the cue stays free for the reported clause around the quotation.
                MarkUsed(b, used[b.Paragraph.Index]);
            }
            else if (attribution is not null && quote.Segments.Count == 1 && CountWords(text, quote.Segments[0]).Words > 1 && IsName(text, quote.Segments[0]))
            {
                // "said Thursday on Fox News’s “Fox and Friends.”": a name the narration mentions after the cue,
                // neither the cue's words nor words that make a clause around it partly quoted.
                // (One capitalised word may be a quoted German noun: „Landnahmen“.)
                continue;
            }

            statements.Add(new Statement(kind, segments, quote.ParagraphIndex, attribution));
        }

        return statements;
    }

    /// <summary>
    /// Whether the next quotation goes on with the statement: only punctuation stands between it and
    /// the attribution ("“A,” she said. “B.”"), or it goes on in the attribution's own sentence
    /// ("“A,” said X, a lawyer who represents them, “B.”").
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    private static bool ContinuesAfter(Attribution attribution, MarkedQuote next)
    {
        var p = attribution.Paragraph;
        if (next.ParagraphIndex != p.Index) return false;
        int open = p.TokenAtOrAfter(next.Open);
        if (open <= attribution.LastToken || open >= p.Tokens.Count) return false;
        if (p.SentenceOf[open] == p.SentenceOf[attribution.LastToken]
            && (p.IsPunctuation(open - 1, ',') || (p.IsPunctuation(open - 2, ',') && p.IsWord(open - 1) && p.Lexicon.Conjunctions.Contains(p.Key(open - 1)))))
        {
            return true; // "“A,” he said, “B”" or "“A,” he said, but “B”"
        }

        // "“A,” said X, of the Y church. “B.”": the next sentence opens with the quotation.
        if (p.SentenceOf[open] == p.SentenceOf[attribution.LastToken] + 1 && p.SentenceAt(open).First == open) return true;
        for (int t = attribution.LastToken + 1; t < open; t++)
        {
            if (p.Tokens[t].Kind != TokenKind.Punctuation) return false;
        }

        return true;
    }

    /// <summary>
    /// "… tha ai. “Ne do të vazhdojmë.”": a quotation with no attribution of its own that opens right after
    /// the sentence of the statement before it (nothing but marks and punctuation between, a sentence end
    /// among them) goes on with that statement's speaker. A run of such quotations keeps the speaker. The
    /// statement before is the one that ends last, so an outer report wins over one nested at its end.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    private static void ContinueSpeakers(string text, List<Statement> statements)
    {
        Statement? previous = null;
        int previousEnd = -1;
        foreach (var statement in statements)
        {
            if (statement.Kind == ParsedQuoteKind.Direct && statement.Attribution is null && previous?.Attribution is { } attribution
                && OnlyASentenceEndBefore(text, statement.Content.Start, previousEnd))
            {
                statement.Attribution = attribution;
                statement.ContinuesSpeaker = true;
            }

            int end = statement.Content.End;
            if (statement.Attribution is { } own && own.Paragraph.Index == statement.ParagraphIndex)
                end = System.Math.Max(end, own.Paragraph.Tokens[own.LastToken].End);
            if (end > previousEnd) (previous, previousEnd) = (statement, end);
        }
    }

    /// <summary>
    /// Whether only blanks, punctuation and quotation marks stand between <paramref name="from"/> (the end
    /// of the statement before) and the quotation starting at <paramref name="quote"/>, a sentence end among them.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    private static bool OnlyASentenceEndBefore(string text, int quote, int from)
    {
        bool sentenceEnd = false;
        int i = quote - 1;
        for (; i >= 0 && !char.IsLetterOrDigit(text[i]); i--) sentenceEnd |= text[i] is '.' or '!' or '?' or '…' or '\n';
        return sentenceEnd && i < from;
    }

    /// <summary>
    /// Whether a mark that opens a quotation and never closes stands between the speaker and the cue
    /// ("X said: “Y and his gang … thought they would never be caught"): the cue is among the quoted
    /// words and the speaker is not, so the verb belongs to someone inside the quotation, not to X.
    /// </summary>
    private static bool StraddlesMark(Attribution attribution, List<int> sortedMarks)
    {
        var cue = attribution.CueRange;
        var speaker = attribution.SpeakerRange ?? cue;
        int from = System.Math.Min(speaker.Start, cue.Start), to = System.Math.Max(speaker.End, cue.End);
        int first = sortedMarks.BinarySearch(from);
        if (first < 0) first = ~first;
        return first < sortedMarks.Count && sortedMarks[first] < to;
    }

    /// <summary>
    /// "X said that “…”": a reported clause that is mostly a direct quotation is that quotation, and
    /// attributes it if nothing else did. Returns whether the clause was taken that way.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    private static bool AttributesDirectQuote(ReportedSpeech speech, List<Statement> direct)
    {
        var clause = speech.Whole;
        for (int i = FirstEndingAfter(direct, clause.Start); i < direct.Count && direct[i].Content.Start < clause.End; i++)
        {
            var statement = direct[i];
            if (statement.Absorbed) continue;
            var quote = statement.Content;
            int shared = System.Math.Min(quote.End, clause.End) - System.Math.Max(quote.Start, clause.Start);
            if (shared <= 0 || shared < QuotedShareOfClause * clause.Length) continue;

            statement.Attribution ??= speech.Attribution;
            return true;
        }

        return false;
    }

    /// <summary>
    /// The start of the sentence a quotation opens inside, when no cue stands before it there; else null.
    /// A mark glued to the word before it ("… për buxhetin“Ne do …") opens a paragraph whose break was lost: no lead-in.
    /// </summary>
    private static int? LeadIn(ParagraphTokens p, MarkedQuote quote)
    {
        if (quote.Open > 0 && char.IsLetter(p.Text[quote.Open - 1])) return null;
        int open = p.TokenAtOrAfter(quote.Open);
        if (open >= p.Tokens.Count) return null;
        var sentence = p.SentenceAt(open);
        return open > sentence.First && open <= p.LeadInEnd(p.SentenceOf[open]) ? p.Tokens[sentence.First].Start : null;
    }

    /// <summary>
    /// Whether the quotation is a short name that ends the sentence right after a cue set off by a comma
    /// ("…, shkruan “Novosti”.", "…, writes “The Independent”."): the source of the words before the cue.
    /// </summary>
    private static bool IsQuotedSource(string text, Attribution cue, MarkedQuote quote)
    {
        var p = cue.Paragraph;
        if (quote.Segments.Count != 1 || !p.IsPunctuation(cue.CueFirst - 1, ',') || !OpensRightAfter(cue, quote)) return false;
        var name = quote.Segments[0];
        var (words, capitalised) = CountWords(text, name);
        if (words == 0 || words > MaxNameWords || capitalised < words || text[name.End - 1] is '.' or '!' or '?' or ',') return false;
        int after = quote.CloseEnd(text);
        while (after < p.Range.End && TextChars.IsBlank(text[after])) after++;
        return after >= p.Range.End || text[after] is '.' or '!' or '?' or '…';
    }

    /// <summary>Whether the attribution introduces the quotation: right before it, or ending in a colon before it ("X told a channel: “…").</summary>
    private static bool Introduces(Attribution attribution, MarkedQuote quote)
    {
        var p = attribution.Paragraph;
        return OpensRightAfter(attribution, quote) || p.IsPunctuation(p.TokenAtOrAfter(quote.Open) - 1, ':');
    }

    /// <summary>Whether the quoted words end with a full stop inside the closing mark ("… a lawyer.”").</summary>
    private static bool EndsWithFullStop(string text, MarkedQuote quote)
    {
        int last = quote.Close - 1;
        while (last > quote.Open && TextChars.IsBlank(text[last])) last--;
        return text[last] == '.';
    }

    /// <summary>Whether the quotation opens right after its cue (a colon or comma between at most): "X said: “…”".</summary>
    private static bool OpensRightAfter(Attribution attribution, MarkedQuote quote)
    {
        var p = attribution.Paragraph;
        if (p.Index != quote.ParagraphIndex) return true;
        int open = p.TokenAtOrAfter(quote.Open);
        int between = open - attribution.CueLast - 1;
        return between <= 0 || (between == 1 && p.Tokens[open - 1].Kind == TokenKind.Punctuation);
    }

    /// <summary>
    /// A reported clause; one that holds whole quotations ("X said that he “honestly doesn't know”")
    /// is a mixed quotation: it takes them in, so the statement is reported once.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    private static Statement Reported(ReportedSpeech speech, int paragraph, List<Statement> direct)
    {
        var content = speech.Whole;
        bool quotesWords = false;
        int namedEnd = -1;
        for (int i = FirstEndingAfter(direct, content.Start); i < direct.Count && content.Contains(direct[i].Content); i++)
        {
            if (direct[i].Absorbed) continue; // an outer clause took it already
            if (namedEnd >= 0 && !NamingStatement.Adjoins(speech.Attribution.Paragraph, namedEnd, direct[i].Content.Start)) break;
            direct[i].Absorbed = true;
            quotesWords = true;
            if (namedEnd >= 0 || NamingStatement.Names(speech.Attribution, direct[i].Content.Start)) namedEnd = NamingStatement.CloseMarkEnd(speech.Attribution.Paragraph, direct[i].Content.End);
        }

        // "described Clinton as a “disgrace” after she …": a naming statement ends with the names it
        // quotes when the narration takes over after them; "called him “a genius” for his …" goes on.
        var parts = speech.Parts();
        if (namedEnd >= 0 && parts.Count == 1 && NamingStatement.NarrationResumes(speech.Attribution.Paragraph, namedEnd)) parts[0] = new SourceRange(content.Start, namedEnd);
        var kind = quotesWords ? ParsedQuoteKind.Mixed : ParsedQuoteKind.Indirect;
        return new Statement(kind, parts, paragraph, speech.Attribution);
    }

    /// <summary>
    /// The first direct statement that ends after <paramref name="offset"/>. Direct statements come in
    /// text order and do not overlap, so a binary search finds it (keeping extraction linear).
    /// </summary>
    private static int FirstEndingAfter(List<Statement> direct, int offset)
    {
        int low = 0, high = direct.Count;
        while (low < high)
        {
            int mid = (low + high) / 2;
            if (direct[mid].Content.End <= offset) low = mid + 1;
            else high = mid;
        }

        return low;
    }

    /// <summary>Longest quoted name, in words; longer quotations are statements even in title case.</summary>
    private const int MaxNameWords = 8;

    /// <summary>
    /// A quotation too short to be a statement, or a short one whose words are mostly capitalised and
    /// that ends no sentence: a name or title.
    /// </summary>
    private static bool IsTermOrName(string text, SourceRange range)
    {
        if (CountWords(text, range).Words < MinUnattributedWords) return true;
        char last = text[range.End - 1];
        return IsName(text, range) && last is not ('.' or '!' or '?' or ',');
    }

    private static bool IsTermOrName(string text, Statement quote, ParagraphTokens[] tokens) =>
        IsTermOrName(text, quote.Content) || IsTitleInSentence(tokens[quote.ParagraphIndex], quote.Content);

    /// <summary>
    /// Where nouns are capitalised (German), a short quotation that opens with a capital or a number, holds no
    /// sentence end and is written after a word of the narration (no colon, no "mit den Worten") is a name or a
    /// title the sentence mentions: "Sarrazins Buch „Deutschland schafft sich ab“", "beim „2. Kongress der AG“",
    /// "die Schillersche „Ode an die Freude“".
    /// </summary>
    private static bool IsTitleInSentence(ParagraphTokens p, SourceRange range)
    {
        if (!p.Lexicon.LowercaseEndsForwardPhrase || range.Length == 0 || !char.IsUpper(p.Text[range.Start]) && !char.IsDigit(p.Text[range.Start])) return false;
        if (CountWords(p.Text, range).Words > MaxNameWords) return false;
        for (int i = range.Start; i < range.End; i++)
        {
            char c = p.Text[i];
            if (c is '!' or '?' or ';' or ':' || (c == '.' && !(i > range.Start && char.IsDigit(p.Text[i - 1])))) return false;
        }

        if (p.Text[range.End - 1] == ',') return false;
        int mark = p.TokenAtOrAfter(range.Start) - 1;
        if (mark < 1 || p.Tokens[mark].Kind != TokenKind.QuotationMark || !p.IsWord(mark - 1)) return false;
        for (int start = System.Math.Max(0, mark - 4); start < mark; start++)
        {
            if (p.Match(start, p.Lexicon.QuotingPhrases) == mark - start) return false;
        }

        return true;
    }

    /// <summary>
    /// Where nouns and names are capitalised (German), a short quotation that opens in lower case is no name or
    /// title but someone's evaluation quoted ("wies die Vorwürfe als „haltlos“ zurück", "stehe „auf Messers
    /// Schneide“"): it is a quote. A web address ("news.bbc.co.uk") is not.
    /// </summary>
    private static bool IsQuotedEvaluation(string text, SourceRange range, LexiconIndex lexicon)
    {
        if (!lexicon.LowercaseEndsForwardPhrase || range.Length == 0 || !char.IsLower(text[range.Start])) return false;
        for (int i = range.Start; i + 1 < range.End; i++)
        {
            if (text[i] == '.' && char.IsLetter(text[i + 1])) return false;
        }

        return true;
    }

    /// <summary>A short quotation whose words are mostly capitalised: "Fox and Friends", "People's Power Party".</summary>
    private static bool IsName(string text, SourceRange range)
    {
        var (words, capitalised) = CountWords(text, range);
        return words <= MaxNameWords && ParagraphTokens.IsTitleCase(words, capitalised);
    }

    /// <summary>The words in a range, and how many of them start with a capital or a digit.</summary>
    [MethodImpl(HotPath.Optimize)]
    private static (int Words, int Capitalised) CountWords(string text, SourceRange range)
    {
        int words = 0, capitalised = 0;
        bool inWord = false;
        for (int i = range.Start; i < range.End; i++)
        {
            bool wordChar = TextChars.IsWordChar(text[i]);
            if (wordChar && !inWord)
            {
                words++;
                if (char.IsUpper(text[i]) || char.IsDigit(text[i])) capitalised++;
            }

            inWord = wordChar;
        }

        return (words, capitalised);
    }

    private static void MarkUsed(Attribution attribution, bool[] used)
    {
        for (int t = attribution.Speaker.First; t <= attribution.Speaker.Last; t++) used[t] = true;
        for (int t = attribution.CueFirst; t <= attribution.CueLast; t++) used[t] = true;
    }

    /// <summary>Marks the tokens of a quotation, from its opening to its closing mark, in every paragraph it runs over.</summary>
    [MethodImpl(HotPath.Optimize)]
    private static void MarkQuote(string text, MarkedQuote quote, ParagraphTokens[] tokens, bool[][] used)
    {
        for (int p = quote.ParagraphIndex; p <= quote.LastParagraphIndex; p++) Mark(tokens[p], used[p], quote.Open, quote.CloseEnd(text));
    }

    /// <summary>Clears the marks of a quotation whose content is <paramref name="content"/>, its quotation marks included.</summary>
    private static void UnmarkQuoted(string text, ParagraphTokens p, bool[] used, SourceRange content)
    {
        int first = p.TokenAtOrAfter(content.Start);
        if (first > 0 && p.Tokens[first - 1].Kind == TokenKind.QuotationMark) first--;
        for (int t = first; t < p.Tokens.Count && p.Tokens[t].Start < content.End; t++) used[t] = false;
        int after = p.TokenAtOrAfter(content.End);
        if (after < p.Tokens.Count && p.Tokens[after].Kind == TokenKind.QuotationMark) used[after] = false;
    }

    [MethodImpl(HotPath.Optimize)]
    internal static void Mark(ParagraphTokens p, bool[] used, int start, int end)
    {
        for (int t = p.TokenAtOrAfter(start); t < p.Tokens.Count && p.Tokens[t].Start < end; t++) used[t] = true;
    }
}
