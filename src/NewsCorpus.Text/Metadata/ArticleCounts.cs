using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using NewsCorpus.Text.Tokens;

namespace NewsCorpus.Text.Metadata;

/// <summary>Words, sentences and characters of an article's paragraphs, and a hash of its text.</summary>
/// <param name="Words">Word tokens (see <see cref="TokenReader"/>: "don't", "G-20", "800.000", "Mr." and "U.S." count once).</param>
/// <param name="Sentences">Sentences as the quotes see them (<see cref="Tokens.Sentences.EndOf"/>); a paragraph ends one.</param>
/// <param name="Characters">Unicode characters (a surrogate pair counts once) in the paragraphs.</param>
public readonly record struct ArticleCounts(int Words, int Sentences, int Characters)
{
    /// <summary>Words a reader reads in a minute, for <see cref="ReadingMinutes"/>.</summary>
    public const int WordsPerMinute = 230;

    /// <summary>Whole minutes to read the article at <see cref="WordsPerMinute"/>, at least 1 for any text.</summary>
    public int ReadingMinutes => Words == 0 ? 0 : (Words + WordsPerMinute - 1) / WordsPerMinute;

    /// <summary>Counts the words, sentences and characters of <paramref name="paragraphs"/>.</summary>
    [MethodImpl(HotPath.Optimize)]
    public static ArticleCounts Of(string text, IReadOnlyList<SourceRange> paragraphs, System.Threading.CancellationToken cancellationToken = default) =>
        Of(text, paragraphs, Token.SplitEach(text, paragraphs, cancellationToken), cancellationToken);

    /// <summary>Counts the words, sentences and characters of <paramref name="paragraphs"/>, given the tokens of each.</summary>
    [MethodImpl(HotPath.Optimize)]
    internal static ArticleCounts Of(string text, IReadOnlyList<SourceRange> paragraphs, IReadOnlyList<List<Token>> paragraphTokens, System.Threading.CancellationToken cancellationToken)
    {
        int words = 0, sentences = 0, characters = 0;
        for (int p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            cancellationToken.ThrowIfCancellationRequested();
            for (int i = paragraph.Start; i < paragraph.End; i++)
            {
                if (!char.IsLowSurrogate(text[i])) characters++;
            }

            var tokens = paragraphTokens[p];
            if (tokens.Count == 0)
            {
                sentences++;
                continue;
            }

            for (int t = 0; t < tokens.Count; t++)
            {
                if (tokens[t].Kind == TokenKind.Word) words++;
            }

            for (int first = 0; first < tokens.Count; first = Tokens.Sentences.EndOf(text, tokens, first) + 1) sentences++;
        }

        return new ArticleCounts(words, sentences, characters);
    }

    /// <summary>
    /// SHA-256 of the text with CRLF and CR read as LF, as lower-case hex: the same for a file checked
    /// out with either line ending.
    /// </summary>
    public static string ContentHash(string text)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(TextChars.WithoutLoneSurrogates(WithLineFeeds(text))));
        var hex = new char[hash.Length * 2];
        for (int i = 0; i < hash.Length; i++)
        {
            hex[2 * i] = HexDigits[hash[i] >> 4];
            hex[2 * i + 1] = HexDigits[hash[i] & 0xF];
        }

        return new string(hex);
    }

    private const string HexDigits = "0123456789abcdef";

    /// <summary>The text with CR LF and lone CR read as LF; the text itself when it has no CR (most files), without a copy.</summary>
    [MethodImpl(HotPath.Optimize)]
    private static string WithLineFeeds(string text)
    {
        if (text.IndexOf('\r') < 0) return text;
        var normalised = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r')
            {
                normalised.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
            else
            {
                normalised.Append(text[i]);
            }
        }

        return normalised.ToString();
    }
}
