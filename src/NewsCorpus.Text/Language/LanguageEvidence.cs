using System;
using System.Runtime.CompilerServices;

namespace NewsCorpus.Text.Language;

/// <summary>
/// What the words of a text say about its language, summed in one pass: for every pair of languages
/// (a, b), how far the words favour a over b (each word's log-likelihood ratio capped, so that no word
/// outweighs the words around it) and how much they say either way; and for each language its total
/// against each word's best language, which picks the winner. Memory does not grow with the text.
/// </summary>
internal sealed class LanguageEvidence
{
    // Only the pairs a < b are summed, flat: the lead of b over a is exactly the lead of a over b negated (each
    // word's ratio is capped symmetrically, and rounding is symmetric under negation), and the weights are equal.
    private readonly int _languages;
    private readonly double[] _lead;
    private readonly double[] _weight;
    private readonly double[] _total;

    public LanguageEvidence(int languages)
    {
        _languages = languages;
        _lead = new double[languages * languages];
        _weight = new double[languages * languages];
        _total = new double[languages];
    }

    /// <summary>How many words were added.</summary>
    public int Words { get; private set; }

    /// <summary>How many of them were different words.</summary>
    public int DistinctWords { get; private set; }

    /// <summary>
    /// Adds one word: its log-probability in each language, and the most it may count when it favours
    /// each language (a name counts little, except for a language that writes its nouns with capitals).
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    public void Add(double[] scores, double[] caps, bool isNew)
    {
        Words++;
        if (isNew) DistinctWords++;
        int best = 0;
        for (int i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best]) best = i;
        }

        for (int a = 0; a < scores.Length; a++)
        {
            _total[a] += Math.Max(scores[a] - scores[best], -caps[best]);
            for (int b = a + 1; b < scores.Length; b++)
            {
                double lead = Math.Max(-caps[b], Math.Min(caps[a], scores[a] - scores[b]));
                _lead[a * _languages + b] += lead;
                _weight[a * _languages + b] += Math.Abs(lead);
            }
        }
    }

    /// <summary>The language whose words score best; ties go to the first; -1 without words.</summary>
    public int Winner()
    {
        if (Words == 0) return -1;
        int winner = 0;
        for (int i = 1; i < _total.Length; i++)
        {
            if (_total[i] > _total[winner]) winner = i;
        }

        return winner;
    }

    /// <summary>How far the words favour <paramref name="a"/> over <paramref name="b"/>.</summary>
    public double Lead(int a, int b) => a < b ? _lead[a * _languages + b] : a > b ? -_lead[b * _languages + a] : 0;

    /// <summary>How much the words say about <paramref name="a"/> against <paramref name="b"/>, either way.</summary>
    public double Weight(int a, int b) => a < b ? _weight[a * _languages + b] : a > b ? _weight[b * _languages + a] : 0;
}
