using System;
using System.Text;

namespace NewsCorpus.Generator.Emit;

/// <summary>
/// Writes C# text with indentation and LF line endings whatever the platform, so that generated
/// sources are byte-identical on every machine.
/// </summary>
internal sealed class SourceWriter
{
    private const int IndentSize = 4;
    private readonly StringBuilder _builder = new();
    private int _indent;

    public void Indent() => _indent++;

    public void Unindent() => _indent = Math.Max(0, _indent - 1);

    /// <summary>Writes one line, or each line of a multi-line raw string, at the current indentation.</summary>
    public SourceWriter Line(string text = "")
    {
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.Length > 0) _builder.Append(' ', _indent * IndentSize).Append(line);
            _builder.Append('\n');
        }

        return this;
    }

    /// <summary>Writes an opening brace and indents.</summary>
    public void OpenBlock()
    {
        Line("{");
        Indent();
    }

    /// <summary>Unindents and writes a closing brace with an optional suffix such as ";".</summary>
    public void CloseBlock(string suffix = "")
    {
        Unindent();
        Line("}" + suffix);
    }

    public override string ToString() => _builder.ToString();
}
