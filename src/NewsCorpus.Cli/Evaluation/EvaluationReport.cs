namespace NewsCorpus.Cli.Evaluation;

/// <summary>Counts behind one precision/recall/F1 row; the ratios are 0 when their denominator is.</summary>
internal readonly record struct PrecisionRecall(int TruePositives, int Gold, int Predicted)
{
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Sums counts, so figures over a corpus are micro-averaged over its documents.</summary>
    public static PrecisionRecall operator +(PrecisionRecall a, PrecisionRecall b) =>
        new(a.TruePositives + b.TruePositives, a.Gold + b.Gold, a.Predicted + b.Predicted);
}

/// <summary>
/// Recall over regions (groups of gold items counted once) beside precision over predictions: the two count
/// different things, so each keeps its own numerator.
/// </summary>
internal readonly record struct RegionScore(int RegionsFound, int Regions, int PredictionsRight, int Predictions)
{
    public double Precision => Predictions == 0 ? 0 : (double)PredictionsRight / Predictions;

    public double Recall => Regions == 0 ? 0 : (double)RegionsFound / Regions;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static RegionScore operator +(RegionScore a, RegionScore b) =>
        new(a.RegionsFound + b.RegionsFound, a.Regions + b.Regions, a.PredictionsRight + b.PredictionsRight, a.Predictions + b.Predictions);
}

/// <summary>Every figure of `corpus eval` over a set of documents.</summary>
/// <param name="SpeakerPairs">Content-overlap matches whose gold attribution has a Source.</param>
/// <param name="SpeakerHits">Of those, the ones whose predicted speaker overlaps that Source.</param>
/// <param name="DirectRegions">Direct quotes by region (<see cref="QuoteScorer.DirectRegions"/>).</param>
internal sealed record EvaluationReport(
    int Documents,
    int Gold,
    int Predicted,
    PrecisionRecall ContentExact,
    PrecisionRecall ContentOverlap,
    PrecisionRecall Direct,
    PrecisionRecall Indirect,
    PrecisionRecall SourcesExact,
    int SpeakerPairs,
    int SpeakerHits,
    RegionScore DirectRegions)
{
    public double SpeakerAccuracy => SpeakerPairs == 0 ? 0 : (double)SpeakerHits / SpeakerPairs;
}
