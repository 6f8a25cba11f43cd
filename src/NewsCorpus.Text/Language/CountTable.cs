using System.Runtime.CompilerServices;

namespace NewsCorpus.Text.Language;

/// <summary>
/// Counts by a non-negative key, in an open-addressing table: the spelling model's trigram counts, read for every
/// letter of every word a profile scores. Written only while a profile is built, then only read, so threads share it.
/// </summary>
internal sealed class CountTable
{
    private int[] _keys = new int[1024]; // the key plus one; 0 marks an empty slot
    private int[] _counts = new int[1024];
    private int _count;

    /// <summary>The count of <paramref name="key"/>; 0 if it was never counted.</summary>
    public int this[int key]
    {
        [MethodImpl(HotPath.Optimize)]
        get
        {
            int slot = SlotOf(_keys, key);
            return _keys[slot] != 0 ? _counts[slot] : 0;
        }
    }

    /// <summary>Counts <paramref name="key"/> once more; returns its new count.</summary>
    public int Increment(int key)
    {
        int slot = SlotOf(_keys, key);
        if (_keys[slot] == 0)
        {
            if (++_count * 2 > _keys.Length)
            {
                Grow();
                slot = SlotOf(_keys, key);
            }

            _keys[slot] = key + 1;
        }

        return ++_counts[slot];
    }

    private static int SlotOf(int[] keys, int key)
    {
        int mask = keys.Length - 1;
        int i = (int)((uint)(key * -1640531535) >> 8) & mask; // Fibonacci hashing spreads neighbouring keys
        while (keys[i] != 0 && keys[i] != key + 1) i = (i + 1) & mask;
        return i;
    }

    private void Grow()
    {
        var keys = _keys;
        var counts = _counts;
        _keys = new int[keys.Length * 2];
        _counts = new int[keys.Length * 2];
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i] == 0) continue;
            int slot = SlotOf(_keys, keys[i] - 1);
            _keys[slot] = keys[i];
            _counts[slot] = counts[i];
        }
    }
}
