using System;
using System.Collections.Generic;
using NewsCorpus.Text.Tokens;
using System.Runtime.CompilerServices;
using System.Threading;
using NewsCorpus.Text.Lexicons;

namespace NewsCorpus.Text.Language;

/// <summary>
/// A small, dependency-free language identification. Each word is scored in every language by a
/// <see cref="LanguageProfile"/> (word frequencies and spelling, learnt from <see cref="LanguageSamples"/>
/// and <see cref="CommonWords"/>); the language whose words score best wins. It answers
/// <see cref="Undetermined"/> rather than guess: on fewer than three words, when the lead over any
/// other language is small (more so on a short text), or when the words disagree (half English, half Albanian).
/// Deterministic, culture-independent, linear in the text and thread-safe; the profiles are built once.
/// </summary>
public static partial class LanguageIdentifier
{
    /// <summary>The ISO 639 code for "undetermined".</summary>
    public const string Undetermined = "und";

    /// <summary>Fewest different words for a confident answer: two words are too easily a name or a borrowing ("Real Madrid", "Die Hard").</summary>
    private const int MinimumWords = 3;

    /// <summary>
    /// Most that one word may count for or against a language (natural log of a likelihood ratio): a
    /// common word of some language ("the", "të", "der") counts most; any other word only by a spelling
    /// that languages may share ("accusations", "passagers"); a name ("Dementieva", "Gjakova", which news
    /// writes alike in every language) least.
    /// </summary>
    private const double CommonWordCap = 6.0, WordCap = 4.0, NameCap = 2.0;

    /// <summary>
    /// A name is a word with a capital inside a sentence that no language knows ("Merkel"), unless a
    /// common word with a capital before it in the sentence shows title case ("Trump Featured In Terror
    /// Video"); after the first words, where a headline may stand, any word with a capital inside a
    /// sentence ("The Morning Show" in an Albanian list of nominations).
    /// </summary>
    private const int HeadlineWords = 50;

    /// <summary>How far ahead of every other language the winner must be, in capped log-likelihood ...</summary>
    private const double MinimumLead = 4.0;

    /// <summary>... and how much more for each different word a text has fewer than <see cref="WordsForFullConfidence"/>.</summary>
    private const double LeadPerMissingWord = 2.0;

    private const int WordsForFullConfidence = 6;

    /// <summary>
    /// The share of the evidence between the winner and another language that must point the winner's
    /// way: in a text that mixes two languages their words cancel out, and the answer is <see cref="Undetermined"/>.
    /// </summary>
    private const double MinimumAgreement = 0.05;

    private static readonly LanguageProfile[] Profiles = BuildProfiles();

    /// <summary>Every letter some profile has seen, indexed by the letter (a table rather than a set: it is read for each letter of each new word).</summary>
    private static readonly bool[] KnownLetters = CollectLetters();

    /// <summary>For each profile, whether its language writes nouns with a capital, so that a capital does not make a name.</summary>
    private static readonly bool[] CapitalizesNouns = Array.ConvertAll(Profiles, p => Array.IndexOf(CommonWords.CapitalizeNouns, p.Code) >= 0);

    /// <summary>Identifies the language of the given ranges of <paramref name="text"/>.</summary>
    public static string Identify(string text, IEnumerable<SourceRange> ranges, CancellationToken cancellationToken = default) =>
        Identify(text, ranges, null, cancellationToken);

    /// <summary>As <see cref="Identify(string, IEnumerable{SourceRange}, CancellationToken)"/>, with the tokens of the first ranges given.</summary>
    internal static string Identify(string text, IEnumerable<SourceRange> ranges, IReadOnlyList<List<Token>>? tokensOfRanges, CancellationToken cancellationToken)
    {
        var evidence = Weigh(text, ranges, tokensOfRanges, cancellationToken);
        int winner = evidence.Winner();
        return winner >= 0 && IsConfident(evidence, winner) ? Profiles[winner].Code : Undetermined;
    }

    /// <summary>
    /// The first <paramref name="chars"/> characters of <paramref name="text"/>, cut back to the blank before a word the
    /// cut would split (unless the first word is longer): a short sample of a text, as the measurements take one.
    /// </summary>
    public static string WholeWordPrefix(string text, int chars)
    {
        if (text.Length <= chars) return text;
        int end = chars;
        if (!TextChars.IsBlank(text[end]))
        {
            while (end > 0 && !TextChars.IsBlank(text[end - 1])) end--;
            if (end == 0) end = chars;
        }

        return text.Substring(0, end).TrimEnd();
    }

    /// <summary>Identifies the language of a whole text.</summary>
    public static string Identify(string text) => Identify(text, new[] { new SourceRange(0, text.Length) });

