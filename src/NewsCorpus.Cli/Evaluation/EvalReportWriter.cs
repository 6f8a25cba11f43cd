using System.IO;
using System.Text.Json;

namespace NewsCorpus.Cli.Evaluation;

/// <summary>
/// Prints an <see cref="EvaluationReport"/>: a table for people, then exactly one line that starts with
/// <c>{</c> holding every figure as JSON for scripts (grep the line, parse it).
/// </summary>
internal static class EvalReportWriter
{
    public static void Write(TextWriter output, EvaluationReport report)
    {
        output.WriteLine($"{report.Documents} document(s), {report.Gold} gold attribution(s), {report.Predicted} prediction(s)");
        output.WriteLine();
        output.WriteLine($"{"metric",-20} {"P",7} {"R",7} {"F1",7} {"support",8}");
        Row(output, "content exact", report.ContentExact);
        Row(output, "content overlap", report.ContentOverlap);
        Row(output, "  direct", report.Direct);
        Row(output, "  indirect", report.Indirect);
        var regions = report.DirectRegions;
        output.WriteLine($"{"  direct by region",-20} {Figure(regions.Precision),7} {Figure(regions.Recall),7} {Figure(regions.F1),7} {regions.Regions,8}");
        Row(output, "sources exact", report.SourcesExact);
        output.WriteLine($"{"speaker accuracy",-20} {"-",7} {"-",7} {Figure(report.SpeakerAccuracy),7} {report.SpeakerPairs,8}");
        output.WriteLine("(support: gold items; by region, gold direct quotations that nest in or repeat one another count once;");
        output.WriteLine(" for speaker accuracy, the content matches whose gold has a source)");
        output.WriteLine(Json(report));
    }

    /// <summary>The one-line JSON form; figures rounded to 4 decimals.</summary>
    public static string Json(EvaluationReport report) => JsonLine.Of(json =>
    {
        json.WriteNumber("documents", report.Documents);
        json.WriteNumber("gold", report.Gold);
        json.WriteNumber("predicted", report.Predicted);
        Object(json, "contentExact", report.ContentExact);
        Object(json, "contentOverlap", report.ContentOverlap);
        Object(json, "direct", report.Direct);
        Object(json, "indirect", report.Indirect);
        Object(json, "sourcesExact", report.SourcesExact);
        json.WriteNumber("speakerAccuracy", JsonLine.Round(report.SpeakerAccuracy));
        json.WriteNumber("speakerPairs", report.SpeakerPairs);
        json.WriteStartObject("directByRegion");
        json.WriteNumber("p", Round(report.DirectRegions.Precision));
        json.WriteNumber("r", Round(report.DirectRegions.Recall));
        json.WriteNumber("f1", Round(report.DirectRegions.F1));
        json.WriteNumber("regionsFound", report.DirectRegions.RegionsFound);
        json.WriteNumber("regions", report.DirectRegions.Regions);
        json.WriteNumber("predictionsRight", report.DirectRegions.PredictionsRight);
        json.WriteNumber("predicted", report.DirectRegions.Predictions);
        json.WriteEndObject();
    });

    private static void Row(TextWriter output, string metric, PrecisionRecall figures) =>
        output.WriteLine($"{metric,-20} {Figure(figures.Precision),7} {Figure(figures.Recall),7} {Figure(figures.F1),7} {figures.Gold,8}");

    private static void Object(Utf8JsonWriter json, string name, PrecisionRecall figures)
    {
        json.WriteStartObject(name);
        json.WriteNumber("p", Round(figures.Precision));
        json.WriteNumber("r", Round(figures.Recall));
        json.WriteNumber("f1", Round(figures.F1));
        json.WriteNumber("tp", figures.TruePositives);
        json.WriteNumber("gold", figures.Gold);
        json.WriteNumber("predicted", figures.Predicted);
        json.WriteEndObject();
    }

    private static string Figure(double value) => JsonLine.Figure(value);

    private static double Round(double value) => JsonLine.Round(value);
}
