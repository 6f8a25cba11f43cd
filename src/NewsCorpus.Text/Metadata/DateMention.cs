using System;

namespace NewsCorpus.Text.Metadata;

/// <summary>
/// A date the text mentions: its span, and only the parts the words give (no invented date).
/// "24 shkurt 2022" gives year, month and day; "Februar 2022" a year and a month; "am 24. Februar" a
/// month and a day; "të enjten" or "on Thursday" only a weekday, whose range covers the weekday words.
/// </summary>
/// <param name="Range">The words of the date in the article's text ("Feb. 24, 2022", "të enjten, 24 shkurt").</param>
/// <param name="Year">The year the words give (1000–2999), or null.</param>
/// <param name="Month">The month the words give (1–12), or null.</param>
/// <param name="Day">The day of the month the words give (fitting the month), or null.</param>
/// <param name="Weekday">The weekday the words name, or null; never computed from a date.</param>
public sealed record DateMention(SourceRange Range, int? Year, int? Month, int? Day, DayOfWeek? Weekday);
