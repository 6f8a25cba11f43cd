using System.Runtime.CompilerServices;
using System.Threading;

namespace NewsCorpus.Text.Language;

// The word tables behind LanguageIdentifier: the scores every text shares, and the words of one text. Both find
// a word by the characters LanguageWords reads into its buffer, so that a word seen before (most words of a
// text) is never made into a string again.
public static partial class LanguageIdentifier
{
    /// <summary>
    /// Scores shared by every text this process identifies (a compiler server builds many projects): bounded, so a
    /// long-lived process never grows past it (about 20 MB at most), and never changed once added, so threads share it safely.
    /// </summary>
    private static readonly SharedScores Cache = new();

    private const int CacheCapacity = 200_000;

    /// <summary>What the profiles say of a word: its log-probability in each (null in a script none knows), and whether any knows it or has it among its commonest.</summary>
    private sealed class ScoredWord(string word, int hash, double[]? scores, bool known, bool common)
    {
        public readonly string Word = word;

        /// <summary>The word's <see cref="WordHash"/>.</summary>
        public readonly int Hash = hash;

        public readonly double[]? Scores = scores;

        public readonly bool Known = known;

        public readonly bool Common = common;

        public bool IsSpelt(char[] buffer, int length)
        {
            if (Word.Length != length) return false;
            for (int i = 0; i < length; i++)
            {
                if (Word[i] != buffer[i]) return false;
            }

            return true;
        }
    }

    [MethodImpl(HotPath.Optimize)]
    private static int WordHash(char[] buffer, int length)
    {
        uint hash = 2166136261; // FNV-1a
        for (int i = 0; i < length; i++) hash = (hash ^ buffer[i]) * 16777619;
        hash ^= hash >> 15; // FNV mixes upwards only: fold the high bits into the low ones, which pick the slot
        return (int)(hash & 0x7FFFFFFF);
    }

    /// <summary>The slot of the word in an open-addressing table (linear probing), or of the empty slot where it belongs.</summary>
    private static int SlotOf(ScoredWord?[] slots, char[] buffer, int length, int hash)
    {
        int mask = slots.Length - 1;
        int i = hash & mask;
        while (slots[i] is { } word && !(word.Hash == hash && word.IsSpelt(buffer, length))) i = (i + 1) & mask;
        return i;
    }

    /// <summary>
    /// The process-wide scores: read without a lock (a slot, once filled, never changes, and a grown table is
    /// published only when complete), added to under one.
    /// </summary>
    private sealed class SharedScores
    {
        private readonly object _gate = new();
        private ScoredWord?[] _slots = new ScoredWord?[1 << 14];
        private int _count;

        [MethodImpl(HotPath.Optimize)]
        public ScoredWord Find(char[] buffer, int length, int hash)
        {
            var slots = Volatile.Read(ref _slots);
            return Volatile.Read(ref slots[SlotOf(slots, buffer, length, hash)]) ?? Add(buffer, length, hash);
        }

        private ScoredWord Add(char[] buffer, int length, int hash)
        {
            var scored = Score(new string(buffer, 0, length), hash); // outside the lock: scoring is the costly part
            lock (_gate)
            {
                int slot = SlotOf(_slots, buffer, length, hash);
                if (_slots[slot] is { } added) return added; // another thread was first
                if (_count >= CacheCapacity) return scored;
                if ((_count + 1) * 2 > _slots.Length)
                {
                    Volatile.Write(ref _slots, Grown(_slots));
                    slot = SlotOf(_slots, buffer, length, hash);
                }

                Volatile.Write(ref _slots[slot], scored);
                _count++;
                return scored;
            }
        }
    }

    /// <summary>The distinct words of one text.</summary>
    private sealed class TextWords
    {
        private ScoredWord?[] _slots = new ScoredWord?[256];
        private int _count;
        private int _lastSlot;

        /// <summary>The word if the text had it before (<paramref name="firstInText"/> false); else null, and <see cref="Add"/> takes it.</summary>
        [MethodImpl(HotPath.Optimize)]
        public ScoredWord? Find(char[] buffer, int length, int hash, out bool firstInText)
        {
            _lastSlot = SlotOf(_slots, buffer, length, hash);
            var word = _slots[_lastSlot];
            firstInText = word is null;
            return word;
        }

        /// <summary>Adds the word that the last <see cref="Find"/> did not find.</summary>
        public ScoredWord Add(ScoredWord word)
        {
            _slots[_lastSlot] = word;
            if (++_count * 2 > _slots.Length) _slots = Grown(_slots);
            return word;
        }
    }

    /// <summary>A table twice the size with the same words.</summary>
    private static ScoredWord?[] Grown(ScoredWord?[] slots)
    {
        var grown = new ScoredWord?[slots.Length * 2];
        int mask = grown.Length - 1;
        foreach (var word in slots)
        {
            if (word is null) continue;
            int i = word.Hash & mask;
            while (grown[i] is not null) i = (i + 1) & mask;
            grown[i] = word;
        }

        return grown;
    }
}
