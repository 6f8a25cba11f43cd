using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

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

    /// <summary>Each word of the sample prose and of the commonest-words list: how often the samples use it, and its rank.</summary>
    private readonly Dictionary<string, WordCounts> _words = new(StringComparer.Ordinal);
    private readonly double _harmonic;
    private readonly int _sampleWordCount;

    // The spelling model's counts, by dense letter indices rather than keyed by characters: scoring a word
    // reads them for every letter in every profile, so each is an array element (the trigrams, which are
    // sparse, one dictionary look-up). Index 0 is the boundary; a letter the profile never saw has none.
    private readonly int[] _indexOfLetter;
    private readonly char[] _letterOfIndex;
    private readonly int _alphabet;
    private readonly int[] _letters;
    private readonly int[] _bigrams;
    private readonly CountTable _trigrams = new();
    private readonly Context[] _letterContexts;
    private readonly Context[] _pairContexts;
    private int _letterCount;
    private int _distinctLetters;

    /// <param name="code">The language's ISO 639-1 code.</param>
    /// <param name="sample">The words of sample prose, as <see cref="LanguageWords"/> reads them.</param>
    /// <param name="commonest">The language's commonest words, commonest first.</param>
    [MethodImpl(HotPath.Optimize)]
    public LanguageProfile(string code, IEnumerable<string> sample, IReadOnlyList<string> commonest)
    {
        Code = code;
        var spellings = new List<string>();
        foreach (string word in sample)
        {
            var counts = CountsOf(word);
            counts.Sample++;
            _sampleWordCount++;
            if (counts.Sample == 1) spellings.Add(word);
        }

        for (int i = 0; i < commonest.Count; i++)
        {
            var counts = CountsOf(commonest[i]);
            if (counts.Rank > 0) continue;
            counts.Rank = i + 1;
            _harmonic += 1.0 / (i + 1);
            if (counts.Sample == 0) spellings.Add(commonest[i]);
        }

        // The alphabet is every letter of the words learnt from, so the count tables can be sized before learning.
        var alphabet = new List<char> { Boundary };
        _indexOfLetter = new int[Boundary + 1];
        _indexOfLetter[Boundary] = 1;
        foreach (string word in spellings)
        {
            foreach (char c in word)
            {
                if (c >= _indexOfLetter.Length) Array.Resize(ref _indexOfLetter, Math.Max(c + 1, _indexOfLetter.Length * 2));
                if (_indexOfLetter[c] != 0) continue;
                alphabet.Add(c);
                _indexOfLetter[c] = alphabet.Count; // one more than the index, so that 0 means "never seen"
            }
        }

        _letterOfIndex = alphabet.ToArray();
        _alphabet = alphabet.Count;
        _letters = new int[_alphabet];
        _letterContexts = new Context[_alphabet];
        _bigrams = new int[_alphabet * _alphabet];
        _pairContexts = new Context[_alphabet * _alphabet];
        foreach (string word in spellings) LearnSpelling(word);
    }

    /// <summary>The ISO 639-1 code.</summary>
    public string Code { get; }

    /// <summary>The letters (and apostrophe) of the words this profile was built from.</summary>
    public IEnumerable<char> Letters
    {
        get
        {
            foreach (char c in _letterOfIndex)
            {
                if (c != Boundary) yield return c;
            }
        }
    }

    /// <summary>Whether the word is in the sample prose or among the commonest words.</summary>
    public bool Knows(string word) => _words.ContainsKey(word);

    /// <summary>Whether the word is among the <see cref="CommonRank"/> commonest.</summary>
    public bool IsCommon(string word) => _words.TryGetValue(word, out var counts) && counts.Rank > 0 && counts.Rank <= CommonRank;

    private WordCounts CountsOf(string word)
    {
        if (!_words.TryGetValue(word, out var counts)) _words.Add(word, counts = new WordCounts());
        return counts;
    }

    /// <summary>The natural logarithm of the chance of <paramref name="word"/> (lower case, composed) in this language.</summary>
    public double LogProbability(string word) => LogProbability(word, out _, out _);

    /// <summary>
    /// <see cref="LogProbability(string)"/>, and whether the profile knows the word (<see cref="Knows"/>) and
    /// has it among its commonest (<see cref="IsCommon"/>), from one look-up.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    public double LogProbability(string word, out bool known, out bool common)
    {
        known = _words.TryGetValue(word, out var counts);
        int rank = known ? counts!.Rank : 0;
        common = rank > 0 && rank <= CommonRank;
        int count = known ? counts!.Sample : 0;
        double counted = _sampleWordCount == 0 ? 0 : (double)count / _sampleWordCount;

        // Zipf's law: the n-th commonest word is about n times rarer than the first.
        double ranked = rank > 0 ? 1.0 / rank / _harmonic : 0;
        double fromWords = WordWeight * (counted + ranked) / 2;

        // Elisions and clitics ("l'", "'s") are a closed class: a language has them or it has not.
        if (word.IndexOf(LanguageWords.Apostrophe) >= 0) return Math.Log(Math.Max(fromWords, UnknownElision));

        // In logarithms: the spelling probability of a long word would underflow.
        double spelling = Math.Log(1 - WordWeight) + LogSpellingProbability(word);
        return fromWords > 0 ? Math.Log(fromWords + Math.Exp(spelling)) : spelling;
    }

    [MethodImpl(HotPath.Optimize)]
    private double LogSpellingProbability(string word)
    {
        double logProbability = 0;
        int a = BoundaryIndex, b = BoundaryIndex;
        for (int i = 0; i <= word.Length; i++)
        {
            int c = i < word.Length ? IndexOf(word[i]) : BoundaryIndex;
            logProbability += Math.Log(Next(a, b, c));
            a = b;
            b = c;
        }

        return logProbability;
    }

    /// <summary>
    /// P(c | a b), interpolated with P(c | b) and P(c) in proportion to how many different letters followed each
    /// context; by letter index, <see cref="Unseen"/> for a letter the profile never saw.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    private double Next(int a, int b, int c)
    {
        int letter = c != Unseen ? _letters[c] : 0;
        double p = (letter + (double)_distinctLetters / AlphabetSize) / (_letterCount + _distinctLetters);

        if (b != Unseen && _letterContexts[b] is { Count: > 0 } single)
        {
            int bigram = c != Unseen ? _bigrams[b * _alphabet + c] : 0;
            p = (Math.Max(bigram - Discount, 0) + Discount * single.Followers * p) / single.Count;
        }

        if (a != Unseen && b != Unseen && _pairContexts[a * _alphabet + b] is { Count: > 0 } pair)
        {
            int trigram = c != Unseen ? _trigrams[Triple(a, b, c)] : 0;
            p = (Math.Max(trigram - Discount, 0) + Discount * pair.Followers * p) / pair.Count;
        }

        return p;
    }

    [MethodImpl(HotPath.Optimize)]
    private void LearnSpelling(string word)
    {
        int a = BoundaryIndex, b = BoundaryIndex;
        for (int i = 0; i <= word.Length; i++)
        {
            int c = i < word.Length ? IndexOf(word[i]) : BoundaryIndex;
            bool newTrigram = _trigrams.Increment(Triple(a, b, c)) == 1;
            Follow(ref _pairContexts[a * _alphabet + b], newTrigram);
            bool newBigram = _bigrams[b * _alphabet + c]++ == 0;
            Follow(ref _letterContexts[b], newBigram);
            if (_letters[c]++ == 0) _distinctLetters++;
            _letterCount++;
            a = b;
            b = c;
        }
    }

    private const int BoundaryIndex = 0;

    private const int Unseen = -1;

    private int IndexOf(char c) => c < _indexOfLetter.Length ? _indexOfLetter[c] - 1 : Unseen;

    private static void Follow(ref Context context, bool newFollower) =>
        context = new Context(context.Count + 1, context.Followers + (newFollower ? 1 : 0));

    private int Triple(int a, int b, int c) => (a * _alphabet + b) * _alphabet + c;

    /// <summary>How often a context occurred and how many different letters followed it.</summary>
    private readonly record struct Context(int Count, int Followers);

    /// <summary>How often the sample prose uses a word, and its rank among the commonest words (0 for none); set while the profile is built.</summary>
    private sealed class WordCounts
    {
        public int Sample;

        public int Rank;
    }
}
