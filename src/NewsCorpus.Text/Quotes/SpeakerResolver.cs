using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace NewsCorpus.Text.Quotes;

/// <summary>A statement while it is being attributed: its parts, kind and attribution.</summary>
internal sealed class Statement
{
    public Statement(ParsedQuoteKind kind, List<SourceRange> segments, int paragraphIndex, Attribution? attribution)
    {
        Kind = kind;
        Segments = segments;
        ParagraphIndex = paragraphIndex;
        Attribution = attribution;
    }

    public ParsedQuoteKind Kind { get; }

    /// <summary>Taken into a mixed quotation around it; dropped from the direct quotations.</summary>
    public bool Absorbed { get; set; }

    public List<SourceRange> Segments { get; }

    public int ParagraphIndex { get; }

    public Attribution? Attribution { get; set; }

    public SourceRange? Resolved { get; set; }

    /// <summary>
    /// A quotation with no cue of its own right after a statement's sentence: <see cref="Attribution"/> is that
    /// statement's, for its speaker, and the quotation has no cue.
    /// </summary>
    public bool ContinuesSpeaker { get; set; }

    /// <summary>A quotation with no cue of its own, in the paragraph of a statement or the next, goes on from it and has its speaker (not its cue).</summary>
    public Statement? GoesOnFrom { get; set; }

    public SourceRange Content => new(Segments[0].Start, Segments[Segments.Count - 1].End);

    public ParsedQuote ToParsedQuote(string text)
    {
        var segments = Kind == ParsedQuoteKind.Direct ? Segments.ConvertAll(s => WithoutNarrationComma(text, s)) : WithCleanEnd(text, Segments);
        return new(Kind, new SourceRange(segments[0].Start, segments[segments.Count - 1].End), ParagraphIndex,
            (Attribution ?? GoesOnFrom?.Attribution)?.SpeakerRange, ContinuesSpeaker ? null : Attribution?.CueRange)
        {
            Segments = segments.ToArray(),
            ResolvedSpeaker = Attribution is null ? GoesOnFrom?.Resolved : Resolved,
            SpeakerIsPronoun = (Attribution ?? GoesOnFrom?.Attribution) is { } attribution && SpeakerResolver.IsPronoun(attribution),
        };
    }

    /// <summary>
    /// “We will stay,” she said: a comma, semicolon or colon before the closing mark is the narration's, not part
    /// of what was said, so a quoted part ends before it (unless nothing else is left).
    /// </summary>
    /// <summary>
    /// Reported and partly quoted content ends with its last word, or with a closing mark right after it:
    /// not with a comma ("… a single point of failure,"), nor with a closing mark glued to a comma
    /// ("only “partial,”" → "only “partial"), which belong to the sentence around the statement.
    /// </summary>
    private static List<SourceRange> WithCleanEnd(string text, List<SourceRange> segments)
    {
        var last = segments[segments.Count - 1];
        int end = last.End;
        while (true)
        {
            while (end > last.Start && (TextChars.IsBlank(text[end - 1]) || text[end - 1] is ',' or ';')) end--;
            if (end - 1 > last.Start && IsClosingMark(text[end - 1]) && text[end - 2] is ',' or ';')
            {
                end -= 2;
                continue;
            }

            break;
        }

        if (end <= last.Start || end == last.End) return segments;
        var cleaned = new List<SourceRange>(segments);
        cleaned[cleaned.Count - 1] = new SourceRange(last.Start, end);
        return cleaned;
    }

    private static bool IsClosingMark(char c) => c is '”' or '"' or '»' or '«' or '“' or '’' or '\'';

    private static SourceRange WithoutNarrationComma(string text, SourceRange part)
    {
        int end = part.End;
        while (end > part.Start + 1 && text[end - 1] is ',' or ';' or ':') end--;
        while (end > part.Start + 1 && TextChars.IsBlank(text[end - 1])) end--;
        return new SourceRange(part.Start, end);
    }
}

/// <summary>
/// Points a pronoun ("he", "ai"), a relative pronoun ("Smith, who said") or a bare role ("Zyrtari",
/// "the official") back to the fuller speaker it stands for, earlier in the article.
/// </summary>
internal static class SpeakerResolver
{
    /// <summary>Shortest head-noun stem compared ("zyrtar" in "Zyrtari" and "Një zyrtar i lartë").</summary>
    private const int StemLength = 5;

    /// <summary>How many earlier statements are searched for an antecedent; a bound keeps long files linear.</summary>
    private const int MaxLookBack = 40;

