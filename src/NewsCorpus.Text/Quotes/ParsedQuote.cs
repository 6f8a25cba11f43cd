using System.Collections.Generic;

namespace NewsCorpus.Text.Quotes;

/// <summary>Direct quotations carry quotation marks; indirect ones are reported speech; mixed ones are both.</summary>
public enum ParsedQuoteKind
{
    /// <summary>Words in quotation marks; the content excludes the marks.</summary>
    Direct,

    /// <summary>Reported speech ("X tha se …", "X said that …"), no quotation marks.</summary>
    Indirect,

    /// <summary>Reported or introduced words that quote part of the statement verbatim ("X said he “does not know”"); the content keeps the marks inside it.</summary>
    Mixed,
}

/// <summary>
/// One statement found in an article. <see cref="Content"/> spans all of it (from the first quoted
/// word to the last); <see cref="Segments"/> are the quoted parts themselves, which differ when a
/// statement is split around its cue ("“A,” she said. “B.”") or runs over several paragraphs.
/// </summary>
/// <param name="Kind">Direct quotation or reported speech.</param>
/// <param name="Content">From the first to the last quoted character, without quotation marks.</param>
/// <param name="ParagraphIndex">The paragraph the statement starts in.</param>
/// <param name="Speaker">The speaker as written, or null.</param>
/// <param name="Cue">The attributing verb or phrase, or null.</param>
public sealed record ParsedQuote(
    ParsedQuoteKind Kind,
    SourceRange Content,
    int ParagraphIndex,
    SourceRange? Speaker = null,
    SourceRange? Cue = null)
{
    private readonly IReadOnlyList<SourceRange>? _segments;

    /// <summary>The quoted parts in order; one part, equal to <see cref="Content"/>, for most quotes.</summary>
    public IReadOnlyList<SourceRange> Segments
    {
        get => _segments ?? new[] { Content };
        init => _segments = value;
    }

    /// <summary>
    /// Where a pronoun or bare role speaker ("he", "Zyrtari") points back to an earlier, fuller
    /// speaker ("Një zyrtar i lartë amerikan", "Maria Zakharova"): that speaker's range; else null.
    /// </summary>
    public SourceRange? ResolvedSpeaker { get; init; }

    /// <summary>The statement's words in <paramref name="text"/>, as <c>Quote.Text</c> gives them: the segments read as one statement.</summary>
    public string TextIn(string text)
    {
        var pieces = new string[Segments.Count];
        for (int i = 0; i < pieces.Length; i++) pieces[i] = Segments[i].Of(text);
        return StatementText.Join(pieces);
    }

    /// <summary>Whether the speaker is a personal or relative pronoun ("she", "who"), which alone names nobody.</summary>
    public bool SpeakerIsPronoun { get; init; }
}
