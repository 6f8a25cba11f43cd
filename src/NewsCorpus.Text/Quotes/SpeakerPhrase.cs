using System.Runtime.CompilerServices;
using NewsCorpus.Text.Tokens;

namespace NewsCorpus.Text.Quotes;

/// <summary>
/// Reads the noun phrase that names a speaker next to a cue: backwards from the cue ("Një zyrtar i
/// lartë amerikan | tha"), forwards after it ("said | the minister"), or at the start of the sentence
/// when the cue's clause shares its subject ("Zyrtari nuk pranoi …, por | tha se").
/// </summary>
internal static class SpeakerPhrase
{
    /// <summary>Longest speaker phrase, in words; a longer run is no noun phrase but a clause.</summary>
    public const int MaxWords = 12;

    /// <summary>The phrase that ends just before token <paramref name="end"/> (exclusive), within its sentence.</summary>
    [MethodImpl(HotPath.Optimize)]
    public static (int First, int Last)? Backward(ParagraphTokens p, int end)
    {
        if (end <= 0) return null;

        // "Sen. Claire McCaskill (D-Mo.) said": a bracket after the name belongs to the speaker.
        if (p.IsPunctuation(end - 1, ')') && OpeningBracket(p, end - 1) is { } open)
            return open > 0 && Backward(p, open) is { } named && named.Last == open - 1 ? (named.First, end - 1) : null;

        // "Der Sender „Radio Nord“ berichtete": where nouns are capitalised, a quoted name after a noun belongs to it.
        if (p.Lexicon.LowercaseEndsForwardPhrase && p.Tokens[end - 1].Kind == TokenKind.QuotationMark && QuotedNameStart(p, end - 1) is { } opening)
            return opening > 0 && Backward(p, opening) is { } named && named.Last == opening - 1 ? (named.First, end - 1) : null;

        var sentence = p.SentenceAt(end - 1);
        // "Smith, who said": a relative pronoun is the speaker; one that is also an article ("das", "die")
        // only counts after a comma, so "Das sagte er" is no relative clause.
        int relative = MatchEndingAt(p, end, p.Lexicon.RelativePronouns);
        if (relative > 0 && (p.IsPunctuation(end - relative - 1, ',') || !p.Lexicon.Internal.Contains(p.Key(end - relative))))
            return (end - relative, end - 1);

        int first = end;
        while (first - 1 >= sentence.First && end - first < MaxWords && CanBelong(p, first - 1)) first--;
        if (end - first == MaxWords && first - 1 >= sentence.First && CanBelong(p, first - 1)) return null;
        return Trimmed(p, first, end - 1);
    }

    /// <summary>The phrase that starts at token <paramref name="start"/>, within its sentence.</summary>
    [MethodImpl(HotPath.Optimize)]
    public static (int First, int Last)? Forward(ParagraphTokens p, int start)
    {
        if (start >= p.Tokens.Count || !p.IsWord(start)) return null;
        var sentence = p.SentenceAt(start);
        int last = start - 1;
        while (last + 1 <= sentence.Last && last + 1 - start < MaxWords && CanBelong(p, last + 1)
            && !(p.Lexicon.LowercaseEndsForwardPhrase && last + 1 > start && !p.Tokens[last + 1].IsCapitalized(p.Text)
                && !p.Lexicon.Internal.Contains(p.Key(last + 1)) && !IsAttributiveAdjective(p, last + 1)))
        {
            last++;
        }

        if (last >= start && p.IsPunctuation(last + 1, '(') && ClosingBracket(p, last + 1) is { } close) return (start, close);
        return Trimmed(p, start, last);
    }

    /// <summary>
    /// Where nouns are capitalised, a lower-case word with an adjective ending right before a capitalised
    /// word stays in the phrase: "eines chinesischen Gerichtes", "laut vorläufigem Ergebnis".
    /// </summary>
    internal static bool IsAttributiveAdjective(ParagraphTokens p, int token)
    {
        if (!p.IsWord(token + 1) || !p.Tokens[token + 1].IsCapitalized(p.Text)) return false;
        string word = p.Lower(token);
        return word.EndsWith("e", System.StringComparison.Ordinal) || word.EndsWith("en", System.StringComparison.Ordinal)
            || word.EndsWith("em", System.StringComparison.Ordinal) || word.EndsWith("er", System.StringComparison.Ordinal)
            || word.EndsWith("es", System.StringComparison.Ordinal);
    }

