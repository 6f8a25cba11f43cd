using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace NewsCorpus.Cli.LanguageEvaluation;

/// <summary>
/// Prints a <see cref="LanguageReport"/>: a small table for people and the articles identified wrongly, then
/// exactly one line that starts with <c>{</c> holding the same figures, and every miss, as JSON for scripts.
/// </summary>
internal static class LanguageReportWriter
{
    /// <summary>How many misses the table lists before it says how many more there are: enough to see a pattern, few enough to read.</summary>
    public const int ListedMisses = 20;

    /// <summary>The paths' column is no wider than this; a longer path pushes its own line's answer along.</summary>
    private const int PathColumnWidth = 60;

    public static void Write(TextWriter output, LanguageReport report)
    {
        output.WriteLine($"{report.Documents} article(s), expected language {report.Expected}");
        output.WriteLine();
        output.WriteLine($"{"input",-22} {"accuracy",8} {"correct",8} {"und",6} {"wrong",6}");
        Row(output, "whole article", report.Whole);
        Row(output, $"first {report.PrefixChars} chars of body", report.Prefix);
        WriteMisses(output, report);
        output.WriteLine(Json(report));
    }

    private static void WriteMisses(TextWriter output, LanguageReport report)
    {
        if (report.Misses.Count == 0) return;

        output.WriteLine();
        output.WriteLine($"{report.Misses.Count} article(s) not identified as {report.Expected} (whole article):");
        int width = Math.Min(PathColumnWidth, report.Misses.Take(ListedMisses).Max(miss => miss.Path.Length));
        foreach (var miss in report.Misses.Take(ListedMisses))
        {
            TerminalText.WriteLine(output, $"  {miss.Path.PadRight(width)}  expected {report.Expected}, got {miss.Got}");
        }

        if (report.Misses.Count > ListedMisses) output.WriteLine($"  and {report.Misses.Count - ListedMisses} more (all of them are in the JSON line)");
    }

    /// <summary>The one-line JSON form; accuracies rounded to 4 decimals.</summary>
    public static string Json(LanguageReport report) => JsonLine.Of(json =>
    {
        json.WriteString("expected", report.Expected);
        json.WriteNumber("chars", report.PrefixChars);
        json.WriteNumber("documents", report.Documents);
        Object(json, "whole", report.Whole);
        Object(json, "prefix", report.Prefix);
        json.WriteStartArray("misses");
        foreach (var miss in report.Misses)
        {
            json.WriteStartObject();
            json.WriteString("path", miss.Path);
            json.WriteString("expected", report.Expected);
            json.WriteString("got", miss.Got);
            json.WriteEndObject();
        }

        json.WriteEndArray();
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
