using System;
using System.Collections.Generic;

namespace NewsCorpus.Cli;

/// <summary>The id a mistyped one most likely meant: a slip of a few characters, or a part of exactly one id.</summary>
internal static class NearestId
{
    /// <summary>
    /// The id closest to <paramref name="typed"/> by edit distance, if it is within a third of the typed length (and at
    /// least 2); else the one id that contains what was typed. Null when nothing is that close, or two are equally close.
    /// </summary>
    public static string? Of(string typed, IReadOnlyList<string> ids)
    {
        string wanted = typed.Trim().ToLowerInvariant();
        if (wanted.Length == 0) return null;

        int allowed = Math.Max(2, wanted.Length / 3);
        string? best = null;
        int bestDistance = int.MaxValue;
        bool tie = false;
        foreach (string id in ids)
        {
            int distance = Distance(wanted, id);
            if (distance < bestDistance)
            {
                (best, bestDistance, tie) = (id, distance, false);
            }
            else if (distance == bestDistance)
            {
                tie = true;
            }
        }

        if (best is not null && bestDistance <= allowed && !tie) return best;

        string? containing = null;
        foreach (string id in ids)
        {
            if (!id.Contains(wanted, StringComparison.Ordinal)) continue;
            if (containing is not null) return null;
            containing = id;
        }

        return containing;
    }

    /// <summary>The Levenshtein distance: how many characters to insert, delete or replace to turn one into the other.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int replace = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(replace, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
