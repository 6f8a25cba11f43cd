using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace NewsCorpus.Text;

/// <summary>
/// Maps offsets to zero-based lines and columns the way the compiler counts lines (CRLF, LF, CR,
/// NEL, U+2028, U+2029), so that a diagnostic opens the file at the line it names. For a Markdown article the
/// offsets are those of the plain text the parser reads, and the lines and columns those of the Markdown file.
/// </summary>
public sealed class LineMap
{
    private readonly List<int> _lineStarts = new() { 0 };
    private readonly Markdown.MarkdownText? _markdown;

    /// <summary>Indexes the line starts of <paramref name="text"/>.</summary>
    public LineMap(string text)
        : this(text, null)
    {
    }

    /// <summary>Indexes the line starts of a Markdown file, whose plain text <paramref name="markdown"/> the offsets then refer to.</summary>
    internal LineMap(string file, Markdown.MarkdownText? markdown)
    {
        _markdown = markdown;
        IndexLines(file);
    }

    [MethodImpl(HotPath.Optimize)]
    private void IndexLines(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            if (c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029') _lineStarts.Add(i + 1);
        }
    }

    /// <summary>The number of lines (a text without line breaks has one).</summary>
    public int LineCount => _lineStarts.Count;

    /// <summary>The zero-based line and column in the file of an offset of the analysed text.</summary>
    public (int Line, int Column) Locate(int offset) => LocateInFile(_markdown?.SourceOffsetOf(offset) ?? offset);

    private (int Line, int Column) LocateInFile(int offset)
    {
        int index = _lineStarts.BinarySearch(offset);
        int line = index >= 0 ? index : ~index - 1;
        return (line, offset - _lineStarts[line]);
    }

    /// <summary>Builds a diagnostic located at <paramref name="range"/> of the analysed text, and so in the file.</summary>
    public TextDiagnostic Diagnostic(string id, string message, SourceRange range)
    {
        var inFile = _markdown?.SourceRangeOf(range) ?? range;
        var (startLine, startColumn) = LocateInFile(inFile.Start);
        var (endLine, endColumn) = LocateInFile(inFile.End);
        return new TextDiagnostic(id, message, inFile, startLine, startColumn, endLine, endColumn);
    }
}
