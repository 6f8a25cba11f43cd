using System;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace NewsCorpus.Cli;

/// <summary>The one-line JSON and the fixed-point figures that the evaluation commands print for scripts and people.</summary>
internal static class JsonLine
{
    /// <summary>One JSON object on one line, written by <paramref name="writeProperties"/>.</summary>
    public static string Of(Action<Utf8JsonWriter> writeProperties)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            writeProperties(json);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A ratio rounded to 4 decimals for JSON.</summary>
    public static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    /// <summary>A ratio with 4 decimals for a table, independent of the culture.</summary>
    public static string Figure(double value) => value.ToString("F4", CultureInfo.InvariantCulture);
}
