using System;

namespace NewsCorpus.Text;

/// <summary>
/// A range of UTF-16 code units in an article's decoded text (BOM removed), end exclusive.
/// Offsets are never normalised, so they compare directly with standoff annotations of the same file.
/// </summary>
public readonly record struct SourceRange(int Start, int End)
{
    /// <summary>The number of UTF-16 code units covered.</summary>
    public int Length => End - Start;

    /// <summary>The covered text.</summary>
    public string Of(string text) => text.Substring(Start, Length);

    /// <summary>This range without leading and trailing white space (see <see cref="TextChars.IsBlank(char)"/>).</summary>
    public SourceRange Trim(string text)
    {
        int start = Start, end = End;
        while (start < end && TextChars.IsBlank(text[start])) start++;
        while (end > start && TextChars.IsBlank(text[end - 1])) end--;
        return new SourceRange(start, end);
    }

    /// <summary>Whether <paramref name="other"/> lies wholly inside this range.</summary>
    public bool Contains(SourceRange other) => other.Start >= Start && other.End <= End;

    internal static SourceRange Checked(int start, int end) =>
        start <= end ? new SourceRange(start, end) : throw new ArgumentOutOfRangeException(nameof(end));
}
