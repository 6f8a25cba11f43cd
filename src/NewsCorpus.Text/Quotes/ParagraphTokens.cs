using System.Linq;
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using NewsCorpus.Text.Lexicons;
using NewsCorpus.Text.Tokens;

namespace NewsCorpus.Text.Quotes;

/// <summary>
/// One paragraph as tokens and sentences, with the attribution lexicon of the article's language:
/// what the attribution rules read.
/// </summary>
internal sealed class ParagraphTokens
{
    /// <summary>The paragraph with its tokens as the article's one tokenising made them.</summary>
    public ParagraphTokens(string text, SourceRange paragraph, List<Token> tokens, int index, LexiconIndex lexicon)
    {
        Text = text;
        Range = paragraph;
        Index = index;
        Lexicon = lexicon;
        Tokens = tokens;
        _keys = LexiconKeys(text, Tokens, lexicon.Words);
        Sentences = Sentence.Split(text, Tokens, lexicon.OrdinalStops);
        SentenceOf = Sentence.IndexOfTokens(Sentences, Tokens.Count);
    }

    public string Text { get; }

    public SourceRange Range { get; }

    public int Index { get; }

    public LexiconIndex Lexicon { get; }

    public List<Token> Tokens { get; }

    public Sentence[] Sentences { get; }

    public int[] SentenceOf { get; }

    /// <summary>
    /// The token in lower case if the lexicon has that word (in any of its lists), else null: what the rules look
    /// up in the lexicon and compare with its words, with no string made for the many tokens it has not.
    /// </summary>
    public string? Key(int token) => _keys[token];

    private readonly string?[] _keys;

    [MethodImpl(HotPath.Optimize)]
    private static string?[] LexiconKeys(string text, List<Token> tokens, Vocabulary words)
    {
        var keys = new string?[tokens.Count];
        var buffer = new char[32];
        for (int t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            int length = token.End - token.Start;
            if (length > buffer.Length) buffer = new char[Math.Max(length, 2 * buffer.Length)];
            bool ascii = true;
            for (int i = 0; i < length && ascii; i++)
            {
                char c = text[token.Start + i];
                ascii = c < 128;
                buffer[i] = c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c;
            }

            // Beyond ASCII, lower-case as Token.Lower does (the string's casing, surrogate pairs and all).
            keys[t] = ascii ? words.Find(buffer, length) : words.Find(token.Lower(text));
        }

        return keys;
    }

    /// <summary>The token's text in lower case; made once per token, since the rules ask for it again and again.</summary>
    public string Lower(int token)
    {
        _lower ??= new string?[Tokens.Count];
        return _lower[token] ??= Tokens[token].Lower(Text);
    }

    private string?[]? _lower;

    public bool IsWord(int token) => token >= 0 && token < Tokens.Count && Tokens[token].IsWord;

    public bool IsPunctuation(int token, char c) => token >= 0 && token < Tokens.Count && Tokens[token].Is(Text, c);

    public Sentence SentenceAt(int token) => Sentences[SentenceOf[token]];

    /// <summary>The first token that starts at or after <paramref name="offset"/>, or Tokens.Count.</summary>
    [MethodImpl(HotPath.Optimize)]
    public int TokenAtOrAfter(int offset)
    {
        int low = 0, high = Tokens.Count;
        while (low < high)
        {
            int mid = (low + high) / 2;
            if (Tokens[mid].Start < offset) low = mid + 1;
            else high = mid;
        }

        return low;
    }

    /// <summary>The number of tokens of the entry of <paramref name="entries"/> that starts at <paramref name="token"/>, or 0.</summary>
    [MethodImpl(HotPath.Optimize)]
    public int Match(int token, PhraseSet entries)
    {
        if (!IsWord(token)) return 0;
        foreach (var words in entries.StartingWith(Key(token)))
        {
            int n = 1;
            while (n < words.Length && IsWord(token + n) && Key(token + n) == words[n]) n++;
            if (n == words.Length) return n;
        }

        return 0;
    }

    public SourceRange Span(int first, int last) => new(Tokens[first].Start, Tokens[last].End);

    private bool?[]? _titleCase;
    private int[]? _leadInEnd;

    /// <summary>Whether most words of the sentence are capitalised (a headline in title case); computed once per sentence.</summary>
    [MethodImpl(HotPath.Optimize)]
    public bool IsTitleCase(int sentence)
    {
        _titleCase ??= new bool?[Sentences.Length];
        if (_titleCase[sentence] is { } known) return known;

        int words = 0, capitalised = 0;
        for (int t = Sentences[sentence].First; t <= Sentences[sentence].Last; t++)
        {
            if (!IsWord(t)) continue;
            words++;
            if (Tokens[t].IsCapitalized(Text)) capitalised++;
        }

        bool titleCase = IsTitleCase(words, capitalised);
        _titleCase[sentence] = titleCase;
        return titleCase;
    }

