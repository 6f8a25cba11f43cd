using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace NewsCorpus.Text.Lexicons;

/// <summary>
/// A fixed set of words that finds a member by characters in a buffer, without making a string of them first:
/// a scanner that compares every word of a text with a few list words can then skip the string for each
/// word that is in no list, which is nearly every word. Immutable once built, so threads share it safely.
/// </summary>
internal sealed class Vocabulary
{
    private readonly string?[] _slots;

    public Vocabulary(IEnumerable<string> words)
    {
        var distinct = new HashSet<string>(words, System.StringComparer.Ordinal);
        int size = 16;
        while (size < distinct.Count * 4) size *= 2; // mostly empty slots: a miss usually ends at once
        _slots = new string?[size];
        foreach (string word in distinct)
        {
            int i = Hash(word.ToCharArray(), word.Length) & (size - 1);
            while (_slots[i] is not null) i = (i + 1) & (size - 1);
            _slots[i] = word;
        }
    }

    /// <summary>The member spelt as the first <paramref name="length"/> characters of <paramref name="buffer"/>, or null.</summary>
    [MethodImpl(HotPath.Optimize)]
    public string? Find(char[] buffer, int length)
    {
        int mask = _slots.Length - 1;
        for (int i = Hash(buffer, length) & mask; ; i = (i + 1) & mask)
        {
            string? word = _slots[i];
            if (word is null || IsSpelt(word, buffer, length)) return word;
        }
    }

    /// <summary>The member spelt as <paramref name="word"/>, or null.</summary>
    public string? Find(string word) => Find(word.ToCharArray(), word.Length);

    private static bool IsSpelt(string word, char[] buffer, int length)
    {
        if (word.Length != length) return false;
        for (int i = 0; i < length; i++)
        {
            if (word[i] != buffer[i]) return false;
        }

        return true;
    }

    private static int Hash(char[] buffer, int length)
    {
        uint hash = 2166136261; // FNV-1a
        for (int i = 0; i < length; i++) hash = (hash ^ buffer[i]) * 16777619;
        hash ^= hash >> 15; // FNV mixes upwards only: fold the high bits into the low ones, which pick the slot
        return (int)(hash & 0x7FFFFFFF);
    }
}
