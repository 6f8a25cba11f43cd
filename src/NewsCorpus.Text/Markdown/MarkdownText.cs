namespace NewsCorpus.Text.Markdown;

/// <summary>
/// A Markdown article read as the plain text the parser reads (<see cref="MarkdownArticle.Convert"/>), with the
/// offset in the Markdown file of each of its characters, so that a finding about the plain text names the
/// Markdown file's own line and column.
/// </summary>
public sealed class MarkdownText
{
    private readonly int[] _sourceOffsets;

    internal MarkdownText(string text, int[] sourceOffsets, int sourceLength, int? titleLine)
    {
        Text = text;
        _sourceOffsets = sourceOffsets;
        SourceLength = sourceLength;
        TitleLine = titleLine;
    }

    /// <summary>
    /// The plain text: front matter as written, the leading heading as the title line and a blank line, each
    /// paragraph, list item and quoted paragraph on a line of its own, blank-line separated, LF line ends.
    /// </summary>
    public string Text { get; }

    /// <summary>The length of the Markdown file's text.</summary>
    public int SourceLength { get; }

    /// <summary>The zero-based line of <see cref="Text"/> that holds the title (the leading heading), or null.</summary>
    public int? TitleLine { get; }

    /// <summary>The offset in the Markdown file that the character at <paramref name="offset"/> of <see cref="Text"/> came from.</summary>
    public int SourceOffsetOf(int offset) =>
        // An empty text (a file of markup alone) is reported at the file's start.
        offset < 0 || _sourceOffsets.Length == 0 ? 0 : offset < _sourceOffsets.Length ? _sourceOffsets[offset] : SourceLength;

    /// <summary>Where a range of <see cref="Text"/> stands in the Markdown file: from its first character's source to just past its last one's.</summary>
    public SourceRange SourceRangeOf(SourceRange range)
    {
        int start = SourceOffsetOf(range.Start);
        if (range.End <= range.Start) return new SourceRange(start, start);
        int end = System.Math.Min(SourceLength, SourceOffsetOf(range.End - 1) + 1);
        return new SourceRange(start, System.Math.Max(start, end));
    }
}
