using System;
using System.Collections.Generic;
using System.Threading;

namespace NewsCorpus.Text.Markdown;

/// <summary>
/// Reads a Markdown article (<c>.md</c>) as the plain text a <c>.txt</c> article would hold, so that one parser
/// analyses both. No Markdown library: the generator carries no assembly beside its own, and news needs only the
/// text of a document, not its layout. What becomes of each construct:
/// <list type="bullet">
/// <item>front matter between <c>---</c> lines at the top: kept line for line, as the parser reads it in a <c>.txt</c>;</item>
/// <item>the first block, when it is a heading (ATX <c>#</c> or setext, any level): the title line; later headings are
/// section heads, not article text, and are left out;</item>
/// <item>a paragraph, a block-quoted paragraph and each list item: one line, its soft and hard line breaks read as spaces;</item>
/// <item>emphasis, strong, strikethrough, links (inline, reference, autolinks), code spans and inline HTML: their words only;
/// entities decoded; backslash escapes resolved;</item>
/// <item>code blocks (fenced, indented), images, pipe tables, HTML comments, script and style blocks, reference and
/// footnote definitions, footnote references and thematic breaks: left out.</item>
/// </list>
/// It never throws on any text; what it cannot read as Markdown syntax it keeps as text.
/// </summary>
public static class MarkdownArticle
{
    /// <summary>The extension of Markdown articles.</summary>
    public const string Extension = ".md";

