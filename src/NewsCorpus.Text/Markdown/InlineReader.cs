using System;
using System.Collections.Generic;

namespace NewsCorpus.Text.Markdown;

/// <summary>
/// The words of one block's inline Markdown: emphasis markers that pair up are taken out (CommonMark's flanking
/// rules, so <c>2 * 3</c> and <c>snake_case</c> keep theirs), a link keeps its text, an image goes, a code span keeps
/// its code, HTML tags and comments go, entities are decoded and backslash escapes resolved. Every character out
/// keeps the offset in the file of the character it came from.
/// </summary>
internal sealed class InlineReader
{
    private readonly string _source;
    private readonly HashSet<string> _labels;

    // The block's characters, its lines joined by spaces, and where each came from.
    private char[] _raw = Array.Empty<char>();
    private int[] _at = Array.Empty<int>();

    private readonly List<char> _chars = new();
    private readonly List<int> _offsets = new();

    public InlineReader(string source, HashSet<string> labels)
    {
        _source = source;
        _labels = labels;
    }

    public (List<char> Chars, List<int> Offsets) Read(List<MarkdownArticle.Line> lines)
    {
        var raw = new List<char>();
        var at = new List<int>();
        for (int i = 0; i < lines.Count; i++)
        {
            int start = lines[i].Start, end = lines[i].End;
            while (start < end && _source[start] is ' ' or '\t') start++;
            while (end > start && _source[end - 1] is ' ' or '\t') end--;

            // A backslash at the end of a line (not the last) is a hard line break, read as a space.
            if (i < lines.Count - 1 && end > start && _source[end - 1] == '\\' && Backslashes(end) % 2 == 1) end--;
            if (i > 0)
            {
                raw.Add(' ');
                at.Add(lines[i - 1].End);
            }

            for (int c = start; c < end; c++)
            {
                raw.Add(_source[c]);
                at.Add(c);
            }
        }

        _raw = raw.ToArray();
        _at = at.ToArray();
        Inlines(0, _raw.Length);
        return (_chars, _offsets);
    }

    private int Backslashes(int end)
    {
        int count = 0;
        while (end - count - 1 >= 0 && _source[end - count - 1] == '\\') count++;
        return count;
    }

    /// <summary>A run of <c>*</c>, <c>_</c> or <c>~</c> written out at <see cref="Position"/>, and how much of it pairing has used.</summary>
    private sealed class Delimiter
    {
        public int Position;
        public int Length;
        public char Marker;
        public bool CanOpen;
        public bool CanClose;
        public int UsedLeft;
        public int UsedRight;
        public bool Active = true;

        public int Remaining => Length - UsedLeft - UsedRight;
    }

    /// <summary>Writes the inline content of <c>_raw[from..to)</c>, then takes out the emphasis markers that pair up in it.</summary>
    private void Inlines(int from, int to)
    {
        int outStart = _chars.Count;
        var delimiters = new List<Delimiter>();
        int k = from;
        while (k < to)
        {
            char c = _raw[k];
            switch (c)
            {
                case '\\' when k + 1 < to && IsAsciiPunctuation(_raw[k + 1]):
                    Emit(_raw[k + 1], _at[k + 1]);
                    k += 2;
                    continue;
                case '`':
                    k = CodeSpan(k, to);
                    continue;
                case '!' when k + 1 < to && _raw[k + 1] == '[' && Link(k + 1, to) is { } image:
                    k = image.End;
                    continue;
                case '[' when Link(k, to) is { } link:
                    if (!link.Footnote) Inlines(link.TextStart, link.TextEnd);
                    k = link.End;
                    continue;
                case '<' when Angle(k, to) is int after:
                    k = after;
                    continue;
                case '&' when Entity(k, to) is int next:
                    k = next;
                    continue;
                case '*' or '_' or '~':
                    int run = 1;
                    while (k + run < to && _raw[k + run] == c) run++;
                    delimiters.Add(Flanking(c, k, run, from, to));
                    for (int r = 0; r < run; r++) Emit(c, _at[k + r]);
                    k += run;
                    continue;
                default:
                    Emit(c, _at[k]);
                    k++;
                    continue;
            }
        }

        PairEmphasis(delimiters, outStart);
    }

    private void Emit(char c, int offset)
    {
        _chars.Add(c);
        _offsets.Add(offset);
    }

