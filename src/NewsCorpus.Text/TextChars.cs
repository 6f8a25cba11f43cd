using System.Runtime.CompilerServices;

namespace NewsCorpus.Text;

/// <summary>Character classes the analyses agree on.</summary>
public static class TextChars
{
    /// <summary>
    /// White space for trimming: what <see cref="char.IsWhiteSpace(char)"/> says, plus U+FEFF, which
    /// scraped text carries as a stray byte-order mark or zero-width no-break space.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBlank(char c) => char.IsWhiteSpace(c) || c == '\uFEFF' || c == '\u200B';

    /// <summary>Whether a text holds nothing but blanks.</summary>
    public static bool IsBlank(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!IsBlank(text[i])) return false;
        }

        return true;
    }

    /// <summary>A letter or a combining mark that belongs to a word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) => c < 128
        ? (uint)(c - '0') <= 9 || (uint)((c | 0x20) - 'a') <= 'z' - 'a' // ASCII, the commonest case, without a table look-up
        : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is
            System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>Whether the text holds a surrogate without its partner, which UTF-8 cannot encode.</summary>
    public static bool HasLoneSurrogate(string text) => LoneSurrogateAt(text, 0) >= 0;

    /// <summary>
    /// The text with every surrogate that lacks its partner replaced by U+FFFD, so that it can be
    /// normalised or encoded as UTF-8 (file names on Windows are UTF-16 and may hold one).
    /// </summary>
    public static string WithoutLoneSurrogates(string text)
    {
        int lone = LoneSurrogateAt(text, 0);
        if (lone < 0) return text;

        var copy = text.ToCharArray();
        for (; lone >= 0; lone = LoneSurrogateAt(text, lone + 1)) copy[lone] = '\uFFFD';
        return new string(copy);
    }

    /// <summary>
    /// The text in Unicode normalisation form C, so that a name macOS wrote decomposed ("e" + U+0308)
    /// and the same name composed ("ë") are one name. Lone surrogates become U+FFFD first.
    /// </summary>
    public static string ToNfc(string text)
    {
        string valid = WithoutLoneSurrogates(text);
        return valid.IsNormalized(System.Text.NormalizationForm.FormC) ? valid : valid.Normalize(System.Text.NormalizationForm.FormC);
    }

    /// <summary>The index of the first surrogate from <paramref name="start"/> on that lacks its partner, or -1.</summary>
    [MethodImpl(HotPath.Optimize)]
    private static int LoneSurrogateAt(string text, int start)
    {
        for (int i = start; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return i;
        }

        return -1;
    }
}