    /// <summary>Whether an article's path names a Markdown file (<c>.md</c>, in any case).</summary>
    public static bool IsMarkdownPath(string path) => path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);

    /// <summary>The plain text of a Markdown article, with where each of its characters came from.</summary>
    public static MarkdownText Convert(string markdown, CancellationToken cancellationToken = default) =>
        new BlockReader(markdown, cancellationToken).Read();

    /// <summary>A line of the file: its content without the line break.</summary>
    internal readonly record struct Line(int Start, int End);

    /// <summary>Splits at CRLF, LF and CR, as CommonMark and the parser do.</summary>
    internal static List<Line> SplitLines(string text)
    {
        var lines = new List<Line>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\r' && text[i] != '\n') continue;
            lines.Add(new Line(start, i));
            if (i == text.Length) break;
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }

        return lines;
    }

    /// <summary>A link label as CommonMark compares them: trimmed, inner white space collapsed, case folded.</summary>
    internal static string NormalizeLabel(string text, int start, int end)
    {
        var label = new System.Text.StringBuilder(end - start);
        bool space = false;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = label.Length > 0;
                continue;
            }

            if (space) label.Append(' ');
            space = false;
            label.Append(char.ToLowerInvariant(c));
        }

        return label.ToString();
    }

    /// <summary>The plain text being written, with the source offset of each character.</summary>
    internal sealed class Output
    {
        private readonly System.Text.StringBuilder _text;
        private readonly List<int> _offsets;

        public Output(int capacity)
        {
            _text = new System.Text.StringBuilder(capacity);
            _offsets = new List<int>(capacity);
        }

        public int Length => _text.Length;

        public int Lines { get; private set; }

        public char this[int index] => _text[index];

        public void Append(char c, int sourceOffset)
        {
            _text.Append(c);
            _offsets.Add(sourceOffset);
            if (c == '\n') Lines++;
        }

        public MarkdownText ToText(int sourceLength, int? titleLine) => new(_text.ToString(), _offsets.ToArray(), sourceLength, titleLine);
    }

    /// <summary>One pass over the lines, block by block (CommonMark's block structure, simplified to what plain text needs).</summary>
    private sealed class BlockReader
    {
        private readonly string _source;
        private readonly CancellationToken _cancellationToken;
        private readonly List<Line> _lines;
        private readonly Output _output;
        private readonly HashSet<string> _labels = new(StringComparer.Ordinal);

        /// <summary>The open paragraph's lines (from their first non-blank character), in order; empty when none is open.</summary>
        private readonly List<Line> _paragraph = new();
        private int _paragraphQuoteDepth;
        private bool _inList;
        private bool _wroteBlock;
        private int? _titleLine;
        private bool _sawContent;

        public BlockReader(string source, CancellationToken cancellationToken)
        {
            _source = source;
            _cancellationToken = cancellationToken;
            _lines = SplitLines(source);
            _output = new Output(source.Length);
        }

        public MarkdownText Read()
        {
            // A byte-order mark repeated at the top (a file saved twice by tools that each add one) is no text.
            if (_lines.Count > 0)
            {
                int start = _lines[0].Start;
                while (start < _lines[0].End && _source[start] == '\uFEFF') start++;
                _lines[0] = new Line(start, _lines[0].End);
            }

            int first = CopyFrontMatter();
            CollectLabels(first);
            for (int i = first; i < _lines.Count; i++)
            {
                if ((i & 1023) == 0) _cancellationToken.ThrowIfCancellationRequested();
                i = ReadLine(i);
            }

            FlushParagraph();
            return _output.ToText(_source.Length, _titleLine);
        }

        /// <summary>Copies a closed front matter block as it is; returns the first line after it (0 without one).</summary>
        private int CopyFrontMatter()
        {
            if (_lines.Count == 0 || !IsDelimiter(_lines[0], trimBom: true)) return 0;
            int close = 1;
            while (close < _lines.Count && !IsDelimiter(_lines[close], trimBom: false)) close++;

            // Unclosed, the '---' is what Markdown says it is, a thematic break.
            if (close == _lines.Count) return 0;
            for (int i = 0; i <= close; i++)
            {
                var line = _lines[i];
                for (int c = line.Start; c < line.End; c++) _output.Append(_source[c], c);
                _output.Append('\n', line.End);
            }

            return close + 1;
        }

        private bool IsDelimiter(Line line, bool trimBom)
        {
            int start = line.Start, end = line.End;
            if (trimBom) while (start < end && _source[start] == '\uFEFF') start++;
            while (end > start && char.IsWhiteSpace(_source[end - 1])) end--;
            return end - start == 3 && string.CompareOrdinal(_source, start, "---", 0, 3) == 0;
        }

        /// <summary>The labels of reference definitions, so that <c>[text][label]</c> and <c>[label]</c> read as links.</summary>
        private void CollectLabels(int first)
        {
            for (int i = first; i < _lines.Count; i++)
            {
                var (_, start) = Containers(_lines[i]);
                int p = SkipSpaces(start, _lines[i].End, 3);
                if (DefinitionLabel(p, _lines[i].End) is { } label) _labels.Add(label);
            }
        }

        /// <summary>The label of a reference or footnote definition (<c>[label]: …</c>) starting at <paramref name="p"/>, or null.</summary>
        private string? DefinitionLabel(int p, int end)
        {
            if (p >= end || _source[p] != '[') return null;
            int close = p + 1;
            while (close < end && _source[close] != ']')
            {
                if (_source[close] == '[') return null;
                if (_source[close] == '\\') close++;
                close++;
            }

            if (close + 1 >= end || _source[close + 1] != ':') return null;
            string label = NormalizeLabel(_source, p + 1, Math.Min(close, end));
            return label.Length > 0 ? label : null;
        }

        /// <summary>The block quote depth of a line and where its content starts after the <c>&gt;</c> markers.</summary>
        private (int Depth, int Start) Containers(Line line)
        {
            int depth = 0, p = line.Start;
            while (true)
            {
                int q = SkipSpaces(p, line.End, 3);
                if (q >= line.End || _source[q] != '>') return (depth, p);
                depth++;
                p = q + 1;
                if (p < line.End && _source[p] is ' ' or '\t') p++;
            }
        }

        /// <summary>Reads the block that starts at line <paramref name="i"/>; returns the last line it took.</summary>
        private int ReadLine(int i)
        {
            var line = _lines[i];
            var (depth, start) = Containers(line);
            int end = line.End;
            bool blank = IsBlank(start, end);

            // A line without '>' after a quoted paragraph continues it (a lazy continuation line).
            bool lazy = _paragraph.Count > 0 && depth < _paragraphQuoteDepth && !blank && !StartsBlock(start, end);
            if (lazy) depth = _paragraphQuoteDepth;
            if (_paragraph.Count > 0 && depth != _paragraphQuoteDepth) FlushParagraph();

            if (blank)
            {
                FlushParagraph();
                return i;
            }

            int indent = Indent(start, end, out int p);
            if (indent >= 4 && _paragraph.Count == 0 && !_inList) return SkipIndentedCode(i);

            // Indented four columns, a line continues the paragraph, except in a list, where it may be a nested item.
            if (!lazy && (indent < 4 || _inList))
            {
                if (Fence(p, end) is { } fence)
                {
                    FlushParagraph();
                    return SkipFenced(i, fence.Marker, fence.Length, depth);
                }

                if (StartsWith(p, end, "<!--"))
                {
                    FlushParagraph();
                    return SkipUntil(i, p, "-->");
                }

                if (RawTextBlockEnd(p, end) is { } closing)
                {
                    FlushParagraph();
                    return SkipUntil(i, p, closing);
                }

                if (AtxHeading(p, end) is { } heading)
                {
                    FlushParagraph();
                    Heading(new List<Line> { heading });
                    return i;
                }

                if (_paragraph.Count > 0 && indent < 4 && SetextLevel(p, end) > 0)
                {
                    var lines = new List<Line>(_paragraph);
                    _paragraph.Clear();
                    Heading(lines);
                    return i;
                }

                if (indent < 4 && IsThematicBreak(p, end))
                {
                    FlushParagraph();
                    _inList = false;
                    return i;
                }

                if (IndexOf(p, end, '|') >= 0 && i + 1 < _lines.Count && IsTableDelimiter(_lines[i + 1]))
                {
                    FlushParagraph();
                    return SkipTable(i + 1, depth);
                }

                if (_paragraph.Count == 0 && DefinitionLabel(p, end) is not null) return i;

                if (ListItem(p, end, interrupting: _paragraph.Count > 0 && !_inList) is int content)
                {
                    FlushParagraph();
                    _inList = true;
                    content = SkipTaskBox(SkipSpaces(content, end, int.MaxValue), end);
                    if (content < end) Open(new Line(content, end), depth);
                    return i;
                }
            }

            if (_paragraph.Count == 0)
            {
                // A paragraph that starts at the margin after a blank line ends the list.
                if (indent == 0) _inList = false;
                Open(new Line(p, end), depth);
            }
            else
            {
                _paragraph.Add(new Line(p, end));
            }

            return i;
        }

        private void Open(Line line, int depth)
        {
            _paragraph.Add(line);
            _paragraphQuoteDepth = depth;
        }

        /// <summary>Whether a line would start a block of its own rather than continue a paragraph lazily.</summary>
        private bool StartsBlock(int start, int end)
        {
            int indent = Indent(start, end, out int p);
            if (indent >= 4) return false;
            return Fence(p, end) is not null || AtxHeading(p, end) is not null || IsThematicBreak(p, end)
                || ListItem(p, end, interrupting: true) is not null || StartsWith(p, end, "<!--");
        }

        private void FlushParagraph()
        {
            if (_paragraph.Count == 0) return;
            var lines = new List<Line>(_paragraph);
            _paragraph.Clear();
            WriteBlock(lines, isTitle: false);
        }

        /// <summary>The first block a heading: the title. Any later one: a section head, left out.</summary>
        private void Heading(List<Line> lines)
        {
            if (!_sawContent) WriteBlock(lines, isTitle: true);
        }

        private void WriteBlock(List<Line> lines, bool isTitle)
        {
            var inline = new InlineReader(_source, _labels);
            var (chars, offsets) = inline.Read(lines);

            // Runs of spaces and tabs (left where markup was taken out) read as one space; the line is trimmed.
            int first = 0, last = chars.Count;
            while (first < last && TextChars.IsBlank(chars[first])) first++;
            while (last > first && TextChars.IsBlank(chars[last - 1])) last--;
            if (first == last) return;

            if (_wroteBlock) _output.Append('\n', offsets[first]);
            if (isTitle) _titleLine = _output.Lines;
            bool space = false;
            for (int k = first; k < last; k++)
            {
                char c = chars[k];
                if (c is ' ' or '\t')
                {
                    if (space) continue;
                    space = true;
                    c = ' ';
                }
                else
                {
                    space = false;
                }

                _output.Append(c, offsets[k]);
            }

            _output.Append('\n', Math.Min(_source.Length, offsets[last - 1] + 1));
            _wroteBlock = true;
            _sawContent = true;
        }

        private int SkipIndentedCode(int i)
        {
            // Blank lines inside the block belong to it while indented lines follow.
            int last = i;
            for (int j = i + 1; j < _lines.Count; j++)
            {
                var (_, start) = Containers(_lines[j]);
                if (IsBlank(start, _lines[j].End)) continue;
                if (Indent(start, _lines[j].End, out _) < 4) break;
                last = j;
            }

            return last;
        }

        private int SkipFenced(int i, char marker, int length, int depth)
        {
            for (int j = i + 1; j < _lines.Count; j++)
            {
                var (lineDepth, start) = Containers(_lines[j]);
                if (lineDepth < depth) return j - 1;
                int end = _lines[j].End;
                if (Indent(start, end, out int p) >= 4) continue;
                int run = Run(p, end, marker);
                if (run >= length && IsBlank(p + run, end)) return j;
            }

            return _lines.Count - 1;
        }

        /// <summary>Skips lines from <paramref name="i"/> until one holds <paramref name="closing"/> (searched from <paramref name="from"/> on the first).</summary>
        private int SkipUntil(int i, int from, string closing)
        {
            for (int j = i; j < _lines.Count; j++)
            {
                int start = j == i ? from + 1 : _lines[j].Start;
                if (_source.IndexOf(closing, Math.Min(start, _lines[j].End), _lines[j].End - Math.Min(start, _lines[j].End), StringComparison.OrdinalIgnoreCase) >= 0) return j;
            }

            return _lines.Count - 1;
        }

        private int SkipTable(int delimiter, int depth)
        {
            int j = delimiter + 1;
            while (j < _lines.Count)
            {
                var (lineDepth, start) = Containers(_lines[j]);
                if (lineDepth != depth || IsBlank(start, _lines[j].End)) break;
                j++;
            }

            return j - 1;
        }

        private bool IsTableDelimiter(Line line)
        {
            var (_, start) = Containers(line);
            bool pipe = false, dash = false;
            for (int c = start; c < line.End; c++)
            {
                switch (_source[c])
                {
                    case '|': pipe = true; break;
                    case '-': dash = true; break;
                    case ':' or ' ' or '\t': break;
                    default: return false;
                }
            }

            return pipe && dash;
        }

        /// <summary>A fence of three or more backticks or tildes (a backtick fence's info string holds no backtick).</summary>
        private (char Marker, int Length)? Fence(int p, int end)
        {
            if (p >= end || _source[p] is not ('`' or '~')) return null;
            char marker = _source[p];
            int run = Run(p, end, marker);
            if (run < 3) return null;
            if (marker == '`' && IndexOf(p + run, end, '`') >= 0) return null;
            return (marker, run);
        }

        /// <summary>The closing tag of a raw text block (script, style, pre, textarea) opening at <paramref name="p"/>, or null.</summary>
        private string? RawTextBlockEnd(int p, int end)
        {
            foreach (var name in RawTextElements)
            {
                if (!StartsWith(p, end, "<" + name)) continue;
                int after = p + 1 + name.Length;
                if (after == end || _source[after] is ' ' or '\t' or '>') return "</" + name + ">";
            }

            return null;
        }

        private static readonly string[] RawTextElements = { "script", "style", "pre", "textarea" };

        /// <summary>An ATX heading's text (without the opening and closing <c>#</c> runs), or null.</summary>
        private Line? AtxHeading(int p, int end)
        {
            int run = Run(p, end, '#');
            if (run < 1 || run > 6 || (p + run < end && _source[p + run] is not (' ' or '\t'))) return null;
            int start = p + run;
            int stop = end;
            while (stop > start && _source[stop - 1] is ' ' or '\t') stop--;
            int hashes = stop;
            while (hashes > start && _source[hashes - 1] == '#') hashes--;
            if (hashes == start || _source[hashes - 1] is ' ' or '\t') stop = hashes;
            return new Line(start, Math.Max(start, stop));
        }

        /// <summary>1 for a <c>===</c> underline, 2 for <c>---</c>, else 0.</summary>
        private int SetextLevel(int p, int end)
        {
            if (p >= end || _source[p] is not ('=' or '-')) return 0;
            char marker = _source[p];
            int run = Run(p, end, marker);
            return IsBlank(p + run, end) ? (marker == '=' ? 1 : 2) : 0;
        }

        private bool IsThematicBreak(int p, int end)
        {
            if (p >= end || _source[p] is not ('*' or '-' or '_')) return false;
            char marker = _source[p];
            int count = 0;
            for (int c = p; c < end; c++)
            {
                if (_source[c] == marker) count++;
                else if (_source[c] is not (' ' or '\t')) return false;
            }

            return count >= 3;
        }

        /// <summary>Where a list item's content starts, or null. An ordered item other than 1, or an empty one, does not interrupt a paragraph.</summary>
        private int? ListItem(int p, int end, bool interrupting)
        {
            if (p >= end) return null;
            int after;
            if (_source[p] is '-' or '+' or '*')
            {
                after = p + 1;
            }
            else
            {
                int digits = 0;
                while (p + digits < end && digits <= 9 && _source[p + digits] is >= '0' and <= '9') digits++;
                if (digits == 0 || digits > 9 || p + digits >= end || _source[p + digits] is not ('.' or ')')) return null;
                if (interrupting && (digits != 1 || _source[p] != '1')) return null;
                after = p + digits + 1;
            }

            if (after < end && _source[after] is not (' ' or '\t')) return null;
            if (interrupting && IsBlank(after, end)) return null;
            return after;
        }

        /// <summary>A task list's <c>[ ]</c> or <c>[x]</c> box is no text.</summary>
        private int SkipTaskBox(int p, int end)
        {
            if (p + 3 <= end && _source[p] == '[' && _source[p + 1] is ' ' or 'x' or 'X' && _source[p + 2] == ']'
                && (p + 3 == end || _source[p + 3] is ' ' or '\t'))
            {
                return SkipSpaces(p + 3, end, int.MaxValue);
            }

            return p;
        }

        /// <summary>The line's indentation in columns (a tab to the next multiple of 4) and its first non-blank character.</summary>
        private int Indent(int start, int end, out int firstNonBlank)
        {
            int columns = 0, p = start;
            while (p < end && _source[p] is ' ' or '\t')
            {
                columns = _source[p] == '\t' ? columns + 4 - columns % 4 : columns + 1;
                p++;
            }

            firstNonBlank = p;
            return columns;
        }

        private int SkipSpaces(int p, int end, int most)
        {
            int count = 0;
            while (p < end && count < most && _source[p] == ' ')
            {
                p++;
                count++;
            }

            return p;
        }

        private int Run(int p, int end, char c)
        {
            int run = 0;
            while (p + run < end && _source[p + run] == c) run++;
            return run;
        }

        private int IndexOf(int start, int end, char c) => start >= end ? -1 : _source.IndexOf(c, start, end - start);

        private bool StartsWith(int p, int end, string prefix) =>
            end - p >= prefix.Length && string.Compare(_source, p, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0;

        private bool IsBlank(int start, int end) => TextChars.IsBlank(_source, start, end);
    }
}
