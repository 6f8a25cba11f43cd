using NewsCorpus.Text.Lexicons;
using System.Runtime.CompilerServices;

namespace NewsCorpus.Text.Metadata;

/// <summary>Where a sentence ends inside a paragraph, for the headline and the counts.</summary>
internal static class SentenceEnd
{
    /// <summary>
    /// Whether <c>text[i]</c> ends a sentence of <paramref name="paragraph"/>: ". ! ?" before white space and
    /// a capital, a full stop not after an abbreviation ("Mr. Obama", "J. Smith").
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    public static bool IsAt(string text, int i, SourceRange paragraph)
    {
        if (text[i] is not ('.' or '!' or '?') || i + 2 >= paragraph.End || !TextChars.IsBlank(text[i + 1]) || !char.IsUpper(text[i + 2])) return false;
        if (text[i] != '.') return true;
        int word = i;
        while (word > paragraph.Start && TextChars.IsWordChar(text[word - 1])) word--;
        return word == i || !Abbreviations.IsAbbreviation(text, word, i);
    }
}
