using System.Collections.Generic;
using System.Linq;

namespace NewsCorpus;

/// <summary>Whether a quote repeats the speaker's words, reports them, or both.</summary>
public enum QuoteKind
{
    /// <summary>A direct quotation, in quotation marks: “…”, „…“, «…», ‹…›, "…"; the text excludes the marks.</summary>
    Direct = 0,

    /// <summary>Reported (indirect) speech without quotation marks: "Zyrtarët amerikanë thanë se …", "officials said that …".</summary>
    Indirect = 1,

    /// <summary>
    /// Reported or introduced words that quote part of the statement verbatim: "he said he “does not
    /// know”", "Oz is “smart as hell,” Mosko wrote". The text keeps the quotation marks inside it.
    /// </summary>
    Mixed = 2,
}

/// <summary>
/// A statement in an article: what was said, and, where known, who said it and how. A statement
/// split around its cue ("“A,” she said. “B.”") or running over paragraphs is one quote with
/// several <see cref="Segments"/>.
/// </summary>
public sealed class Quote
{
    private readonly Article _article;

    internal Quote(
        Article article,
        QuoteKind kind,
        int paragraphIndex,
        TextRange range,
        IReadOnlyList<TextRange> segments,
        TextRange? speakerRange,
        TextRange? cueRange,
        TextRange? resolvedSpeakerRange,
        bool speakerIsPronoun)
    {
        _article = article;
        Kind = kind;
        ParagraphIndex = paragraphIndex;
        Range = range;
        Segments = segments;
        SpeakerRange = speakerRange;
        CueRange = cueRange;
        ResolvedSpeakerRange = resolvedSpeakerRange;
        SpeakerIsPronoun = speakerIsPronoun;
    }

    /// <summary>The article the quote is from.</summary>
    public Article Article => _article;

    /// <summary>Direct quotation or reported speech.</summary>
    public QuoteKind Kind { get; }

    /// <summary>The index of the paragraph the quote starts in.</summary>
    public int ParagraphIndex { get; }

    /// <summary>From the first to the last quoted character in <see cref="Article.Text"/>, without the outer quotation marks.</summary>
    public TextRange Range { get; }

    /// <summary>The quoted parts; one part, equal to <see cref="Range"/>, unless the statement is split.</summary>
    public IReadOnlyList<TextRange> Segments { get; }

    /// <summary>
    /// The statement without the outer quotation marks, or a comma, semicolon or colon that the narration put before
    /// a closing mark. The parts of a split statement read as one: "A, because B" where the second part goes on in
    /// lower case, "A. B" where it starts a new sentence.
    /// </summary>
    public string Text => Segments.Count == 1 ? _article.Slice(Range) : NewsCorpus.Text.Quotes.StatementText.Join(Segments.Select(_article.Slice).ToArray());

    /// <summary>Where the speaker is named, if attribution found one.</summary>
    public TextRange? SpeakerRange { get; }

    /// <summary>The speaker as written ("Maria Zakharova", "Një zyrtar i lartë amerikan", "he"), or null.</summary>
    public string? Speaker => SpeakerRange is { } range ? _article.Slice(range) : null;

    /// <summary>Where the fuller speaker stands that a pronoun or bare role speaker points back to.</summary>
    public TextRange? ResolvedSpeakerRange { get; }

    /// <summary>
    /// The speaker a pronoun or bare role ("he", "Zyrtari") points back to, as written earlier in the
    /// article ("Maria Zakharova", "Një zyrtar i lartë amerikan"); null when the speaker needs no resolving.
    /// </summary>
    public string? ResolvedSpeaker => ResolvedSpeakerRange is { } range ? _article.Slice(range) : null;

    /// <summary>Whether the speaker is a pronoun ("she", "who"); the analysis decides, per language.</summary>
    internal bool SpeakerIsPronoun { get; }

    /// <summary>Where the attributing verb or phrase stands, if found.</summary>
    public TextRange? CueRange { get; }

    /// <summary>The verb or phrase that attributes the quote ("tha", "said", "according to"), or null.</summary>
    public string? Cue => CueRange is { } range ? _article.Slice(range) : null;

    /// <inheritdoc/>
    public override string ToString() => (ResolvedSpeaker ?? Speaker) is { } speaker ? $"{speaker}: {Text}" : Text;
}
