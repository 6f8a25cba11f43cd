using System;
using System.Collections.Generic;

namespace NewsCorpus.Text.Language;

/// <summary>
/// How likely a word is in one language: a mixture of the language's word frequencies (counted in sample
/// prose, and estimated from the rank of its commonest words) and a model of its spelling, letter by letter
/// given the two letters before (a character trigram model, interpolated with absolute discounting, so an
/// unseen spelling such as "ß" in English costs much but not everything). The spelling is learnt from each
/// distinct word once: the words a text brings that no list holds are mostly content words, spelt like the
/// language's vocabulary rather than like its few most frequent words. Built once at type initialisation
/// and only read afterwards, so a profile is thread-safe.
/// </summary>
internal sealed class LanguageProfile
{
    /// <summary>Words up to this rank in the commonest-words list count as common (function words and the like).</summary>
    public const int CommonRank = 300;

    /// <summary>Marks the start and the end of a word in the spelling model.</summary>
    private const char Boundary = ' ';

    /// <summary>How many letters the spelling model assumes exist, for the chance of one it never saw.</summary>
    private const int AlphabetSize = 100;

    /// <summary>How much of each observed count the spelling model sets aside for what it has not seen.</summary>
    private const double Discount = 0.75;

    /// <summary>The weight of the word frequencies in the mixture; the spelling model has the rest.</summary>
    private const double WordWeight = 0.5;

    /// <summary>The chance of an elision or clitic the language does not have (it may still be a typing slip).</summary>
    private const double UnknownElision = 1e-5;

    private readonly Dictionary<long, int> _trigrams = new();
    private readonly Dictionary<int, int> _bigrams = new();
    private readonly Dictionary<char, int> _letters = new();
    private readonly Dictionary<int, Context> _pairContexts = new();
    private readonly Dictionary<char, Context> _letterContexts = new();
    private readonly Dictionary<string, int> _sampleWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _ranks = new(StringComparer.Ordinal);
    private readonly double _harmonic;
    private readonly int _sampleWordCount;
    private int _letterCount;

    /// <param name="code">The language's ISO 639-1 code.</param>
    /// <param name="sample">The words of sample prose, as <see cref="LanguageWords"/> reads them.</param>
    /// <param name="commonest">The language's commonest words, commonest first.</param>
    public LanguageProfile(string code, IEnumerable<string> sample, IReadOnlyList<string> commonest)
    {
        Code = code;
        foreach (string word in sample)
        {
            _sampleWords.TryGetValue(word, out int count);
            _sampleWords[word] = count + 1;
            _sampleWordCount++;
            if (count == 0) LearnSpelling(word);
        }

        for (int i = 0; i < commonest.Count; i++)
        {
            if (_ranks.ContainsKey(commonest[i])) continue;
            _ranks[commonest[i]] = i + 1;
            _harmonic += 1.0 / (i + 1);
            if (!_sampleWords.ContainsKey(commonest[i])) LearnSpelling(commonest[i]);
        }
    }

    /// <summary>The ISO 639-1 code.</summary>
    public string Code { get; }

    /// <summary>The letters (and apostrophe) of the words this profile was built from.</summary>
    public IEnumerable<char> Letters
    {
        get
        {
            foreach (char c in _letters.Keys)
            {
                if (c != Boundary) yield return c;
            }
        }
    }

    /// <summary>Whether the word is in the sample prose or among the commonest words.</summary>
    public bool Knows(string word) => _sampleWords.ContainsKey(word) || _ranks.ContainsKey(word);

    /// <summary>Whether the word is among the <see cref="CommonRank"/> commonest.</summary>
    public bool IsCommon(string word) => _ranks.TryGetValue(word, out int rank) && rank <= CommonRank;

    /// <summary>The natural logarithm of the chance of <paramref name="word"/> (lower case, composed) in this language.</summary>
    public double LogProbability(string word)
    {
        _sampleWords.TryGetValue(word, out int count);
        double counted = _sampleWordCount == 0 ? 0 : (double)count / _sampleWordCount;

        // Zipf's law: the n-th commonest word is about n times rarer than the first.
        double ranked = _ranks.TryGetValue(word, out int rank) ? 1.0 / rank / _harmonic : 0;
        double fromWords = WordWeight * (counted + ranked) / 2;

        // Elisions and clitics ("l'", "'s") are a closed class: a language has them or it has not.
        if (word.IndexOf(LanguageWords.Apostrophe) >= 0) return Math.Log(Math.Max(fromWords, UnknownElision));

        // In logarithms: the spelling probability of a long word would underflow.
        double spelling = Math.Log(1 - WordWeight) + LogSpellingProbability(word);
        return fromWords > 0 ? Math.Log(fromWords + Math.Exp(spelling)) : spelling;
    }

    private double LogSpellingProbability(string word)
    {
        double logProbability = 0;
        char a = Boundary, b = Boundary;
        for (int i = 0; i <= word.Length; i++)
        {
            char c = i < word.Length ? word[i] : Boundary;
            logProbability += Math.Log(Next(a, b, c));
            a = b;
            b = c;
        }

        return logProbability;
    }

    /// <summary>P(c | a b), interpolated with P(c | b) and P(c) in proportion to how many different letters followed each context.</summary>
    private double Next(char a, char b, char c)
    {
        _letters.TryGetValue(c, out int letter);
        double p = (letter + (double)_letters.Count / AlphabetSize) / (_letterCount + _letters.Count);

        if (_letterContexts.TryGetValue(b, out var single))
        {
            _bigrams.TryGetValue(Pair(b, c), out int bigram);
            p = (Math.Max(bigram - Discount, 0) + Discount * single.Followers * p) / single.Count;
        }

        if (_pairContexts.TryGetValue(Pair(a, b), out var pair))
        {
            _trigrams.TryGetValue(Triple(a, b, c), out int trigram);
            p = (Math.Max(trigram - Discount, 0) + Discount * pair.Followers * p) / pair.Count;
        }

        return p;
    }

    private void LearnSpelling(string word)
    {
        char a = Boundary, b = Boundary;
        for (int i = 0; i <= word.Length; i++)
        {
            char c = i < word.Length ? word[i] : Boundary;
            Follow(_pairContexts, Pair(a, b), Increment(_trigrams, Triple(a, b, c)));
            Follow(_letterContexts, b, Increment(_bigrams, Pair(b, c)));
            Increment(_letters, c);
            _letterCount++;
            a = b;
            b = c;
        }
    }

    /// <summary>Counts one more; true when it is the first.</summary>
    private static bool Increment<TKey>(Dictionary<TKey, int> counts, TKey key)
        where TKey : notnull
    {
        counts.TryGetValue(key, out int count);
        counts[key] = count + 1;
        return count == 0;
    }

    private static void Follow<TKey>(Dictionary<TKey, Context> contexts, TKey key, bool newFollower)
        where TKey : notnull
    {
        contexts.TryGetValue(key, out var context);
        contexts[key] = new Context(context.Count + 1, context.Followers + (newFollower ? 1 : 0));
    }

    private static int Pair(char a, char b) => (a << 16) | b;

    private static long Triple(char a, char b, char c) => ((long)a << 32) | ((long)b << 16) | c;

    /// <summary>How often a context occurred and how many different letters followed it.</summary>
    private readonly record struct Context(int Count, int Followers);
}
