using System.Collections.Generic;
using System.Threading;
using NewsCorpus.Text.Lexicons;
using System.Runtime.CompilerServices;

namespace NewsCorpus.Text.Quotes;

/// <summary>What a token is, for the attribution rules.</summary>
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

    /// <summary>
    /// Splits a range into tokens. A word keeps inner apostrophes and hyphens (don’t, G-20, t’i) and
    /// the full stop of a known abbreviation ("Mr.", "U.S.", a single capital "J."), so that a
    /// speaker such as "Mr. Obama" is one phrase.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    public static List<Token> Split(string text, SourceRange range, CancellationToken cancellationToken)
    {
        var tokens = new List<Token>();
        int i = range.Start;
        while (i < range.End)
        {
            if ((tokens.Count & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            char c = text[i];
            if (TextChars.IsBlank(c))
            {
                i++;
                continue;
            }

            if (TextChars.IsWordChar(c))
            {
                int end = i + 1;

                // Inner apostrophes and hyphens stay in the word ("don't", "G-20"); "800.000" and "2,5" are one number.
                while (end < range.End && (TextChars.IsWordChar(text[end])
                    || (text[end] is '’' or '\'' or '-' or '‐' && end + 1 < range.End && TextChars.IsWordChar(text[end + 1]) && TextChars.IsWordChar(text[end - 1]))
                    || (text[end] is '.' or ',' && end + 1 < range.End && char.IsDigit(text[end + 1]) && char.IsDigit(text[end - 1]))))
                {
                    end++;
                }

                if (end < range.End && text[end] == '.' && Abbreviations.IsAbbreviation(text, i, end)) end++;
                end = ElisionEnd(text, i, end);
                tokens.Add(new Token(i, end, TokenKind.Word));
                i = end;
                continue;
            }

            bool isMark = QuotationMarks.IsQuotationMark(c) || c is '\'' or '`';
            tokens.Add(new Token(i, i + 1, isMark ? TokenKind.QuotationMark : TokenKind.Punctuation));
            i++;
        }

        return tokens;
    }

    /// <summary>French and Italian elisions are words of their own: "qu'il" is "qu'" + "il", "l'AFP" is "l'" + "AFP".</summary>
    private static int ElisionEnd(string text, int start, int end)
    {
        int apostrophe = text.IndexOf('\'', start, end - start);
        if (apostrophe < 0) apostrophe = text.IndexOf('’', start, end - start);
        if (apostrophe < 0 || apostrophe == end - 1) return end;
        string prefix = text.Substring(start, apostrophe - start).ToLowerInvariant();
        return prefix is "l" or "d" or "j" or "n" or "s" or "c" or "m" or "t" or "qu" or "un" or "dell" or "all" or "nell" or "sull"
            ? apostrophe + 1
            : end;
    }
}
