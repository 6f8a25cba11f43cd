using System.Collections.Generic;
using NewsCorpus.Text.Paragraphs;
using NewsCorpus.Text.Tokens;
using System.Runtime.CompilerServices;

namespace NewsCorpus.Text.Metadata;

/// <summary>Where a title line found: the title without its closing <c>.</c> or <c>;</c>, a deck line if any, and where the body starts.</summary>
internal readonly record struct TitleLines(SourceRange Title, SourceRange? Subtitle, int BodyLine);

/// <summary>
/// A headline on the first line, set off by a blank line from the text below it:
/// <list type="bullet">
/// <item>a short line that does not end like a sentence ("Ad sales boost Time Warner profit", "Could Yukos be a
/// blessing in disguise?", a trailing ellipsis);</item>
/// <item>a line ending in a full stop that reads as a headline rather than the body's first sentence
/// ("Another GOP Figure Endorses Hillary Clinton.", "Obama to frame election as ‘commander-in-chief’ test."):
/// the full stop is left out of the title. A dateline, a weekday after a lower-case word ("on Monday"), three
/// articles and auxiliaries, more than one long sentence or more than 25 words make it the body's first sentence;</item>
/// <item>a line ending in <c>;</c>, then one deck line (a subheading), then the blank line: the title without the
/// <c>;</c>, and the deck as the subtitle, not the lead.</item>
/// </list>
/// A one-paragraph-a-line article such as the VOA seed has none; its lead is then its first paragraph.
/// </summary>
internal static class TitleRule
{
    /// <summary>Longest line, in characters, still taken for a title.</summary>
    public const int MaxLength = 150;

    /// <summary>More words than this and a line ending in a full stop is the body's first sentence (news headlines stay well under).</summary>
    private const int MaxSentenceWords = 25;

    /// <summary>A headline may be two short sentences ("Virginian could make history. Again."); a body's first paragraph of two is longer.</summary>
    private const int MaxHeadlineWordsOverSentences = 15;

    /// <summary>
    /// Articles, auxiliaries, subject pronouns and the past of "say" in the supported languages: headlines drop them
    /// ("Obama to frame election as test"), a body's sentence keeps them ("The president has said that the election
    /// is a test"), unless the headline is in title case.
    /// </summary>
    private static readonly HashSet<string> GrammarWords = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "is", "are", "was", "were", "has", "have", "had", "will", "would", "been", "he", "she", "they", "said",
        "der", "die", "das", "dem", "den", "des", "ein", "eine", "ist", "sind", "war", "hat", "haben", "wurde", "sei", "er", "sie", "sagte",
        "le", "la", "les", "un", "une", "est", "sont", "était", "il", "el", "los", "las", "una", "es", "fue", "ha",
        "lo", "gli", "è", "një", "është", "ishte", "kishte", "ai", "ajo", "ata", "tha",
    };

    [MethodImpl(HotPath.Optimize)]
    public static TitleLines? Find(string text, IReadOnlyList<TextLine> lines)
    {
        int first = 0;
        while (first < lines.Count && lines[first].IsBlank) first++;
        if (first + 2 >= lines.Count) return null;

        var line = lines[first].Trimmed;
        if (line.Length == 0 || line.Length > MaxLength) return null;
        char last = text[line.End - 1];

        if (!lines[first + 1].IsBlank)
        {
            // Headline; deck, then the blank line and the body.
            bool deck = last == ';' && first + 3 < lines.Count && lines[first + 2].IsBlank
                && lines[first + 1].Trimmed.Length <= 2 * MaxLength && HasTextAfter(lines, first + 3);
            return deck ? new TitleLines(WithoutLast(text, line), lines[first + 1].Trimmed, first + 2) : null;
        }

        if (!HasTextAfter(lines, first + 2)) return null;
        if (last is ';' or ':' or ',') return null;
        if (last == '.' && !IsEllipsis(text, line))
        {
            return ReadsAsHeadline(text, line) ? new TitleLines(WithoutLast(text, line), null, first + 1) : null;
        }

        return new TitleLines(line, null, first + 1);
    }

    /// <summary>
    /// A line ending in a full stop is a headline unless it reads as a body's sentence: longer than
    /// <see cref="MaxSentenceWords"/> words, or (not in title case) more than one sentence over more than
    /// <see cref="MaxHeadlineWordsOverSentences"/> words, or three or more articles and auxiliaries.
    /// </summary>
    private static bool ReadsAsHeadline(string text, SourceRange line)
    {
        if (DatelineRule.Find(text, line) is not null) return false;

        int words = 0, longWords = 0, capitalised = 0, grammar = 0, previousStart = -1;
        bool when = false;
        foreach (var token in Token.Split(text, line, default))
        {
            if (!token.IsWord) continue;
            int start = token.Start, end = token.End;
            words++;
            if (end - start >= 4)
            {
                longWords++;
                if (char.IsUpper(text[start])) capitalised++;
            }

            if (end - start <= 7 && GrammarWords.Contains(text.Substring(start, end - start))) grammar++;
            when |= previousStart >= 0 && char.IsLower(text[previousStart]) && IsWeekday(text, start, end);
            previousStart = start;
        }

        // "on Monday", "të hënën", "am Montag": a day the body tells of ("Super Tuesday" and a leading "Saturday night" are not).
        if (when) return false;

        if (words > MaxSentenceWords) return false;
        // Title case counts the words of four letters or more, so "Stake in a Deal on a Justice" is in it.
        if (Quotes.ParagraphTokens.IsTitleCase(longWords, capitalised)) return true;
        bool oneSentence = HeadlineRule.FirstSentence(text, line).End >= line.End - 1;
        return (oneSentence || words <= MaxHeadlineWordsOverSentences) && grammar < 3;
    }

    private static bool IsWeekday(string text, int start, int end)
    {
        if (end - start > Lexicons.CalendarNames.MaxKeyLength) return false;
        foreach (var name in Lexicons.CalendarNames.Lookup(Lexicons.CalendarNames.Fold(text, start, end)))
        {
            if (name.Kind == Lexicons.CalendarNameKind.Weekday) return true;
        }

        return false;
    }

    private static bool HasTextAfter(IReadOnlyList<TextLine> lines, int from)
    {
        for (int i = from; i < lines.Count; i++)
        {
            if (!lines[i].IsBlank) return true;
        }

        return false;
    }

    private static SourceRange WithoutLast(string text, SourceRange line)
    {
        int end = line.End - 1;
        while (end > line.Start && TextChars.IsBlank(text[end - 1])) end--;
        return new SourceRange(line.Start, end);
    }

    private static bool IsEllipsis(string text, SourceRange line) =>
        line.Length >= 3 && string.CompareOrdinal(text, line.End - 3, "...", 0, 3) == 0;
}
