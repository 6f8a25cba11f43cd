using System;

namespace NewsCorpus.Text.Naming;

/// <summary>How far apart two spellings are: what the id check and the CLI use to name the id a slip most likely meant.</summary>
public static class EditDistance
{
    /// <summary>
    /// The Levenshtein distance (characters to insert, delete or replace to turn <paramref name="a"/> into
    /// <paramref name="b"/>), or <paramref name="bound"/> + 1 as soon as it is sure to exceed <paramref name="bound"/>,
    /// so that comparing against thousands of ids stops early on each far one. Without a bound it is exact.
    /// </summary>
    public static int Between(string a, string b, int? bound = null)
    {
        int limit = bound ?? Math.Max(a.Length, b.Length);
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMinimum = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }

            if (rowMinimum > limit) return limit + 1;
            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
