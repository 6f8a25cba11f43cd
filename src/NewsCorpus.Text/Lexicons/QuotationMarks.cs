using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace NewsCorpus.Text.Lexicons;

/// <summary>
/// Which closing marks end a quotation that an opening mark starts, across the conventions of
/// the languages NewsCorpus reads. Add a pair here to teach the finder a new convention.
/// </summary>
public static class QuotationMarks
{
    /// <summary>Opening mark → the marks that may close it, in order of preference.</summary>
    public static readonly IReadOnlyDictionary<char, string> Closers = new Dictionary<char, string>
    {
        ['“'] = "”“\"",  // English “…”; also “…“ and “…" as sloppy typing produces
        ['„'] = "“”",  // German, Albanian „…“; Polish and some portals „…”
        ['«'] = "»",   // French, Spanish, Italian, Albanian «…»
        ['»'] = "«",   // German » … «
        ['‹'] = "›",   // French single ‹…›
        ['›'] = "‹",   // German single › … ‹
        ['‘'] = "’",   // English single ‘…’ (nested or headline quotes)
        ['‚'] = "‘’",  // German single ‚…‘
        ['"'] = "\"",  // straight double quotes
        ['”'] = "”",   // Swedish and Finnish ”…”; also ” typed for “ where a quotation opens
    };

    /// <summary>Whether <paramref name="c"/> is any quotation mark, including ambiguous ones such as ’.</summary>
    public static bool IsQuotationMark(char c) => Opens(c) || c is '”' or '’';

    /// <summary>Whether <paramref name="c"/> is a key of <see cref="Closers"/>; asked of nearly every character, so ASCII is read from a table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool Opens(char c) => c < 128 ? AsciiOpeners[c] : Closers.ContainsKey(c);

    private static readonly bool[] AsciiOpeners = BuildAsciiOpeners();

    private static bool[] BuildAsciiOpeners()
    {
        var opens = new bool[128];
        foreach (char mark in Closers.Keys)
        {
            if (mark < 128) opens[mark] = true;
        }

        return opens;
    }
}
