using System.Text.RegularExpressions;

namespace NewsCorpus.Text.Metadata;

/// <summary>
/// An agency sign-off at the very end of the last paragraph: "… deri sot. /VOA" gives the source
/// <c>VOA</c>. The same shape serves other agencies ("/AFP", "/Telegrafi/"), and so do "… said. (Reuters)"
/// and "… said. — AP" after a sentence's end.
/// </summary>
internal static class SignOffRule
{
    // A slash after white space (or alone on the line), a capitalised agency name (dots only inside,
    // so "/VOA." gives VOA), an optional closing slash and full stop.
    private static readonly Regex SlashSignOff = new(
        @"(?:^|(?<=\s))/\s?(?<source>\p{Lu}[\p{L}\p{N}&\-]{0,30}(?:\.[\p{L}\p{N}]{1,10})?)/?\.?\s*$",
        RegexOptions.CultureInvariant);

    // After a sentence's end: a bracketed agency ("(Reuters)") or a dash and an agency in capitals ("— AP").
    private static readonly Regex BracketOrDashSignOff = new(
        @"(?<=[.!?”""»][ \t]{1,3})(?:\((?<source>\p{Lu}[\p{L}]{1,20})\)|[\u2013\u2014][ \t]?(?<source>\p{Lu}[\p{Lu}&]{1,10}))\.?\s*$",
        RegexOptions.CultureInvariant);

    /// <summary>Finds a sign-off at the end of <paramref name="paragraph"/>.</summary>
    /// <returns>The agency and the sign-off's range, or null.</returns>
    public static (string Source, SourceRange Range)? Find(string text, SourceRange paragraph)
    {
        string content = paragraph.Of(text);
        var match = SlashSignOff.Match(content);
        if (!match.Success) match = BracketOrDashSignOff.Match(content);
        if (!match.Success) return null;
        var range = new SourceRange(paragraph.Start + match.Index, paragraph.End).Trim(text);
        return (match.Groups["source"].Value, range);
    }
}
