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

/// <summary>Every figure of `corpus eval` over a set of documents.</summary>
/// <param name="SpeakerPairs">Content-overlap matches whose gold attribution has a Source.</param>
/// <param name="SpeakerHits">Of those, the ones whose predicted speaker overlaps that Source.</param>
/// <param name="DirectUnnested">
/// The most direct gold contents none of which holds another: the recall ceiling of an extractor that
/// reports each statement once, where an annotation also marks the quotation inside a reported clause.
/// </param>
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
    int DirectUnnested)
{
    public double SpeakerAccuracy => SpeakerPairs == 0 ? 0 : (double)SpeakerHits / SpeakerPairs;
}
