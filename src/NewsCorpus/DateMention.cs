using System;

namespace NewsCorpus;

/// <summary>
/// A date an article mentions ("24 shkurt 2022", "February 2022", "të enjten"): where it stands and
/// only the parts its words give. Nothing is invented: a weekday alone has no date.
/// </summary>
public sealed class DateMention
{
    private readonly Article _article;

    internal DateMention(Article article, TextRange range, int? year, int? month, int? day, DayOfWeek? weekday)
    {
        _article = article;
        Range = range;
        Year = year;
        Month = month;
        Day = day;
        Weekday = weekday;
    }

    /// <summary>Where the mention stands in <see cref="Article.Text"/>.</summary>
    public TextRange Range { get; }

    /// <summary>The year, if the words give one.</summary>
    public int? Year { get; }

    /// <summary>The month (1–12), if the words give one.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, if the words give one.</summary>
    public int? Day { get; }

    /// <summary>The weekday, if the words name one.</summary>
    public DayOfWeek? Weekday { get; }

    /// <summary>The full date when year, month and day are all given; otherwise null.</summary>
    public DateTime? Date => Year is { } y && Month is { } m && Day is { } d ? new DateTime(y, m, d) : null;

    /// <summary>The words as written (decodes the article's text on first use).</summary>
    public string Text => _article.Slice(Range);

    /// <inheritdoc/>
    public override string ToString() => Text;
}
