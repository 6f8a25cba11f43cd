using System;
using System.Collections.Generic;
using NewsCorpus.Cli.Evaluation;
using NewsCorpus.Text;
using NewsCorpus.Text.Quotes;
using Xunit;

namespace NewsCorpus.Cli.Tests.Evaluation;

/// <summary>The scorer on small hand-made articles, annotations and predictions.</summary>
public sealed class QuoteScorerTests
{
    private const string Article =
        "The mayor said the bridge would open in May. “We are ready,” Ada Lind told reporters. " +
        "According to the council, the costs rose. ''It is late,'' a critic said.";

    [Theory]
    [InlineData("  “We are ready,”  ", "We are ready")]
    [InlineData("«Ja, so ist es.»", "Ja, so ist es")]
    [InlineData("— it's ‘fine’ — ", "it's ‘fine")]
    [InlineData("'`„quoted‟‚’‹›", "quoted")]
    [InlineData(".,;:!?–—", "")]
    public void Trimming_removes_white_space_quotation_marks_and_sentence_punctuation_at_both_ends_only(string span, string trimmed)
    {
        string text = "xx" + span + "yy";

        var range = QuoteScorer.Trim(text, new SourceRange(2, 2 + span.Length));

        Assert.Equal(trimmed, range.Of(text));
    }

    [Theory]
    [InlineData("that the bridge is safe.", "the bridge is safe")]
    [InlineData("dass die Brücke sicher ist", "die Brücke sicher ist")]
    [InlineData("se ura është e sigurt", "ura është e sigurt")]
    [InlineData("që Moska të lirojë", "Moska të lirojë")]
    [InlineData("“that is all”", "is all")]
    [InlineData("thatched roofs", "thatched roofs")]
    [InlineData("sera", "sera")]
    [InlineData("that", "that")]
    public void Trimming_leaves_out_a_leading_complementizer_so_both_conventions_score_alike(string span, string trimmed)
    {
        string text = "xx " + span + " yy";

        var range = QuoteScorer.Trim(text, new SourceRange(3, 3 + span.Length));

        Assert.Equal(trimmed, range.Of(text));
    }

    [Fact]
    public void Content_exact_matches_spans_that_differ_only_by_marks_and_punctuation()
    {
        var gold = Gold(Quoted("“We are ready,”"));
        var predicted = Predicted(ParsedQuoteKind.Direct, Quoted("We are ready,"));
        var tooShort = Predicted(ParsedQuoteKind.Direct, Quoted("We are"));

        Assert.Equal(1, Score([gold], [predicted]).ContentExact.TruePositives);
        Assert.Equal(0, Score([gold], [tooShort]).ContentExact.TruePositives);
    }

    [Fact]
    public void Content_exact_is_one_to_one_when_a_span_is_annotated_twice()
    {
        var report = Score(
            [Gold(Quoted("the bridge would open in May")), Gold(Quoted("the bridge would open in May"))],
            [Predicted(ParsedQuoteKind.Indirect, Quoted("the bridge would open in May."))]);

        Assert.Equal(new PrecisionRecall(1, 2, 1), report.ContentExact);
        Assert.Equal(1.0, report.ContentExact.Precision);
        Assert.Equal(0.5, report.ContentExact.Recall);
    }

    [Fact]
    public void Content_exact_is_one_to_one_when_a_span_is_predicted_twice()
    {
        var report = Score(
            [Gold(Quoted("the bridge would open in May"))],
            [Predicted(ParsedQuoteKind.Indirect, Quoted("the bridge would open in May")), Predicted(ParsedQuoteKind.Direct, Quoted("the bridge would open in May."))]);

        Assert.Equal(new PrecisionRecall(1, 1, 2), report.ContentExact);
        Assert.Equal(new PrecisionRecall(1, 1, 2), report.ContentOverlap);
    }

    [Fact]
    public void Overlap_matches_when_shared_characters_are_at_least_half_the_union()
    {
        // Shared 10 of a union of 20: exactly half matches; shared 10 of 21 does not.
        Assert.True(QuoteScorer.OverlapEnough(new SourceRange(0, 20), new SourceRange(10, 20)));
        Assert.False(QuoteScorer.OverlapEnough(new SourceRange(0, 21), new SourceRange(11, 21)));
        Assert.False(QuoteScorer.OverlapEnough(new SourceRange(0, 10), new SourceRange(10, 20)));
    }

    [Fact]
    public void Overlap_counts_a_partly_found_quote_that_exact_does_not()
    {
        var report = Score(
            [Gold(Quoted("the bridge would open in May"))],
            [Predicted(ParsedQuoteKind.Indirect, Quoted("the bridge would open"))]);

        Assert.Equal(0, report.ContentExact.TruePositives);
        Assert.Equal(1, report.ContentOverlap.TruePositives);
    }

