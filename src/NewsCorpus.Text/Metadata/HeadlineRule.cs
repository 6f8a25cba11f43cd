using NewsCorpus.Text.Lexicons;

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

    /// <summary>The paragraph up to its first sentence end: ". ! ?" before a space and a capital, not after an abbreviation.</summary>
    public static SourceRange FirstSentence(string text, SourceRange paragraph)
    {
        for (int i = paragraph.Start; i < paragraph.End - 2; i++)
        {
            if (text[i] is not ('.' or '!' or '?') || !TextChars.IsBlank(text[i + 1]) || !char.IsUpper(text[i + 2])) continue;
            int word = i;
            while (word > paragraph.Start && TextChars.IsWordChar(text[word - 1])) word--;
            if (text[i] == '.' && word < i && Abbreviations.IsAbbreviation(text, word, i)) continue;
            return new SourceRange(paragraph.Start, i + 1);
        }

        return paragraph;
    }
}
