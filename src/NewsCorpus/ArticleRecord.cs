using System;
using System.Collections.Generic;
using System.Globalization;

namespace NewsCorpus;

/// <summary>
/// An article's metadata and range tables, read from the one record string the generator embeds in the article's
/// class as a constant. A record per article, not constructor arguments, because the compiler pays for every
/// argument, array and literal of thousands of generated classes; a record is one constant (issue 7).
/// </summary>
/// <remarks>
/// The format is a sequence of fields, each ended by a comma: an int is written in decimal; a string is its
/// length in UTF-16 units, a comma, its characters (any, commas included), and a comma, or <c>-1</c> for null;
/// an array is its count and then its items. The first field is <see cref="FormatVersion"/>. The generator's
/// <c>ArticleRecordWriter</c> writes the fields in the order <see cref="Parse"/> reads them.
/// </remarks>
internal sealed class ArticleRecord
{
    /// <summary>Changes whenever the fields change, so that a record the generator wrote for another layout fails loudly.</summary>
    public const int FormatVersion = 1;

    /// <summary>Number of ints that describe one quote in <see cref="QuoteData"/>.</summary>
    public const int QuoteStride = 13;

    /// <summary>Number of ints that describe one mentioned date in <see cref="DateMentions"/>.</summary>
    public const int DateMentionStride = 6;

    public string Id { get; private set; } = "";

    public string Path { get; private set; } = "";

    public string? Title { get; private set; }

    public string Language { get; private set; } = "";

    public string? Source { get; private set; }

    public DateTime? Published { get; private set; }

    /// <summary>Start and end of each paragraph, in pairs.</summary>
    public int[] ParagraphRanges { get; private set; } = Array.Empty<int>();

    /// <summary>
    /// Per quote, <see cref="QuoteStride"/> ints: kind, paragraph, start, end, speaker start, speaker end, cue start,
    /// cue end, resolved speaker start, resolved speaker end (-1 where absent), first segment, segment count (0: one
    /// segment, the whole range), and 1 if the speaker is a pronoun (which names nobody unless resolved) else 0.
    /// </summary>
    public int[] QuoteData { get; private set; } = Array.Empty<int>();

    /// <summary>Start and end of the segments of split quotes, in pairs.</summary>
    public int[] SegmentRanges { get; private set; } = Array.Empty<int>();

    public string Headline { get; private set; } = "";

    public string? Dateline { get; private set; }

    public string? Author { get; private set; }

    public string? Category { get; private set; }

    public string? Url { get; private set; }

    public IReadOnlyList<string> Tags { get; private set; } = Array.Empty<string>();

    public IReadOnlyList<KeyValuePair<string, string>> FrontMatter { get; private set; } = Array.Empty<KeyValuePair<string, string>>();

    public int WordCount { get; private set; }

    public int SentenceCount { get; private set; }

    public int CharacterCount { get; private set; }

    public string ContentHash { get; private set; } = "";

    /// <summary>The body's length in UTF-16 units, to check a body read from a manifest resource.</summary>
    public int TextLength { get; private set; }

    /// <summary>FNV-1a of the body (<c>TextChecksum</c>), to check a body read from a manifest resource.</summary>
    public uint TextChecksum { get; private set; }

    /// <summary>Per date, <see cref="DateMentionStride"/> ints: start, end, year, month, day (-1 where absent), day of week (-1 where absent).</summary>
    public int[] DateMentions { get; private set; } = Array.Empty<int>();

    /// <summary>Reads a record the generator wrote; throws when it is not one, which only a generator of another version can cause.</summary>
    public static ArticleRecord Parse(string record)
    {
        if (record is null) throw new ArgumentNullException(nameof(record));
        var reader = new Reader(record);
        if (reader.Int() != FormatVersion) throw Malformed();
        var parsed = new ArticleRecord
        {
            Id = reader.RequiredString(),
            Path = reader.RequiredString(),
            Title = reader.String(),
            Language = reader.RequiredString(),
            Source = reader.String(),
            Published = Date(reader.String()),
            ParagraphRanges = reader.Ints(stride: 2),
            QuoteData = reader.Ints(QuoteStride),
            SegmentRanges = reader.Ints(stride: 2),
            Headline = reader.RequiredString(),
            Dateline = reader.String(),
            Author = reader.String(),
            Category = reader.String(),
            Url = reader.String(),
            Tags = Array.AsReadOnly(reader.Strings()),
            FrontMatter = Pairs(reader.Strings()),
            WordCount = reader.Int(),
            SentenceCount = reader.Int(),
            CharacterCount = reader.Int(),
            ContentHash = reader.RequiredString(),
            DateMentions = reader.Ints(DateMentionStride),
            TextLength = reader.Int(),
            TextChecksum = unchecked((uint)reader.Int()),
        };
        if (!reader.AtEnd) throw Malformed();
        return parsed;
    }

    private static DateTime? Date(string? isoDate)
    {
        if (isoDate is null) return null;
        return DateTime.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None);
    }

    private static IReadOnlyList<KeyValuePair<string, string>> Pairs(string[] flat)
    {
        if (flat.Length % 2 != 0) throw Malformed();
        var pairs = new KeyValuePair<string, string>[flat.Length / 2];
        for (int i = 0; i < pairs.Length; i++) pairs[i] = new KeyValuePair<string, string>(flat[2 * i], flat[2 * i + 1]);
        return Array.AsReadOnly(pairs);
    }

    private static FormatException Malformed() =>
        new("This article's embedded record does not match this version of NewsCorpus; rebuild the project that embeds it.");

    /// <summary>Reads the fields of a record in order.</summary>
    private struct Reader
    {
        private readonly string _record;
        private int _at;

        public Reader(string record)
        {
            _record = record;
            _at = 0;
        }

        public readonly bool AtEnd => _at == _record.Length;

        public int Int()
        {
            int comma = _record.IndexOf(',', _at);
            if (comma < 0) throw Malformed();
            int start = _at;
            _at = comma + 1;
            bool negative = comma > start && _record[start] == '-';
            if (negative) start++;
            if (start == comma || comma - start > 10) throw Malformed();
            long value = 0;
            for (int i = start; i < comma; i++)
            {
                char digit = _record[i];
                if (digit < '0' || digit > '9') throw Malformed();
                value = value * 10 + (digit - '0');
            }

            if (negative) value = -value;
            if (value < int.MinValue || value > int.MaxValue) throw Malformed();
            return (int)value;
        }

        public string? String()
        {
            int length = Int();
            if (length == -1) return null;
            if (length < 0 || _at + length >= _record.Length || _record[_at + length] != ',') throw Malformed();
            var value = _record.Substring(_at, length);
            _at += length + 1;
            return value;
        }

        public string RequiredString() => String() ?? throw Malformed();

        public int[] Ints(int stride)
        {
            int count = Count();
            if (count % stride != 0) throw Malformed();
            if (count == 0) return Array.Empty<int>();
            var values = new int[count];
            for (int i = 0; i < count; i++) values[i] = Int();
            return values;
        }

        public string[] Strings()
        {
            int count = Count();
            if (count == 0) return Array.Empty<string>();
            var values = new string[count];
            for (int i = 0; i < count; i++) values[i] = RequiredString();
            return values;
        }

        /// <summary>An array's count; at most one item per remaining character, so a bad count cannot allocate much.</summary>
        private int Count()
        {
            int count = Int();
            if (count < 0 || count > _record.Length - _at) throw Malformed();
            return count;
        }
    }
}
