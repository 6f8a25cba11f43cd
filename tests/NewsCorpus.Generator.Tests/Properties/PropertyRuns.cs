using System;
using System.Globalization;
using System.Text;

namespace NewsCorpus.Generator.Tests.Properties;

/// <summary>
/// How much the property tests sample. CI runs the default; set NEWSCORPUS_PROPERTY_ITERATIONS=5000 for a long run,
/// and NEWSCORPUS_PROPERTY_SEED to the seed a failure printed to replay it first.
/// </summary>
internal static class PropertyRuns
{
    public static long Iterations(long ciDefault) =>
        long.TryParse(Environment.GetEnvironmentVariable("NEWSCORPUS_PROPERTY_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : ciDefault;

    public static string? Seed => Environment.GetEnvironmentVariable("NEWSCORPUS_PROPERTY_SEED") is { Length: > 0 } seed ? seed : null;

    /// <summary>A C#-escaped rendering of a failing input, so control characters and lone surrogates are visible.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 2).Append('"');
        foreach (char c in text)
        {
            if (c is >= ' ' and < '\u007F' && c is not '"' and not '\\') escaped.Append(c);
            else escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        return escaped.Append('"').ToString();
    }
}
