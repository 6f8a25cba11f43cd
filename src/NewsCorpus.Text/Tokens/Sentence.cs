using System.Collections.Generic;
using System.Runtime.CompilerServices;
using NewsCorpus.Text.Lexicons;

namespace NewsCorpus.Text.Tokens;

/// <summary>A sentence of a paragraph as a run of its tokens [First, Last].</summary>
internal readonly record struct Sentence(int First, int Last)
{
    /// <summary>
    /// Splits a paragraph's tokens into sentences (see <see cref="Sentences.EndOf"/>); <paramref name="ordinalStops"/>
    /// where the language writes ordinals with a full stop ("im 19. Jahrhundert").
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    public static Sentence[] Split(string text, List<Token> tokens, bool ordinalStops = false)
    {
        var sentences = new List<Sentence>();
        for (int first = 0; first < tokens.Count;)
        {
            int last = Sentences.EndOf(text, tokens, first, ordinalStops);
            sentences.Add(new Sentence(first, last));
            first = last + 1;
        }

        return sentences.ToArray();
    }

    /// <summary>The sentence index of every token.</summary>
    [MethodImpl(HotPath.Optimize)]
    public static int[] IndexOfTokens(Sentence[] sentences, int tokenCount)
    {
        var index = new int[tokenCount];
        for (int s = 0; s < sentences.Length; s++)
        {
            for (int t = sentences[s].First; t <= sentences[s].Last; t++) index[t] = s;
        }

        return index;
    }
}

/// <summary>
/// The one definition of where a sentence ends, over the tokens of <see cref="TokenReader"/>: the quotes, the
/// headline's first sentence, the counts and language identification all split here.
/// </summary>
internal static class Sentences
{
    /// <summary>Whether <paramref name="c"/> is sentence-final punctuation: . ! ? or ….</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsStop(char c) => c is '.' or '!' or '?' or '…';

    /// <summary>
    /// The last token of the sentence that starts at token <paramref name="first"/>. A sentence ends at ". ! ? …"
    /// (with the closing quotation marks and brackets written right after it) when the next token starts a
    /// sentence: after a blank, a capital, a digit or a quotation mark; with nothing between, as scraped text
    /// glues sentences ("një studim.Këto", "dialogut.“BE", "Serbinë”.Haradinaj"), a capital or an opening mark
    /// only where the words around the stop say so (see <see cref="StartsGluedSentence"/>). Abbreviations
    /// and initials keep their full stop inside the word token ("Mr. Obama", "U.S."), and numbers theirs
    /// ("2.5"), so none of them ends a sentence; nor does a domain or an e-mail address ("local.de", "news.Example.com").
    /// A day written as an ordinal before its month ("am 12. Oktober", "29. Juni") ends none either, nor, where
    /// <paramref name="ordinalStops"/> says the language writes every ordinal so (German), one before a word
    /// ("im 19. Jahrhundert", "der 3. Liga"); see <see cref="IsOrdinal"/>.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    public static int EndOf(string text, List<Token> tokens, int first, bool ordinalStops = false)
    {
        int count = tokens.Count;
        for (int i = first; i < count; i++)
        {
            var stop = tokens[i];
            if (stop.Kind != TokenKind.Punctuation || !IsStop(text[stop.Start])) continue;

            int last = i;
            while (last + 1 < count && IsCloserAfter(text, tokens, last + 1)) last++;
            if (last + 1 == count) return last;

            var next = tokens[last + 1];
            bool ends = next.Start > tokens[last].End
                ? next.Kind == TokenKind.QuotationMark || char.IsUpper(text[next.Start]) && !(last == i && IsOrdinal(text, tokens, first, i, ordinalStops))
                    || char.IsDigit(text[next.Start])
                : StartsGluedSentence(text, tokens, first, i, next);
            if (ends) return last;
            i = last;
        }

        return count - 1;
    }

    /// <summary>
    /// Words that open a German sentence and never follow an ordinal: "Er wurde 85. Die Familie …", "… 3:1. Danach".
    /// </summary>
    private static readonly HashSet<string> SentenceOpeners = new(System.StringComparer.Ordinal)
    {
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen", "er", "sie", "es", "ich", "wir", "ihr", "man",
        "dies", "diese", "dieser", "dieses", "damit", "dabei", "danach", "dann", "doch", "aber", "und", "auch", "so", "nun", "noch",
        "im", "in", "am", "an", "auf", "bei", "mit", "nach", "seit", "vor", "zu", "zum", "zur", "für", "von", "vom", "als", "wie",
        "wenn", "was", "wer", "wo", "dort", "hier", "jetzt", "heute", "zudem", "außerdem", "allerdings", "jedoch", "trotzdem",
        "sein", "seine", "ihre", "unser", "unsere", "mein", "meine", "kein", "keine", "alle", "insgesamt", "bereits", "schon",
    };

