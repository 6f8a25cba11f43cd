using System.IO;
using System.Text.Json;

namespace NewsCorpus.Cli.LanguageEvaluation;

/// <summary>
/// Prints a <see cref="LanguageReport"/>: a small table for people, then exactly one line that starts
/// with <c>{</c> holding the same figures as JSON for scripts.
/// </summary>
internal static class LanguageReportWriter
{
    public static void Write(TextWriter output, LanguageReport report)
    {
        output.WriteLine($"{report.Documents} article(s), expected language {report.Expected}");
        output.WriteLine();
        output.WriteLine($"{"input",-22} {"accuracy",8} {"correct",8} {"und",6} {"wrong",6}");
        Row(output, "whole article", report.Whole);
        Row(output, $"first {report.PrefixChars} chars of body", report.Prefix);
        output.WriteLine(Json(report));
    }

    /// <summary>The one-line JSON form; accuracies rounded to 4 decimals.</summary>
    public static string Json(LanguageReport report) => JsonLine.Of(json =>
    {
        json.WriteString("expected", report.Expected);
        json.WriteNumber("chars", report.PrefixChars);
        json.WriteNumber("documents", report.Documents);
        Object(json, "whole", report.Whole);
        Object(json, "prefix", report.Prefix);
    });

    private static void Row(TextWriter output, string input, LanguageTally tally) =>
        output.WriteLine($"{input,-22} {JsonLine.Figure(tally.Accuracy),8} {tally.Correct,8} {tally.Undetermined,6} {tally.Wrong,6}");

    private static void Object(Utf8JsonWriter json, string name, LanguageTally tally)
    {
        json.WriteStartObject(name);
        json.WriteNumber("accuracy", JsonLine.Round(tally.Accuracy));
        json.WriteNumber("correct", tally.Correct);
        json.WriteNumber("und", tally.Undetermined);
        json.WriteNumber("wrong", tally.Wrong);
        json.WriteEndObject();
    }
}