    [Fact]
    public void Overlap_below_half_the_union_is_no_match()
    {
        var report = Score(
            [Gold(Quoted("the bridge would open in May"))],
            [Predicted(ParsedQuoteKind.Indirect, Quoted("the bridge"))]);

        Assert.Equal(new PrecisionRecall(0, 1, 1), report.ContentOverlap);
    }

    [Fact]
    public void Greedy_matching_pairs_the_best_overlap_first_rather_than_in_list_order()
    {
        // P0 overlaps A by 10/12 and B fully; Q overlaps A by 9/10 and B by 9/12.
        // Taking predictions in order would pair P0 with A; best-first pairs P0 with B and Q with A.
        SourceRange a = new(0, 10), b = new(0, 12), p0 = new(0, 12), q = new(0, 9);

        var matches = QuoteScorer.OverlapMatches([a, b], [p0, q]);

        Assert.Equal([(1, 0), (0, 1)], matches);
    }

    [Fact]
    public void Equal_overlaps_go_to_the_gold_that_starts_first_whatever_the_list_order()
    {
        SourceRange later = new(4, 14), earlier = new(0, 10), prediction = new(2, 12);   // 8 of 12 each

        Assert.Equal([(1, 0)], QuoteScorer.OverlapMatches([later, earlier], [prediction]));
        Assert.Equal([(0, 0)], QuoteScorer.OverlapMatches([earlier, later], [prediction]));
    }

    [Fact]
    public void Golds_with_double_marks_or_two_apostrophes_are_direct_and_single_marks_are_not()
    {
        Assert.True(QuoteScorer.IsDirect(GoldWithText("“We are ready,”")));
        Assert.True(QuoteScorer.IsDirect(GoldWithText("„Wir sind bereit“")));
        Assert.True(QuoteScorer.IsDirect(GoldWithText("he called it \"late\"")));
        Assert.True(QuoteScorer.IsDirect(GoldWithText("''It is late,''")));
        Assert.False(QuoteScorer.IsDirect(GoldWithText("that it's ‘in their heads’")));
        Assert.False(QuoteScorer.IsDirect(GoldWithText("the costs rose")));
    }

    [Fact]
    public void Direct_and_indirect_figures_match_each_kind_only_against_the_same_kind()
    {
        var gold = new[]
        {
            Gold(Quoted("“We are ready,”")),                 // direct
            Gold(Quoted("''It is late,''")),                 // direct
            Gold(Quoted("the costs rose")),                  // indirect
        };
        var predicted = new[]
        {
            Predicted(ParsedQuoteKind.Direct, Quoted("We are ready")),
            Predicted(ParsedQuoteKind.Direct, Quoted("the costs rose")),     // right span, wrong kind
            Predicted(ParsedQuoteKind.Indirect, Quoted("It is late")),       // right span, wrong kind
        };

        var report = Score(gold, predicted);

        Assert.Equal(new PrecisionRecall(3, 3, 3), report.ContentOverlap);
        Assert.Equal(new PrecisionRecall(1, 2, 2), report.Direct);
        Assert.Equal(new PrecisionRecall(0, 1, 1), report.Indirect);
    }

    [Fact]
    public void Sources_exact_compares_distinct_trimmed_spans_per_document()
    {
        var gold = new[]
        {
            Gold(Quoted("“We are ready,”"), source: Quoted("Ada Lind")),
            Gold(Quoted("''It is late,''"), source: Quoted("Ada Lind")),        // the same source again
            Gold(Quoted("the costs rose"), source: Quoted("the council")),
            Gold(Quoted("the bridge would open in May"), source: Quoted("The mayor")),
        };
        var predicted = new[]
        {
            Predicted(ParsedQuoteKind.Direct, Quoted("We are ready"), speaker: Widened(Quoted("Ada Lind"), before: 2)),   // "” Ada Lind" trims to "Ada Lind"
            Predicted(ParsedQuoteKind.Direct, Quoted("It is late"), speaker: Quoted("Ada Lind")),
            Predicted(ParsedQuoteKind.Indirect, Quoted("the costs rose"), speaker: Quoted("council")),                // not the whole span
        };

        var report = Score(gold, predicted);

        Assert.Equal(new PrecisionRecall(1, 3, 2), report.SourcesExact);
    }

    [Fact]
    public void Speaker_accuracy_is_the_share_of_matched_pairs_with_a_gold_source_whose_speaker_overlaps_it()
    {
        var gold = new[]
        {
            Gold(Quoted("“We are ready,”"), source: Quoted("Ada Lind")),          // matched, speaker overlaps
            Gold(Quoted("the costs rose"), source: Quoted("the council")),        // matched, wrong speaker
            Gold(Quoted("''It is late,''")),                                      // matched, no gold source: not counted
            Gold(Quoted("the bridge would open in May"), source: Quoted("The mayor")),   // never matched: not counted
        };
        var predicted = new[]
        {
            Predicted(ParsedQuoteKind.Direct, Quoted("We are ready"), speaker: Quoted("Lind")),
            Predicted(ParsedQuoteKind.Indirect, Quoted("the costs rose"), speaker: Quoted("a critic")),
            Predicted(ParsedQuoteKind.Direct, Quoted("It is late"), speaker: Quoted("a critic")),
        };

        var report = Score(gold, predicted);

        Assert.Equal((2, 1), (report.SpeakerPairs, report.SpeakerHits));
        Assert.Equal(0.5, report.SpeakerAccuracy);
    }