    /// <summary>
    /// Whether the stop at <paramref name="stop"/> belongs to an ordinal: a number of one to three digits written
    /// right before it, with a month name after it ("am 12. Oktober", "29. Juni"; in any language, though not a
    /// name that is also a common word or another language's word), or, where the language writes every ordinal with a
    /// full stop, any word but one that opens a sentence ("im 19. Jahrhundert", but "Er wurde 85. Die Familie").
    /// Years have four digits, so "in 2012. The" still ends.
    /// </summary>
    private static bool IsOrdinal(string text, List<Token> tokens, int first, int stop, bool ordinalStops)
    {
        if (stop <= first || stop + 1 >= tokens.Count || text[tokens[stop].Start] != '.') return false;
        var number = tokens[stop - 1];
        int digits = number.End - number.Start;
        if (number.End != tokens[stop].Start || digits > 3) return false;
        for (int c = number.Start; c < number.End; c++)
        {
            if (!char.IsDigit(text[c])) return false;
        }

        // "3:1. Danach", "1.2. Die": a score or a section number, not a day.
        if (stop - 2 >= first && tokens[stop - 2].End == number.Start) return false;
        var next = tokens[stop + 1];
        if (next.Kind != TokenKind.Word) return false;
        int length = next.End - next.Start;
        if (length <= CalendarNames.MaxKeyLength)
        {
            foreach (var name in CalendarNames.Lookup(CalendarNames.Fold(text, next.Start, next.End)))
            {
                if (name.Kind == CalendarNameKind.Month && !name.IsCommonWord && !name.IsOtherLanguagesWord) return true;
            }
        }

        return ordinalStops && !SentenceOpeners.Contains(next.Lower(text));
    }

    /// <summary>
    /// Whether a sentence end (. ! ? …, then perhaps a closing quotation mark or bracket) stands right before
    /// <paramref name="index"/>, with blanks or none between ("caught. “They", "dialogut.“BE", "‘no.’ “They"):
    /// for a reader of characters rather than tokens.
    /// </summary>
    public static bool EndBefore(string text, int index, int start)
    {
        int k = index - 1;
        while (k >= start && TextChars.IsBlank(text[k])) k--;
        if (k >= start && text[k] is '’' or '\'' or '‘' or '›' or '‹' or ')') k--;
        return k >= start && IsStop(text[k]);
    }

    /// <summary>
    /// A quotation mark or a bracket written right after the token before it closes what that token ends; a mark
    /// that could open and is written right before a word opens the next sentence instead ("dialogut.“BE").
    /// </summary>
    private static bool IsCloserAfter(string text, List<Token> tokens, int k)
    {
        var mark = tokens[k];
        if (mark.Start != tokens[k - 1].End) return false;
        char c = text[mark.Start];
        if (mark.Kind == TokenKind.Punctuation) return c is ')' or ']';
        if (mark.Kind != TokenKind.QuotationMark) return false;
        return !(k + 1 < tokens.Count && tokens[k + 1].Start == mark.End && tokens[k + 1].IsWord && QuotationMarks.Opens(c));
    }

    /// <summary>
    /// Whether <paramref name="next"/>, written right after the stop at <paramref name="stop"/> and its closing
    /// marks, starts a sentence. An opening mark does after a closing mark ("fqinjët”.„Ne") or a word of two
    /// characters or more ("dialogut.“BE", "2020.“Ne"). A capitalised word does after a closing mark
    /// ("Serbinë”.Haradinaj") or a lower-case word of two letters or more ("studim.Këto", "studim.BE"), as does a number after such a word
    /// ("vetëvrasje.52 vjeçari"); and a word such as "Rastet" (a capital, then lower case) or a lone capital ("E")
    /// after any word of two letters or more ("Evropë.Rastet", "UÇK’së.Ai", "IKSHPK.Të"), but not an acronym or a
    /// number after one ("Bagle.AT"). Never
    /// after an abbreviation, nor inside a domain or an address ("local.de", "news.Example.com", "a@b.Com").
    /// </summary>
    private static bool StartsGluedSentence(string text, List<Token> tokens, int first, int stop, Token next)
    {
        bool opens = next.Kind == TokenKind.QuotationMark;
        if (opens)
        {
            if (!QuotationMarks.Opens(text[next.Start])) return false;
        }
        else if (next.Kind != TokenKind.Word || !(char.IsUpper(text[next.Start]) || char.IsDigit(text[next.Start])) || IsInAddress(text, next))
        {
            return false;
        }

        int before = stop - 1;
        while (before >= first && tokens[before].Kind == TokenKind.Punctuation && IsStop(text[tokens[before].Start]) && tokens[before].End == tokens[before + 1].Start) before--;
        if (before < first || tokens[before].End != tokens[before + 1].Start) return false;

        var word = tokens[before];
        if (word.Kind == TokenKind.QuotationMark || text[word.Start] is ')' or ']') return before > first && tokens[before - 1].End == word.Start;
        if (word.Kind != TokenKind.Word || word.End - word.Start < 2) return false;
        if (before > first && tokens[before - 1].End == word.Start && text[tokens[before - 1].Start] is '.' or '@' or '/' or ':') return false;
        if (Abbreviations.IsAbbreviation(text, word.Start, word.End)) return false;
        if (opens) return true;

        Letters(text, word, out int letters, out int lower, out bool digits);
        if (letters < 2) return false;
        if (lower == letters && !digits) return true;
        return char.IsUpper(text[next.Start]) && (next.End - next.Start == 1 || char.IsLower(text[next.Start + 1]));
    }

    /// <summary>Whether a word is written into a domain, a path or an address ("Example.com", "Desk@…", "Docs/…").</summary>
    private static bool IsInAddress(string text, Token word)
    {
        int after = word.End;
        return after < text.Length && (text[after] is '@' or '/' || (text[after] == '.' && after + 1 < text.Length && TextChars.IsWordChar(text[after + 1])));
    }

    private static void Letters(string text, Token word, out int letters, out int lower, out bool digits)
    {
        letters = lower = 0;
        digits = false;
        for (int i = word.Start; i < word.End; i++)
        {
            char c = text[i];
            if (char.IsDigit(c)) digits = true;
            else if (char.IsLetter(c))
            {
                letters++;
                if (char.IsLower(c)) lower++;
            }
        }
    }
}
