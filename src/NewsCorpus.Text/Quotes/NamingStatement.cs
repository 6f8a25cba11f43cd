using System.Runtime.CompilerServices;
using NewsCorpus.Text.Tokens;

namespace NewsCorpus.Text.Quotes;

/// <summary>
/// "described Clinton as a “disgrace” after she …": a reported clause that names (a naming cue, or
/// "as"/"als" before the quotation) ends with the names it quotes once the narration resumes.
/// </summary>
internal static class NamingStatement
{
    /// <summary>Most words between a naming marker and the quotation it introduces ("as being in the “…”").</summary>
    private const int MaxWordsAfterNamingMarker = 3;

    /// <summary>Whether the statement names rather than reports: a naming cue, or "as"/"als" just before the quotation.</summary>
    [MethodImpl(HotPath.Optimize)]
    public static bool Names(Attribution attribution, int quotedWordsStart)
    {
        var p = attribution.Paragraph;
        if (p.Match(attribution.CueFirst, p.Lexicon.NamingCues) > 0 || p.Match(attribution.CueLast, p.Lexicon.NamingCues) > 0) return true;
        int open = p.TokenAtOrAfter(quotedWordsStart) - 1;
        for (int t = open - 1; t > attribution.CueLast && open - t <= MaxWordsAfterNamingMarker + 1 && p.IsWord(t); t--)
        {
            if (p.Lexicon.NamingMarkers.Contains(p.Key(t))) return true;
        }

        return false;
    }

    /// <summary>Most tokens between two quoted names of one list ("a “nasty guy,” an “anchor baby,” and “sick”").</summary>
    private const int MaxTokensBetweenNames = 4;

    /// <summary>Whether a quotation opening at <paramref name="open"/> follows the one ending at <paramref name="end"/> closely enough to extend a list of names.</summary>
    public static bool Adjoins(ParagraphTokens p, int end, int open) =>
        p.TokenAtOrAfter(open) - p.TokenAtOrAfter(end) <= MaxTokensBetweenNames;

    /// <summary>
    /// Whether the words after a quoted name return to the narration: the sentence ends, a dash or
    /// bracket opens an aside, a comma or conjunction opens a new predicate (", but stopped short",
    /// "and called for", ", meaning"), or a time or adverbial clause follows ("Wednesday", "after she").
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    public static bool NarrationResumes(ParagraphTokens p, int nameEnd)
    {
        int next = p.TokenAtOrAfter(nameEnd);
        if (next >= p.Tokens.Count || p.SentenceOf[next] != p.SentenceOf[next - 1]) return true;
        if (p.IsPunctuation(next, '—') || p.IsPunctuation(next, '–') || p.IsPunctuation(next, '(')) return true;
        // The comma may stand inside the closing mark: "a “terrible situation,” but …".
        bool comma = p.IsPunctuation(next - 2, ',');
        if (p.IsPunctuation(next, ','))
        {
            comma = true;
            next++;
        }

        if (!p.IsWord(next)) return false;
        string? key = p.Key(next);
        if (p.Lexicon.NarrationOpeners.Contains(key)) return true;
        if (p.Lexicon.Conjunctions.Contains(key)) return comma || Attribution.CueWithPrefixesAt(p, next + 1) is not null;
        return comma && (Attribution.CueAt(p, next) > 0
            || (p.Lexicon.AnyCueTakesBareClause && p.Lower(next) is { Length: > 4 } word && word.EndsWith("ing", System.StringComparison.Ordinal)));
    }

    /// <summary>The end of the closing mark right after quoted words ending at <paramref name="wordsEnd"/>.</summary>
    public static int CloseMarkEnd(ParagraphTokens p, int wordsEnd)
    {
        int t = p.TokenAtOrAfter(wordsEnd);
        return t < p.Tokens.Count && p.Tokens[t].Kind == TokenKind.QuotationMark ? p.Tokens[t].End : wordsEnd;
    }
}
