using System.Collections.Generic;
using System.Text;
using System.Threading;
using NewsCorpus.Text.Lexicons;

namespace NewsCorpus.Text.Language;

/// <summary>
/// A small, dependency-free language identification by stop-word counts (see <see cref="StopWords"/>).
/// It answers <see cref="Undetermined"/> rather than guess: on a few words, or when two languages
/// score alike.
/// </summary>
public static class LanguageIdentifier
{
    /// <summary>The ISO 639 code for "undetermined".</summary>
    public const string Undetermined = "und";

    /// <summary>Fewest stop-word hits for a confident answer.</summary>
    private const int MinimumHits = 3;

    /// <summary>How far ahead of the runner-up the winner must be.</summary>
    private const double MinimumLead = 1.5;

    /// <summary>Identifies the language of the given ranges of <paramref name="text"/>.</summary>
    public static string Identify(string text, IEnumerable<SourceRange> ranges, CancellationToken cancellationToken = default) =>
        Decide(Score(text, ranges, cancellationToken));

    private static Dictionary<string, int> Score(string text, IEnumerable<SourceRange> ranges, CancellationToken cancellationToken)
    {
        var scores = new Dictionary<string, int>();
        var word = new StringBuilder();
        foreach (var range in ranges)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (int i = range.Start; i <= range.End; i++)
            {
                if (i < range.End && TextChars.IsWordChar(text[i]))
                {
                    word.Append(char.ToLowerInvariant(text[i]));
                    continue;
                }

                if (word.Length > 0) Count(Composed(word.ToString()), scores);
                word.Clear();
            }
        }

        return scores;
    }

    /// <summary>
    /// The most likely language even where <see cref="Identify(string, IEnumerable{SourceRange}, CancellationToken)"/>
    /// is unsure ("Laut Polizei sei …" has one German stop word), for choosing word lists; never for display.
    /// </summary>
    public static string Guess(string text, IEnumerable<SourceRange> ranges, CancellationToken cancellationToken = default)
    {
        var scores = Score(text, ranges, cancellationToken);
        var ranked = Rank(scores);
        return ranked.Count > 0 && (ranked.Count == 1 || ranked[0].Value > ranked[1].Value) ? ranked[0].Key : Undetermined;
    }

    /// <summary>Identifies the language of a whole text.</summary>
    public static string Identify(string text) => Identify(text, new[] { new SourceRange(0, text.Length) });

    /// <summary>Stop words are stored composed (NFC); text written decomposed (NFD) must match them too.</summary>
    private static string Composed(string word) => word.IsNormalized() ? word : word.Normalize();

    private static void Count(string word, Dictionary<string, int> scores)
    {
        foreach (var language in StopWords.ByLanguage)
        {
            if (language.Value.Contains(word))
            {
                scores.TryGetValue(language.Key, out int score);
                scores[language.Key] = score + 1;
            }
        }
    }

    private static List<KeyValuePair<string, int>> Rank(Dictionary<string, int> scores)
    {
        var ranked = new List<KeyValuePair<string, int>>(scores);
        ranked.Sort((a, b) => b.Value != a.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(a.Key, b.Key));
        return ranked;
    }

    private static string Decide(Dictionary<string, int> scores)
    {
        var ranked = Rank(scores);
        if (ranked.Count == 0) return Undetermined;

        int top = ranked[0].Value;
        int second = ranked.Count > 1 ? ranked[1].Value : 0;
        return top >= MinimumHits && top >= second * MinimumLead ? ranked[0].Key : Undetermined;
    }
}
