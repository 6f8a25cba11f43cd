using System.Collections.Generic;

namespace NewsCorpus.Cli.LanguageEvaluation;

/// <summary>The figures of one <c>eval-language</c> run.</summary>
/// <param name="Misses">The articles whose whole text was not identified as the expected language, in path order.</param>
internal sealed record LanguageReport(string Expected, int PrefixChars, int Documents, LanguageTally Whole, LanguageTally Prefix, IReadOnlyList<LanguageMiss> Misses);

/// <summary>An article identified as another language, or as <c>und</c>, than the one expected.</summary>
/// <param name="Path">Its path under the folder.</param>
/// <param name="Got">The language the identifier named for the whole article.</param>
internal sealed record LanguageMiss(string Path, string Got);

/// <summary>Answers of the identifier against the expected language: right, <c>und</c>, or another language (worse than <c>und</c>).</summary>
internal sealed class LanguageTally
{
    public int Correct { get; private set; }

    public int Undetermined { get; private set; }

    public int Wrong { get; private set; }

    public int Total => Correct + Undetermined + Wrong;

    /// <summary>The share answered correctly; <c>und</c> counts as not correct. Zero when there is nothing to count.</summary>
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    public void Add(string answer, string expected)
    {
        if (string.Equals(answer, expected, System.StringComparison.Ordinal)) Correct++;
        else if (string.Equals(answer, NewsCorpus.Text.Language.LanguageIdentifier.Undetermined, System.StringComparison.Ordinal)) Undetermined++;
        else Wrong++;
    }
}
