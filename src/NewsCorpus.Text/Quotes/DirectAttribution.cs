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
        int k = p.TokenAtOrAfter(closeMarkEnd);
        while (p.IsPunctuation(k, ',')) k++;
        if (!p.IsWord(k)) return null;

        // "…,” said the minister."
        if (Attribution.CueWithPrefixesAt(p, k) is { } cue && SpeakerPhrase.Forward(p, cue.Last + 1) is { } inverted)
            return new Attribution(p, inverted, cue.First, cue.Last, inverted.Last);

        // "…,” the minister said." / "…,” she also said."
        if (SpeakerPhrase.Forward(p, k) is { } speaker && Attribution.CueWithPrefixesAt(p, speaker.Last + 1) is { } after)
            return new Attribution(p, speaker, after.First, after.Last, after.Last);

        return null;
    }

    public static Attribution? Before(ParagraphTokens p, int openMark)
    {
        int b = p.TokenAtOrAfter(openMark) - 1;
        if (b >= 0 && (p.IsPunctuation(b, ':') || p.IsPunctuation(b, ','))) b--;
        if (b < 0) return null;

        var sentence = p.SentenceAt(b);
        for (int j = b; j >= sentence.First && b - j <= MaxWordsBetweenCueAndQuote; j--)
        {
            if (!p.IsWord(j)) return null;
            int length = Attribution.CueAt(p, j);
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
