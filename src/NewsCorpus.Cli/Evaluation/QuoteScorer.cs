using System.Collections.Generic;
using System.Linq;
using NewsCorpus.Text;
using NewsCorpus.Text.Quotes;

namespace NewsCorpus.Cli.Evaluation;

/// <summary>One article to score: its text, what annotators marked, and what the extractor found.</summary>
internal sealed record EvaluationDocument(string Text, IReadOnlyList<GoldAttribution> Gold, IReadOnlyList<ParsedQuote> Predicted);

/// <summary>
/// Scores extracted quotes against gold attributions. Pure functions; every figure is summed over
/// documents (micro average). Spans are compared after <see cref="Trim"/>, so that annotators and the
/// extractor may disagree on a closing mark or a final full stop without it counting as a miss.
/// A span that trims to nothing is counted but never matches anything.
/// </summary>
internal static class QuoteScorer
{
    // Trimmed at both ends: quotation marks of every convention in the corpus, then sentence punctuation.
    private const string TrimmedMarks = "\"“”„‟«»‹›‘’‚'`" + ".,;:!?–—";

    // Words that join a statement to its cue: annotation sets differ on whether content starts with them
    // (PolNeAR and the German set keep "that"/"dass", the project's guidelines leave them out).
    private static readonly string[] Complementizers = ["that", "whether", "dass", "ob", "se", "që", "nëse", "que", "che"];

    /// <summary>
    /// The range without leading and trailing white space, quotation marks and <c>. , ; : ! ? – —</c>, and without a
    /// leading complementizer (<c>that</c>, <c>dass</c>, <c>se</c>, <c>që</c> …), so that a convention that marks it and
    /// one that leaves it out score alike.
    /// </summary>
    public static SourceRange Trim(string text, SourceRange range)
    {
        int start = range.Start, end = range.End;
        while (start < end && IsTrimmed(text[start])) start++;
        while (end > start && IsTrimmed(text[end - 1])) end--;
        foreach (string word in Complementizers)
        {
            if (end - start <= word.Length + 1 || !TextChars.IsBlank(text[start + word.Length])
                || string.Compare(text, start, word, 0, word.Length, System.StringComparison.OrdinalIgnoreCase) != 0) continue;
            start += word.Length;
            while (start < end && IsTrimmed(text[start])) start++;
            break;
        }

        return new SourceRange(start, end);
    }

    private static bool IsTrimmed(char c) => TextChars.IsBlank(c) || TrimmedMarks.IndexOf(c) >= 0;

    /// <summary>A gold attribution is direct when its content holds a double quotation mark or two apostrophes.</summary>
    public static bool IsDirect(GoldAttribution gold) =>
        gold.ContentText.IndexOfAny(['"', '“', '”', '„', '«', '»']) >= 0 || gold.ContentText.Contains("''", System.StringComparison.Ordinal);

    /// <summary>Characters the two ranges share.</summary>
    public static int Shared(SourceRange a, SourceRange b) => System.Math.Max(0, System.Math.Min(a.End, b.End) - System.Math.Max(a.Start, b.Start));

    /// <summary>Whether the shared characters are at least half of the union (integer arithmetic, no rounding).</summary>
    public static bool OverlapEnough(SourceRange a, SourceRange b)
    {
        int shared = Shared(a, b);
        return shared > 0 && 2 * shared >= a.Length + b.Length - shared;
    }

    /// <summary>One-to-one count of equal non-empty ranges (a duplicate matches only as often as it occurs on both sides).</summary>
    public static int ExactMatches(IReadOnlyList<SourceRange> gold, IReadOnlyList<SourceRange> predicted)
    {
        var unmatched = gold.Where(g => g.Length > 0).GroupBy(g => g).ToDictionary(g => g.Key, g => g.Count());
        int matches = 0;
        foreach (var p in predicted)
        {
            if (!unmatched.TryGetValue(p, out int left) || left == 0) continue;
            unmatched[p] = left - 1;
            matches++;
        }

        return matches;
    }

