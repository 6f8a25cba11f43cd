using System;
using System.Collections.Generic;
using NewsCorpus.Text.Metadata;
using NewsCorpus.Text.Quotes;

namespace NewsCorpus.Text;

/// <summary>
/// What the text analysis found in one article file. Every range is an offset into <see cref="Text"/>,
/// the file's text exactly as decoded: nothing is removed from it, so a trailer or a sign-off that
/// the paragraphs leave out stays recoverable. A Markdown article (<c>.md</c>) is analysed as its plain text
/// (<see cref="Markdown.MarkdownArticle"/>), which <see cref="Text"/> then holds; only the diagnostics point into the Markdown file.
/// </summary>
public sealed record ParsedArticle
{
    /// <summary>The file's path relative to the corpus folder, with forward slashes.</summary>
    public required string Path { get; init; }

    /// <summary>The file name without extension and date prefix, e.g. <c>blinken-lavrov-g20</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The decoded text of the whole file; for a Markdown article, its plain text.</summary>
    public required string Text { get; init; }

    /// <summary>
    /// The title: the front matter's <c>title</c> value, else the headline line set off by a blank line (without a
    /// closing full stop or semicolon), if the article has one; in Markdown, else the heading that opens it.
    /// </summary>
    public SourceRange? Title { get; init; }

    /// <summary>The deck: the line between a headline ending in <c>;</c> and the blank line, if the article has one.</summary>
    public SourceRange? Subtitle { get; init; }

    /// <summary>
    /// What to show for the article: the title, else the lead's first sentence shortened on a word
    /// boundary to about 80 characters with an ellipsis; null only for an article without text.
    /// </summary>
    public string? Headline { get; init; }

    /// <summary>The publication date: the front matter's <c>date</c>, else the file name's <c>YYYY-MM-DD-</c> prefix.</summary>
    public DateTime? Published { get; init; }

    /// <summary>The ISO 639-1 code of the article's language (the front matter's, else identified), or <c>und</c>.</summary>
    public required string Language { get; init; }

    /// <summary>
    /// The agency or outlet: the front matter's <c>source</c>, else the dateline's agency ("(AFP)"),
    /// else the sign-off's (<c>VOA</c> for "/VOA"); or null.
    /// </summary>
    public string? Source { get; init; }

    /// <summary>Where the sign-off stands; it is not part of any paragraph.</summary>
    public SourceRange? SignOff { get; init; }

    /// <summary>The dateline's place (and date) opening the lead, "WASHINGTON" or "LONDON, May 3"; the paragraph keeps it.</summary>
    public string? Dateline { get; init; }

    /// <summary>Where the dateline stands, dash included; it stays inside the lead paragraph.</summary>
    public SourceRange? DatelineRange { get; init; }

    /// <summary>The author: the front matter's <c>author</c>, else a byline ("By Jane Doe", "Nga …"), or null.</summary>
    public string? Author { get; init; }

    /// <summary>Where the byline stands; it is not part of any paragraph.</summary>
    public SourceRange? Byline { get; init; }

    /// <summary>The folder under the corpus folder (<c>sport</c> for <c>sport/x.txt</c>), or null at the top.</summary>
    public string? Category { get; init; }

    /// <summary>The front matter's <c>tags</c>, in order.</summary>
    public IReadOnlyList<string> Tags { get; init; } = Array.Empty<string>();

    /// <summary>The front matter's <c>url</c>, or null.</summary>
    public string? Url { get; init; }

    /// <summary>Every front matter field in file order, known keys included; empty without front matter.</summary>
    public IReadOnlyList<FrontMatterField> FrontMatter { get; init; } = Array.Empty<FrontMatterField>();

    /// <summary>Where the front matter stands, both <c>---</c> lines included; no paragraph holds it.</summary>
    public SourceRange? FrontMatterRange { get; init; }

    /// <summary>Words, sentences and characters of the paragraphs.</summary>
    public ArticleCounts Counts { get; init; }

    /// <summary>SHA-256 of the text with line endings read as LF, lower-case hex.</summary>
    public string ContentHash { get; init; } = string.Empty;

    /// <summary>The dates the paragraphs mention, in text order.</summary>
    public IReadOnlyList<DateMention> MentionedDates { get; init; } = Array.Empty<DateMention>();

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

    /// <summary>The deck's text, or null.</summary>
    public string? SubtitleText => Subtitle?.Of(Text);

    /// <summary>The first paragraph (the lead), or null.</summary>
    public SourceRange? Lead => Paragraphs.Count > 0 ? Paragraphs[0] : null;
}
