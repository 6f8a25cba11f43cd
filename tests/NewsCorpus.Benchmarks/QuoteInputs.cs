using System;
using System.Collections.Concurrent;
using System.Text;

namespace NewsCorpus.Benchmarks;

/// <summary>The inputs of <see cref="QuoteExtractionBenchmarks"/>.</summary>
public enum QuoteInput
{
    /// <summary>(a) Random quotation marks of every convention, apostrophes, short words and spaces; one paragraph.</summary>
    RandomMarks,

    /// <summary>(b) <c>“a ‘b ’c </c> repeated: openers that nest and never close properly; one paragraph.</summary>
    NestedOpeners,

    /// <summary>(c) One paragraph of words with no full stop and a reported-speech cue ("X said that") every few words.</summary>
    SaidThatNoFullStop,

    /// <summary>(d) A realistic news article (<see cref="SampleArticle"/>) concatenated to the full size.</summary>
    NewsArticles,
}

/// <summary>
/// Builds the inputs deterministically (fixed seed), so the benchmark process and the host that draws the
/// summary table (which needs their lengths for the ns/char column) see the same texts.
/// </summary>
internal static class QuoteInputs
{
    /// <summary>Characters of the full-size random and news inputs.</summary>
    public const int FullChars = 1_000_000;

    /// <summary>Repetitions of <see cref="NestedUnit"/> at full size.</summary>
    public const int FullNestedRepetitions = 200_000;

    /// <summary>Words of the full-size reported-speech paragraph.</summary>
    public const int FullSaidThatWords = 50_000;

    public const string NestedUnit = "\u201Ca \u2018b \u2019c ";

    private const int Seed = 20_240_301;

    private static readonly ConcurrentDictionary<(QuoteInput, int), string> Cache = new();

    /// <summary>The input at <paramref name="percent"/> of its full size.</summary>
    public static string Get(QuoteInput input, int percent) => Cache.GetOrAdd((input, percent), key => Build(key.Item1, key.Item2));

    private static string Build(QuoteInput input, int percent) => input switch
    {
        QuoteInput.RandomMarks => RandomMarks(FullChars * percent / 100),
        QuoteInput.NestedOpeners => Repeat(NestedUnit, FullNestedRepetitions * percent / 100),
        QuoteInput.SaidThatNoFullStop => SaidThat(FullSaidThatWords * percent / 100),
        QuoteInput.NewsArticles => NewsArticles(FullChars * percent / 100),
        _ => throw new ArgumentOutOfRangeException(nameof(input)),
    };

    /// <summary>
    /// Random tokens: a quotation mark of any convention (about 40%), a short word that may hold an
    /// apostrophe (don’t, t’i, Bush's) or end in one (about 35%), or a space; no line breaks, so the
    /// whole megabyte is a single paragraph, the worst case for anything that works per paragraph.
    /// </summary>
    private static string RandomMarks(int length)
    {
        const string marks = "\u201C\u201D\u201E\u00AB\u00BB\u2039\u203A\u2018\u2019\"'`";
        const string letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        var random = new Random(Seed);
        var sb = new StringBuilder(length + 16);
        while (sb.Length < length)
        {
            int roll = random.Next(100);
            if (roll < 40)
            {
                sb.Append(marks[random.Next(marks.Length)]);
            }
            else if (roll < 75)
            {
                int n = 1 + random.Next(5);
                for (int i = 0; i < n; i++) sb.Append(letters[random.Next(letters.Length)]);
                int apostrophe = random.Next(10);
                if (apostrophe == 0) sb.Append('\u2019').Append(letters[random.Next(26)]);      // don’t
                else if (apostrophe == 1) sb.Append('\'').Append(letters[random.Next(26)]);     // don't
                else if (apostrophe == 2) sb.Append('\u2019');                                  // Jesus’
            }
            else
            {
                sb.Append(' ');
            }
        }

        sb.Length = length;
        return sb.ToString();
    }

    private static string Repeat(string unit, int count)
    {
        var sb = new StringBuilder(unit.Length * count);
        for (int i = 0; i < count; i++) sb.Append(unit);
        return sb.ToString();
    }

    /// <summary>
    /// One paragraph of <paramref name="wordCount"/> words with no full stop anywhere: speakers and
    /// cues ("Maria Zakharova said that", "officials told reporters that", "according to the ministry")
    /// every few words, so every cue opens a reported clause that never ends in a sentence boundary.
    /// </summary>
    private static string SaidThat(int wordCount)
    {
        string[] speakers =
        [
            "Maria Zakharova", "the minister", "he", "she", "officials", "a senior official", "Blinken",
            "the spokesman for the ministry", "they", "Dr Ruiz",
        ];
        string[] cues = ["said that", "said", "told reporters that", "added that", "warned that", "claimed that"];
        string[] filler =
        [
            "the", "talks", "would", "continue", "and", "that", "no", "agreement", "had", "been", "reached", "on",
            "grain", "exports", "while", "both", "sides", "remained", "far", "apart", "over", "Ukraine",
        ];

        var random = new Random(Seed);
        var sb = new StringBuilder(wordCount * 7);
        int words = 0;
        void Add(string phrase)
        {
            foreach (string word in phrase.Split(' '))
            {
                if (words == wordCount) return;
                if (words > 0) sb.Append(' ');
                sb.Append(word);
                words++;
            }
        }

        while (words < wordCount)
        {
            if (random.Next(4) == 0) Add("according to " + speakers[random.Next(speakers.Length)] + ",");
            else Add(speakers[random.Next(speakers.Length)] + " " + cues[random.Next(cues.Length)]);
            int n = 3 + random.Next(6);
            for (int i = 0; i < n; i++) Add(filler[random.Next(filler.Length)]);
        }

        return sb.ToString();
    }

    /// <summary>The sample article repeated (a blank line between copies) and cut at <paramref name="length"/>.</summary>
    private static string NewsArticles(int length)
    {
        var sb = new StringBuilder(length + SampleArticle.Text.Length + 1);
        while (sb.Length < length) sb.Append(SampleArticle.Text).Append('\n');
        sb.Length = length;
        return sb.ToString();
    }
}
