namespace NewsCorpus.Generator.Model;

/// <summary>
/// A diagnostic as plain values: the id, the message, and where it points. Turned into a Roslyn
/// <c>Diagnostic</c> only when reported, so that models never hold a <c>Location</c>.
/// </summary>
internal sealed record DiagnosticInfo(
    string Id,
    string Message,
    string FilePath,
    int Start,
    int End,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn)
{
    public static DiagnosticInfo From(NewsCorpus.Text.TextDiagnostic diagnostic, string filePath) => new(
        diagnostic.Id,
        diagnostic.Message,
        filePath,
        diagnostic.Range.Start,
        diagnostic.Range.End,
        diagnostic.StartLine,
        diagnostic.StartColumn,
        diagnostic.EndLine,
        diagnostic.EndColumn);

    /// <summary>A diagnostic about a whole file, pointing at its first character.</summary>
    public static DiagnosticInfo AtFileStart(string id, string message, string filePath) =>
        new(id, message, filePath, 0, 0, 0, 0, 0, 0);

    /// <summary>A diagnostic with no file, such as one about an MSBuild property.</summary>
    public static DiagnosticInfo WithoutLocation(string id, string message) =>
        new(id, message, string.Empty, 0, 0, 0, 0, 0, 0);
}
