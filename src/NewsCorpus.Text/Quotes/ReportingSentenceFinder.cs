using System.Collections.Generic;
using System.Runtime.CompilerServices;
using NewsCorpus.Text.Tokens;

namespace NewsCorpus.Text.Quotes;

/// <summary>
/// Sentences that report a position without a reported clause: "Die Partei will die Steuern senken",
/// "Der Verband sprach von einem Skandal", "Sie bezeichnete den Plan als Irrweg". The whole sentence is
/// the statement and its subject the speaker. Only for languages that list such verbs (German).
/// </summary>
internal static class ReportingSentenceFinder
{
    [MethodImpl(HotPath.Optimize)]
    public static List<Statement> Find(ParagraphTokens[] tokens, List<Statement> statements, List<Statement> direct, System.Func<Statement, bool> isTerm, List<int> unclosedMarks)
    {
        var found = new List<Statement>();
        if (tokens.Length == 0 || tokens[0].Lexicon.SentenceCues.IsEmpty) return found;

        // Words someone is already given: other statements and their attributions, and whole quotations;
        // a quoted term ("als „haltlos“ zurück") leaves its sentence free.
        var taken = new bool[tokens.Length][];
        for (int p = 0; p < tokens.Length; p++) taken[p] = new bool[tokens[p].Tokens.Count];
        foreach (var statement in statements) Take(tokens, taken, statement);
        foreach (var statement in direct)
        {
            if (statement.Attribution is not null || !isTerm(statement)) Take(tokens, taken, statement);
        }

        foreach (var p in tokens)
        {
            foreach (var sentence in p.Sentences)
            {
                // A sentence with a mark that never closes gives no quote at all.
                if (IsTaken(taken[p.Index], sentence) || HasUnclosedMark(p, sentence, unclosedMarks)) continue;
                if (Attributed(p, sentence) is not { } attribution || !IsNounPhrase(p, attribution.Speaker)) continue;
                if (WordsBesides(p, sentence, attribution) < MinOtherWords) continue;

                int last = sentence.Last;
                while (last > sentence.First && p.Tokens[last].Kind == TokenKind.Punctuation) last--;
                int first = sentence.First;
                while (first < last && p.Tokens[first].Kind == TokenKind.Punctuation) first++;
                var kind = HasQuotationMark(p, sentence) ? ParsedQuoteKind.Mixed : ParsedQuoteKind.Indirect;
                found.Add(new Statement(kind, new List<SourceRange> { p.Span(first, last) }, p.Index, attribution));
            }
        }

        return found;
    }

    private static void Take(ParagraphTokens[] tokens, bool[][] taken, Statement statement)
    {
        var content = statement.Content;
        for (int p = statement.ParagraphIndex; p < tokens.Length && tokens[p].Range.Start < content.End; p++) QuoteExtractor.Mark(tokens[p], taken[p], content.Start, content.End);
        if (statement.Attribution is { } a)
        {
            var mark = taken[a.Paragraph.Index];
            for (int t = a.Speaker.First; t <= a.Speaker.Last; t++) mark[t] = true;
            for (int t = a.CueFirst; t <= a.CueLast; t++) mark[t] = true;
        }
    }

    private static bool HasUnclosedMark(ParagraphTokens p, Sentence sentence, List<int> sortedMarks)
    {
        int from = p.Tokens[sentence.First].Start, to = p.Tokens[sentence.Last].End;
        int first = sortedMarks.BinarySearch(from);
        if (first < 0) first = ~first;
        return first < sortedMarks.Count && sortedMarks[first] < to;
    }

    /// <summary>Fewest words besides speaker and cue: "Sie fügte hinzu:" introduces a statement, it is none.</summary>
    private const int MinOtherWords = 2;

    private static int WordsBesides(ParagraphTokens p, Sentence sentence, Attribution attribution)
    {
        int words = 0;
        for (int t = sentence.First; t <= sentence.Last; t++)
        {
            bool attributing = (t >= attribution.Speaker.First && t <= attribution.Speaker.Last) || (t >= attribution.CueFirst && t <= attribution.CueLast);
            if (p.IsWord(t) && !attributing) words++;
        }

        return words;
    }

    /// <summary>
    /// A subject, not a stretch of clause: capitalised words, articles, adjectives before a noun and pronouns
    /// ("Die Bodenoffensive wurde von einer Armeesprecherin" is none).
    /// </summary>
    private static bool IsNounPhrase(ParagraphTokens p, (int First, int Last) speaker)
    {
        for (int t = speaker.First; t <= speaker.Last; t++)
        {
            // "Der Sender „Radio Nord“", "Petra Lenz, SPD-Abgeordnete": the marks of a quoted name, an apposition's comma.
            if (p.Tokens[t].IsCapitalized(p.Text) || p.Lexicon.Pronouns.Contains(p.Key(t)) || p.Tokens[t].Kind == TokenKind.QuotationMark || p.IsPunctuation(t, ',')) continue;
            if (p.Lexicon.Internal.Contains(p.Key(t)) ? t > speaker.First && IsArticle(p, t) && p.Tokens[t - 1].IsCapitalized(p.Text) && !IsGenitive(p, t) : !SpeakerPhrase.IsAttributiveAdjective(p, t))
                return false;
        }

        return true;
    }

