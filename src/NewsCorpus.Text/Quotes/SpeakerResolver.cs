using System;
using System.Collections.Generic;

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

    public List<SourceRange> Segments { get; }

    public int ParagraphIndex { get; }

    public Attribution? Attribution { get; set; }

    public SourceRange? Resolved { get; set; }

    public SourceRange Content => new(Segments[0].Start, Segments[Segments.Count - 1].End);

    public ParsedQuote ToParsedQuote() => new(Kind, Content, ParagraphIndex, Attribution?.SpeakerRange, Attribution?.CueRange)
    {
        Segments = Segments.ToArray(),
        ResolvedSpeaker = Resolved,
    };
}

/// <summary>
/// Points a pronoun ("he", "ai"), a relative pronoun ("Smith, who said") or a bare role ("Zyrtari",
/// "the official") back to the fuller speaker it stands for, earlier in the article.
/// </summary>
internal static class SpeakerResolver
{
    /// <summary>Shortest head-noun stem compared ("zyrtar" in "Zyrtari" and "Një zyrtar i lartë").</summary>
    private const int StemLength = 5;

    public static void Resolve(string text, List<Statement> statements)
    {
        var earlier = new List<Statement>();
        foreach (var statement in statements)
        {
            if (statement.Attribution is { } attribution)
            {
                statement.Resolved = Antecedent(text, attribution, earlier);
                earlier.Add(statement);
            }
        }
    }

    private static SourceRange? Antecedent(string text, Attribution attribution, List<Statement> earlier)
    {
        var p = attribution.Paragraph;
        var (first, last) = attribution.Speaker;
        // A pronoun stands for the latest speaker before it who is named by more than a pronoun.
        if (first == last && p.Lexicon.Pronouns.Contains(p.Lower(first)))
            return LastMatching(earlier, s => s.Resolved is not null || !IsPronoun(s.Attribution!.Value));

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
            return LastMatching(earlier, s => SpeakerWords(s.Attribution!.Value) > last - first + 1
                && text.Substring(s.Attribution!.Value.SpeakerRange.Start, s.Attribution!.Value.SpeakerRange.Length).IndexOf(stem, StringComparison.OrdinalIgnoreCase) >= 0);
        }

        return null;
    }

    private static SourceRange? LastMatching(List<Statement> earlier, Func<Statement, bool> accept)
    {
        for (int i = earlier.Count - 1; i >= 0; i--)
        {
            if (accept(earlier[i])) return earlier[i].Resolved ?? earlier[i].Attribution!.Value.SpeakerRange;
        }

        return null;
    }

    private static bool IsPronoun(Attribution attribution) =>
        attribution.Speaker.First == attribution.Speaker.Last
        && (attribution.Paragraph.Lexicon.Pronouns.Contains(attribution.Paragraph.Lower(attribution.Speaker.First))
            || attribution.Paragraph.Lexicon.RelativePronouns.Contains(attribution.Paragraph.Lower(attribution.Speaker.First)));

    /// <summary>A speaker with a proper name: a capitalised word that does not merely start the sentence.</summary>
    private static bool IsNamed(Attribution attribution)
    {
        var p = attribution.Paragraph;
        int capitals = 0;
        for (int t = attribution.Speaker.First; t <= attribution.Speaker.Last; t++)
        {
            if (!p.IsWord(t) || !p.Tokens[t].IsCapitalized(p.Text)) continue;
            if (t != p.SentenceAt(t).First && !p.Lexicon.Pronouns.Contains(p.Lower(t))) return true;
            capitals++;
        }

        return capitals >= 2;
    }

    /// <summary>A role without a name: at most three words, none capitalised except where the sentence starts.</summary>
    private static bool IsBareRole(Attribution attribution)
    {
        var p = attribution.Paragraph;
        return SpeakerWords(attribution) <= 3 && !IsNamed(attribution) && !p.Lexicon.Pronouns.Contains(p.Lower(attribution.Speaker.First));
    }

    private static int SpeakerWords(Attribution attribution) => attribution.Speaker.Last - attribution.Speaker.First + 1;
}