    private Delimiter Flanking(char marker, int k, int run, int from, int to)
    {
        char before = k > from ? _raw[k - 1] : ' ';
        char after = k + run < to ? _raw[k + run] : ' ';
        bool beforeSpace = char.IsWhiteSpace(before), afterSpace = char.IsWhiteSpace(after);
        bool beforePunct = IsPunctuation(before), afterPunct = IsPunctuation(after);
        bool left = !afterSpace && (!afterPunct || beforeSpace || beforePunct);
        bool right = !beforeSpace && (!beforePunct || afterSpace || afterPunct);
        return new Delimiter
        {
            Position = _chars.Count,
            Length = run,
            Marker = marker,
            // An underscore inside a word (snake_case) is no emphasis.
            CanOpen = marker == '_' ? left && (!right || beforePunct) : left,
            CanClose = marker == '_' ? right && (!left || afterPunct) : right,
        };
    }

    /// <summary>Pairs closers with the nearest openers of the same marker (CommonMark's process-emphasis, without nesting order) and removes the markers used.</summary>
    private void PairEmphasis(List<Delimiter> delimiters, int outStart)
    {
        var remove = new List<(int Start, int Count)>();
        for (int ci = 0; ci < delimiters.Count; ci++)
        {
            var closer = delimiters[ci];
            while (closer.CanClose && closer.Active && closer.Remaining > 0)
            {
                int oi = ci - 1;
                for (; oi >= 0; oi--)
                {
                    var o = delimiters[oi];
                    if (!o.Active || !o.CanOpen || o.Marker != closer.Marker || o.Remaining == 0) continue;
                    // The rule of 3: "*a**" pairs no markers across runs whose lengths sum to a multiple of 3.
                    if ((o.CanClose || closer.CanOpen) && (o.Length + closer.Length) % 3 == 0 && !(o.Length % 3 == 0 && closer.Length % 3 == 0)) continue;
                    break;
                }

                if (oi < 0) break;
                var opener = delimiters[oi];
                int use = Math.Min(2, Math.Min(opener.Remaining, closer.Remaining));
                remove.Add((opener.Position + opener.Length - opener.UsedRight - use, use));
                opener.UsedRight += use;
                remove.Add((closer.Position + closer.UsedLeft, use));
                closer.UsedLeft += use;
                for (int between = oi + 1; between < ci; between++) delimiters[between].Active = false;
            }
        }

        if (remove.Count == 0) return;
        var removed = new bool[_chars.Count - outStart];
        foreach (var (start, count) in remove)
        {
            for (int r = 0; r < count; r++) removed[start - outStart + r] = true;
        }

        int write = outStart;
        for (int read = outStart; read < _chars.Count; read++)
        {
            if (removed[read - outStart]) continue;
            _chars[write] = _chars[read];
            _offsets[write] = _offsets[read];
            write++;
        }

        _chars.RemoveRange(write, _chars.Count - write);
        _offsets.RemoveRange(write, _offsets.Count - write);
    }

    /// <summary>A code span keeps its code as written; a backtick run without its closing run is text.</summary>
    private int CodeSpan(int k, int to)
    {
        int run = 1;
        while (k + run < to && _raw[k + run] == '`') run++;
        for (int m = k + run; m < to;)
        {
            if (_raw[m] != '`')
            {
                m++;
                continue;
            }

            int closing = 1;
            while (m + closing < to && _raw[m + closing] == '`') closing++;
            if (closing == run)
            {
                int start = k + run, end = m;
                bool allSpace = true;
                for (int i = start; i < end; i++) allSpace &= _raw[i] == ' ';
                if (!allSpace && end - start >= 2 && _raw[start] == ' ' && _raw[end - 1] == ' ')
                {
                    start++;
                    end--;
                }

                for (int i = start; i < end; i++) Emit(_raw[i], _at[i]);
                return m + closing;
            }

            m += closing;
        }

        for (int i = k; i < k + run; i++) Emit('`', _at[i]);
        return k + run;
    }

    private readonly record struct LinkSpan(int TextStart, int TextEnd, int End, bool Footnote);

    /// <summary>
    /// A link or image whose <c>[</c> is at <paramref name="k"/>: <c>[text](destination "title")</c>, <c>[text][label]</c>,
    /// <c>[text][]</c> or <c>[label]</c> with a definition, or a footnote reference <c>[^1]</c>; else null.
    /// </summary>
    private LinkSpan? Link(int k, int to)
    {
        int close = ClosingBracket(k, to);
        if (close < 0) return null;
        int textStart = k + 1, textEnd = close;

        if (close + 1 < to && _raw[close + 1] == '(' && Destination(close + 1, to) is int end) return new LinkSpan(textStart, textEnd, end, false);

        if (close + 1 < to && _raw[close + 1] == '[')
        {
            int labelClose = ClosingBracket(close + 1, to);
            if (labelClose >= 0)
            {
                string label = labelClose == close + 2 ? Label(textStart, textEnd) : Label(close + 2, labelClose);
                if (_labels.Contains(label)) return new LinkSpan(textStart, textEnd, labelClose + 1, false);
            }
        }

        if (textEnd > textStart && _raw[textStart] == '^') return new LinkSpan(textStart, textEnd, close + 1, true);
        return _labels.Contains(Label(textStart, textEnd)) ? new LinkSpan(textStart, textEnd, close + 1, false) : null;
    }

