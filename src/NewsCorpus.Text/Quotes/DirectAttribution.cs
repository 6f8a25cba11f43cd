using System.Runtime.CompilerServices;
using NewsCorpus.Text.Tokens;

namespace NewsCorpus.Text.Quotes;

/// <summary>
/// Attributes a direct quotation from the words around it: after the closing mark ("…,” she said",
/// "…», deklaroi kryetari", "…“, sagte sie") or before the opening mark ("Smith said: “…",
/// "Ai tha: «…"), including a colon that ends the paragraph before a quoted paragraph.
/// </summary>
internal static class DirectAttribution
{
    /// <summary>Words allowed between a cue and the colon before a quotation ("said in a statement: “…").</summary>
    private const int MaxWordsBetweenCueAndQuote = 6;

    public static Attribution? After(ParagraphTokens p, int closeMarkEnd)
    {
        // "„A.“ Er fuhr fort: „B.“": an attribution ending in a colon introduces the next quotation.
        return FollowingAttribution(p, closeMarkEnd) is { } found && !p.IsPunctuation(found.LastToken + 1, ':') ? found : null;
    }

    [MethodImpl(HotPath.Optimize)]
    private static Attribution? FollowingAttribution(ParagraphTokens p, int closeMarkEnd)
    {
        int k = p.TokenAtOrAfter(closeMarkEnd);
        while (p.IsPunctuation(k, ',')) k++;
        if (!p.IsWord(k)) return null;
        // German sets a comma after the quotation, or the quotation ends in its own punctuation: with neither
        // the quoted words are a name in the sentence („Silverbird“ berichtete von …), not a statement.
        if (p.Lexicon.LowercaseEndsForwardPhrase && k == p.TokenAtOrAfter(closeMarkEnd) && !EndsInOwnMark(p.Text, closeMarkEnd)) return null;

        // "…,” said the minister."
        var cues = p.Lexicon.QuotationCues;
        if (Attribution.CueWithPrefixesAt(p, k, cues) is { } cue && SpeakerPhrase.Forward(p, cue.Last + 1) is { } inverted)
            return new Attribution(p, inverted, cue.First, cue.Last, inverted.Last);

        if (GermanAfter(p, k) is { } german) return german;

        // "…,” the minister said." / "…,” she also said."
        if (SpeakerPhrase.Forward(p, k) is not { } speaker) return null;
        if (Attribution.CueWithPrefixesAt(p, speaker.Last + 1, cues) is { } after)
            return new Attribution(p, speaker, after.First, after.Last, after.Last);

        // "…,” Flynn, a top Trump surrogate, said." — the speaker's apposition stands between them.
        if (AppositionEnd(p, speaker.Last + 1) is { } comma && Attribution.CueWithPrefixesAt(p, comma + 1, cues) is { } afterApposition)
            return new Attribution(p, speaker, afterApposition.First, afterApposition.Last, afterApposition.Last);

        return null;
    }

    /// <summary>Whether the quoted words end in a comma, a stop, ?, ! or … inside the closing mark that ends at <paramref name="closeMarkEnd"/>.</summary>
    private static bool EndsInOwnMark(string text, int closeMarkEnd)
    {
        int i = closeMarkEnd - 1;
        while (i > 0 && (Lexicons.QuotationMarks.IsQuotationMark(text[i]) || text[i] is '\'' or '`' || TextChars.IsBlank(text[i]))) i--;
        return i >= 0 && text[i] is ',' or '.' or '?' or '!' or '…';
    }

    /// <summary>Most words between a subject and the participle that ends the attribution ("hatte X in einem Interview erklärt").</summary>
    private const int MaxWordsBeforeParticiple = 6;

    /// <summary>
    /// Where nouns are capitalised (German): "„…“, hatte der Minister in einem Interview erklärt" (an auxiliary,
    /// the subject, the participle at the end) and "„…“, so charakterisierte ihn der Sprecher" / "„…“, so die Polizei".
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    private static Attribution? GermanAfter(ParagraphTokens p, int k)
    {
        if (!p.Lexicon.LowercaseEndsForwardPhrase) return null;
        if (p.Match(k, p.Lexicon.SourceAfterComma) == 1)
        {
            int j = k + 1;
            // "„Wikiasari“, so heißt ein Projekt": the name of something, not words someone said ("so hieß es" is).
            if (p.IsWord(j) && p.Lower(j) is "heißt" or "hieß" or "heißen" or "hießen" && !(p.IsWord(j + 1) && p.Lower(j + 1) == "es")) return null;
            if (p.IsWord(j) && !p.Tokens[j].IsCapitalized(p.Text) && !p.Lexicon.Internal.Contains(p.Key(j))) j++;
            while (p.IsWord(j) && (p.Lexicon.Pronouns.Contains(p.Key(j)) || p.Lower(j) is "ihn" or "ihm" or "ihr" or "ihnen" or "es")) j++;
            return SpeakerPhrase.Forward(p, j) is { } source && (p.Tokens[source.First].IsCapitalized(p.Text) || p.Lexicon.Internal.Contains(p.Key(source.First)))
                ? new Attribution(p, source, k, j - 1, source.Last)
                : null;
        }

        if (!p.Lexicon.CuePrefixes.Contains(p.Key(k)) || SpeakerPhrase.Forward(p, k + 1) is not { } speaker) return null;
        var sentence = p.SentenceAt(k);
        for (int t = speaker.Last + 1; t <= sentence.Last && t - speaker.Last <= MaxWordsBeforeParticiple && p.IsWord(t); t++)
        {
            int length = Attribution.CueAt(p, t, p.Lexicon.QuotationCues);
            if (length > 0) return new Attribution(p, speaker, k, t + length - 1, t + length - 1);
        }

        return null;
    }

