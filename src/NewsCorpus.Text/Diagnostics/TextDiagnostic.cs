namespace NewsCorpus.Text;

/// <summary>
/// A finding about one article, located by a range of its file and by zero-based line and column,
/// so that the generator, the CLI and the evaluation all report it at the same place. For a <c>.txt</c>
/// article the file's text is the analysed text; for a Markdown article the range is in the Markdown file.
/// </summary>
public sealed record TextDiagnostic(
    string Id,
    string Message,
    SourceRange Range,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn)
{
    /// <summary>Its default severity, from the table of diagnostics.</summary>
    public FindingSeverity Severity => DiagnosticIds.KindOf(Id).Severity;

    /// <summary>The one-based line number people expect in messages.</summary>
    public int Line => StartLine + 1;
}
