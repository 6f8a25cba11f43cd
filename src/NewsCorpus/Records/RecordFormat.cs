using System;
using System.Collections.Generic;
using System.Text;

namespace NewsCorpus.Records;

/// <summary>
/// How article records are packed into the text that generated code carries (a UTF-8 literal, or a string literal
/// where UTF-8 cannot hold it): shared as one source file by the generator, which writes it, and the runtime, which
/// reads it. A block is the format version, the number of records and then each record, prefixed by its length in
/// the carrier's units (UTF-8 bytes or UTF-16 chars), so that one record is found and decoded without the others.
/// </summary>
/// <remarks>
/// Numbers are written with 32 digits a character, most significant first: a digit that ends a number is one of
/// <c>0</c>–<c>O</c>, a digit that goes on one of <c>]</c>–<c>|</c>; so 0–31 take one character, up to 1,023 two.
/// No character of a number needs escaping in a C# literal. Signed ints are zigzag-coded (-1 is one character).
/// A string is its length in UTF-16 units and its characters; an optional string its length plus one, or 0 for null.
/// </remarks>
internal static class RecordFormat
{
    /// <summary>Records per block: editing one article rewrites its block only, and a block is read as a whole.</summary>
    public const int BlockSize = 128;

    /// <summary>How many blocks hold <paramref name="records"/> records.</summary>
    public static int BlockCount(int records) => (records + BlockSize - 1) / BlockSize;

    private const int DigitBits = 5;
    private const int DigitMask = (1 << DigitBits) - 1;
    private const char LastDigit = '0';
    private const char MoreDigit = ']';

    /// <summary>One block holding <paramref name="records"/>, with lengths in UTF-8 bytes or in UTF-16 units.</summary>
    public static string WriteBlock(IReadOnlyList<string> records, bool utf8)
    {
        var block = new StringBuilder();
        Number(block, ArticleRecord.FormatVersion);
        Number(block, (uint)records.Count);
        foreach (var record in records)
        {
            Number(block, (uint)(utf8 ? Encoding.UTF8.GetByteCount(record) : record.Length));
            block.Append(record);
        }

        return block.ToString();
    }

    /// <summary>Starts a block packed by <see cref="Pack"/>; a block as text starts with its version's digit.</summary>
    private const char PackedMark = '\u0001';

