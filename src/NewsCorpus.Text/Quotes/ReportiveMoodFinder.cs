using System.Collections.Generic;
using System.Runtime.CompilerServices;
using NewsCorpus.Text.Tokens;

namespace NewsCorpus.Text.Quotes;

/// <summary>
/// Reported speech marked by the verb's mood rather than by a cue: German Konjunktiv I ("Die Lage
/// sei katastrophal") continues the statement of the speaker before it.
/// </summary>
internal static class ReportiveMoodFinder
{
    /// <summary>How many paragraphs after a statement a sentence in reportive mood still continues it.</summary>
    private const int MaxParagraphsFromVoice = 3;

    /// <summary>
    /// Sentences that report by their verb's mood alone (German "Die Lage sei katastrophal") right
    /// after someone's statement: they continue it, so they are attributed to the same speaker.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    public static List<Statement> Find(ParagraphTokens[] tokens, bool[][] used, List<Statement> reported, List<Statement> direct)
    {
        var found = new List<Statement>();
        if (tokens.Length == 0 || tokens[0].Lexicon.ReportiveMood.IsEmpty) return found;

        var covered = Covered(tokens, reported, direct);
        var attributed = new List<Statement>(reported.Count + direct.Count);
        attributed.AddRange(reported.FindAll(s => s.Attribution is not null));
        attributed.AddRange(direct.FindAll(s => s.Attribution is not null));
        attributed.Sort((a, b) => a.Content.End.CompareTo(b.Content.End));

        foreach (var p in tokens)
        {
            Statement? previous = null;
            Statement? previousVoice = null;
            for (int s = 0; s < p.Sentences.Length; s++)
            {
                var sentence = p.Sentences[s];
                if (!IsReportiveAndFree(p, sentence, used[p.Index], covered[p.Index]))
                {
                    previous = null;
                    continue;
                }

                // Only the continuation of someone's statement, within a few paragraphs, is theirs.
                var voice = LatestEndingBefore(attributed, p.Tokens[sentence.First].Start);
                if (voice is null || voice.ParagraphIndex < p.Index - MaxParagraphsFromVoice) continue;

                int last = sentence.Last;
                while (last > sentence.First && p.Tokens[last].Kind == TokenKind.Punctuation) last--;
                var kind = QuotesWords(p, sentence) ? ParsedQuoteKind.Mixed : ParsedQuoteKind.Indirect;
                if (previous is not null && previousVoice == voice)
                {
                    // "Die Lage sei ernst. Man brauche Hilfe.": reported sentences in a row are one statement.
                    var joined = new Statement(previous.Kind == ParsedQuoteKind.Mixed ? previous.Kind : kind,
                        new List<SourceRange> { new(previous.Content.Start, p.Span(sentence.First, last).End) }, p.Index, voice.Attribution);
                    found[found.Count - 1] = joined;
                    previous = joined;
                    continue;
                }

                previous = new Statement(kind, new List<SourceRange> { p.Span(sentence.First, last) }, p.Index, voice.Attribution);
                previousVoice = voice;
                found.Add(previous);
            }
        }

        return found;
    }

    /// <summary>Whether the sentence holds a quotation mark: quoted words in the reported sentence make it mixed.</summary>
    private static bool QuotesWords(ParagraphTokens p, Sentence sentence)
    {
        for (int t = sentence.First; t <= sentence.Last; t++)
        {
            if (p.Tokens[t].Kind == TokenKind.QuotationMark) return true;
        }

        return false;
    }

    private static Statement? LatestEndingBefore(List<Statement> byEnd, int offset)
    {
        int low = 0, high = byEnd.Count;
        while (low < high)
        {
            int mid = (low + high) / 2;
            if (byEnd[mid].Content.End <= offset) low = mid + 1;
            else high = mid;
        }

        return low > 0 ? byEnd[low - 1] : null;
    }

    [MethodImpl(HotPath.Optimize)]
    private static bool IsReportiveAndFree(ParagraphTokens p, Sentence sentence, bool[] used, bool[] covered)
    {
        bool reportive = false;
        for (int t = sentence.First; t <= sentence.Last; t++)
        {
            if (used[t] || covered[t]) return false;
            reportive |= p.IsWord(t) && p.Lexicon.ReportiveMood.Contains(p.Key(t));
        }

        return reportive;
    }

    /// <summary>Per paragraph, the tokens that some statement already spans.</summary>
    [MethodImpl(HotPath.Optimize)]
    private static bool[][] Covered(ParagraphTokens[] tokens, params List<Statement>[] statementLists)
    {
        var covered = new bool[tokens.Length][];
        for (int p = 0; p < tokens.Length; p++) covered[p] = new bool[tokens[p].Tokens.Count];
        foreach (var statements in statementLists)
        {
            foreach (var statement in statements)
            {
                var content = statement.Content;
                for (int p = statement.ParagraphIndex; p < tokens.Length && tokens[p].Range.Start < content.End; p++)
                {
                    QuoteExtractor.Mark(tokens[p], covered[p], content.Start, content.End);
                }
            }
        }

        return covered;
    }
}
