using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace NewsCorpus.Text.Paragraphs;

/// <summary>One line of an article: its content without the line break, and that content trimmed.</summary>
internal readonly record struct TextLine(int Number, SourceRange Content, SourceRange Trimmed)
{
    public bool IsBlank => Trimmed.Length == 0;

    /// <summary>Splits text into lines at CRLF, LF and CR, the three conventions found in scraped news.</summary>
    [MethodImpl(HotPath.Optimize)]
    public static List<TextLine> Split(string text, System.Threading.CancellationToken cancellationToken)
    {
        var lines = new List<TextLine>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\r' && text[i] != '\n') continue;
            if ((lines.Count & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();

            var content = new SourceRange(start, i);
            lines.Add(new TextLine(lines.Count, content, content.Trim(text)));
            if (i == text.Length) break;
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }

        return lines;
    }
}
