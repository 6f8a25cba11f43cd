using System.Text.RegularExpressions;

namespace NewsCorpus.Text.Metadata;

/// <summary>
/// A wire dateline opening the lead: "WASHINGTON (AFP) – …", "LONDON, May 3 (Reuters) - …",
/// "FLINT, Mich., Oct. 4 (UPI) — …", "WASHINGTON — …". The place (with any date after it) is the
/// dateline, the agency in brackets the source. The paragraph keeps the dateline's words.
/// </summary>
internal static class DatelineRule
{
    /// <summary>Shortest place of a dateline that names no agency ("ROME —").</summary>
    private const int MinPlaceWithoutAgency = 4;

    /// <summary>Shortest place of a dateline that names no agency and ends in a hyphen ("MIAMI -").</summary>
    private const int MinPlaceBeforeHyphen = 5;

    /// <summary>Longest dateline, in characters, up to and including its dash.</summary>
    private const int MaxLength = 80;

    // A place in capitals (at least two letters), an optional ", …" with no bracket or dash, an optional
    // "(Agency)", then a dash set off by spaces. Every part is bounded, and the input is at most MaxLength.
    private static readonly Regex Dateline = new(
        @"^(?<place>\p{Lu}[\p{Lu}\.'’\- ]{1,40}?(?:,[^()\u2013\u2014\-]{1,40}?)?)\s*(?:\((?<agency>\p{Lu}[\p{L}\p{N}&\.\- ]{0,20})\)\s*)?(?:[\u2013\u2014]|--?)\s",
        RegexOptions.CultureInvariant);

    /// <summary>Labels that open a lead the way a place does, but name none ("EXCLUSIVE — …").</summary>
    private static readonly System.Collections.Generic.HashSet<string> Kickers = new(System.StringComparer.Ordinal)
    {
        "EXCLUSIVE", "BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "ANALYSIS", "OPINION", "WATCH", "VIDEO", "LIVE", "EDITORIAL", "CORRECTION",
    };

    /// <summary>The dateline at the start of <paramref name="lead"/>: its place, its agency (or null) and its range.</summary>
    public static (string Place, string? Agency, SourceRange Range)? Find(string text, SourceRange lead)
    {
        var head = text.Substring(lead.Start, System.Math.Min(lead.Length, MaxLength + 1));
        var match = Dateline.Match(head);
        if (!match.Success || !HasTwoCapitals(match.Groups["place"].Value)) return null;

        string place = match.Groups["place"].Value.Trim().TrimEnd(',');
        if (Kickers.Contains(place)) return null;
        string? agency = match.Groups["agency"].Success ? match.Groups["agency"].Value.Trim() : null;

        // Without an agency the place must be longer, and longer still before a hyphen: "WASHINGTON — …",
        // "DES MOINES - …", but not "US - China talks" or "NATO - the alliance".
        bool hyphen = match.Value.TrimEnd().EndsWith("-", System.StringComparison.Ordinal);
        if (agency is null && place.Length < (hyphen ? MinPlaceBeforeHyphen : MinPlaceWithoutAgency)) return null;
        var range = new SourceRange(lead.Start, lead.Start + match.Length).Trim(text);
        return (place, agency, range);
    }

    /// <summary>The place's first word is written in capitals ("WASHINGTON", "PRISHTINË"), not just capitalised ("Washington").</summary>
    private static bool HasTwoCapitals(string place) => place.Length >= 2 && char.IsUpper(place[0]) && char.IsUpper(place[1]);
}
