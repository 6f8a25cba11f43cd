using System.Collections.Generic;
using System.Runtime.CompilerServices;
using NewsCorpus.Text.Tokens;

namespace NewsCorpus.Text.Quotes;

/// <summary>A reported statement found in one paragraph, before it is checked against direct quotations.</summary>
/// <param name="Content">The reported clause, or its part before an attribution set inside it.</param>
/// <param name="Attribution">Who said it, with which cue.</param>
/// <param name="Continuation">The clause's part after an attribution set inside it ("800.000 Menschen wurden nach Angaben des Roten Kreuzes obdachlos").</param>
internal readonly record struct ReportedSpeech(SourceRange Content, Attribution Attribution, SourceRange? Continuation = null)
{
    /// <summary>From the clause's first word to its last, an attribution inside it included.</summary>
    public SourceRange Whole => Continuation is { } rest ? new SourceRange(Content.Start, rest.End) : Content;

    /// <summary>The clause's words, without an attribution set inside it.</summary>
    public List<SourceRange> Parts() => Continuation is { } rest ? new List<SourceRange> { Content, rest } : new List<SourceRange> { Content };
}

/// <summary>
/// Finds reported (indirect) speech in a paragraph, sentence by sentence:
/// "X said (that) Y", "X told Z that Y", "X tha se Y", "X sagte, Y" (speaker before the cue);
/// "Y, said X" / "Y, tha X" (after it); "Y, X said"; "according to X, Y", "sipas X, Y", "laut X Y",
/// "X zufolge Y". The content is the reported clause without its complementizer ("se", "që"), which
/// joins the statement to its cue and is no part of what was said (kept where the lexicon says so).
/// </summary>
internal static class ReportedSpeechFinder
{
    /// <summary>How far after a cue its complementizer may stand ("told reporters on Monday that").</summary>
    private const int MaxWordsBeforeComplementizer = 8;

    /// <summary>Fewest words a reported clause has.</summary>
    private const int MinContentWords = 2;

    /// <summary>
    /// Most tokens a reported clause spans. Real sentences stay far below; the cap keeps extraction
    /// linear on text without sentence ends (a megabyte of marks, a table dumped as one line).
    /// </summary>
    private const int MaxContentTokens = 300;

    [MethodImpl(HotPath.Optimize)]
    public static List<ReportedSpeech> Find(ParagraphTokens p, System.Func<int, bool> isQuotedOrUsed, bool isHeadline = false)
    {
        var found = new List<ReportedSpeech>();
        if (isHeadline && HeadlineColon(p, isQuotedOrUsed) is { } headline) found.Add(headline);
        for (int i = 0; i < p.Tokens.Count; i++)
        {
            if (isQuotedOrUsed(i) || !p.IsWord(i)) continue;
            var speech = (i > 0 && !isHeadline ? SubheadingColon(p, i, isQuotedOrUsed) : null) ?? AccordingTo(p, i) ?? SourceAfter(p, i) ?? SoSource(p, i) ?? CueVerb(p, i);
            if (speech is not { } s) continue;
            found.Add(s);

            // "na është thënë se": the words of a cue found here give no second cue ("thënë").
            if (s.Attribution.CueFirst == i) i = System.Math.Max(i, s.Attribution.CueLast);
        }

        return found;
    }

    /// <summary>Most words of the name before a headline's colon ("Ministri i Shëndetësisë:").</summary>
    private const int MaxHeadlineSourceWords = 5;