    /// <summary>Most tokens of an apposition set off by commas ("Flynn, a top Trump surrogate, said").</summary>
    private const int MaxAppositionTokens = 16;

    /// <summary>The comma closing an apposition that opens with the comma at <paramref name="comma"/>, or null.</summary>
    [MethodImpl(HotPath.Optimize)]
    private static int? AppositionEnd(ParagraphTokens p, int comma)
    {
        if (!p.IsPunctuation(comma, ',')) return null;
        for (int t = comma + 1; t < p.Tokens.Count && t - comma <= MaxAppositionTokens && p.SentenceOf[t] == p.SentenceOf[comma]; t++)
        {
            if (p.IsPunctuation(t, ',')) return t - 1 > comma ? t : null;
            if (p.Tokens[t].Kind == TokenKind.QuotationMark) return null;
        }

        return null;
    }

    [MethodImpl(HotPath.Optimize)]
    public static Attribution? Before(ParagraphTokens p, int openMark)
    {
        int b = p.TokenAtOrAfter(openMark) - 1;
        if (b >= 0 && (p.IsPunctuation(b, ':') || p.IsPunctuation(b, ','))) b--;
        if (b < 0) return null;

        var sentence = p.SentenceAt(b);
        for (int j = b; j >= sentence.First && b - j <= MaxWordsBetweenCueAndQuote; j--)
        {
            if (!p.IsWord(j)) return null;
            int length = Attribution.CueAt(p, j, p.Lexicon.QuotationCues);
            // "Die Eltern teilten daraufhin mit: „…“": a German cue whose particle stands apart.
            if (length == 0 && Attribution.SeparatedParticle(p, j) is var particle && particle > j && particle <= b) length = particle - j + 1;
            if (length == 0 || j + length - 1 > b) continue;

            int cueFirst = Attribution.WithPrefixes(p, j);
            if (Quoted(p, sentence, cueFirst, j + length - 1, b) is { } quoted) return quoted;

            // "Am Montag sagte die Ministerin: „…“": the subject after the verb.
            if (p.Lexicon.LowercaseEndsForwardPhrase && ReportedSpeechFinder.IsVerbSecond(p, cueFirst, sentence)
                && SpeakerPhrase.Forward(p, j + 1) is { } postponed && postponed.Last < (length > 1 ? j + length - 1 : b + 1)
                && (p.Tokens[postponed.First].IsCapitalized(p.Text) || p.Lexicon.Internal.Contains(p.Key(postponed.First)) || p.Lexicon.Pronouns.Contains(p.Key(postponed.First))))
            {
                return new Attribution(p, postponed, cueFirst, j + length - 1, b);
            }

            var speaker = SpeakerPhrase.BeforeCue(p, cueFirst);
            return speaker is { } found ? new Attribution(p, found, cueFirst, j + length - 1, b) : null;
        }

        return p.IsPunctuation(b + 1, ':') ? IntroducedByColon(p, sentence, b) : null;
    }

    /// <summary>
    /// "Die Zeitung zitiert einen Zeugen mit den Worten: „…“" → the one quoted ("einen Zeugen"); "Der Minister wird
    /// in einer Mitteilung mit den Worten zitiert: „…“" → the sentence's subject. Null when no quoting phrase stands there.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    private static Attribution? Quoted(ParagraphTokens p, Sentence sentence, int cueFirst, int cueLast, int b)
    {
        if (p.Lexicon.QuotingPhrases.IsEmpty) return null;
        for (int m = cueLast + 1; m <= b; m++)
        {
            int length = p.Match(m, p.Lexicon.QuotingPhrases);
            if (length > 0 && m + length - 1 == b && SpeakerPhrase.Forward(p, cueLast + 1) is { } quoted && quoted.Last < m)
                return new Attribution(p, quoted, cueFirst, b, b); // "zitiert X mit den Worten"
        }

        for (int m = System.Math.Max(sentence.First, cueFirst - 4); m < cueFirst; m++)
        {
            int length = p.Match(m, p.Lexicon.QuotingPhrases);
            if (length == 0 || m + length > cueFirst) continue;
            int first = sentence.First;
            while (first < m && !p.IsWord(first)) first++;
            return SpeakerPhrase.Forward(p, first) is { } subject && subject.Last < m ? new Attribution(p, subject, m, cueLast, b) : null; // "X wird mit den Worten zitiert"
        }

        return null;
    }

    /// <summary>
    /// "Der Staatssekretär bestreitet jede Kenntnis: „…“": a sentence that ends in a colon before the quotation
    /// introduces it even with no verb of saying; its subject is the speaker and its verb the cue. Only where
    /// nouns are capitalised, so that the subject is told from the rest.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    private static Attribution? IntroducedByColon(ParagraphTokens p, Sentence sentence, int b)
    {
        if (!p.Lexicon.LowercaseEndsForwardPhrase) return null;
        int first = sentence.First;
        while (first < b && !p.IsWord(first)) first++;
        if (SpeakerPhrase.Forward(p, first) is not { } subject || subject.Last >= b || !p.Tokens[subject.Last].IsCapitalized(p.Text)) return null;
        int verb = subject.Last + 1;
        if (!p.IsWord(verb) || p.Tokens[verb].IsCapitalized(p.Text) || p.Lexicon.Internal.Contains(p.Key(verb))) return null;
        return new Attribution(p, subject, verb, verb, b);
    }

    /// <summary>For a quotation that fills its paragraph: "He said:" ending the previous paragraph.</summary>
    public static Attribution? BeforeParagraph(ParagraphTokens previous)
    {
        int last = previous.Tokens.Count - 1;
        return last >= 0 && previous.IsPunctuation(last, ':') ? Before(previous, previous.Range.End) : null;
    }
}
