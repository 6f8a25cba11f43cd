namespace NewsCorpus;

/// <summary>A paragraph of an article's body: a range of its text, trimmed, in reading order.</summary>
public sealed class Paragraph
{
    private readonly Article _article;

    internal Paragraph(Article article, int index, TextRange range)
    {
        _article = article;
        Index = index;
        Range = range;
    }

    /// <summary>The zero-based position of the paragraph in <see cref="Article.Paragraphs"/>.</summary>
    public int Index { get; }

    /// <summary>Where the paragraph stands in <see cref="Article.Text"/>.</summary>
    public TextRange Range { get; }

    /// <summary>The paragraph's text (a sign-off such as "/VOA" at its end is not included).</summary>
    public string Text => _article.Slice(Range);

    /// <inheritdoc/>
    public override string ToString() => Text;
}
