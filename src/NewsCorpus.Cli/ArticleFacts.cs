namespace NewsCorpus.Cli;

/// <summary>Small facts the CLI shows the same way for embedded and inspected articles.</summary>
internal static class ArticleFacts
{
    /// <summary>The text cut to <paramref name="width"/> characters with an ellipsis.</summary>
    public static string Shorten(string text, int width) =>
        text.Length <= width ? text : text.Substring(0, width - 1) + "…";

    /// <summary>A mentioned date as its known parts: "2022-02-24", "2022-02", "--02-24", or the weekday alone.</summary>
    public static string DateParts(int? year, int? month, int? day, System.DayOfWeek? weekday)
    {
        string date = (year, month, day) switch
        {
            ({ } y, { } m, { } d) => $"{y:D4}-{m:D2}-{d:D2}",
            ({ } y, { } m, null) => $"{y:D4}-{m:D2}",
            (null, { } m, { } d) => $"--{m:D2}-{d:D2}",
            ({ } y, null, null) => $"{y:D4}",
            _ => string.Empty,
        };
        return weekday is { } w ? (date.Length == 0 ? w.ToString() : $"{date} ({w})") : date;
    }
}