    /// <summary>
    /// One-to-one greedy matching of pairs that overlap enough: the best overlap ratio first, ties by gold
    /// start, then predicted start (then list position), so the result never depends on input quirks.
    /// </summary>
    /// <returns>Index pairs into <paramref name="gold"/> and <paramref name="predicted"/>.</returns>
    public static IReadOnlyList<(int Gold, int Predicted)> OverlapMatches(IReadOnlyList<SourceRange> gold, IReadOnlyList<SourceRange> predicted)
    {
        var candidates = new List<(int Gold, int Predicted, long Shared, long Union)>();
        for (int g = 0; g < gold.Count; g++)
        {
            for (int p = 0; p < predicted.Count; p++)
            {
                if (!OverlapEnough(gold[g], predicted[p])) continue;
                int shared = Shared(gold[g], predicted[p]);
                candidates.Add((g, p, shared, gold[g].Length + predicted[p].Length - shared));
            }
        }

        candidates.Sort((x, y) =>
        {
            int byRatio = (y.Shared * x.Union).CompareTo(x.Shared * y.Union);   // x.Shared/x.Union descending
            if (byRatio != 0) return byRatio;
            int byGold = gold[x.Gold].Start.CompareTo(gold[y.Gold].Start);
            if (byGold != 0) return byGold;
            int byPredicted = predicted[x.Predicted].Start.CompareTo(predicted[y.Predicted].Start);
            return byPredicted != 0 ? byPredicted : (x.Gold, x.Predicted).CompareTo((y.Gold, y.Predicted));
        });

        var goldUsed = new bool[gold.Count];
        var predictedUsed = new bool[predicted.Count];
        var matches = new List<(int, int)>();
        foreach (var (g, p, _, _) in candidates)
        {
            if (goldUsed[g] || predictedUsed[p]) continue;
            goldUsed[g] = predictedUsed[p] = true;
            matches.Add((g, p));
        }

        return matches;
    }

    /// <summary>Every figure of the evaluation over <paramref name="documents"/>.</summary>
    public static EvaluationReport Score(IEnumerable<EvaluationDocument> documents)
    {
        var scores = documents.Select(ScoreDocument).ToList();
        return scores.Aggregate(
            new EvaluationReport(0, 0, 0, default, default, default, default, default, 0, 0, default),
            (sum, one) => new EvaluationReport(
                sum.Documents + one.Documents, sum.Gold + one.Gold, sum.Predicted + one.Predicted,
                sum.ContentExact + one.ContentExact, sum.ContentOverlap + one.ContentOverlap,
                sum.Direct + one.Direct, sum.Indirect + one.Indirect, sum.SourcesExact + one.SourcesExact,
                sum.SpeakerPairs + one.SpeakerPairs, sum.SpeakerHits + one.SpeakerHits, sum.DirectRegions + one.DirectRegions));
    }

    private static EvaluationReport ScoreDocument(EvaluationDocument document)
    {
        string text = document.Text;
        var gold = document.Gold.Select(g => Trim(text, g.Content)).ToList();
        var predicted = document.Predicted.Select(p => Trim(text, p.Content)).ToList();

        var contentExact = new PrecisionRecall(ExactMatches(gold, predicted), gold.Count, predicted.Count);
        var matches = OverlapMatches(gold, predicted);
        var contentOverlap = new PrecisionRecall(matches.Count, gold.Count, predicted.Count);

        var (speakerPairs, speakerHits) = SpeakerAgreement(document, matches);
        return new EvaluationReport(
            1, gold.Count, predicted.Count, contentExact, contentOverlap,
            OverlapOfKind(document, direct: true), OverlapOfKind(document, direct: false), SourcesExact(document),
            speakerPairs, speakerHits,
            DirectRegions(
                document.Gold.Where(IsDirect).Select(g => Trim(text, g.Content)).ToList(),
                gold,
                document.Predicted.Where(p => p.Kind != ParsedQuoteKind.Indirect).Select(p => Trim(text, p.Content)).ToList()));
    }