    private string Label(int start, int end) => MarkdownArticle.NormalizeLabel(new string(_raw, start, end - start), 0, end - start);

    /// <summary>The <c>]</c> that closes the <c>[</c> at <paramref name="k"/> (brackets nest; escapes and code spans hide them), or -1.</summary>
    private int ClosingBracket(int k, int to)
    {
        int depth = 0;
        for (int m = k; m < to; m++)
        {
            switch (_raw[m])
            {
                case '\\':
                    m++;
                    break;
                case '`':
                    int run = 1;
                    while (m + run < to && _raw[m + run] == '`') run++;
                    int closing = FindRun(m + run, to, run);
                    m = (closing >= 0 ? closing + run : m + run) - 1;
                    break;
                case '[':
                    depth++;
                    break;
                case ']':
                    if (--depth == 0) return m;
                    break;
            }
        }

        return -1;
    }

    private int FindRun(int from, int to, int length)
    {
        for (int m = from; m < to;)
        {
            if (_raw[m] != '`')
            {
                m++;
                continue;
            }

            int run = 1;
            while (m + run < to && _raw[m + run] == '`') run++;
            if (run == length) return m;
            m += run;
        }

        return -1;
    }

    /// <summary>Just past the <c>)</c> that closes the destination and title opening at <paramref name="k"/>, or null.</summary>
    private int? Destination(int k, int to)
    {
        int depth = 0;
        char? quote = null;
        bool angle = false;
        for (int m = k; m < to; m++)
        {
            char c = _raw[m];
            if (c == '\\')
            {
                m++;
                continue;
            }

            if (quote is { } q)
            {
                if (c == q) quote = null;
                continue;
            }

            if (angle)
            {
                if (c == '>') angle = false;
                continue;
            }

            switch (c)
            {
                case '"' or '\'' when m > k + 1 && _raw[m - 1] == ' ':
                    quote = c;
                    break;
                case '<' when m == k + 1:
                    angle = true;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    if (--depth == 0) return m + 1;
                    break;
            }
        }

        return null;
    }

    /// <summary>What starts with <c>&lt;</c>: an autolink keeps its address, a comment or an HTML tag goes (a line-breaking tag reads as a space). Returns where the text goes on, or null.</summary>
    private int? Angle(int k, int to)
    {
        if (k + 3 < to && _raw[k + 1] == '!' && _raw[k + 2] == '-' && _raw[k + 3] == '-')
        {
            for (int m = k + 4; m + 2 < to; m++)
            {
                if (_raw[m] == '-' && _raw[m + 1] == '-' && _raw[m + 2] == '>') return m + 3;
            }

            return null;
        }

        int close = -1;
        for (int m = k + 1; m < to; m++)
        {
            if (_raw[m] == '>')
            {
                close = m;
                break;
            }

            if (_raw[m] == '<') return null;
        }

        if (close < 0) return null;
        if (IsAutolink(k + 1, close))
        {
            for (int m = k + 1; m < close; m++) Emit(_raw[m], _at[m]);
            return close + 1;
        }

        int name = k + 1;
        if (name < close && _raw[name] == '/') name++;
        int nameEnd = name;
        while (nameEnd < close && (IsAsciiLetter(_raw[nameEnd]) || (nameEnd > name && (char.IsDigit(_raw[nameEnd]) || _raw[nameEnd] == '-')))) nameEnd++;
        if (nameEnd == name || (nameEnd < close && !char.IsWhiteSpace(_raw[nameEnd]) && _raw[nameEnd] != '/')) return null;

        // Tags that break a line or a block leave a space between the words on either side.
        string tag = new string(_raw, name, nameEnd - name).ToLowerInvariant();
        if (Array.IndexOf(BreakingTags, tag) >= 0) Emit(' ', _at[k]);
        return close + 1;
    }

    private static readonly string[] BreakingTags = { "br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr" };