    [MethodImpl(HotPath.Optimize)]
    public static void Resolve(List<Statement> statements)
    {
        var earlier = new List<Statement>();
        foreach (var statement in statements)
        {
            if (statement.Attribution is { } attribution)
            {
                statement.Resolved = Antecedent(attribution, earlier);
                earlier.Add(statement);
            }
            else if (statement.Kind == ParsedQuoteKind.Direct && earlier.Count > 0 && earlier[earlier.Count - 1] is var voice
                && voice.ParagraphIndex >= statement.ParagraphIndex - MaxParagraphsFromVoice)
            {
                // "…, sagte die Ministerin. „Wir bleiben dabei.“": a quotation with no cue of its own goes on
                // from the statement before it, in that speaker's voice.
                statement.GoesOnFrom = voice;
            }
        }
    }

    /// <summary>How many paragraphs after a statement a quotation with no cue still goes on from it.</summary>
    private const int MaxParagraphsFromVoice = 1;

    [MethodImpl(HotPath.Optimize)]
    private static SourceRange? Antecedent(Attribution attribution, List<Statement> earlier)
    {
        var p = attribution.Paragraph;
        var (first, last) = attribution.Speaker;
        if (attribution.SpeakerRange is not { } named) return null;
        int anaphor = named.Start;

        // A pronoun stands for the latest speaker before it who is named by more than a pronoun.
        if (first == last && p.Lexicon.Pronouns.Contains(p.Key(first)))
            return LastMatching(earlier, anaphor, s => s.Resolved is not null || !IsPronoun(s.Attribution!.Value));

        // "Smith, who said …", "a letter that says …": the phrase the relative pronoun follows.
        if (p.Match(first, p.Lexicon.RelativePronouns) == last - first + 1)
        {
            int end = p.IsPunctuation(first - 1, ',') ? first - 1 : first;
            return SpeakerPhrase.Backward(p, end) is { } head && head.Last < first ? p.Span(head.First, head.Last) : null;
        }

        if (IsBareRole(attribution))
        {
            string head = p.Lower(last);
            if (head.Length < StemLength) return null;
            string stem = head.Substring(0, StemLength);
            return LastMatching(earlier, anaphor, s => SpeakerWords(s.Attribution!.Value) > last - first + 1 && HasWordStartingWith(s.Attribution!.Value, stem));
        }

        return null;
    }

    /// <summary>Whether a word of the speaker starts with the stem ("zyrtar" in "Një zyrtar", not "resid" in "president").</summary>
    [MethodImpl(HotPath.Optimize)]
    private static bool HasWordStartingWith(Attribution attribution, string stem)
    {
        var p = attribution.Paragraph;
        for (int t = attribution.Speaker.First; t <= attribution.Speaker.Last; t++)
        {
            var token = p.Tokens[t];
            if (token.End - token.Start >= stem.Length && string.Compare(p.Text, token.Start, stem, 0, stem.Length, StringComparison.OrdinalIgnoreCase) == 0)
                return true;
        }

        return false;
    }

    /// <summary>The latest earlier speaker that <paramref name="accept"/>s and stands before the anaphor.</summary>
    [MethodImpl(HotPath.Optimize)]
    private static SourceRange? LastMatching(List<Statement> earlier, int anaphor, Func<Statement, bool> accept)
    {
        for (int i = earlier.Count - 1; i >= 0 && i >= earlier.Count - MaxLookBack; i--)
        {
            if ((earlier[i].Resolved ?? earlier[i].Attribution!.Value.SpeakerRange) is { } antecedent && antecedent.End <= anaphor && accept(earlier[i])) return antecedent;
        }

        return null;
    }

    internal static bool IsPronoun(Attribution attribution) =>
        attribution.Speaker.First == attribution.Speaker.Last
        && (attribution.Paragraph.Lexicon.Pronouns.Contains(attribution.Paragraph.Key(attribution.Speaker.First))
            || attribution.Paragraph.Lexicon.RelativePronouns.Contains(attribution.Paragraph.Key(attribution.Speaker.First)));

    /// <summary>A speaker with a proper name: a capitalised word that does not merely start the sentence.</summary>
    [MethodImpl(HotPath.Optimize)]
    private static bool IsNamed(Attribution attribution)
    {
        var p = attribution.Paragraph;
        int capitals = 0;
        for (int t = attribution.Speaker.First; t <= attribution.Speaker.Last; t++)
        {
            if (!p.IsWord(t) || !p.Tokens[t].IsCapitalized(p.Text)) continue;
            if (t != p.SentenceAt(t).First && !p.Lexicon.Pronouns.Contains(p.Key(t))) return true;
            capitals++;
        }

        return capitals >= 2;
    }

    /// <summary>A role without a name: at most three words, none capitalised except where the sentence starts.</summary>
    private static bool IsBareRole(Attribution attribution)
    {
        var p = attribution.Paragraph;
        return SpeakerWords(attribution) <= 3 && !IsNamed(attribution) && !p.Lexicon.Pronouns.Contains(p.Key(attribution.Speaker.First));
    }

    private static int SpeakerWords(Attribution attribution) => attribution.Speaker.Last - attribution.Speaker.First + 1;
}
