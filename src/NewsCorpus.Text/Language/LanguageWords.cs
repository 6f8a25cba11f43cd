using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using NewsCorpus.Text.Tokens;

namespace NewsCorpus.Text.Language;

/// <summary>
/// A word as language identification reads it; whether it was written with a capital; and whether it
/// starts a sentence (the first of a sentence as <see cref="Sentences.EndOf"/> splits them), where a capital says nothing.
/// </summary>
internal readonly record struct LanguageWord(string Text, bool Capitalized, bool StartsSentence);

/// <summary>
/// The words language identification reads, in the word tokens of <see cref="TokenReader"/>: runs of letters (with their combining marks), lower-cased
/// invariantly, with the accented letters of the profiles' languages composed ("e" + U+0308 reads as
/// "ë"), so "ËSHTË", "është" and a decomposed "është" compare alike. The composition is a table of
/// its own: <see cref="string.Normalize()"/> does nothing where .NET runs without ICU (invariant globalization).
/// Digits, hyphens and punctuation separate words; a single letter before a full stop is an initial
/// and no word. An apostrophe between letters separates them too but
/// stays on each short side, because that is where languages differ: English clitics follow a word
/// ("Trump’s" gives "trump" and "'s", "don’t" gives "don" and "'t"), French and Italian elisions
/// precede one ("l’accordo" gives "l'" and "accordo", "qu’il" gives "qu'" and "'il").
/// </summary>
internal static class LanguageWords
{
    /// <summary>The apostrophe every spelling of one is read as.</summary>
    public const char Apostrophe = '\'';

    /// <summary>Longest elided word kept with its apostrophe ("l'", "qu'", "un'"); longer ones are plain words ("dell", "don").</summary>
    private const int LongestElision = 2;

    /// <summary>Longest clitic kept with its apostrophe ("'s", "'re", "'ll"); longer ones are plain words.</summary>
    private const int LongestClitic = 2;

    /// <summary>(lower-case letter, combining mark) → the letter that composes them, for the accented letters of the profiles' languages.</summary>
    private static readonly Dictionary<int, char> Composed = BuildCompositions(
        "àa\u0300 èe\u0300 ìi\u0300 òo\u0300 ùu\u0300 áa\u0301 ée\u0301 íi\u0301 óo\u0301 úu\u0301 âa\u0302 êe\u0302 îi\u0302 ôo\u0302 ûu\u0302 "
        + "ãa\u0303 ñn\u0303 õo\u0303 äa\u0308 ëe\u0308 ïi\u0308 öo\u0308 üu\u0308 ÿy\u0308 çc\u0327");

    /// <summary>The words of <paramref name="ranges"/>, in order.</summary>
    public static IEnumerable<LanguageWord> In(string text, IEnumerable<SourceRange> ranges, CancellationToken cancellationToken = default)
    {
        var words = new List<LanguageWord>();
        Read(text, ranges, (buffer, length, capitalized, startsSentence) => words.Add(new LanguageWord(new string(buffer, 0, length), capitalized, startsSentence)), cancellationToken);
        return words;
    }

    /// <summary>
    /// Receives one word, as <paramref name="length"/> characters of <paramref name="buffer"/>; the buffer is reused
    /// for the next word, so that a reader that has seen the word before need not make a string of it.
    /// </summary>
    public delegate void WordSink(char[] buffer, int length, bool capitalized, bool startsSentence);

    /// <summary>Reads the words of <paramref name="ranges"/>, in order, into <paramref name="sink"/>.</summary>
    [MethodImpl(HotPath.Optimize)]
    public static void Read(string text, IEnumerable<SourceRange> ranges, WordSink sink, CancellationToken cancellationToken = default) =>
        Read(text, ranges, null, sink, cancellationToken);