    /// <summary>Title case, for a headline or a quoted name: at least 60% of the words capitalised.</summary>
    public static bool IsTitleCase(int words, int capitalised) => capitalised * 10 >= words * 6;

    /// <summary>
    /// The last token up to which the sentence is plain words and commas with no cue: a quotation opening
    /// there can take the words before it as a lead-in. Computed once per sentence, keeping extraction linear.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    public int LeadInEnd(int sentence)
    {
        if (_leadInEnd is null)
        {
            _leadInEnd = new int[Sentences.Length];
            for (int s = 0; s < _leadInEnd.Length; s++) _leadInEnd[s] = int.MinValue;
        }

        if (_leadInEnd[sentence] != int.MinValue) return _leadInEnd[sentence];
        var range = Sentences[sentence];
        int t = range.First;
        while (t <= range.Last && (IsWord(t) || IsPunctuation(t, ',')) && Attribution.CueAt(this, t) == 0 && Match(t, Lexicon.AccordingTo) == 0) t++;
        return _leadInEnd[sentence] = t;
    }
}

/// <summary>Entries of one or more words, looked up by their first word.</summary>
internal sealed class PhraseSet
{
    private readonly Dictionary<string, List<string[]>> _byFirstWord = new(StringComparer.Ordinal);

    /// <summary>The entries of one word, for <see cref="Contains"/>.</summary>
    private readonly HashSet<string> _singleWords = new(StringComparer.Ordinal);

    public PhraseSet(IEnumerable<string> entries)
    {
        foreach (var entry in entries)
        {
            var words = entry.Split(' ');
            if (!_byFirstWord.TryGetValue(words[0], out var list)) _byFirstWord[words[0]] = list = new List<string[]>();
            list.Add(words);
            list.Sort((a, b) => b.Length.CompareTo(a.Length)); // longest match first
            if (words.Length == 1) _singleWords.Add(words[0]);
        }
    }

    /// <summary>Whether <paramref name="word"/> is an entry of one word; false for null (a word no list of the lexicon has).</summary>
    public bool Contains(string? word) => word is not null && _singleWords.Contains(word);

    /// <summary>Every word of every entry.</summary>
    public IEnumerable<string> Words
    {
        get
        {
            foreach (var entries in _byFirstWord.Values)
            {
                foreach (var words in entries)
                {
                    foreach (string word in words) yield return word;
                }
            }
        }
    }

    public bool IsEmpty => _byFirstWord.Count == 0;

    public IReadOnlyList<string[]> StartingWith(string? word) =>
        word is not null && _byFirstWord.TryGetValue(word, out var list) ? list : Array.Empty<string[]>();
}

/// <summary>An <see cref="AttributionLexicon"/> indexed for matching, built once per language.</summary>
internal sealed class LexiconIndex
{
    private static readonly Dictionary<string, LexiconIndex> Cache = new(StringComparer.Ordinal);

    private LexiconIndex(AttributionLexicon lexicon)
    {
        Cues = new PhraseSet(lexicon.CueVerbs.Concat(lexicon.ComplementCues).Concat(lexicon.ImpersonalCues));
        ComplementCues = new PhraseSet(lexicon.ComplementCues.Concat(lexicon.ImpersonalCues));
        ImpersonalCues = new PhraseSet(lexicon.ImpersonalCues);
        AsMarkers = new PhraseSet(lexicon.AsMarkers);
        BackPointers = new PhraseSet(lexicon.BackPointers);
        QuotationCues = new PhraseSet(lexicon.CueVerbs.Concat(lexicon.TrailingCues));
        Complementizers = new PhraseSet(lexicon.Complementizers);
        AccordingTo = new PhraseSet(lexicon.AccordingTo);
        AccordingToAfter = new PhraseSet(lexicon.AccordingToAfter);
        SourcePrepositions = new PhraseSet(lexicon.SourcePrepositions);
        SourceNouns = lexicon.SourceNouns;
        SourceAfterComma = new PhraseSet(lexicon.SourceAfterComma);
        SentenceCues = new PhraseSet(lexicon.SentenceCues);
        QuotingPhrases = new PhraseSet(lexicon.QuotingPhrases);
        CuePrefixes = new PhraseSet(lexicon.CuePrefixes);
        CueSuffixes = new PhraseSet(lexicon.CueSuffixes);
        BareClauseCues = new PhraseSet(lexicon.BareClauseCues);
        AnyCueTakesBareClause = System.Array.IndexOf(lexicon.BareClauseCues, "*") >= 0;
        Conjunctions = new PhraseSet(lexicon.Conjunctions);
        ObjectCues = new PhraseSet(lexicon.ObjectCues);
        NamingCues = new PhraseSet(lexicon.NamingCues);
        NamingMarkers = new PhraseSet(lexicon.NamingMarkers);
        NarrationOpeners = new PhraseSet(lexicon.NarrationOpeners);
        ReportiveMood = new PhraseSet(lexicon.ReportiveMood);
        Pronouns = new PhraseSet(lexicon.Pronouns);
        RelativePronouns = new PhraseSet(lexicon.RelativePronouns);
        Internal = new PhraseSet(lexicon.PhraseInternal);
        Boundaries = new PhraseSet(lexicon.PhraseBoundaries);
        PhraseEnds = new PhraseSet(lexicon.PhraseEnds);
        LowercaseEndsForwardPhrase = lexicon.CapitalisedNouns;
        OrdinalStops = lexicon.OrdinalStops;
        QuotationPiecesApart = lexicon.QuotationPiecesApart;

        var words = new List<string>();
        foreach (var set in new[]
        {
            Cues, QuotationCues, ComplementCues, ImpersonalCues, AsMarkers, BackPointers, Complementizers, AccordingTo, AccordingToAfter, CuePrefixes, CueSuffixes, BareClauseCues, Conjunctions,
            ObjectCues, NamingCues, NamingMarkers, NarrationOpeners, ReportiveMood, Pronouns, RelativePronouns, Internal, Boundaries, PhraseEnds,
            SourcePrepositions, SourceAfterComma, SentenceCues, QuotingPhrases,
        })
        {
            words.AddRange(set.Words);
        }

        Words = new Vocabulary(words);
    }

