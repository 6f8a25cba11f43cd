using System.Text.Json;
using NewsCorpus.Cli.Evaluation;
using Xunit;

namespace NewsCorpus.Cli.Tests.Evaluation;

/// <summary>The JSON line scripts read from `corpus eval`.</summary>
public sealed class EvalReportWriterTests
{
    [Fact]
    public void Json_figures_are_rounded_to_four_decimals_with_a_decimal_point()
    {
        var third = new PrecisionRecall(TruePositives: 1, Gold: 3, Predicted: 3);
        var report = new EvaluationReport(2, 3, 3, third, third, third, default, third, SpeakerPairs: 3, SpeakerHits: 2, DirectRegions: new RegionScore(RegionsFound: 1, Regions: 2, PredictionsRight: 1, Predictions: 1));

        string json = EvalReportWriter.Json(report);

        Assert.DoesNotContain('\n', json);
        Assert.Contains("\"contentExact\":{\"p\":0.3333,\"r\":0.3333,\"f1\":0.3333,\"tp\":1,\"gold\":3,\"predicted\":3}", json, System.StringComparison.Ordinal);
        Assert.Contains("\"indirect\":{\"p\":0,\"r\":0,\"f1\":0,\"tp\":0,\"gold\":0,\"predicted\":0}", json, System.StringComparison.Ordinal);
        Assert.Equal(0.6667, JsonDocument.Parse(json).RootElement.GetProperty("speakerAccuracy").GetDouble());
        var regions = JsonDocument.Parse(json).RootElement.GetProperty("directByRegion");
        Assert.Equal((1.0, 0.5, 0.6667), (regions.GetProperty("p").GetDouble(), regions.GetProperty("r").GetDouble(), regions.GetProperty("f1").GetDouble()));
        Assert.Equal(2, regions.GetProperty("regions").GetInt32());
    }
}
