using System;
using System.Collections.Generic;

namespace NewsCorpus.Text.Lexicons;

/// <summary>
/// Abbreviations whose full stop ends no sentence ("Mr. Obama said", "the U.S. embassy"). A single
/// capital letter followed by a full stop (an initial, "J. Smith") counts too.
/// </summary>
internal static class Abbreviations
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "St", "Jr", "Sr",
        "Inc", "Corp", "Co", "Ltd", "No", "vs", "etc", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
        "zv", "Dr", "Hr", "Fr", "bzw", "ca", "vgl", "Mme", "Mlle", "Sr", "Sra", "znj",
    };

    /// <summary><see cref="Known"/> as <see cref="Key"/>s, so that a word is looked up without a string made of it.</summary>
    private static readonly HashSet<ulong> KnownKeys = BuildKeys();

    private static HashSet<ulong> BuildKeys()
    {
        var keys = new HashSet<ulong>();
        foreach (string word in Known) keys.Add(Key(word, 0, word.Length));
        return keys;
    }

    /// <summary>Up to four characters, upper-cased invariantly, in one number.</summary>
    private static ulong Key(string text, int start, int end)
    {
        ulong key = 0;
        for (int i = start; i < end; i++) key = (key << 16) | char.ToUpperInvariant(text[i]);
        return key;
    }

    /// <summary>The longest of <see cref="Known"/>, so that longer words make no string to look up.</summary>
    private const int LongestKnown = 4;

    /// <summary>Whether the word text[start..end) followed by a full stop is an abbreviation.</summary>
    public static bool IsAbbreviation(string text, int start, int end)
    {
        if (end - start == 1 && char.IsUpper(text[start])) return true;
        return end - start <= LongestKnown && KnownKeys.Contains(Key(text, start, end));
    }
}
