using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using NewsCorpus.Text.Lexicons;

namespace NewsCorpus.Text.Tokens;

/// <summary>What a token is.</summary>
internal enum TokenKind
{
    Word,
    QuotationMark,
    Punctuation,
}

/// <summary>A word, a quotation mark or a punctuation mark of a paragraph, by its range in the text.</summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public bool IsWord => Kind == TokenKind.Word;

    public string Lower(string text) => text.Substring(Start, End - Start).ToLowerInvariant();

    public bool IsCapitalized(string text) => char.IsUpper(text[Start]);

    public bool Is(string text, char c) => End - Start == 1 && text[Start] == c;

    /// <summary>The tokens of each range, in order: an article's paragraphs are tokenised once, for every reader of them.</summary>
    [MethodImpl(HotPath.Optimize)]
    public static List<Token>[] SplitEach(string text, IReadOnlyList<SourceRange> ranges, CancellationToken cancellationToken)
    {
        var tokens = new List<Token>[ranges.Count];
        for (int i = 0; i < tokens.Length; i++) tokens[i] = Split(text, ranges[i], cancellationToken);
        return tokens;
    }

    /// <summary>The tokens of a range, in order (see <see cref="TokenReader"/>).</summary>
    [MethodImpl(HotPath.Optimize)]
    public static List<Token> Split(string text, SourceRange range, CancellationToken cancellationToken)
    {
        var tokens = new List<Token>();
        AppendTo(tokens, text, range, cancellationToken);
        return tokens;
    }

    [System.ThreadStatic]
    private static List<Token>? _spare;

    /// <summary>
    /// An empty list to tokenise into, for a reader that needs the tokens only while it reads (counts, dates,
    /// language identification): the thread's spare list when it is free, so that no reader grows a list of
    /// its own for every article. Give it back with <see cref="Return"/>.
    /// </summary>
    public static List<Token> Rent()
    {
        var list = _spare ?? new List<Token>(256);
        _spare = null;
        list.Clear();
        return list;
    }

    /// <summary>Gives a list from <see cref="Rent"/> back for the next reader on this thread.</summary>
    public static void Return(List<Token> list)
    {
        if (list.Capacity <= 1 << 16) _spare = list;
    }

    /// <summary>Adds the tokens of a range to <paramref name="tokens"/>, for a reader that reuses one list for every paragraph.</summary>
    [MethodImpl(HotPath.Optimize)]
    public static void AppendTo(List<Token> tokens, string text, SourceRange range, CancellationToken cancellationToken)
    {
        var reader = new TokenReader(text, range);
        int n = 0;
        while (reader.Next(out var token))
        {
            if ((n++ & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            tokens.Add(token);
        }
    }
}

/// <summary>
/// The one tokenizer of the analysis: quotes, sentences, counts, dates and language identification all read
/// these tokens. Blanks separate tokens and are none. A word keeps inner apostrophes and hyphens (don’t, G-20,
/// t’i), the separators of a number ("800.000", "2,5"), the full stop of a known abbreviation ("Mr.", a single
/// capital "J."), and a run of initials with their full stops ("U.S.", "e.g.", "z.B."), so that a speaker such
/// as "Mr. Obama" is one phrase and no such full stop is taken for a sentence end. French and Italian elisions
/// are words of their own ("qu'il" is "qu'" + "il"). Every other character is a token of its own: a quotation
/// mark or a punctuation mark.
/// </summary>
internal struct TokenReader
{
    private readonly string _text;
    private readonly int _end;
    private int _i;

    public TokenReader(string text, SourceRange range)
    {
        _text = text;
        _i = range.Start;
        _end = range.End;
    }

    /// <summary>The next token, or false at the end of the range.</summary>
    [MethodImpl(HotPath.Optimize)]
    public bool Next(out Token token)
    {
        string text = _text;
        int i = _i;
        while (i < _end && TextChars.IsBlank(text[i])) i++;
        if (i >= _end)
        {
            _i = i;
            token = default;
            return false;
        }

        char c = text[i];
        if (!TextChars.IsWordChar(c))
        {
            bool isMark = QuotationMarks.IsQuotationMark(c) || c is '\'' or '`';
            token = new Token(i, i + 1, isMark ? TokenKind.QuotationMark : TokenKind.Punctuation);
            _i = i + 1;
            return true;
        }

        int end = i + 1;

        // Inner apostrophes and hyphens stay in the word ("don't", "G-20"); "800.000" and "2,5" are one number.
        while (end < _end && (TextChars.IsWordChar(text[end])
            || (text[end] is '’' or '\'' or '-' or '‐' && end + 1 < _end && TextChars.IsWordChar(text[end + 1]) && TextChars.IsWordChar(text[end - 1]))
            || (text[end] is '.' or ',' && end + 1 < _end && char.IsDigit(text[end + 1]) && char.IsDigit(text[end - 1]))))
        {
            end++;
        }

        if (end < _end && text[end] == '.')
        {
            int initials = InitialsEnd(text, i, end, _end);
            if (initials > end) end = initials;
            else if (Abbreviations.IsAbbreviation(text, i, end)) end++;
        }

        end = ElisionEnd(text, i, end);
        token = new Token(i, end, TokenKind.Word);
        _i = end;
        return true;
    }

    /// <summary>
    /// The end of a run of two or more initials that starts at <paramref name="start"/>, each a single letter with
    /// its full stop ("U.S.", "e.g.", "z.B.", "a.m."), or <paramref name="wordEnd"/> when there is no such run.
    /// </summary>
    private static int InitialsEnd(string text, int start, int wordEnd, int rangeEnd)
    {
        if (wordEnd - start != 1) return wordEnd;
        int k = start, initials = 0;
        while (k + 1 < rangeEnd && char.IsLetter(text[k]) && text[k + 1] == '.')
        {
            initials++;
            k += 2;
        }

        return initials >= 2 ? k : wordEnd;
    }

    /// <summary>French and Italian elisions are words of their own: "qu'il" is "qu'" + "il", "l'AFP" is "l'" + "AFP".</summary>
    private static int ElisionEnd(string text, int start, int end)
    {
        int apostrophe = text.IndexOf('\'', start, end - start);
        if (apostrophe < 0) apostrophe = text.IndexOf('’', start, end - start);
        if (apostrophe < 0 || apostrophe == end - 1) return end;
        int length = apostrophe - start;
        if (length == 1) return "ldjnscmt".IndexOf(char.ToLowerInvariant(text[start])) >= 0 ? apostrophe + 1 : end;
        if (length > 4) return end;
        return IsElision(text, start, length, "qu") || IsElision(text, start, length, "un") || IsElision(text, start, length, "dell")
            || IsElision(text, start, length, "all") || IsElision(text, start, length, "nell") || IsElision(text, start, length, "sull")
            ? apostrophe + 1
            : end;
    }

    private static bool IsElision(string text, int start, int length, string elision) =>
        length == elision.Length && string.Compare(text, start, elision, 0, length, System.StringComparison.OrdinalIgnoreCase) == 0;
}
