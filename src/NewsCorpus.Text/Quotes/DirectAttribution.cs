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

        // "…,” said the minister."
        var cues = p.Lexicon.QuotationCues;
        if (Attribution.CueWithPrefixesAt(p, k, cues) is { } cue && SpeakerPhrase.Forward(p, cue.Last + 1) is { } inverted)
            return new Attribution(p, inverted, cue.First, cue.Last, inverted.Last);

        // "…,” the minister said." / "…,” she also said."
        if (SpeakerPhrase.Forward(p, k) is not { } speaker) return null;
        if (Attribution.CueWithPrefixesAt(p, speaker.Last + 1, cues) is { } after)
            return new Attribution(p, speaker, after.First, after.Last, after.Last);

        // "…,” Flynn, a top Trump surrogate, said." — the speaker's apposition stands between them.
        if (AppositionEnd(p, speaker.Last + 1) is { } comma && Attribution.CueWithPrefixesAt(p, comma + 1, cues) is { } afterApposition)
            return new Attribution(p, speaker, afterApposition.First, afterApposition.Last, afterApposition.Last);

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
            if (length == 0 || j + length - 1 > b) continue;

            int cueFirst = Attribution.WithPrefixes(p, j);
            var speaker = SpeakerPhrase.BeforeCue(p, cueFirst);
            return speaker is { } found ? new Attribution(p, found, cueFirst, j + length - 1, b) : null;
        }

        return null;
    }

    /// <summary>For a quotation that fills its paragraph: "He said:" ending the previous paragraph.</summary>
    public static Attribution? BeforeParagraph(ParagraphTokens previous)
    {
        int last = previous.Tokens.Count - 1;
        return last >= 0 && previous.IsPunctuation(last, ':') ? Before(previous, previous.Range.End) : null;
    }
}
