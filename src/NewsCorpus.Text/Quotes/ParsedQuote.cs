namespace NewsCorpus.Text.Quotes;

/// <summary>Direct quotations carry quotation marks; indirect ones are reported speech.</summary>
public enum ParsedQuoteKind
{
    /// <summary>Words in quotation marks.</summary>
    Direct,

    /// <summary>Reported speech ("X tha se …", "X said that …").</summary>
    Indirect,
}

/// <summary>
/// A quotation found in an article. <see cref="Content"/> excludes the quotation marks;
/// <see cref="Speaker"/> and <see cref="Cue"/> are null until attribution finds them.
/// </summary>
public sealed record ParsedQuote(
    ParsedQuoteKind Kind,
    SourceRange Content,
    int ParagraphIndex,
    SourceRange? Speaker = null,
    SourceRange? Cue = null);