    /// <summary>Every word of every list, for <see cref="ParagraphTokens.Key"/>.</summary>
    public Vocabulary Words { get; }

    public PhraseSet Cues { get; }

    /// <summary>Cues that attribute only with their complementizer right after them: "është i bindur se", "mendoj se", "thuhet se".</summary>
    public PhraseSet ComplementCues { get; }

    /// <summary>Cues that name no speaker: "thuhet se", "bëhet e ditur se".</summary>
    public PhraseSet ImpersonalCues { get; }

    /// <summary>"Siç thotë ai, …".</summary>
    public PhraseSet AsMarkers { get; }

    /// <summary>"Kështu ka deklaruar X.": the sentence before is the statement.</summary>
    public PhraseSet BackPointers { get; }

    /// <summary>The cues, and the verbs that attribute only right beside a quotation ("she continued", "Er fuhr fort: „…“").</summary>
    public PhraseSet QuotationCues { get; }

    public PhraseSet Complementizers { get; }

    public PhraseSet AccordingTo { get; }

    public PhraseSet AccordingToAfter { get; }

    /// <summary>Prepositions that attribute before a source noun: "nach", "gemäß".</summary>
    public PhraseSet SourcePrepositions { get; }

    /// <summary>Source nouns and compound ends, lower case: "angaben", "bericht".</summary>
    public string[] SourceNouns { get; }

    /// <summary>"…, so die Polizei".</summary>
    public PhraseSet SourceAfterComma { get; }

    /// <summary>Verbs that report their whole sentence when they take no clause.</summary>
    public PhraseSet SentenceCues { get; }

    /// <summary>"mit den Worten": hands a quotation to the one quoted.</summary>
    public PhraseSet QuotingPhrases { get; }

    public PhraseSet CuePrefixes { get; }

    public PhraseSet CueSuffixes { get; }

    public PhraseSet BareClauseCues { get; }

    /// <summary>English takes the object of any cue as its content ("called for the repeal of …").</summary>
    public bool AnyCueTakesBareClause { get; }

    public PhraseSet Conjunctions { get; }

    public PhraseSet ObjectCues { get; }

    public PhraseSet NamingCues { get; }

    public PhraseSet NamingMarkers { get; }

    public PhraseSet NarrationOpeners { get; }

    public PhraseSet ReportiveMood { get; }

    public PhraseSet Pronouns { get; }

    public PhraseSet RelativePronouns { get; }

    public PhraseSet Internal { get; }

    public PhraseSet Boundaries { get; }

    public PhraseSet PhraseEnds { get; }

    /// <summary>German capitalises nouns, so a lower-case word after "laut X" is where the source ends.</summary>
    public bool LowercaseEndsForwardPhrase { get; }

    /// <summary>Whether the language writes ordinals with a full stop, so that "im 19. Jahrhundert" is one sentence.</summary>
    public bool OrdinalStops { get; }

    /// <summary>Whether each piece of a quotation split by its cue is a quote of its own (German).</summary>
    public bool QuotationPiecesApart { get; }

    public static LexiconIndex For(string language)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(language, out var index)) Cache[language] = index = new LexiconIndex(AttributionLexicon.For(language));
            return index;
        }
    }
}
