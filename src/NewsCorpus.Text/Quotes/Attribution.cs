using System.Runtime.CompilerServices;
using NewsCorpus.Text.Tokens;

namespace NewsCorpus.Text.Quotes;

/// <summary>Who said it and with which words: token spans in one paragraph.</summary>
/// <param name="Paragraph">The paragraph the attribution stands in.</param>
/// <param name="Speaker">The speaker phrase's first and last token.</param>
/// <param name="CueFirst">The cue's first token (with "has", "also" and the like).</param>
/// <param name="CueLast">The cue's last token.</param>
/// <param name="LastToken">The last token the attribution uses, where a following quote may continue the statement.</param>
internal readonly record struct Attribution(ParagraphTokens Paragraph, (int First, int Last) Speaker, int CueFirst, int CueLast, int LastToken)
{
    /// <summary>The speaker of an impersonal cue ("thuhet se", "it is said that"): none, an empty span.</summary>
    public static readonly (int First, int Last) NoSpeaker = (0, -1);

    /// <summary>Whether the text names who said it; an impersonal cue ("bëhet e ditur se") names nobody.</summary>
    public bool HasSpeaker => Speaker.Last >= Speaker.First;

    public SourceRange? SpeakerRange => HasSpeaker ? Paragraph.Span(Speaker.First, Speaker.Last) : null;

    public SourceRange CueRange => Paragraph.Span(CueFirst, CueLast);

    /// <summary>
    /// Finds a cue at <paramref name="token"/>: its length in tokens, or 0. A capitalised cue word
    /// inside a sentence is a name ("the United States"), unless the sentence is in title case.
    /// </summary>
    public static int CueAt(ParagraphTokens p, int token) => CueAt(p, token, p.Lexicon.Cues);

    /// <summary>As <see cref="CueAt(ParagraphTokens, int)"/>, with the given cue list.</summary>
    [MethodImpl(HotPath.Optimize)]
    public static int CueAt(ParagraphTokens p, int token, PhraseSet cues)
    {
        int length = p.Match(token, cues);
        if (length > 0 && p.Match(token, p.Lexicon.ComplementCues) == length && !(p.IsWord(token + length) && p.Lexicon.Complementizers.Contains(p.Key(token + length))))
            return 0; // "është i bindur se …" reports a belief, "është i bindur" alone none
        if (length == 0 || !p.Tokens[token].IsCapitalized(p.Text)) return length;
        return token == p.SentenceAt(token).First || p.IsTitleCase(p.SentenceOf[token]) ? length : 0;
    }

    /// <summary>Most words between a German verb and its separated particle ("teilte die Polizei am Montag mit").</summary>
    private const int MaxParticleDistance = 6;

    /// <summary>
    /// A German separable cue whose particle stands apart ("teilte die Polizei mit", "sprachen von"):
    /// the particle's token, or -1. Only where nouns are capitalised (German).
    /// </summary>
    public static int SeparatedParticle(ParagraphTokens p, int verb) => SeparatedParticle(p, verb, p.Lexicon.Cues);

    /// <summary>As <see cref="SeparatedParticle(ParagraphTokens, int)"/>, with the given cue list.</summary>
    [MethodImpl(HotPath.Optimize)]
    public static int SeparatedParticle(ParagraphTokens p, int verb, PhraseSet cues)
    {
        if (!p.Lexicon.LowercaseEndsForwardPhrase || !p.IsWord(verb)) return -1;
        foreach (var words in cues.StartingWith(p.Key(verb)))
        {
            if (words.Length != 2) continue;
            // Quoted words may stand in between, their marks not counted: "wies die Vorwürfe als „haltlos“ zurück".
            int between = 0;
            for (int t = verb + 2; between < MaxParticleDistance && t < p.Tokens.Count && (p.IsWord(t) || p.Tokens[t].Kind == TokenKind.QuotationMark) && p.SentenceOf[t] == p.SentenceOf[verb]; t++)
            {
                if (p.Key(t) == words[1]) return t;
                if (p.IsWord(t)) between++;
            }
        }

        return -1;
    }

    /// <summary>The first token of the cue ending at <paramref name="cue"/>'s verb, reaching back over "has", "also".</summary>
    [MethodImpl(HotPath.Optimize)]
    public static int WithPrefixes(ParagraphTokens p, int cue)
    {
        while (true)
        {
            if (p.IsWord(cue - 1) && p.Lexicon.CuePrefixes.Contains(p.Key(cue - 1))) { cue--; continue; }
            // A prefix of several words: "raportohet të ketë thënë" (is reported to have said).
            if (cue >= 3 && p.IsWord(cue - 3) && p.Match(cue - 3, p.Lexicon.CuePrefixes) == 3) { cue -= 3; continue; }
            return cue;
        }
    }

    /// <summary>The cue verb after prefixes starting at <paramref name="token"/>: (first, last) or null.</summary>
    public static (int First, int Last)? CueWithPrefixesAt(ParagraphTokens p, int token) => CueWithPrefixesAt(p, token, p.Lexicon.Cues);

    /// <summary>As <see cref="CueWithPrefixesAt(ParagraphTokens, int)"/>, with the given cue list.</summary>
    [MethodImpl(HotPath.Optimize)]
    public static (int First, int Last)? CueWithPrefixesAt(ParagraphTokens p, int token, PhraseSet cues)
    {
        int verb = token;
        while (p.IsWord(verb) && CueAt(p, verb, cues) == 0)
        {
            if (p.Lexicon.CuePrefixes.Contains(p.Key(verb))) verb++;
            else if (p.Match(verb, p.Lexicon.CuePrefixes) == 3) verb += 3; // "raportohet të ketë thënë"
            else break;
        }

        int length = CueAt(p, verb, cues);
        return length > 0 ? (token, verb + length - 1) : null;
    }
}
