using System;

namespace NewsCorpus.Records;

/// <summary>
/// An article's metadata and range tables: everything known without its body. This one file is compiled into
/// both the generator, which writes a record per article into the generated code, and the runtime, which reads
/// it back on first use; <see cref="Transfer{TChannel}"/> lists the fields once, for both directions.
/// </summary>
/// <remarks>
/// To add a field: declare it here, transfer it in <see cref="Transfer{TChannel}"/> and raise
/// <see cref="FormatVersion"/>, set it in the generator's <c>ArticleModelFactory.RecordOf</c>, and expose it on
/// <c>Article</c>: three files.
/// </remarks>
internal sealed class ArticleRecord
{
    /// <summary>Changes whenever the fields change, so that a record written for another layout fails loudly.</summary>
    public const int FormatVersion = 3;

    /// <summary>Ints that describe one quote in <see cref="Quotes"/>.</summary>
    public const int QuoteStride = 13;

    /// <summary>Ints that describe one mentioned date in <see cref="DateMentions"/>.</summary>
    public const int DateMentionStride = 6;

    /// <summary>Ints that describe one paragraph or quote segment: start and end.</summary>
    public const int RangeStride = 2;

    public string Id = "";

    /// <summary>The path under the corpus folder, forward slashes; the manifest resource is <c>NewsCorpus/</c> and this.</summary>
    public string Path = "";

    public string? Title;

    /// <summary>The deck under a headline that ends in <c>;</c>.</summary>
    public string? Subtitle;

    /// <summary>Null when it is the <see cref="Title"/>, so that a headline is not stored twice.</summary>
    public string? Headline;

    public string Language = "";

    public string? Source;

    /// <summary><c>yyyy * 10000 + MM * 100 + dd</c>, or 0 for none.</summary>
    public int Published;

    public string? Dateline;

    public string? Author;

    public string? Category;

    public string? Url;

    public string[] Tags = Array.Empty<string>();

    /// <summary>Front matter keys and values, flattened in pairs, in the file's order.</summary>
    public string[] FrontMatter = Array.Empty<string>();

    public int WordCount;

    public int SentenceCount;

    public int CharacterCount;

    /// <summary>SHA-256 of the text with line endings read as LF, lower-case hex.</summary>
    public string ContentHash = "";

    /// <summary>Start and end of each paragraph, in pairs.</summary>
    public int[] Paragraphs = Array.Empty<int>();

    /// <summary>
    /// Per quote, <see cref="QuoteStride"/> ints: kind, paragraph, start, end, speaker start, speaker end, cue start,
    /// cue end, resolved speaker start, resolved speaker end (-1 where absent), first segment, segment count (0: one
    /// segment, the whole range), and 1 if the speaker is a pronoun (which names nobody unless resolved) else 0.
    /// </summary>
    public int[] Quotes = Array.Empty<int>();

    /// <summary>Start and end of the segments of split quotes, in pairs.</summary>
    public int[] Segments = Array.Empty<int>();

    /// <summary>Per date, <see cref="DateMentionStride"/> ints: start, end, year, month, day, day of week (-1 where absent).</summary>
    public int[] DateMentions = Array.Empty<int>();

    /// <summary>True when the body is the manifest resource <c>NewsCorpus/{Path}</c>; otherwise generated code holds it.</summary>
    public bool BodyIsResource;

    /// <summary>The body's length in UTF-16 units, to check a body read back at run time.</summary>
    public int TextLength;

    /// <summary>FNV-1a of the body (<c>TextChecksum</c>), to check a body read back at run time.</summary>
    public uint TextChecksum;

    /// <summary>Reads or writes every field, in the one order of the format.</summary>
    public void Transfer<TChannel>(ref TChannel channel)
        where TChannel : struct, IRecordChannel
    {
        channel.String(ref Id);
        channel.String(ref Path);
        channel.OptionalString(ref Title);
        channel.OptionalString(ref Subtitle);
        channel.OptionalString(ref Headline);
        channel.String(ref Language);
        channel.OptionalString(ref Source);
        channel.Int(ref Published);
        channel.OptionalString(ref Dateline);
        channel.OptionalString(ref Author);
        channel.OptionalString(ref Category);
        channel.OptionalString(ref Url);
        channel.Strings(ref Tags, stride: 1);
        channel.Strings(ref FrontMatter, stride: 2);
        channel.Int(ref WordCount);
        channel.Int(ref SentenceCount);
        channel.Int(ref CharacterCount);
        channel.Hash(ref ContentHash);
        channel.Table(ref Paragraphs, RangeStride);
        channel.Table(ref Quotes, QuoteStride);
        channel.Table(ref Segments, RangeStride);
        channel.Table(ref DateMentions, DateMentionStride);
        channel.Bool(ref BodyIsResource);
        channel.Int(ref TextLength);
        channel.UInt(ref TextChecksum);
    }
}

/// <summary>One direction of <see cref="ArticleRecord.Transfer{TChannel}"/>: writing a record or reading one.</summary>
internal interface IRecordChannel
{
    void Int(ref int value);

    void UInt(ref uint value);

    void Bool(ref bool value);

    void String(ref string value);

    void OptionalString(ref string? value);

    /// <summary>A lower-case hex string of even length, stored as its bytes.</summary>
    void Hash(ref string value);

    /// <summary>An array whose count is a multiple of <paramref name="stride"/>.</summary>
    void Strings(ref string[] values, int stride);

    /// <summary>
    /// A table of ints, <paramref name="stride"/> to a row; each is stored as the difference from the same column
    /// of the row before, which keeps offsets that grow through the text short.
    /// </summary>
    void Table(ref int[] values, int stride);
}