    /// <summary>
    /// "Kurti: Zgjedhjet do të mbahen në kohë": in a headline, a short name before a colon is the speaker
    /// and the colon the cue of what follows it. Not a lead in capitals ("LAJMI I FUNDIT:"), one with
    /// punctuation ("Ah, once more:"), one that starts with a preposition ("Nga ora …"), nor a colon
    /// inside a number or a word ("22:30").
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    private static ReportedSpeech? HeadlineColon(ParagraphTokens p, System.Func<int, bool> isQuotedOrUsed)
    {
        int words = 0, colon = -1;
        for (int t = 0; t < p.Tokens.Count && words <= MaxHeadlineSourceWords; t++)
        {
            if (p.IsPunctuation(t, ':')) { colon = t; break; }
            if (!p.IsWord(t)) return null;
            words++;
        }

        if (colon <= 0 || words == 0 || words > MaxHeadlineSourceWords || isQuotedOrUsed(colon) || !p.IsWord(colon - 1)) return null;
        int after = p.Tokens[colon].End;
        if (p.Tokens[colon - 1].End != p.Tokens[colon].Start || after >= p.Text.Length || !TextChars.IsBlank(p.Text[after])) return null;
        int first = 0;
        if (p.Lexicon.Boundaries.Contains(p.Key(first)) || !HasLowercase(p.Text, p.Tokens[first].Start, p.Tokens[colon].Start)) return null;
        if (SpeakerPhrase.Backward(p, colon) is not { } speaker) return null;

        // A headline that only sets a term in quotation marks ("Pence: … Trump Was ‘Mocking’ Clinton Camp")
        // is too unsure to make a partly quoted statement of; one that opens with the quotation is the quote.
        for (int t = colon + 2; t < p.Tokens.Count; t++)
        {
            if (p.Tokens[t].Kind == TokenKind.QuotationMark) return null;
        }

        return Make(p, colon + 1, p.Tokens.Count - 1, new Attribution(p, speaker, colon, colon, colon));
    }

    /// <summary>Most words of the name before a subheading's colon ("Bajqinovci:", "Ministri Kuçi:").</summary>
    private const int MaxSubheadingSourceWords = 3;

    /// <summary>
    /// "… e Nismës.Bajqinovci: Sa anëtarë i ka në Postë“E kam …": a subheading whose paragraph break was lost
    /// opens a sentence with a name (capitalised words only, no capitals-only lead) and a colon; the name is
    /// the speaker, the colon the cue, and the words after it, up to the sentence end or a quotation mark
    /// glued to them, the statement.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    private static ReportedSpeech? SubheadingColon(ParagraphTokens p, int first, System.Func<int, bool> isQuotedOrUsed)
    {
        var sentence = p.SentenceAt(first);
        if (sentence.First != first || !p.IsWord(first)) return null;
        int colon = first;
        while (colon <= sentence.Last && colon - first < MaxSubheadingSourceWords && p.IsWord(colon) && p.Tokens[colon].IsCapitalized(p.Text)
            && !p.Lexicon.Boundaries.Contains(p.Key(colon)) && Attribution.CueAt(p, colon) == 0)
        {
            colon++;
        }

        if (colon == first || !p.IsPunctuation(colon, ':') || isQuotedOrUsed(colon) || p.Tokens[colon - 1].End != p.Tokens[colon].Start) return null;
        int after = p.Tokens[colon].End;
        if (after >= p.Text.Length || !TextChars.IsBlank(p.Text[after]) || !p.IsWord(colon + 1) || !p.Tokens[colon + 1].IsCapitalized(p.Text)) return null;
        if (!HasLowercase(p.Text, p.Tokens[first].Start, p.Tokens[colon].Start)) return null;

        int last = colon + 1;
        while (last + 1 <= sentence.Last && p.Tokens[last + 1].Kind != TokenKind.QuotationMark) last++;
        return Make(p, colon + 1, last, new Attribution(p, (first, colon - 1), colon, colon, colon));
    }

    private static bool HasLowercase(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (char.IsLower(text[i])) return true;
        }

