using System.Collections.Generic;
using NewsCorpus.Text;

namespace NewsCorpus.Cli.Evaluation;

/// <summary>
/// One annotated attribution (a BRAT <c>E</c> line): who said what, and with which cue.
/// <see cref="Content"/> is the hull of <see cref="ContentFragments"/>: a discontinuous span is scored by its hull.
/// </summary>
/// <param name="Content">From the first fragment's start to the last fragment's end.</param>
/// <param name="Source">The speaker as annotated (its hull), or null when the annotator marked none.</param>
/// <param name="Cue">The attributing verb or phrase (its hull), or null.</param>
/// <param name="ContentText">The content's text as the annotation file writes it (fragments joined by a space).</param>
/// <param name="ContentFragments">Every fragment of the content, in file order.</param>
/// <param name="Type">The type an <c>A</c> line gives the event (e.g. <c>Direct</c>, <c>Indirect</c>), passed through as written.</param>
internal sealed record GoldAttribution(
    SourceRange Content,
    SourceRange? Source,
    SourceRange? Cue,
    string ContentText,
    IReadOnlyList<SourceRange> ContentFragments,
    string? Type = null)
{
    /// <summary>Whether every range lies inside a text of <paramref name="length"/> UTF-16 units.</summary>
    public bool FitsIn(int length) =>
        Content.End <= length && (Source?.End ?? 0) <= length && (Cue?.End ?? 0) <= length;
}
