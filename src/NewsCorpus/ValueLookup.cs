using System;
using System.Collections.Generic;
using System.Text;

namespace NewsCorpus;

/// <summary>
/// The one rule by which a catalog matches a value it is asked for (an id in <see cref="ArticleCatalog.Get"/> and
/// <see cref="ArticleCatalog.Find"/>; a language, source or category in the filters) to the values its articles have:
/// <list type="number">
/// <item>both are read in Unicode normalisation form C (a decomposed "e" + U+0308 is "ë"), as the generator reads ids;</item>
/// <item>the value names the article value equal to it by ordinal comparison, if one is;</item>
/// <item>otherwise it names every article value equal to it ignoring case (<see cref="StringComparison.OrdinalIgnoreCase"/>).</item>
/// </list>
/// So an exact spelling always reaches its own articles, even where another value differs from it in case alone, and a
/// spelling that matches nothing exactly reaches every value that differs from it in case alone. The caller decides what
/// several named values mean: one article for an id cannot be chosen, a filter returns the articles of all of them.
/// </summary>
internal sealed class ValueLookup
{
    private readonly Dictionary<string, List<int>> _articlesByValue;
    private readonly Dictionary<string, List<string>> _valuesIgnoringCase;

    /// <summary>
    /// Indexes the values of <paramref name="count"/> articles, the i-th being <paramref name="valueAt"/>(i); an article
    /// without one (null) is never named.
    /// </summary>
    public ValueLookup(int count, Func<int, string?> valueAt)
    {
        _articlesByValue = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        _valuesIgnoringCase = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < count; i++)
        {
            if (valueAt(i) is not { } raw) continue;
            string value = Normalize(raw);
            if (_articlesByValue.TryGetValue(value, out var indices))
            {
                indices.Add(i);
                continue;
            }

            _articlesByValue.Add(value, new List<int> { i });
            if (_valuesIgnoringCase.TryGetValue(value, out var spellings)) spellings.Add(value);
            else _valuesIgnoringCase.Add(value, new List<string> { value });
        }
    }

    /// <summary>The article values that <paramref name="asked"/> names, normalised, in order of their first article; empty for none.</summary>
    public IReadOnlyList<string> ValuesNamedBy(string asked)
    {
        string value = Normalize(asked);
        if (_articlesByValue.ContainsKey(value)) return new[] { value };
        return _valuesIgnoringCase.TryGetValue(value, out var spellings) ? spellings : Array.Empty<string>();
    }

    /// <summary>The positions of the articles that have <paramref name="value"/> (one that <see cref="ValuesNamedBy"/> gave), ascending.</summary>
    public IReadOnlyList<int> ArticlesWith(string value) => _articlesByValue[value];

    /// <summary>The positions of the articles whose value <paramref name="asked"/> names, ascending.</summary>
    public IReadOnlyList<int> ArticlesNamedBy(string asked)
    {
        var values = ValuesNamedBy(asked);
        if (values.Count == 0) return Array.Empty<int>();
        if (values.Count == 1) return ArticlesWith(values[0]);
        var merged = new List<int>();
        foreach (string value in values) merged.AddRange(ArticlesWith(value));
        merged.Sort();
        return merged;
    }

    /// <summary>
    /// <paramref name="text"/> in Unicode normalisation form C, a surrogate without its partner read as U+FFFD first (as the
    /// generator reads file names). Where .NET cannot normalise (invariant globalization), the text is taken as it is, as
    /// the generator then takes names.
    /// </summary>
    public static string Normalize(string text)
    {
        string valid = WithoutLoneSurrogates(text);
        return valid.IsNormalized(NormalizationForm.FormC) ? valid : valid.Normalize(NormalizationForm.FormC);
    }

    private static string WithoutLoneSurrogates(string text)
    {
        char[]? copy = null;
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) (copy ??= text.ToCharArray())[i] = '\uFFFD';
        }

        return copy is null ? text : new string(copy);
    }
}