        return false;
    }

    /// <summary>"according to X, Y", "Y, according to X", "sipas X, Y", "laut X sei Y".</summary>
    [MethodImpl(HotPath.Optimize)]
    private static ReportedSpeech? AccordingTo(ParagraphTokens p, int i)
    {
        int length = p.Match(i, p.Lexicon.AccordingTo);
        int noun = length == 0 ? SourceNounAfter(p, i) : -1;
        if (noun > 0) length = 1;
        if (length == 0 || SpeakerPhrase.Forward(p, i + length) is not { } speaker || !CanStartSource(p, speaker.First)) return null;
        // "nach jüngsten Untersuchungen verbotene Chemikalien": a lower-case word after the source noun opens the clause.
        if (noun > 0 && noun < speaker.Last && !p.Tokens[noun + 1].IsCapitalized(p.Text) && !p.Lexicon.Internal.Contains(p.Key(noun + 1))) speaker = (speaker.First, noun);
        if (p.Lexicon.Pronouns.Contains(p.Key(speaker.First))) speaker = (speaker.First, speaker.First); // "sipas saj konsiderohet …": the pronoun alone

        var sentence = p.SentenceAt(i);
        var attribution = new Attribution(p, speaker, i, i + length - 1, speaker.Last);
        if (!p.IsPunctuation(i - 1, ',') && !OnlyConnectivesBefore(p, ClauseStart(p, sentence.First, i), i) && Around(p, ClauseStart(p, sentence.First, i), i - 1, speaker.Last + 1, sentence.Last, attribution) is { } around) return around;
        if (i > sentence.First + 1 && p.IsPunctuation(i - 1, ',') && Make(p, sentence.First, i - 2, attribution) is { } before)
            return before; // "Y, sipas X." ("Megjithatë, sipas X, Y": one word before is no clause, the words after are)

        int start = p.IsPunctuation(speaker.Last + 1, ',') ? speaker.Last + 2 : speaker.Last + 1;
        return Make(p, start, sentence.Last, attribution) ?? (i > sentence.First ? Make(p, sentence.First, i - 1, attribution) : null);
    }

    /// <summary>"ku sipas tyre, …", "dhe kjo sipas tij, …": the words before the source only join it to what went before, no part of the clause.</summary>
    private static bool OnlyConnectivesBefore(ParagraphTokens p, int first, int source)
    {
        if (source - first > 2 || !p.IsWord(first) || !p.Lexicon.Boundaries.Contains(p.Key(first))) return false;
        return source - first == 1 || IsPronounOrDemonstrative(p, first + 1);
    }

    /// <summary>A personal pronoun, or "kjo", "this", "dies" standing for what was said before.</summary>
    private static bool IsPronounOrDemonstrative(ParagraphTokens p, int token) =>
        p.Lexicon.Pronouns.Contains(p.Key(token)) || p.Lower(token) is "kjo" or "this" or "dies";

    /// <summary>Most words between a source preposition and its noun: "nach ersten vorläufigen Untersuchungen".</summary>
    private const int MaxWordsBeforeSourceNoun = 4;

    /// <summary>
    /// "nach Polizeiangaben", "nach einem Bericht der Zeitung", "gemäß ersten Untersuchungen": a preposition
    /// whose first capitalised word after it is a source noun (or a compound ending in one) attributes: the
    /// source noun's token, or -1. A name in the genitive may stand before it ("nach Celebis Angaben").
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    private static int SourceNounAfter(ParagraphTokens p, int i)
    {
        if (p.Lexicon.SourceNouns.Length == 0 || p.Match(i, p.Lexicon.SourcePrepositions) != 1) return -1;
        bool genitive = false;
        for (int t = i + 1; t <= i + MaxWordsBeforeSourceNoun && p.IsWord(t) && p.SentenceOf[t] == p.SentenceOf[i]; t++)
        {
            if (!p.Tokens[t].IsCapitalized(p.Text)) continue;
            if (IsSourceNoun(p, t)) return t;
            if (genitive || t != i + 1 || !p.Lower(t).EndsWith("s", System.StringComparison.Ordinal)) return -1;
            genitive = true;
        }

        return -1;
    }

    private static bool IsSourceNoun(ParagraphTokens p, int t)
    {
        string word = p.Lower(t);
        foreach (string noun in p.Lexicon.SourceNouns)
        {
            if (word.EndsWith(noun, System.StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>
    /// "Die Lage sei ernst, so die Polizei." / "Das Problem sei, so der Minister, dass …": a source set off by
    /// a comma and "so" after the clause it attributes; what follows it in the sentence belongs to the clause.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    private static ReportedSpeech? SoSource(ParagraphTokens p, int i)
    {
        if (!p.IsPunctuation(i - 1, ',') || p.Match(i, p.Lexicon.SourceAfterComma) != 1) return null;
        if (SpeakerPhrase.Forward(p, i + 1) is not { } speaker) return null;
        if (!p.Tokens[speaker.First].IsCapitalized(p.Text) && !p.Lexicon.Internal.Contains(p.Key(speaker.First))) return null;

        var sentence = p.SentenceAt(i);
        var attribution = new Attribution(p, speaker, i, i, speaker.Last);
        if (speaker.Last + 1 > sentence.Last || p.Tokens[speaker.Last + 1].Kind == TokenKind.Punctuation && !p.IsPunctuation(speaker.Last + 1, ','))
            return Make(p, sentence.First, i - 2, attribution);
        if (!p.IsPunctuation(speaker.Last + 1, ',')) return null;
        return Around(p, sentence.First, i - 2, speaker.Last + 2, sentence.Last, attribution);
    }

    /// <summary>Where nouns are capitalised, a source does not start with a lower-case boundary word: "laut Polizei", not "dachte laut über …".</summary>
    private static bool CanStartSource(ParagraphTokens p, int first) =>
        !p.Lexicon.LowercaseEndsForwardPhrase || p.Tokens[first].IsCapitalized(p.Text) || !p.Lexicon.Boundaries.Contains(p.Key(first));

    /// <summary>"X zufolge Y": the source stands before the marker.</summary>
    [MethodImpl(HotPath.Optimize)]
    private static ReportedSpeech? SourceAfter(ParagraphTokens p, int i)
    {
        int length = p.Match(i, p.Lexicon.AccordingToAfter);
        // "Das sei ihrer Meinung nach falsch": the source preposition after its source noun, the clause going on.
        if (length == 0 && p.Match(i, p.Lexicon.SourcePrepositions) == 1 && i > 0 && p.Tokens[i - 1].IsCapitalized(p.Text) && IsSourceNoun(p, i - 1)
            && p.IsWord(i + 1) && !p.Tokens[i + 1].IsCapitalized(p.Text) && !p.Lexicon.Internal.Contains(p.Key(i + 1)))
        {
            length = 1;
        }

        if (length == 0 || SpeakerPhrase.Backward(p, i) is not { } speaker) return null;

        var sentence = p.SentenceAt(i);
        if (p.Lexicon.LowercaseEndsForwardPhrase)
        {
            // "Unter den Gästen waren Berichten zufolge drei Minister": the source is the noun phrase right
            // before the marker, and the words before it are the clause's first part.
            speaker = (SpeakerPhrase.NounPhraseStart(p, speaker.First, i), speaker.Last);
            var inside = new Attribution(p, speaker, i, i + length - 1, i + length - 1);
            if (speaker.First > sentence.First && !p.IsPunctuation(speaker.First - 1, ',') && !p.IsPunctuation(i + length, ',')
                && Around(p, ClauseStart(p, sentence.First, speaker.First), speaker.First - 1, i + length, sentence.Last, inside) is { } around)
            {
                return around;
            }
        }

        var attribution = new Attribution(p, speaker, i, i + length - 1, i + length - 1);
        int start = p.IsPunctuation(i + length, ',') ? i + length + 1 : i + length;
        return Make(p, start, sentence.Last, attribution) ?? Make(p, sentence.First, speaker.First - 1, attribution);
    }

    [MethodImpl(HotPath.Optimize)]
    private static ReportedSpeech? CueVerb(ParagraphTokens p, int i)
    {
        int length = Attribution.CueAt(p, i);
        if (length == 0) return SeparatedCue(p, i);

        int cueFirst = Attribution.WithPrefixes(p, i);
        int cueLast = i + length - 1;
        while (p.IsWord(cueLast + 1) && p.Lexicon.CueSuffixes.Contains(p.Key(cueLast + 1))) cueLast++;
        var sentence = p.SentenceAt(i);

        // "Siç thotë ai, Y." / "Y. Kështu ka deklaruar X.": a sentence opened by a marker and an inverted cue.
        if (cueFirst - 1 == sentence.First && p.IsWord(cueFirst - 1) && SpeakerPhrase.Forward(p, cueLast + 1) is { } named)
        {
            var pointed = new Attribution(p, named, cueFirst, cueLast, named.Last);
            if (p.Match(cueFirst - 1, p.Lexicon.AsMarkers) == 1 && p.IsPunctuation(named.Last + 1, ','))
                return Make(p, named.Last + 2, sentence.Last, pointed);
            if (p.Match(cueFirst - 1, p.Lexicon.BackPointers) == 1 && EndsClause(p, named.Last + 1, sentence) && p.SentenceOf[cueFirst] > 0)
            {
                var before = p.Sentences[p.SentenceOf[cueFirst] - 1];
                return Make(p, before.First, before.Last, pointed);
            }
        }

        // "…, sepse thuhet se Y", "Bëhet e ditur se Y": an impersonal cue names nobody; its complementizer follows it.
        if (p.Match(i, p.Lexicon.ImpersonalCues) == length)
            return Make(p, AfterComplementizer(p, i + length), sentence.Last, new Attribution(p, Attribution.NoSpeaker, cueFirst, i + length - 1, i + length - 1));

        // "Y, said X." / "Y, tha X." / "Y, shkruan “Bota Sot”."
        if (cueFirst - 1 > sentence.First && p.IsPunctuation(cueFirst - 1, ',')
            && (SpeakerPhrase.Forward(p, cueLast + 1) ?? QuotedName(p, cueLast + 1)) is { } inverted && EndsClause(p, inverted.Last + 1, sentence)
            && FindComplementizer(p, cueLast + 1, sentence) < 0) // "X, Y, i tha Z, W se …": the hearer, then the clause
        {
            return Make(p, sentence.First, cueFirst - 2, new Attribution(p, inverted, cueFirst, cueLast, inverted.Last));
        }

        // "Am Wahlabend sagte die Kandidatin, sie sei …": German puts the subject after the verb
        // when something else (an adverbial) opens the sentence.
        if (IsVerbSecond(p, cueFirst, sentence) && SpeakerPhrase.Forward(p, cueLast + 1) is { } postponed
            && ClauseAfterPostponedSubject(p, postponed.Last + 1, sentence) is { } clause
            && Make(p, clause, sentence.Last, new Attribution(p, postponed, cueFirst, cueLast, postponed.Last)) is { } inverse)
        {
            return inverse;
        }

        var speaker = SpeakerPhrase.Backward(p, cueFirst);

        // "A, he said, B": an attribution set off by commas inside the statement it attributes.
        if (speaker is { } aside && aside.First - 1 > sentence.First && p.IsPunctuation(aside.First - 1, ',') && p.IsPunctuation(cueLast + 1, ',')
            && cueLast + 2 <= sentence.Last && FindComplementizer(p, cueLast + 1, sentence) < 0)
        {
            return Make(p, sentence.First, sentence.Last, new Attribution(p, aside, cueFirst, cueLast, cueLast + 1));
        }

        speaker = SpeakerPhrase.PastAdjunct(p, speaker) ?? speaker ?? SpeakerPhrase.BeforeCue(p, cueFirst) ?? DroppedSubject(p, cueFirst, cueLast, sentence);
        if (speaker is not { } subject || subject.Last >= cueFirst) return null;

        var attribution = new Attribution(p, subject, cueFirst, cueLast, cueLast);
        int complementizer = FindComplementizer(p, cueLast + 1, sentence);
        if (complementizer >= 0) return Make(p, AfterComplementizer(p, complementizer), sentence.Last, attribution);
        if ((p.IsPunctuation(cueLast + 1, ',') || p.IsPunctuation(cueLast + 1, ':')) && p.IsWord(cueLast + 2))
            return Make(p, cueLast + 2, sentence.Last, attribution);
        if (CommaAfterAdverbial(p, cueLast, sentence) is { } comma) return Make(p, comma + 1, sentence.Last, attribution);
        if (p.IsWord(cueLast + 1) && p.SentenceOf[cueLast + 1] == p.SentenceOf[cueLast] && (p.Lexicon.AnyCueTakesBareClause || p.Lexicon.BareClauseCues.Contains(p.Key(cueLast))))
            return Make(p, AfterHearer(p, cueLast, sentence), sentence.Last, attribution);

        // "Y, X said." — the cue closes the sentence.
        if (EndsClause(p, cueLast + 1, sentence) && subject.First - 1 > sentence.First && p.IsPunctuation(subject.First - 1, ','))
            return Make(p, sentence.First, subject.First - 2, attribution);
        return null;
    }

    /// <summary>
    /// "…, shkruan “Bota Sot”.": a publication's name in quotation marks right after an inverted cue is its
    /// source; the span runs from mark to mark.
    /// </summary>
    private static (int First, int Last)? QuotedName(ParagraphTokens p, int open)
    {
        if (open >= p.Tokens.Count || p.Tokens[open].Kind != TokenKind.QuotationMark || !p.IsWord(open + 1) || !p.Tokens[open + 1].IsCapitalized(p.Text)) return null;
        if (SpeakerPhrase.Forward(p, open + 1) is not { } name || name.Last + 1 >= p.Tokens.Count || p.Tokens[name.Last + 1].Kind != TokenKind.QuotationMark) return null;
        for (int t = name.First; t <= name.Last; t++)
        {
            if (p.IsWord(t) && !p.Tokens[t].IsCapitalized(p.Text)) return null; // a name, as the quotation rules read one ("Bota Sot")
        }

        return (open, name.Last + 1);
    }

    /// <summary>
    /// "Ministri X ka thënë se …. Ka thënë se …", "X i është përgjigjur …. Ndërsa, tha se …": a cue that opens its
    /// sentence (after at most a connective and a comma) with its complementizer right after it and no subject
    /// of its own goes on with the subject of the sentence before, where a language drops the subject pronoun.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    private static (int First, int Last)? DroppedSubject(ParagraphTokens p, int cueFirst, int cueLast, Sentence sentence)
    {
        int start = sentence.First;
        if (p.IsWord(start) && start + 1 < cueFirst && p.Lexicon.Boundaries.Contains(p.Key(start)) && p.IsPunctuation(start + 1, ',')) start += 2;
        if (start != cueFirst || !p.IsWord(cueLast + 1) || !p.Lexicon.Complementizers.Contains(p.Key(cueLast + 1))) return null;
        int previous = p.SentenceOf[cueFirst] - 1;
        if (previous < 0) return null;
        var before = p.Sentences[previous];
        int end = before.Last;
        for (int t = before.First; t <= before.Last; t++)
        {
            if (p.IsWord(t) && Attribution.CueAt(p, t) > 0) { end = Attribution.WithPrefixes(p, t); break; } // its subject's apposition reaches the cue
        }

        return SpeakerPhrase.SentenceSubject(p, end) is { } subject && p.Tokens[subject.First].IsCapitalized(p.Text)
            && !p.Lexicon.Boundaries.Contains(p.Key(subject.First)) ? subject : null;
    }

    /// <summary>
    /// "Die Polizei teilte am Montag mit, …", "Am Montag teilte die Polizei mit, …": a German cue whose
    /// particle stands apart; the subject stands before the verb or between verb and particle.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    private static ReportedSpeech? SeparatedCue(ParagraphTokens p, int verb)
    {
        int particle = Attribution.SeparatedParticle(p, verb);
        if (particle < 0) return null;

        var sentence = p.SentenceAt(verb);

        // "Das Beben sei stark gewesen, teilte die Behörde am Abend mit.": the clause before the comma.
        if (verb - 1 > sentence.First && p.IsPunctuation(verb - 1, ',') && EndsClause(p, particle + 1, sentence)
            && SpeakerPhrase.Forward(p, verb + 1) is { } inverted && inverted.Last < particle
            && Make(p, sentence.First, verb - 2, new Attribution(p, inverted, verb, particle, particle)) is { } before)
        {
            return before;
        }

        var speaker = IsVerbSecond(p, verb, sentence) ? SpeakerPhrase.Forward(p, verb + 1) : SpeakerPhrase.BeforeCue(p, verb);
        if (speaker is not { } found || (found.First > verb && found.Last >= particle)) return null;

        var attribution = new Attribution(p, found, verb, particle, particle);
        return ClauseAfterPostponedSubject(p, particle + 1, sentence) is { } clause ? Make(p, clause, sentence.Last, attribution) : null;
    }

    /// <summary>Most words of an adverbial between a German cue and the comma before its clause ("sagte am Montag, …").</summary>
    private const int MaxAdverbialWords = 4;

    /// <summary>
    /// "Die Ministerin sagte am Montag, die Brücke …": where nouns are capitalised, a short adverbial of time or
    /// place (opened by a preposition or adverb) may stand between the cue and the comma; the comma's token, or null.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    private static int? CommaAfterAdverbial(ParagraphTokens p, int cueLast, Sentence sentence)
    {
        if (!p.Lexicon.LowercaseEndsForwardPhrase || !p.IsWord(cueLast + 1) || p.Tokens[cueLast + 1].IsCapitalized(p.Text)) return null;
        if (!p.Lexicon.Boundaries.Contains(p.Key(cueLast + 1)) && !p.Lexicon.CueSuffixes.Contains(p.Key(cueLast + 1))) return null;
        for (int t = cueLast + 2; t <= sentence.Last && t - cueLast <= MaxAdverbialWords + 1; t++)
        {
            if (p.IsPunctuation(t, ',')) return p.IsWord(t + 1) ? t : null;
            if (!p.IsWord(t)) return null;
        }

        return null;
    }

    /// <summary>Where the clause starts after a postponed subject: "sagte die Kandidatin, sie …", "sagte er am Montag, dass …".</summary>
    private static int? ClauseAfterPostponedSubject(ParagraphTokens p, int next, Sentence sentence)
    {
        if (p.IsPunctuation(next, ',')) return next + 1;
        int complementizer = FindComplementizer(p, next, sentence);
        return complementizer >= 0 ? AfterComplementizer(p, complementizer) : null;
    }

    /// <summary>Where the reported clause starts given its complementizer: after it ("said that Y" → "Y"), in every language.</summary>
    private static int AfterComplementizer(ParagraphTokens p, int complementizer) => complementizer + 1;

    [MethodImpl(HotPath.Optimize)]
    internal static bool IsVerbSecond(ParagraphTokens p, int cueFirst, Sentence sentence)
    {
        if (!p.Lexicon.LowercaseEndsForwardPhrase || cueFirst == sentence.First) return false;
        // "Er wirft … vor", "Der Sprecher, Tomson Phiri, teilte … mit": the subject stands before the verb.
        if (p.IsPunctuation(cueFirst - 1, ',')) return false;
        var before = SpeakerPhrase.Backward(p, cueFirst);
        if (before is { } subject && subject.First == subject.Last && p.Lexicon.Pronouns.Contains(p.Key(subject.First))) return false;
        return before is null || before.Value.First == sentence.First && before.Value.Last == before.Value.First
            || (before.Value.First - 1 >= sentence.First && p.IsWord(before.Value.First - 1) && p.Lexicon.Boundaries.Contains(p.Key(before.Value.First - 1)));
    }

    /// <summary>"told African-Americans this weekend he would …": the clause starts after the hearer, at a pronoun.</summary>
    [MethodImpl(HotPath.Optimize)]
    private static int AfterHearer(ParagraphTokens p, int cueLast, Sentence sentence)
    {
        if (!p.Lexicon.ObjectCues.Contains(p.Key(cueLast))) return cueLast + 1;
        for (int j = cueLast + 2; j <= sentence.Last && j - cueLast <= MaxWordsBeforeComplementizer; j++)
        {
            if (!p.IsWord(j)) break;
            if (p.Lexicon.Pronouns.Contains(p.Key(j))) return j;
        }

        return cueLast + 1;
    }

    [MethodImpl(HotPath.Optimize)]
    private static int FindComplementizer(ParagraphTokens p, int from, Sentence sentence)
    {
        for (int j = from; j <= sentence.Last && j - from <= MaxWordsBeforeComplementizer; j++)
        {
            if (p.Tokens[j].Kind == TokenKind.QuotationMark || p.IsPunctuation(j, ':') || p.IsPunctuation(j, ';')) return -1;
            if (p.IsWord(j) && p.Lexicon.Complementizers.Contains(p.Key(j))) return j;
            if (j > from && p.IsWord(j) && Attribution.CueAt(p, j) > 0) return -1; // "tregoi arsyet, ku ka thënë se …": the next cue's complementizer
        }

        return -1;
    }

    /// <summary>Whether the clause ends at <paramref name="token"/>: sentence end, or punctuation other than a quotation mark.</summary>
    private static bool EndsClause(ParagraphTokens p, int token, Sentence sentence) =>
        token > sentence.Last || p.Tokens[token].Kind == TokenKind.Punctuation;

    /// <summary>
    /// The reported clause ends where a comma opens an adjunct of the reporting sentence rather than
    /// of the clause: ", adding that …", ", implicitly putting …", ", according to …", ", he said";
    /// and where a conjunction joins a second cue with its own complementizer to the sentence's subject
    /// (", dhe bëri thirrje që …", " derisa shton se …", " duke theksuar se …"): that is a statement of its own.
    /// A clause that holds a cue of its own ("se Blinken i tha Lavrovit se …, dhe bëri thirrje që …") goes
    /// on: the second cue is the nested speaker's, and both its statements are part of the outer report.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    private static int ClauseEnd(ParagraphTokens p, int first, int last)
    {
        bool holdsCue = false;
        for (int t = first + 1; t < last; t++)
        {
            if (p.IsWord(t) && !holdsCue && p.Match(t, p.Lexicon.Conjunctions) is > 0 and var conjunction && CoordinatedCue(p, t + conjunction, last)
                && (p.IsPunctuation(t - 1, ',') || !p.Lexicon.CuePrefixes.Contains(p.Key(t))))
            {
                // A conjunction that is also a clitic ("e": "Blinken e kishte bërë të qartë se") counts only after a comma.
                return p.IsPunctuation(t - 1, ',') ? t - 2 : t - 1;
            }

            holdsCue |= p.IsWord(t) && Attribution.CueAt(p, t) > 0;
            if (!p.IsPunctuation(t, ',')) continue;
            int next = t + 1;
            while (p.IsWord(next) && next < last && p.Lexicon.CuePrefixes.Contains(p.Key(next))) next++;
            if (!p.IsWord(next)) continue;
            string word = p.Lower(next);
            bool participle = p.Lexicon.AnyCueTakesBareClause && word.Length > 4 && word.EndsWith("ing", System.StringComparison.Ordinal);
            if (participle || Attribution.CueAt(p, next) > 0 || p.Match(next, p.Lexicon.AccordingTo) > 0) return t - 1;

            // ", dhe kjo sipas tij, …", ", and this, according to her, …": a connective and a pronoun before the next source.
            if (p.Lexicon.Conjunctions.Contains(p.Key(next)) && p.IsWord(next + 1) && IsPronounOrDemonstrative(p, next + 1)
                && (p.Match(next + 2, p.Lexicon.AccordingTo) > 0 || (p.IsPunctuation(next + 2, ',') && p.Match(next + 3, p.Lexicon.AccordingTo) > 0)))
            {
                return t - 1;
            }
        }

        return last;
    }

    /// <summary>Whether a cue (with its auxiliaries and clitics) starts at <paramref name="token"/> and its complementizer follows within a few words.</summary>
    [MethodImpl(HotPath.Optimize)]
    private static bool CoordinatedCue(ParagraphTokens p, int token, int last)
    {
        if (token > last || Attribution.CueWithPrefixesAt(p, token) is not { } cue) return false;
        for (int j = cue.Last + 1; j <= last && j - cue.Last <= 3; j++)
        {
            if (!p.IsWord(j)) return false;
            if (p.Lexicon.Complementizers.Contains(p.Key(j))) return true;
        }

        return false;
    }

    /// <summary>
    /// "800.000 Menschen wurden nach Angaben des Roten Kreuzes obdachlos", "Der Fahrer sei laut Polizei
    /// unverletzt": an attribution set inside the clause it attributes, with no comma before it, splits
    /// the clause into a part before it and a part after it. (After a comma, "…, according to X, who …"
    /// usually goes on with the source, not the clause.)
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    private static ReportedSpeech? Around(ParagraphTokens p, int beforeFirst, int beforeLast, int afterFirst, int afterLast, Attribution attribution)
    {
        if (beforeLast - beforeFirst >= MaxContentTokens || afterLast - afterFirst >= MaxContentTokens) return null;
        if (Words(p, beforeFirst, beforeLast) is not { } before || Words(p, afterFirst, ClauseEnd(p, afterFirst, afterLast)) is not { } after) return null;
        return new ReportedSpeech(before, attribution, after);
    }

    /// <summary>Where the clause holding token <paramref name="token"/> starts: after the last comma before it in the sentence ("…, weil er sich nach Auffassung …").</summary>
    [MethodImpl(HotPath.Optimize)]
    private static int ClauseStart(ParagraphTokens p, int sentenceFirst, int token)
    {
        for (int t = token - 1; t > sentenceFirst && token - t <= MaxContentTokens; t--)
        {
            if (p.IsPunctuation(t, ',')) return t + 1;
        }

        return sentenceFirst;
    }

    /// <summary>The span from the first to the last word of tokens [first, last], or null when they hold no word.</summary>
    private static SourceRange? Words(ParagraphTokens p, int first, int last)
    {
        while (first <= last && !p.IsWord(first)) first++;
        while (last >= first && !p.IsWord(last)) last--;
        return first <= last ? p.Span(first, last) : null;
    }

    /// <summary>The reported clause from token <paramref name="first"/> to <paramref name="last"/>, without trailing punctuation.</summary>
    [MethodImpl(HotPath.Optimize)]
    private static ReportedSpeech? Make(ParagraphTokens p, int first, int last, Attribution attribution)
    {
        if (last - first >= MaxContentTokens) return null;
        if (first < last && first >= attribution.CueLast) last = ClauseEnd(p, first, last);
        while (last >= first && p.Tokens[last].Kind == TokenKind.Punctuation) last--;
        while (first <= last && p.Tokens[first].Kind == TokenKind.Punctuation) first++;

        // "mit, dass …", "said, that …": the complementizer joins the statement to its cue and is not said.
        if (first < last && first > attribution.CueLast && p.IsWord(first) && p.Lexicon.Complementizers.Contains(p.Key(first))) first++;
        if (last < first) return null;

        int words = 0;
        for (int t = first; t <= last; t++)
        {
            if (p.IsWord(t)) words++;
        }

        return words >= MinContentWords ? new ReportedSpeech(p.Span(first, last), attribution) : null;
    }
}