    /// <summary>
    /// Reads the words of <paramref name="ranges"/>, in order, into <paramref name="sink"/>, with the tokens of the
    /// first ranges given where the caller has them already (<paramref name="tokensOfRanges"/>, by position).
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    internal static void Read(string text, IEnumerable<SourceRange> ranges, IReadOnlyList<List<Token>>? tokensOfRanges, WordSink sink, CancellationToken cancellationToken)
    {
        var word = new char[64];
        int length = 0, index = 0;
        var spare = Token.Rent();
        foreach (var range in ranges)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var tokens = tokensOfRanges is not null && index < tokensOfRanges.Count ? tokensOfRanges[index] : spare;
            index++;
            if (tokens == spare)
            {
                spare.Clear();
                Token.AppendTo(spare, text, range, cancellationToken);
            }

            bool capitalized = false, afterApostrophe = false, sentenceStart = false, startsSentence = false;
            int sentenceLast = -1;
            for (int t = 0; t < tokens.Count; t++)
            {
                if (t > sentenceLast)
                {
                    sentenceLast = Sentences.EndOf(text, tokens, t);
                    sentenceStart = true;
                }

                var token = tokens[t];
                if (token.Kind != TokenKind.Word) continue;

                // A title or a name shortened with a full stop ("Lt. Gen. Flynn", "U.S.") says little of the language,
                // and "Gen" and "Lt" read as other languages' words.
                if (text[token.End - 1] == '.' && char.IsUpper(text[token.Start]))
                {
                    sentenceStart = false;
                    continue;
                }

                // The token's characters, then the one after it as the separator that ends its last word (a blank
                // where a letter follows: the next token, after an elision such as "qu’", starts right there).
                for (int i = token.Start; i <= token.End; i++)
                {
                    char c = i < token.End ? text[i] : i < range.End && !IsLetter(text[i]) ? text[i] : ' ';
                    if (IsLetter(c))
                    {
                        if (length == 0)
                        {
                            capitalized = char.IsUpper(c);
                            startsSentence = sentenceStart;
                            sentenceStart = false;
                        }

                        if (length > 0 && IsCombiningMark(c) && Composed.TryGetValue(Pair(word[length - 1], c), out char composed))
                        {
                            word[length - 1] = composed;
                        }
                        else
                        {
                            // Room for the letter and the apostrophes a clitic or an elision may take on.
                            if (length + 3 > word.Length) Array.Resize(ref word, word.Length * 2);
                            word[length++] = char.ToLowerInvariant(c);
                        }

                        continue;
                    }

                    if (length == 0) continue;
                    if (c == '.' && length == 1 && !afterApostrophe)
                    {
                        // "U.S.", "John F. Kennedy": an initial says nothing about the language.
                        length = 0;
                        continue;
                    }

                    bool beforeApostrophe = IsApostrophe(c) && i + 1 < range.End && IsLetter(text[i + 1]);
                    if (afterApostrophe && length <= LongestClitic)
                    {
                        Array.Copy(word, 0, word, 1, length);
                        word[0] = Apostrophe;
                        length++;
                    }

                    if (beforeApostrophe && length <= LongestElision) word[length++] = Apostrophe;
                    sink(word, length, capitalized, startsSentence);
                    length = 0;
                    afterApostrophe = beforeApostrophe;
                    capitalized = false;
                }
            }
        }

        Token.Return(spare);
    }

    /// <summary>The words of a text written for a profile (samples and word lists); capitals are not told apart.</summary>
    public static IEnumerable<string> In(string text)
    {
        foreach (var word in In(text, new[] { new SourceRange(0, text.Length) })) yield return word.Text;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLetter(char c) => c < 128
        ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' // ASCII, the commonest case, without a table look-up
        : char.IsLetter(c) || char.GetUnicodeCategory(c) is
            System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>The block of combining diacritical marks, where every mark of <see cref="Composed"/> lies.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';

    /// <summary>The typewriter apostrophe, the right single quotation mark that typesetting puts in its place, and the modifier letter.</summary>
    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    private static Dictionary<int, char> BuildCompositions(string table)
    {
        var compositions = new Dictionary<int, char>();
        foreach (string entry in table.Split(' ')) compositions[Pair(entry[1], entry[2])] = entry[0];
        return compositions;
    }

    private static int Pair(char letter, char mark) => (letter << 16) | mark;
}
