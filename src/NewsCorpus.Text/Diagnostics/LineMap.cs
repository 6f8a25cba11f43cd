using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace NewsCorpus.Text;

/// <summary>
/// Maps offsets to zero-based lines and columns the way the compiler counts lines (CRLF, LF, CR,
/// NEL, U+2028, U+2029), so that a diagnostic opens the file at the line it names.
/// </summary>
public sealed class LineMap
{
    private readonly List<int> _lineStarts = new() { 0 };

    /// <summary>Indexes the line starts of <paramref name="text"/>.</summary>
    [MethodImpl(HotPath.Optimize)]
    public LineMap(string text)
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

    /// <summary>The zero-based line and column of an offset.</summary>
    public (int Line, int Column) Locate(int offset)
    {
        int index = _lineStarts.BinarySearch(offset);
        int line = index >= 0 ? index : ~index - 1;
        return (line, offset - _lineStarts[line]);
    }

    /// <summary>Builds a diagnostic located at <paramref name="range"/>.</summary>
    public TextDiagnostic Diagnostic(string id, string message, SourceRange range)
    {
        var (startLine, startColumn) = Locate(range.Start);
        var (endLine, endColumn) = Locate(range.End);
        return new TextDiagnostic(id, message, range, startLine, startColumn, endLine, endColumn);
    }
}
