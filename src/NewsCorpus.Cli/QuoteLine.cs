namespace NewsCorpus.Cli;

/// <summary>
/// A quote as `show` and `inspect` print it: its paragraph, its kind, its words, then who said it and with which
/// cue, <c>[2] direct "We got a fair deal" - the organiser (told)</c>. A quote without a speaker says so, as does
/// one whose speaker has no cue; a pronoun's earlier, fuller speaker follows it, <c>she [= Maria Zakharova]</c>.
/// </summary>
internal static class QuoteLine
{
    public const string NoSpeaker = "no speaker found";

    public const string NoCue = "no cue";

    public static string Of(int paragraphIndex, string kind, string text, string? speaker, string? resolvedSpeaker, string? cue) =>
        $"[{paragraphIndex + 1}] {kind} \"{text}\" - {Attribution(speaker, resolvedSpeaker, cue)}";

    /// <summary>Who said it and how: "Blinken (said)", "he [= Antony Blinken] (said)", "Blinken (no cue)", or "no speaker found".</summary>
    public static string Attribution(string? speaker, string? resolvedSpeaker, string? cue)
    {
        if (speaker is null) return cue is null ? NoSpeaker : $"{NoSpeaker} ({cue})";
        string resolved = resolvedSpeaker is null ? string.Empty : $" [= {resolvedSpeaker}]";
        return $"{speaker}{resolved} ({cue ?? NoCue})";
    }
}
