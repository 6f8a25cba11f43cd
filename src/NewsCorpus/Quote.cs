namespace NewsCorpus;

/// <summary>Whether a quote repeats the speaker's words or reports them.</summary>
public enum QuoteKind
{
    /// <summary>A direct quotation, in quotation marks: “…”, „…“, «…», ‹…›, "…".</summary>
    Direct,

    /// <summary>Reported (indirect) speech: "Zyrtarët amerikanë thanë se …", "officials said that …".</summary>
    Indirect,
}

/// <summary>A quotation in an article: what was said, and, where known, who said it and how.</summary>
public sealed class Quote
{
    private readonly Article _article;

    internal Quote(Article article, QuoteKind kind, int paragraphIndex, TextRange range, TextRange? speakerRange, TextRange? cueRange)
    {
        _article = article;
        Kind = kind;
        ParagraphIndex = paragraphIndex;
        Range = range;
        SpeakerRange = speakerRange;
        CueRange = cueRange;
    }

    /// <summary>Direct quotation or reported speech.</summary>
    public QuoteKind Kind { get; }

    /// <summary>The index of the paragraph the quote starts in.</summary>
    public int ParagraphIndex { get; }

    /// <summary>Where the quoted words stand in <see cref="Article.Text"/>, without quotation marks.</summary>
    public TextRange Range { get; }

    /// <summary>The quoted words, without quotation marks.</summary>
    public string Text => _article.Slice(Range);

    /// <summary>Where the speaker is named, if attribution found one.</summary>
    public TextRange? SpeakerRange { get; }

    /// <summary>The speaker as written ("Maria Zakharova", "Një zyrtar i lartë amerikan", "he"), or null.</summary>
    public string? Speaker => SpeakerRange is { } range ? _article.Slice(range) : null;

    /// <summary>Where the attributing verb or phrase stands, if found.</summary>
    public TextRange? CueRange { get; }

    /// <summary>The verb or phrase that attributes the quote ("tha se", "said"), or null.</summary>
    public string? Cue => CueRange is { } range ? _article.Slice(range) : null;

    /// <inheritdoc/>
    public override string ToString() => Speaker is { } speaker ? $"{speaker}: {Text}" : Text;
}
