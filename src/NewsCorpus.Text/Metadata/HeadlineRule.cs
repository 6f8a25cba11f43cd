using System.Runtime.CompilerServices;
using System.Threading;
using NewsCorpus.Text.Tokens;

namespace NewsCorpus.Text.Metadata;

/// <summary>
/// The headline every article has: its title, else the lead's first sentence, shortened on a word
/// boundary to about <see cref="MaxLength"/> characters with an ellipsis.
/// </summary>
internal static class HeadlineRule
{
    /// <summary>About how long a headline made from the lead may be.</summary>
    public const int MaxLength = 80;

    public static string? Headline(string text, string? title, SourceRange? lead)
    {
        if (title is not null) return title;
        if (lead is not { } paragraph) return null;

        string sentence = FirstSentence(text, paragraph).Of(text);
        if (sentence.Length <= MaxLength) return sentence;

        int cut = sentence.LastIndexOf(' ', MaxLength);
        if (cut <= MaxLength / 2) cut = MaxLength; // one very long word: cut inside it
        if (char.IsHighSurrogate(sentence[cut - 1])) cut--;
        return sentence.Substring(0, cut).TrimEnd(' ', ',', ';', ':', '-', '–', '—') + "…";
    }

    /// <summary>The paragraph's first sentence, as <see cref="Sentences.EndOf"/> ends it (with any closing mark after its stop).</summary>
    [MethodImpl(HotPath.Optimize)]
    public static SourceRange FirstSentence(string text, SourceRange paragraph)
    {
        var tokens = Token.Split(text, paragraph, CancellationToken.None);
        if (tokens.Count == 0) return paragraph;
        int last = Sentences.EndOf(text, tokens, 0);
        return last == tokens.Count - 1 ? paragraph : new SourceRange(paragraph.Start, tokens[last].End);
    }
}
