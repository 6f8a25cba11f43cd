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
        var report = new EvaluationReport(2, 3, 3, third, third, third, default, third, SpeakerPairs: 3, SpeakerHits: 2, DirectUnnested: 1);

        string json = EvalReportWriter.Json(report);

        Assert.DoesNotContain('\n', json);
        Assert.Contains("\"contentExact\":{\"p\":0.3333,\"r\":0.3333,\"f1\":0.3333,\"tp\":1,\"gold\":3,\"predicted\":3}", json, System.StringComparison.Ordinal);
        Assert.Contains("\"indirect\":{\"p\":0,\"r\":0,\"f1\":0,\"tp\":0,\"gold\":0,\"predicted\":0}", json, System.StringComparison.Ordinal);
        Assert.Equal(0.6667, JsonDocument.Parse(json).RootElement.GetProperty("speakerAccuracy").GetDouble());
        Assert.Equal(1, JsonDocument.Parse(json).RootElement.GetProperty("directUnnestedGold").GetInt32());
    }
}
