using System;
using System.Collections.Generic;
using System.Threading;
using NewsCorpus.Text.Lexicons;
using System.Runtime.CompilerServices;

namespace NewsCorpus.Text.Metadata;

/// <summary>
/// Finds the dates an article mentions: "24 shkurt 2022", "February 24, 2022", "Feb. 24", "24. Februar
/// 2022", "am 24. Februar", "janar 2022", "2022-02-24", "24.02.2022", and weekdays ("të enjten", "on
/// Thursday", "am Donnerstag"), a weekday before a date joining it ("Thursday, February 24, 2022").
/// Only what the words say is reported: a weekday alone gives no date, "Februar 2022" no day.
/// </summary>
/// <remarks>
/// The text is cut into words, digit runs and single marks, and each date is matched by looking a
/// few tokens ahead, so the time is linear in the text; no culture's rules are consulted. Names come
/// from <see cref="CalendarNames"/>. A lone number is never a date, nor is a lone name that is also a
/// common word ("May", "March", "shkurt") or an abbreviation ("Feb"): a day or a year must stand with it.
/// </remarks>
public static partial class DateMentions
{
    private const int FirstYear = 1000, LastYear = 2999;

    /// <summary>Every date mentioned in the given ranges (paragraphs) of text, in text order, never overlapping.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="ranges">The ranges to search, usually the paragraphs; out-of-bounds parts are ignored.</param>
    /// <param name="language">
    /// The article's ISO 639-1 code: names of that language are preferred, and other languages' month
    /// names count only with a day or a year. "und" (or any language without names here) recognises them all.
    /// </param>
    /// <param name="cancellationToken">Cancels the search.</param>
    [MethodImpl(HotPath.Optimize)]
    public static IReadOnlyList<DateMention> Find(string text, IReadOnlyList<SourceRange> ranges, string language,
        CancellationToken cancellationToken = default)
    {
        var found = new List<DateMention>();
        if (text is null || ranges is null) return found;

        var sorted = new SourceRange[ranges.Count];
        for (int i = 0; i < sorted.Length; i++) sorted[i] = ranges[i];
        Array.Sort(sorted, static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));

        var scanner = new Scanner(text, CalendarNames.LanguageOf(LanguageCode(language)), found);
        int done = 0;
        foreach (var range in sorted)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int start = Math.Max(Clamp(range.Start, text.Length), done), end = Clamp(range.End, text.Length);
            if (end <= start) continue;
            scanner.Scan(start, end, cancellationToken);
            done = end;
        }

        return found;
    }

    /// <summary>
    /// The dates of an article's <paramref name="paragraphs"/> (in order, apart), given the tokens of each, as the
    /// article's one tokenising made them.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    internal static IReadOnlyList<DateMention> Find(string text, IReadOnlyList<SourceRange> paragraphs, IReadOnlyList<List<Tokens.Token>> paragraphTokens,
        string language, CancellationToken cancellationToken)
    {
        var found = new List<DateMention>();
        var scanner = new Scanner(text, CalendarNames.LanguageOf(LanguageCode(language)), found);
        for (int p = 0; p < paragraphs.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            scanner.Scan(paragraphTokens[p], cancellationToken);
        }

        return found;
    }

    /// <summary>"en", "EN", "en-GB" → "en"; anything else stays as it is (and matches no language).</summary>
    private static string? LanguageCode(string? language)
    {
        if (language is null) return null;
        string code = language.Trim();
        int dash = code.IndexOfAny(new[] { '-', '_' });
        return (dash > 0 ? code.Substring(0, dash) : code).ToLowerInvariant();
    }

    private static int Clamp(int offset, int length) => offset < 0 ? 0 : offset > length ? length : offset;

    private static int DaysIn(int month, int? year) => month switch
    {
        2 => year is int y && !IsLeap(y) ? 28 : 29,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    private static bool IsLeap(int year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    private static readonly int[] MonthOffsets = { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 };

    /// <summary>The weekday of a Gregorian date (Sakamoto's method).</summary>
    private static DayOfWeek WeekdayOf(int year, int month, int day)
    {
        if (month < 3) year--;
        return (DayOfWeek)((year + year / 4 - year / 100 + year / 400 + MonthOffsets[month - 1] + day) % 7);
    }
}
