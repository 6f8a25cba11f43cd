using System;
using System.Collections.Generic;
using NewsCorpus.Text.Quotes;

namespace NewsCorpus.Text;

/// <summary>
/// What the text analysis found in one article file. Every range is an offset into <see cref="Text"/>,
/// the file's text exactly as decoded: nothing is removed from it, so a trailer or a sign-off that
/// the paragraphs leave out stays recoverable.
/// </summary>
public sealed record ParsedArticle
{
    /// <summary>The file's path relative to the corpus folder, with forward slashes.</summary>
    public required string Path { get; init; }

    /// <summary>The file name without extension and date prefix, e.g. <c>blinken-lavrov-g20</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The decoded text of the whole file.</summary>
    public required string Text { get; init; }

    /// <summary>The BBC-style title line, if the article has one.</summary>
    public SourceRange? Title { get; init; }

    /// <summary>The publication date from the file name's <c>YYYY-MM-DD-</c> prefix.</summary>
    public DateTime? Published { get; init; }

    /// <summary>The ISO 639-1 code of the article's language, or <c>und</c>.</summary>
    public required string Language { get; init; }

    /// <summary>The agency named by the sign-off (<c>VOA</c> for "/VOA"), or null.</summary>
    public string? Source { get; init; }

    /// <summary>Where the sign-off stands; it is not part of any paragraph.</summary>
    public SourceRange? SignOff { get; init; }

    /// <summary>The body paragraphs, in order, trimmed; the title is not one of them.</summary>
    public required IReadOnlyList<SourceRange> Paragraphs { get; init; }

    /// <summary>The quotations, in order of their content's start.</summary>
    public required IReadOnlyList<ParsedQuote> Quotes { get; init; }

    /// <summary>What the user should know about this file, in order of position.</summary>
    public required IReadOnlyList<TextDiagnostic> Diagnostics { get; init; }

    /// <summary>Whether the file holds no text at all; no article is generated for it.</summary>
    public bool IsEmpty => Paragraphs.Count == 0 && Title is null;

    /// <summary>The title text, or null.</summary>
    public string? TitleText => Title?.Of(Text);

    /// <summary>The first paragraph (the lead), or null.</summary>
    public SourceRange? Lead => Paragraphs.Count > 0 ? Paragraphs[0] : null;
}