    /// <summary>An article that opens a noun phrase of its own after a noun ("Hageed die Regeln"), unlike a genitive ("Präsident der Republik").</summary>
    private static bool IsArticle(ParagraphTokens p, int t) => p.Lower(t) is "die" or "das" or "den" or "dem" or "ein" or "eine" or "einen" or "einem";

    private static bool IsGenitive(ParagraphTokens p, int t) => p.Lower(t) is "der" or "des";

    private static bool HasQuotationMark(ParagraphTokens p, Sentence sentence)
    {
        for (int t = sentence.First; t <= sentence.Last; t++)
        {
            if (p.Tokens[t].Kind == TokenKind.QuotationMark) return true;
        }

        return false;
    }

    private static bool IsTaken(bool[] taken, Sentence sentence)
    {
        for (int t = sentence.First; t <= sentence.Last; t++)
        {
            if (taken[t]) return true;
        }

        return false;
    }

    /// <summary>The sentence's first reporting verb with its subject: before it ("Die Partei will"), or right after it when something else opens the sentence ("Dort will die Partei").</summary>
    [MethodImpl(HotPath.Optimize)]
    private static Attribution? Attributed(ParagraphTokens p, Sentence sentence)
    {
        for (int t = sentence.First + 1; t <= sentence.Last; t++)
        {
            if (!p.IsWord(t) || p.Tokens[t].IsCapitalized(p.Text)) continue;
            int cueLast, subjectFrom;
            int length = System.Math.Max(Attribution.CueAt(p, t), p.Match(t, p.Lexicon.SentenceCues));
            if (length > 0) cueLast = subjectFrom = t + length - 1;
            else if (Attribution.SeparatedParticle(p, t) is var particle && particle >= 0) (cueLast, subjectFrom) = (particle, t);
            else if (Attribution.SeparatedParticle(p, t, p.Lexicon.SentenceCues) is var other && other >= 0) (cueLast, subjectFrom) = (other, t);
            else continue;

            int cueFirst = Attribution.WithPrefixes(p, t);
            if (cueFirst <= sentence.First) return null;
            // "Zeugen berichteten von Schüssen": after a particle that follows its verb comes the object, never the subject.
            bool particleFollows = subjectFrom == cueLast && cueLast > t;
            if (!particleFollows && ReportedSpeechFinder.IsVerbSecond(p, cueFirst, sentence))
            {
                // "sprach der Bürgermeister von …": the particle ends the subject, which may run on through "von".
                return SpeakerPhrase.Forward(p, subjectFrom + 1) is { } found && (First: found.First, Last: subjectFrom == cueLast ? found.Last : System.Math.Min(found.Last, cueLast - 1)) is var after
                    && after.Last >= after.First
                    && (p.Tokens[after.First].IsCapitalized(p.Text) || p.Lexicon.Internal.Contains(p.Key(after.First)) || p.Lexicon.Pronouns.Contains(p.Key(after.First)))
                    ? new Attribution(p, (after.First, SubjectEnd(p, after.First, after.Last)), cueFirst, cueLast, cueLast)
                    : null;
            }

            if (SpeakerPhrase.Backward(p, cueFirst) is { } before)
                return before.First == FirstWord(p, sentence) ? new Attribution(p, before, cueFirst, cueLast, cueLast) : null;

            // "Petra Lenz, SPD-Abgeordnete, spricht von …": a name and its apposition set off by commas.
            return p.IsPunctuation(cueFirst - 1, ',') && SpeakerPhrase.Backward(p, cueFirst - 1) is { } apposition
                && p.IsPunctuation(apposition.First - 1, ',') && SpeakerPhrase.Backward(p, apposition.First - 1) is { } name
                && name.First == FirstWord(p, sentence) && p.Tokens[name.First].IsCapitalized(p.Text)
                ? new Attribution(p, (name.First, apposition.Last), cueFirst, cueLast, cueLast)
                : null;
        }

        return null;
    }

    /// <summary>
    /// The subject after the verb ends at its noun: a lower-case word after a capitalised one opens the object
    /// ("der Geschäftsführer | alle Vorwürfe"), unless it ties a genitive or a name on ("der Präsident des Verbands").
    /// </summary>
    private static int SubjectEnd(ParagraphTokens p, int first, int last)
    {
        for (int t = first + 1; t <= last; t++)
        {
            if (p.Tokens[t].IsCapitalized(p.Text) || !p.Tokens[t - 1].IsCapitalized(p.Text)) continue;
            if (p.Lower(t) is "der" or "des" or "von" or "vom" or "für" or "zur" or "zum" or "aus") continue;
            return t - 1;
        }

        return last;
    }

    private static int FirstWord(ParagraphTokens p, Sentence sentence)
    {
        int first = sentence.First;
        while (first < sentence.Last && !p.IsWord(first)) first++;
        return first;
    }
}