    [Fact]
    public void Figures_are_summed_over_documents_and_never_match_across_them()
    {
        var one = new EvaluationDocument(Article, [Gold(Quoted("the costs rose"), source: Quoted("the council"))], []);
        var two = new EvaluationDocument(Article, [],
            [Predicted(ParsedQuoteKind.Indirect, Quoted("the costs rose"), speaker: Quoted("the council"))]);

        var report = QuoteScorer.Score([one, two]);

        Assert.Equal((2, 1, 1), (report.Documents, report.Gold, report.Predicted));
        Assert.Equal(new PrecisionRecall(0, 1, 1), report.ContentExact);
        Assert.Equal(new PrecisionRecall(0, 1, 1), report.ContentOverlap);
        Assert.Equal(new PrecisionRecall(0, 1, 1), report.SourcesExact);
    }

    [Fact]
    public void Ratios_are_zero_when_nothing_was_annotated_or_predicted()
    {
        var report = QuoteScorer.Score([new EvaluationDocument("No quotes here.", [], [])]);

        Assert.Equal((0.0, 0.0, 0.0), (report.ContentExact.Precision, report.ContentExact.Recall, report.ContentExact.F1));
        Assert.Equal(0.0, report.SpeakerAccuracy);
    }

    [Fact]
    public void F1_is_the_harmonic_mean_of_precision_and_recall()
    {
        var figures = new PrecisionRecall(TruePositives: 2, Gold: 8, Predicted: 4);   // P 0.5, R 0.25

        Assert.Equal(1.0 / 3.0, figures.F1, precision: 12);
    }

    [Fact]
    public void Direct_quotations_that_nest_in_or_repeat_one_another_are_one_region()
    {
        var outer = new SourceRange(0, 50);
        var inner = new SourceRange(10, 20);
        var innermost = new SourceRange(12, 15);
        var beside = new SourceRange(30, 40); // inside outer, beside inner: still outer's region
        var apart = new SourceRange(60, 70);

        Assert.Empty(QuoteScorer.Regions([]));
        Assert.Single(QuoteScorer.Regions([outer, inner, innermost, beside]));
        Assert.Equal(2, QuoteScorer.Regions([outer, inner, innermost, beside, apart]).Count);
        Assert.Single(QuoteScorer.Regions([inner, inner]));
        Assert.Equal(2, QuoteScorer.Regions([new SourceRange(0, 10), new SourceRange(5, 15)]).Count); // overlapping is not nesting
    }

    [Fact]
    public void A_region_is_found_by_a_prediction_on_any_of_its_quotations_and_a_prediction_is_right_on_any_gold()
    {
        var outer = new SourceRange(0, 50);
        var inner = new SourceRange(10, 20);
        var apart = new SourceRange(60, 70);
        var reported = new SourceRange(100, 140);

        var score = QuoteScorer.DirectRegions(
            directGold: [outer, inner, apart],
            allGold: [outer, inner, apart, reported],
            directPredicted: [new SourceRange(11, 20), new SourceRange(100, 139), new SourceRange(200, 210)]);

        Assert.Equal(new RegionScore(RegionsFound: 1, Regions: 2, PredictionsRight: 2, Predictions: 3), score);
        Assert.Equal(0.5, score.Recall);
        Assert.Equal(2.0 / 3.0, score.Precision, precision: 12);
    }

    private static EvaluationReport Score(IReadOnlyList<GoldAttribution> gold, IReadOnlyList<ParsedQuote> predicted) =>
        QuoteScorer.Score([new EvaluationDocument(Article, gold, predicted)]);

    /// <summary>Where <paramref name="snippet"/> first occurs in the article.</summary>
    private static SourceRange Quoted(string snippet)
    {
        int start = Article.IndexOf(snippet, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{snippet}' is not in the test article");
        return new SourceRange(start, start + snippet.Length);
    }

    private static GoldAttribution Gold(SourceRange content, SourceRange? source = null) =>
        new(content, source, null, content.Of(Article), [content]);

    private static GoldAttribution GoldWithText(string contentText) =>
        new(new SourceRange(0, contentText.Length), null, null, contentText, [new SourceRange(0, contentText.Length)]);

    private static SourceRange Widened(SourceRange range, int before) => new(range.Start - before, range.End);

    private static ParsedQuote Predicted(ParsedQuoteKind kind, SourceRange content, SourceRange? speaker = null) =>
        new(kind, content, 0, speaker);
}