    /// <summary>
    /// The most likely language even where <see cref="Identify(string, IEnumerable{SourceRange}, CancellationToken)"/>
    /// is unsure ("Laut Polizei sei der Fahrer unverletzt"), for choosing word lists; never for display.
    /// <see cref="Undetermined"/> only for text without a word in the scripts the profiles know.
    /// </summary>
    public static string Guess(string text, IEnumerable<SourceRange> ranges, CancellationToken cancellationToken = default) =>
        Guess(text, ranges, null, cancellationToken);

    /// <summary>As <see cref="Guess(string, IEnumerable{SourceRange}, CancellationToken)"/>, with the tokens of the first ranges given.</summary>
    internal static string Guess(string text, IEnumerable<SourceRange> ranges, IReadOnlyList<List<Token>>? tokensOfRanges, CancellationToken cancellationToken)
    {
        int winner = Weigh(text, ranges, tokensOfRanges, cancellationToken).Winner();
        return winner >= 0 ? Profiles[winner].Code : Undetermined;
    }

    private static LanguageEvidence Weigh(string text, IEnumerable<SourceRange> ranges, IReadOnlyList<List<Token>>? tokensOfRanges, CancellationToken cancellationToken)
    {
        var weighing = new Weighing();
        LanguageWords.Read(text, ranges, tokensOfRanges, weighing.Add, cancellationToken);
        return weighing.Evidence;
    }

    /// <summary>The evidence of one text, word by word.</summary>
    private sealed class Weighing
    {
        private readonly double[] _caps = new double[Profiles.Length];

        // Each distinct word is scored once per text, and from the shared cache when an earlier text had it:
        // news repeats its words, and scoring is the costly part.
        private readonly TextWords _scored = new();
        private bool _titleCase;

        public LanguageEvidence Evidence { get; } = new(Profiles.Length);

        [MethodImpl(HotPath.Optimize)]
        public void Add(char[] buffer, int length, bool capitalized, bool startsSentence)
        {
            int hash = WordHash(buffer, length);
            var score = _scored.Find(buffer, length, hash, out bool firstInText) ?? _scored.Add(Cache.Find(buffer, length, hash));
            if (score.Scores is null) return;

            bool insideSentence = capitalized && !startsSentence;
            if (startsSentence) _titleCase = false;
            else if (insideSentence && score.Common) _titleCase = true;

            double cap = score.Common ? CommonWordCap : WordCap;
            bool name = insideSentence && (Evidence.Words >= HeadlineWords || (!score.Known && !_titleCase));
            for (int i = 0; i < _caps.Length; i++) _caps[i] = name && !CapitalizesNouns[i] ? NameCap : cap;
            Evidence.Add(score.Scores, _caps, isNew: firstInText);
        }
    }

    /// <summary>The word's log-probability in each profile and what the profiles know of it; no scores for a word in a script none of them uses ("Москва").</summary>
    [MethodImpl(HotPath.Optimize)]
    private static ScoredWord Score(string word, int hash)
    {
        foreach (char c in word)
        {
            if (c >= KnownLetters.Length || !KnownLetters[c]) return new ScoredWord(word, hash, null, false, false);
        }

        var scores = new double[Profiles.Length];
        bool known = false, common = false;
        for (int i = 0; i < Profiles.Length; i++)
        {
            scores[i] = Profiles[i].LogProbability(word, out bool knows, out bool isCommon);
            known |= knows;
            common |= isCommon;
        }

        return new ScoredWord(word, hash, scores, known, common);
    }

    private static bool IsConfident(LanguageEvidence evidence, int winner)
    {
        if (evidence.DistinctWords < MinimumWords) return false;
        double minimumLead = MinimumLead + LeadPerMissingWord * Math.Max(0, WordsForFullConfidence - evidence.DistinctWords);
        for (int other = 0; other < Profiles.Length; other++)
        {
            if (other == winner) continue;
            double lead = evidence.Lead(winner, other);
            if (lead < minimumLead || lead < MinimumAgreement * evidence.Weight(winner, other)) return false;
        }

        return true;
    }

    private static bool[] CollectLetters()
    {
        var letters = new bool[0];
        foreach (var profile in Profiles)
        {
            foreach (char c in profile.Letters)
            {
                if (c >= letters.Length) Array.Resize(ref letters, c + 1);
                letters[c] = true;
            }
        }

        return letters;
    }

    [MethodImpl(HotPath.Optimize)]
    private static LanguageProfile[] BuildProfiles()
    {
        var profiles = new List<LanguageProfile>();
        foreach (var sample in LanguageSamples.ByLanguage)
        {
            var commonest = CommonWords.ByLanguage.TryGetValue(sample.Key, out var words) ? words : Array.Empty<string>();
            profiles.Add(new LanguageProfile(sample.Key, LanguageWords.In(sample.Value), commonest));
        }

        profiles.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        return profiles.ToArray();
    }
}
