using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace NewsCorpus.Text.Quotes;

/// <summary>A sentence of a paragraph as a run of its tokens [First, Last].</summary>
internal readonly record struct Sentence(int First, int Last)
{
    /// <summary>
    /// Splits tokens into sentences at ". ! ? …" (with any closing quotation marks after them) when
    /// the next token starts a sentence: a capital, a digit or a quotation mark. Abbreviations keep
    /// their full stop inside the word token, so "Mr. Obama" does not split.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    public static Sentence[] Split(string text, List<Token> tokens)
    {
        var sentences = new List<Sentence>();
        int first = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Punctuation || text[tokens[i].Start] is not ('.' or '!' or '?' or '…')) continue;

            int last = i;
            while (last + 1 < tokens.Count && tokens[last + 1].Kind == TokenKind.QuotationMark && IsClosingAfter(text, tokens[last + 1])) last++;
            if (last + 1 < tokens.Count && !StartsSentence(text, tokens[last + 1])) continue;

            sentences.Add(new Sentence(first, last));
            first = last + 1;
            i = last;
        }

        if (first < tokens.Count) sentences.Add(new Sentence(first, tokens.Count - 1));
        return sentences.ToArray();
    }

    /// <summary>The sentence index of every token.</summary>
    [MethodImpl(HotPath.Optimize)]
    public static int[] IndexOfTokens(Sentence[] sentences, int tokenCount)
    {
        var index = new int[tokenCount];
        for (int s = 0; s < sentences.Length; s++)
        {
            for (int t = sentences[s].First; t <= sentences[s].Last; t++) index[t] = s;
        }

        return index;
    }

    private static bool IsClosingAfter(string text, Token mark) => mark.Start > 0 && !TextChars.IsBlank(text[mark.Start - 1]);

    private static bool StartsSentence(string text, Token next) =>
        next.Kind == TokenKind.QuotationMark || char.IsUpper(text[next.Start]) || char.IsDigit(text[next.Start]);
}