    /// <summary>
    /// Where nouns are capitalised, the first token of the noun phrase that ends before <paramref name="end"/>,
    /// no earlier than <paramref name="first"/>: capitalised words, articles and adjectives before a noun
    /// ("den jüngsten Berichten"); a lower-case verb ends it ("befanden sich Berichten" → "Berichten").
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    public static int NounPhraseStart(ParagraphTokens p, int first, int end)
    {
        int start = end;
        while (start - 1 >= first && (p.Tokens[start - 1].IsCapitalized(p.Text) || p.Lexicon.Internal.Contains(p.Key(start - 1)) || IsAttributiveAdjective(p, start - 1))) start--;
        return start < end ? start : first;
    }

    /// <summary>Most tokens inside a bracket that belongs to a speaker ("(D-Mo.)", "(R-Ohio)").</summary>
    private const int MaxBracketTokens = 6;

    /// <summary>Most words of a quoted name ("„Koalition für Einheit und Entwicklung“").</summary>
    private const int MaxQuotedNameWords = 5;

    /// <summary>The opening mark of a quoted name closing at <paramref name="close"/>: a few words, the first capitalised, in its sentence; or null.</summary>
    private static int? QuotedNameStart(ParagraphTokens p, int close)
    {
        for (int t = close - 1; t >= 0 && close - t <= MaxQuotedNameWords + 1 && p.SentenceOf[t] == p.SentenceOf[close]; t--)
        {
            if (p.Tokens[t].Kind == TokenKind.QuotationMark)
                return t < close - 1 && p.Tokens[t + 1].IsCapitalized(p.Text) && Lexicons.QuotationMarks.Opens(p.Text[p.Tokens[t].Start]) ? t : null;
            if (!p.IsWord(t)) return null;
        }

        return null;
    }

    private static int? OpeningBracket(ParagraphTokens p, int close) => MatchingBracket(p, close, -1, '(');

    private static int? ClosingBracket(ParagraphTokens p, int open) => MatchingBracket(p, open, +1, ')');

    /// <summary>The bracket <paramref name="mark"/> a few words from <paramref name="from"/> in direction <paramref name="step"/>, in its sentence, or null.</summary>
    [MethodImpl(HotPath.Optimize)]
    private static int? MatchingBracket(ParagraphTokens p, int from, int step, char mark)
    {
        for (int t = from + step; t >= 0 && t < p.Tokens.Count && (t - from) * step <= MaxBracketTokens && p.SentenceOf[t] == p.SentenceOf[from]; t += step)
        {
            if (p.IsPunctuation(t, mark)) return t;
            if (!p.IsWord(t) && !p.IsPunctuation(t, ',') && !p.IsPunctuation(t, '.')) return null;
        }

        return null;
    }

    /// <summary>
    /// The speaker of the cue starting at <paramref name="cueFirst"/>: the phrase right before it, or,
    /// where a comma or a conjunction stands there, the subject the sentence started with.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    public static (int First, int Last)? BeforeCue(ParagraphTokens p, int cueFirst)
    {
        if (Backward(p, cueFirst) is { } phrase) return phrase;
        int before = cueFirst - 1;
        bool sharesSubject = before >= p.SentenceAt(cueFirst).First
            && (p.IsPunctuation(before, ',') || (p.IsWord(before) && p.Lexicon.Conjunctions.Contains(p.Key(before))));
        // "Ai thekson se është i sigurt se …": a cue with no subject right after the complementizer of another is the same speaker's.
        if (!sharesSubject && before >= p.SentenceAt(cueFirst).First && p.IsWord(before) && p.Lexicon.Complementizers.Contains(p.Key(before)))
            return NearestSubject(p, before);
        if (!sharesSubject) return null;

        // "Me rritjen e rasteve, Qeveria e Kosovës, ka paralajmëruar se …": with no subject at the sentence's
        // start, the phrase set off right before a cue that takes its complementizer is the speaker.
        return NearestSubject(p, before) ?? SentenceSubject(p, cueFirst)
            ?? (p.IsPunctuation(before, ',') && TakesComplementizer(p, cueFirst) && Backward(p, before) is { } setOff && CanStartSubject(p, setOff.First) ? setOff : null);
    }

    /// <summary>Whether a complementizer follows the cue starting at <paramref name="cueFirst"/> within a few words, no punctuation between.</summary>
    private static bool TakesComplementizer(ParagraphTokens p, int cueFirst)
    {
        for (int t = cueFirst + 1; t <= cueFirst + 4 && p.IsWord(t); t++)
        {
            if (p.Lexicon.Complementizers.Contains(p.Key(t))) return true;
        }

        return false;
    }

    /// <summary>Whether a phrase set off by a comma may be a subject: it follows a comma or starts the sentence.</summary>
    private static bool CanStartSubject(ParagraphTokens p, int first) =>
        first == p.SentenceAt(first).First || p.IsPunctuation(first - 1, ',') || !p.IsWord(first - 1) || p.Lexicon.Boundaries.Contains(p.Key(first - 1)) || p.Lexicon.CuePrefixes.Contains(p.Key(first - 1));