    /// <summary>
    /// A block of UTF-8 records (<see cref="WriteBlock"/> with lengths in bytes) as a string of two bytes a character,
    /// so that a string literal of it takes one byte of the assembly's string heap per byte (a string literal of the
    /// text itself takes two). An odd number of bytes ends in one zero byte, which no block ends with.
    /// </summary>
    public static string Pack(string utf8Block)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(utf8Block);
        var packed = new StringBuilder(1 + (bytes.Length + 1) / 2).Append(PackedMark);
        for (int i = 0; i < bytes.Length; i += 2) packed.Append((char)(bytes[i] | (i + 1 < bytes.Length ? bytes[i + 1] << 8 : 0)));
        return packed.ToString();
    }

    /// <summary>The UTF-8 bytes of a block that <see cref="Pack"/> packed, or null for a block carried as text.</summary>
    public static byte[]? Unpack(string block)
    {
        if (block.Length == 0 || block[0] != PackedMark) return null;
        int count = 2 * (block.Length - 1);
        if (count > 0 && block[block.Length - 1] >> 8 == 0) count--;
        var bytes = new byte[count];
        for (int i = 0; i < count; i++) bytes[i] = (byte)(block[1 + i / 2] >> (8 * (i % 2)));
        return bytes;
    }

    /// <summary>One record as text.</summary>
    public static string Write(ArticleRecord record)
    {
        var writer = new Writer(new StringBuilder(256));
        record.Transfer(ref writer);
        return writer.ToString();
    }

    /// <summary>
    /// A record that <see cref="Write"/> wrote with an empty <see cref="ArticleRecord.Id"/> (its first field), given
    /// <paramref name="id"/>: ids are assigned across the whole catalog, after each article's record is written.
    /// </summary>
    public static string WithId(string recordWithoutId, string id)
    {
        if (recordWithoutId.Length == 0 || recordWithoutId[0] != LastDigit) throw new ArgumentException("The record already has an id.", nameof(recordWithoutId));
        var writer = new Writer(new StringBuilder(recordWithoutId.Length + id.Length + 4));
        writer.String(ref id);
        return writer.ToString() + recordWithoutId.Substring(1);
    }

    /// <summary>Reads a record that <see cref="Write"/> wrote; throws a <see cref="FormatException"/> for anything else.</summary>
    public static ArticleRecord Read(string text)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        var reader = new Reader(text);
        var record = new ArticleRecord();
        record.Transfer(ref reader);
        if (!reader.AtEnd) throw Malformed();
        return record;
    }

    /// <summary>Where each record of a block starts and how long it is, in the carrier's units; reads no record.</summary>
    public static (int Start, int Length)[] Index<TBlock>(TBlock block)
        where TBlock : IBlock
    {
        int at = 0;
        if (ReadNumber(block, ref at) != ArticleRecord.FormatVersion) throw Malformed();
        uint count = ReadNumber(block, ref at);
        if (count > (uint)block.Length) throw Malformed();
        var index = new (int Start, int Length)[count];
        for (int i = 0; i < index.Length; i++)
        {
            uint length = ReadNumber(block, ref at);
            if (length > (uint)(block.Length - at)) throw Malformed();
            index[i] = (at, (int)length);
            at += (int)length;
        }

        if (at != block.Length) throw Malformed();
        return index;
    }

    public static FormatException Malformed() =>
        new("An embedded article record does not match this version of NewsCorpus; rebuild the project that embeds it.");

    private static void Number(StringBuilder text, uint value)
    {
        int shift = DigitBits;
        while (shift < 32 && value >> shift != 0) shift += DigitBits;
        for (shift -= DigitBits; shift > 0; shift -= DigitBits) text.Append((char)(MoreDigit + ((value >> shift) & DigitMask)));
        text.Append((char)(LastDigit + (value & DigitMask)));
    }

    private static uint ReadNumber<TBlock>(TBlock block, ref int at)
        where TBlock : IBlock
    {
        ulong value = 0;
        for (int digits = 0; digits < 8; digits++)
        {
            if (at >= block.Length) break;
            int c = block[at++];
            if (c >= LastDigit && c <= LastDigit + DigitMask) return Checked((value << DigitBits) | (uint)(c - LastDigit));
            if (c < MoreDigit || c > MoreDigit + DigitMask) break;
            value = (value << DigitBits) | (uint)(c - MoreDigit);
        }

        throw Malformed();
    }

    private static uint Checked(ulong value) => value <= uint.MaxValue ? (uint)value : throw Malformed();

    private static uint ZigZag(int value) => (uint)((value << 1) ^ (value >> 31));

    private static int UnZigZag(uint value) => (int)(value >> 1) ^ -(int)(value & 1);

    /// <summary>The units of a block: UTF-8 bytes or UTF-16 chars, read without copying.</summary>
    internal interface IBlock
    {
        int Length { get; }

        int this[int index] { get; }
    }

    /// <summary>A block whose records can be decoded to text.</summary>
    internal interface IDecodableBlock : IBlock
    {
        string Decode(int start, int length);
    }

    /// <summary>A block carried as UTF-8.</summary>
    internal readonly struct Utf8Block(byte[] bytes) : IDecodableBlock
    {
        public int Length => bytes.Length;

        public int this[int index] => bytes[index];

        public string Decode(int start, int length) => Encoding.UTF8.GetString(bytes, start, length);
    }

    /// <summary>A block carried as UTF-16.</summary>
    internal readonly struct TextBlock(string text) : IDecodableBlock
    {
        public int Length => text.Length;

        public int this[int index] => text[index];

        public string Decode(int start, int length) => text.Substring(start, length);
    }

    private readonly struct TextUnits(string text) : IBlock
    {
        public int Length => text.Length;

        public int this[int index] => text[index];
    }

    private struct Writer(StringBuilder text) : IRecordChannel
    {
        public readonly void Int(ref int value) => Number(text, ZigZag(value));

        public readonly void UInt(ref uint value) => Number(text, value);

        public readonly void Bool(ref bool value) => Number(text, value ? 1u : 0u);

        public readonly void String(ref string value)
        {
            Number(text, (uint)value.Length);
            text.Append(value);
        }

        public readonly void OptionalString(ref string? value)
        {
            if (value is null)
            {
                Number(text, 0);
                return;
            }

            Number(text, (uint)value.Length + 1);
            text.Append(value);
        }

        public readonly void Hash(ref string value)
        {
            var bytes = new byte[value.Length / 2];
            for (int i = 0; i < bytes.Length; i++) bytes[i] = Convert.ToByte(value.Substring(2 * i, 2), 16);
            string packed = Convert.ToBase64String(bytes);
            Number(text, (uint)packed.Length);
            text.Append(packed);
        }

        public readonly void Strings(ref string[] values, int stride)
        {
            Number(text, (uint)values.Length);
            for (int i = 0; i < values.Length; i++) String(ref values[i]);
        }

        public readonly void Table(ref int[] values, int stride)
        {
            Number(text, (uint)values.Length);
            for (int i = 0; i < values.Length; i++) Number(text, ZigZag(values[i] - (i >= stride ? values[i - stride] : 0)));
        }

        public override readonly string ToString() => text.ToString();
    }

    private struct Reader(string text) : IRecordChannel
    {
        private readonly int _end = text.Length;
        private int _at;

        public readonly bool AtEnd => _at == _end;

        public void Int(ref int value) => value = UnZigZag(Next());

        public void UInt(ref uint value) => value = Next();

        public void Bool(ref bool value) => value = Next() switch
        {
            0 => false,
            1 => true,
            _ => throw Malformed(),
        };

        public void String(ref string value) => value = Chars(Count());

        public void OptionalString(ref string? value)
        {
            uint length = Next();
            value = length == 0 ? null : Chars(checked((int)length - 1));
        }

        public void Hash(ref string value)
        {
            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(Chars(Count()));
            }
            catch (FormatException)
            {
                throw Malformed();
            }

            var hex = new StringBuilder(bytes.Length * 2);
            foreach (byte b in bytes) hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            value = hex.ToString();
        }

        public void Strings(ref string[] values, int stride)
        {
            int count = Count();
            if (count % stride != 0) throw Malformed();
            values = count == 0 ? Array.Empty<string>() : new string[count];
            for (int i = 0; i < count; i++) String(ref values[i]);
        }

        public void Table(ref int[] values, int stride)
        {
            int count = Count();
            if (count % stride != 0) throw Malformed();
            values = count == 0 ? Array.Empty<int>() : new int[count];
            for (int i = 0; i < count; i++) values[i] = unchecked(UnZigZag(Next()) + (i >= stride ? values[i - stride] : 0));
        }

        private uint Next()
        {
            if (_at >= _end) throw Malformed();
            return ReadNumber(new TextUnits(text), ref _at);
        }

        /// <summary>A length or count: at most one item per character left, so a bad one cannot allocate much.</summary>
        private int Count()
        {
            uint count = Next();
            if (count > (uint)(_end - _at)) throw Malformed();
            return (int)count;
        }

        private string Chars(int length)
        {
            if (length < 0 || length > _end - _at) throw Malformed();
            string value = text.Substring(_at, length);
            _at += length;
            return value;
        }
    }
}
