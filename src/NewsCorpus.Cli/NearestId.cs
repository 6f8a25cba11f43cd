using System;
using System.Collections.Generic;
using NewsCorpus.Text.Naming;

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
            int distance = EditDistance.Between(wanted, id);
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
}
