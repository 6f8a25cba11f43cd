namespace NewsCorpus.Text.Metadata;

/// <summary>A date the text mentions: its span, and only the parts the words give (no invented date).</summary>
public sealed record DateMention(SourceRange Range, int? Year, int? Month, int? Day, System.DayOfWeek? Weekday);