    /// <summary>Most words of a prepositional phrase between a subject and its cue ("Ai për media tha").</summary>
    private const int MaxAdjunctWords = 4;

    /// <summary>
    /// "Ai për media tha se …", "Bashkimi Evropian në një përgjigje ka thënë se …": when the phrase before the
    /// cue follows a preposition and the words before that preposition open the sentence, they are the subject.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    public static (int First, int Last)? PastAdjunct(ParagraphTokens p, (int First, int Last)? phrase)
    {
        if (phrase is not { } adjunct || adjunct.Last - adjunct.First + 1 > MaxAdjunctWords) return null;
        int preposition = adjunct.First - 1;
        if (!p.IsWord(preposition) || !p.Lexicon.Boundaries.Contains(p.Key(preposition)) || p.Lexicon.Conjunctions.Contains(p.Key(preposition))
            || p.Lexicon.Complementizers.Contains(p.Key(preposition)))
        {
            return null;
        }

        return Backward(p, preposition) is { } subject && subject.First == p.SentenceAt(preposition).First && subject.Last == preposition - 1 ? subject : null;
    }

    /// <summary>Most tokens read back from a coordinated cue to the cue whose subject it shares.</summary>
    private const int MaxCoordinationDistance = 300;

    /// <summary>
    /// The subject of the nearest cue before <paramref name="before"/> in its sentence, which a cue after a
    /// conjunction shares: "Zyrtari tha se Blinken i tha Lavrovit se …, dhe bëri thirrje që …" → Blinken.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    private static (int First, int Last)? NearestSubject(ParagraphTokens p, int before)
    {
        var sentence = p.SentenceAt(before);
        for (int t = before - 1; t >= sentence.First && before - t <= MaxCoordinationDistance; t--)
        {
            if (!p.IsWord(t) || Attribution.CueAt(p, t) == 0) continue;
            int cueFirst = Attribution.WithPrefixes(p, t);
            var near = Backward(p, cueFirst);
            return (PastAdjunct(p, near) ?? near) is { } subject && subject.Last < cueFirst ? subject : null; // "Ai për media tha …, si dhe tha që …"
        }

        return null;
    }

    /// <summary>
    /// The subject at the start of the sentence holding <paramref name="cue"/>: words up to the first
    /// boundary, with an apposition set off by commas right before the cue ("Its chair, Tom Ellery, said").
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    public static (int First, int Last)? SentenceSubject(ParagraphTokens p, int cue)
    {
        var sentence = p.SentenceAt(cue);
        int start = sentence.First;
        while (start < cue && p.Tokens[start].Kind == TokenKind.QuotationMark) start++;
        if (Forward(p, start) is not { } subject || subject.Last - subject.First >= 8 || subject.Last >= cue) return null;

        if (p.IsPunctuation(subject.Last + 1, ',') && p.IsPunctuation(cue - 1, ',')
            && Forward(p, subject.Last + 2) is { } apposition && apposition.Last == cue - 2)
        {
            return (subject.First, apposition.Last);
        }

        return subject;
    }

    /// <summary>A word that can stand inside a speaker phrase: not punctuation, no clause boundary, no cue.</summary>
    [MethodImpl(HotPath.Optimize)]
    private static bool CanBelong(ParagraphTokens p, int token)
    {
        if (!p.IsWord(token)) return false;
        string? word = p.Key(token);
        if (p.Lexicon.Internal.Contains(word)) return true;
        return !p.Lexicon.Boundaries.Contains(word) && !p.Lexicon.QuotationCues.Contains(word) && !p.Lexicon.Complementizers.Contains(word)
            && !p.Lexicon.CuePrefixes.Contains(word) && p.Match(token, p.Lexicon.AccordingTo) == 0;
    }

    /// <summary>Drops function words at the edges ("i" in "sekretari Blinken i tha"), keeping a leading article.</summary>
    [MethodImpl(HotPath.Optimize)]
    private static (int First, int Last)? Trimmed(ParagraphTokens p, int first, int last)
    {
        while (last >= first && p.Lexicon.Internal.Contains(p.Key(last))) last--;
        if (last >= first && p.Lexicon.PhraseEnds.Contains(p.Key(last))) return null;
        return last >= first ? (first, last) : null;
    }

    [MethodImpl(HotPath.Optimize)]
    private static int MatchEndingAt(ParagraphTokens p, int end, PhraseSet entries)
    {
        for (int length = 3; length >= 1; length--)
        {
            if (end - length >= 0 && p.Match(end - length, entries) == length) return length;
        }

        return 0;
    }
}