    /// <summary><c>scheme:rest</c> or <c>name@host</c> without blanks.</summary>
    private bool IsAutolink(int start, int end)
    {
        if (end - start < 3) return false;
        for (int m = start; m < end; m++)
        {
            if (char.IsWhiteSpace(_raw[m]) || char.IsControl(_raw[m])) return false;
        }

        int scheme = start;
        while (scheme < end && (IsAsciiLetter(_raw[scheme]) || (scheme > start && (char.IsDigit(_raw[scheme]) || _raw[scheme] is '+' or '.' or '-')))) scheme++;
        if (scheme - start >= 2 && scheme - start <= 32 && scheme < end && _raw[scheme] == ':') return true;
        int at = Array.IndexOf(_raw, '@', start, end - start);
        return at > start && at < end - 1;
    }

    /// <summary>A named or numeric character reference, decoded; returns where the text goes on, or null.</summary>
    private int? Entity(int k, int to)
    {
        int m = k + 1;
        int semicolon = -1;
        for (int i = m; i < to && i - m <= 32; i++)
        {
            if (_raw[i] == ';')
            {
                semicolon = i;
                break;
            }
        }

        if (semicolon < 0 || semicolon == m) return null;
        int value;
        if (_raw[m] == '#')
        {
            bool hex = m + 1 < semicolon && _raw[m + 1] is 'x' or 'X';
            int digits = m + (hex ? 2 : 1);
            if (digits == semicolon || semicolon - digits > (hex ? 6 : 7)) return null;
            long number = 0;
            for (int i = digits; i < semicolon; i++)
            {
                int digit = HexValue(_raw[i]);
                if (digit < 0 || (!hex && digit > 9)) return null;
                number = number * (hex ? 16 : 10) + digit;
            }

            value = number is 0 or > 0x10FFFF || number is >= 0xD800 and <= 0xDFFF ? 0xFFFD : (int)number;
        }
        else
        {
            string name = new string(_raw, m, semicolon - m);
            if (!NamedEntities.TryGetValue(name, out value)) return null;
        }

        // A paragraph is one line, whatever a reference spells.
        if (value is '\r' or '\n') value = ' ';
        if (value > 0xFFFF)
        {
            string pair = char.ConvertFromUtf32(value);
            Emit(pair[0], _at[k]);
            Emit(pair[1], _at[k]);
        }
        else
        {
            Emit((char)value, _at[k]);
        }

        return semicolon + 1;
    }

    /// <summary>The named references news text uses; any other stays as written.</summary>
    private static readonly Dictionary<string, int> NamedEntities = new(StringComparer.Ordinal)
    {
        ["amp"] = '&', ["lt"] = '<', ["gt"] = '>', ["quot"] = '"', ["apos"] = '\'', ["nbsp"] = '\u00A0', ["shy"] = '\u00AD',
        ["ndash"] = '–', ["mdash"] = '—', ["hellip"] = '…', ["lsquo"] = '‘', ["rsquo"] = '’', ["sbquo"] = '‚', ["ldquo"] = '“',
        ["rdquo"] = '”', ["bdquo"] = '„', ["laquo"] = '«', ["raquo"] = '»', ["lsaquo"] = '‹', ["rsaquo"] = '›', ["copy"] = '©',
        ["reg"] = '®', ["trade"] = '™', ["deg"] = '°', ["euro"] = '€', ["pound"] = '£', ["cent"] = '¢', ["yen"] = '¥',
        ["sect"] = '§', ["para"] = '¶', ["middot"] = '·', ["bull"] = '•', ["times"] = '×', ["divide"] = '÷', ["plusmn"] = '±',
        ["frac12"] = '½', ["frac14"] = '¼', ["frac34"] = '¾', ["eacute"] = 'é', ["egrave"] = 'è', ["euml"] = 'ë', ["ccedil"] = 'ç',
        ["Ccedil"] = 'Ç', ["Euml"] = 'Ë', ["auml"] = 'ä', ["ouml"] = 'ö', ["uuml"] = 'ü', ["Auml"] = 'Ä', ["Ouml"] = 'Ö', ["Uuml"] = 'Ü',
        ["szlig"] = 'ß', ["aacute"] = 'á', ["iacute"] = 'í', ["oacute"] = 'ó', ["uacute"] = 'ú', ["ntilde"] = 'ñ', ["agrave"] = 'à',
        ["ecirc"] = 'ê', ["ocirc"] = 'ô', ["thinsp"] = '\u2009', ["ensp"] = '\u2002', ["emsp"] = '\u2003', ["zwnj"] = '\u200C', ["zwj"] = '\u200D',
    };

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    private static bool IsAsciiPunctuation(char c) => c is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~';

    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);
}