    /// <summary>
    /// Direct quotes counted by region: gold direct quotations that nest in or repeat one another form one
    /// region (a statement reported once and quoted again inside a reported clause counts once). A region is
    /// found when a direct or mixed prediction overlaps one of its quotations enough; such a prediction is
    /// right when it overlaps any gold content enough.
    /// </summary>
    public static RegionScore DirectRegions(IReadOnlyList<SourceRange> directGold, IReadOnlyList<SourceRange> allGold, IReadOnlyList<SourceRange> directPredicted)
    {
        var regions = Regions(directGold);
        int found = regions.Count(region => region.Any(g => directPredicted.Any(p => OverlapEnough(directGold[g], p))));
        int right = directPredicted.Count(p => allGold.Any(g => OverlapEnough(g, p)));
        return new RegionScore(found, regions.Count, right, directPredicted.Count);
    }

    /// <summary>The ranges grouped (by index) into the connected groups of "holds or equals".</summary>
    public static IReadOnlyList<IReadOnlyList<int>> Regions(IReadOnlyList<SourceRange> ranges)
    {
        var parent = Enumerable.Range(0, ranges.Count).ToArray();
        for (int a = 0; a < ranges.Count; a++)
        {
            for (int b = a + 1; b < ranges.Count; b++)
            {
                if (ranges[a] == ranges[b] || Holds(ranges[a], ranges[b]) || Holds(ranges[b], ranges[a])) parent[Root(a)] = Root(b);
            }
        }

        return Enumerable.Range(0, ranges.Count).GroupBy(Root).Select(group => (IReadOnlyList<int>)group.ToList()).ToList();

        int Root(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }
    }

    private static bool Holds(SourceRange outer, SourceRange inner) =>
        outer.Start <= inner.Start && inner.End <= outer.End && outer.Length > inner.Length;

    /// <summary>Content overlap restricted to one kind on both sides: direct golds against direct predictions, or indirect against indirect.</summary>
    private static PrecisionRecall OverlapOfKind(EvaluationDocument document, bool direct)
    {
        var gold = document.Gold.Where(g => IsDirect(g) == direct).Select(g => Trim(document.Text, g.Content)).ToList();
        // A mixed quotation holds quoted words, as a "direct" gold content holds quotation marks.
        var predicted = document.Predicted.Where(p => (p.Kind != ParsedQuoteKind.Indirect) == direct).Select(p => Trim(document.Text, p.Content)).ToList();
        return new PrecisionRecall(OverlapMatches(gold, predicted).Count, gold.Count, predicted.Count);
    }

    /// <summary>Distinct trimmed gold Sources against distinct trimmed predicted speakers, as ranges.</summary>
    private static PrecisionRecall SourcesExact(EvaluationDocument document)
    {
        var gold = document.Gold.Where(g => g.Source is not null).Select(g => Trim(document.Text, g.Source!.Value)).ToHashSet();
        var predicted = document.Predicted.Where(p => p.Speaker is not null).Select(p => Trim(document.Text, p.Speaker!.Value)).ToHashSet();
        return new PrecisionRecall(gold.Count(g => g.Length > 0 && predicted.Contains(g)), gold.Count, predicted.Count);
    }

    /// <summary>Of the content matches whose gold has a Source, how many have a predicted speaker sharing a character with it.</summary>
    private static (int Pairs, int Hits) SpeakerAgreement(EvaluationDocument document, IReadOnlyList<(int Gold, int Predicted)> matches)
    {
        int pairs = 0, hits = 0;
        foreach (var (g, p) in matches)
        {
            if (document.Gold[g].Source is not { } source) continue;
            pairs++;
            if (document.Predicted[p].Speaker is { } speaker && Shared(Trim(document.Text, speaker), Trim(document.Text, source)) > 0) hits++;
        }

        return (pairs, hits);
    }
}
