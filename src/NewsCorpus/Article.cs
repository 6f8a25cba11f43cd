using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Threading;

namespace NewsCorpus;

/// <summary>
/// A news article embedded at compile time by the NewsCorpus generator. Metadata is held as plain
/// values; the body is decoded from the assembly once, on first access to <see cref="Text"/>, and
/// paragraphs and quotes are ranges of that text.
/// </summary>
public abstract class Article
{
    private readonly int[] _paragraphRanges;
    private readonly int[] _quoteData;
    private readonly int[] _segmentRanges;
    private string? _text;
    private IReadOnlyList<Paragraph>? _paragraphs;
    private IReadOnlyList<Quote>? _quotes;
    private IReadOnlyList<string>? _speakers;
    private IReadOnlyList<DateMention>? _mentionedDates;
    private IReadOnlyDictionary<string, string>? _frontMatterByKey;
    private readonly ArticleMetadata _metadata;

    /// <summary>Number of ints that describe one quote in the generated quote table.</summary>
    protected const int QuoteStride = 13;

    /// <summary>Called by generated code only.</summary>
    /// <param name="id">The file name without extension and date prefix.</param>
    /// <param name="path">The file's path relative to the corpus folder.</param>
    /// <param name="title">The title line, or null.</param>
    /// <param name="language">ISO 639-1 code, or <c>und</c>.</param>
    /// <param name="source">The agency from the sign-off, or null.</param>
    /// <param name="published">The publication date, or null.</param>
    /// <param name="paragraphRanges">Start and end of each paragraph, in pairs.</param>
    /// <param name="quoteData">Per quote, <see cref="QuoteStride"/> ints: kind, paragraph, start, end,
    /// speaker start, speaker end, cue start, cue end, resolved speaker start, resolved speaker end
    /// (-1 where absent), first segment, segment count (0: one segment, the whole range), and 1 if the
    /// speaker is a pronoun (which names nobody unless resolved) else 0.</param>
    /// <param name="segmentRanges">Start and end of the segments of split quotes, in pairs.</param>
    /// <param name="metadata">The rest of the metadata: headline, dateline, author, counts, mentioned dates.</param>
    protected Article(
        string id,
        string path,
        string? title,
        string language,
        string? source,
        DateTime? published,
        int[] paragraphRanges,
        int[] quoteData,
        int[] segmentRanges,
        ArticleMetadata metadata)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Title = title;
        Language = language ?? throw new ArgumentNullException(nameof(language));
        Source = source;
        Published = published;
        _metadata = metadata ?? throw new ArgumentNullException(nameof(metadata));
        _paragraphRanges = paragraphRanges ?? throw new ArgumentNullException(nameof(paragraphRanges));
        _quoteData = quoteData ?? throw new ArgumentNullException(nameof(quoteData));
        _segmentRanges = segmentRanges ?? throw new ArgumentNullException(nameof(segmentRanges));
        if (paragraphRanges.Length % 2 != 0 || quoteData.Length % QuoteStride != 0 || segmentRanges.Length % 2 != 0)
            throw new ArgumentException("Malformed range tables; regenerate the article.");
    }

    /// <summary>The file name without extension and date prefix, e.g. <c>blinken-lavrov-g20</c>.</summary>
    public string Id { get; }

    /// <summary>The file's path relative to the corpus folder, with forward slashes.</summary>
    public string Path { get; }

    /// <summary>The title: the front matter's <c>title</c>, else the file's title line (BBC style); otherwise null.</summary>
    public string? Title { get; }

    /// <summary>What to show for the article, never null: the title, else the lead's first sentence shortened to about 80 characters.</summary>
    public string Headline => _metadata.Headline;

    /// <summary>The ISO 639-1 code of the article's language (<c>sq</c>, <c>en</c>…): the front matter's, else identified; <c>und</c> when unsure.</summary>
    public string Language { get; }

    /// <summary>
    /// The agency or outlet: the front matter's <c>source</c>, else the dateline's agency ("(AFP)"), else the
    /// sign-off's (<c>VOA</c> for "/VOA"); or null.
    /// </summary>
    public string? Source { get; }

    /// <summary>
    /// The publication date (a date, time 00:00, kind unspecified): the front matter's <c>date</c>, else the
    /// file name's <c>YYYY-MM-DD-</c> prefix; or null.
    /// </summary>
    public DateTime? Published { get; }

    /// <summary>The dateline's place opening the lead ("WASHINGTON", "LONDON, May 3"), or null; the lead keeps its words.</summary>
    public string? Dateline => _metadata.Dateline;

    /// <summary>The author: the front matter's <c>author</c>, else a byline ("By Jane Doe", "Nga …"), or null.</summary>
    public string? Author => _metadata.Author;

    /// <summary>The folder under the corpus folder (<c>sport</c> for <c>corpus/sport/x.txt</c>), or null for a file at its top.</summary>
    public string? Category => _metadata.Category;

    /// <summary>The front matter's <c>tags</c>, in order; empty without them.</summary>
    public IReadOnlyList<string> Tags => _metadata.Tags;

    /// <summary>The front matter's <c>url</c>, or null.</summary>
    public string? Url => _metadata.Url;

    /// <summary>Every front matter field by key (lower case), known keys included; empty without front matter. The last of a repeated key wins.</summary>
    public IReadOnlyDictionary<string, string> FrontMatter => _frontMatterByKey ?? Publish(ref _frontMatterByKey, CreateFrontMatter());

    /// <summary>Words of the body paragraphs ("don't", "G-20" and "2.5" count once).</summary>
    public int WordCount => _metadata.WordCount;

    /// <summary>Sentences of the body paragraphs.</summary>
    public int SentenceCount => _metadata.SentenceCount;

    /// <summary>Characters of the body paragraphs.</summary>
    public int CharacterCount => _metadata.CharacterCount;

    /// <summary>About how long the article takes to read, at 230 words a minute, in whole minutes.</summary>
    public TimeSpan ReadingTime => TimeSpan.FromMinutes(WordCount == 0 ? 0 : (WordCount + 229) / 230);

    /// <summary>SHA-256 of the file's text with line endings read as LF, lower-case hex: the same for CRLF and LF checkouts.</summary>
    public string ContentHash => _metadata.ContentHash;

    /// <summary>The dates the body mentions, in order, known without decoding the text (their <see cref="DateMention.Text"/> decodes it).</summary>
    public IReadOnlyList<DateMention> MentionedDates => _mentionedDates ?? Publish(ref _mentionedDates, CreateMentionedDates());

    /// <summary>The number of body paragraphs, known without decoding the text.</summary>
    public int ParagraphCount => _paragraphRanges.Length / 2;

    /// <summary>The number of quotes, known without decoding the text.</summary>
    public int QuoteCount => _quoteData.Length / QuoteStride;

    /// <summary>
    /// The whole file's text as decoded, byte-order mark removed and otherwise unchanged: a scraped
    /// trailer or a sign-off left out of the paragraphs is still here. Decoded once, on first access.
    /// </summary>
    public string Text
    {
        get
        {
            var text = Volatile.Read(ref _text);
            if (text is null)
            {
                text = DecodeText();
                text = Interlocked.CompareExchange(ref _text, text, null) ?? text;
            }

            return text;
        }
    }

    /// <summary>The body paragraphs in reading order (the title is not one of them).</summary>
    public IReadOnlyList<Paragraph> Paragraphs => _paragraphs ?? Publish(ref _paragraphs, CreateParagraphs());

    /// <summary>The first paragraph, or null for an article without body.</summary>
    public Paragraph? Lead => Paragraphs.Count > 0 ? Paragraphs[0] : null;

    /// <summary>The quotations and reported statements in order of appearance.</summary>
    public IReadOnlyList<Quote> Quotes => _quotes ?? Publish(ref _quotes, CreateQuotes());

    /// <summary>
    /// Everyone quoted, once each, in order of first appearance: the resolved speaker where a
    /// pronoun or role stands for one ("he" → "Maria Zakharova"), else the speaker as written.
    /// A pronoun that resolves to nobody ("she" with no earlier speaker) names no one and is left out.
    /// </summary>
    public IReadOnlyList<string> Speakers => _speakers ?? Publish(ref _speakers, CreateSpeakers());

    /// <summary>Decodes the embedded body; implemented by generated code.</summary>
    protected abstract string DecodeText();

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {Headline}";

    internal string Slice(TextRange range) => Text.Substring(range.Start, range.Length);

    private IReadOnlyList<Paragraph> CreateParagraphs()
    {
        var paragraphs = new Paragraph[ParagraphCount];
        for (int i = 0; i < paragraphs.Length; i++)
        {
            paragraphs[i] = new Paragraph(this, i, new TextRange(_paragraphRanges[2 * i], _paragraphRanges[2 * i + 1]));
        }

        return new ReadOnlyCollection<Paragraph>(paragraphs);
    }

    private IReadOnlyList<Quote> CreateQuotes()
    {
        var quotes = new Quote[QuoteCount];
        for (int i = 0; i < quotes.Length; i++)
        {
            int at = i * QuoteStride;
            var range = new TextRange(_quoteData[at + 2], _quoteData[at + 3]);
            quotes[i] = new Quote(
                this,
                (QuoteKind)_quoteData[at],
                _quoteData[at + 1],
                range,
                Segments(range, _quoteData[at + 10], _quoteData[at + 11]),
                OptionalRange(_quoteData[at + 4], _quoteData[at + 5]),
                OptionalRange(_quoteData[at + 6], _quoteData[at + 7]),
                OptionalRange(_quoteData[at + 8], _quoteData[at + 9]),
                speakerIsPronoun: _quoteData[at + 12] != 0);
        }

        return new ReadOnlyCollection<Quote>(quotes);
    }

    private IReadOnlyList<TextRange> Segments(TextRange range, int first, int count)
    {
        if (count == 0) return new ReadOnlyCollection<TextRange>(new[] { range });
        var segments = new TextRange[count];
        for (int s = 0; s < count; s++) segments[s] = new TextRange(_segmentRanges[2 * (first + s)], _segmentRanges[2 * (first + s) + 1]);
        return new ReadOnlyCollection<TextRange>(segments);
    }

    private IReadOnlyList<string> CreateSpeakers()
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var speakers = new List<string>();
        foreach (var quote in Quotes)
        {
            if ((quote.ResolvedSpeaker ?? quote.Speaker) is { } speaker && !(quote.ResolvedSpeaker is null && quote.SpeakerIsPronoun) && seen.Add(speaker))
                speakers.Add(speaker);
        }

        return speakers.AsReadOnly();
    }

    private IReadOnlyList<DateMention> CreateMentionedDates()
    {
        var table = _metadata.DateMentions;
        var dates = new DateMention[table.Length / ArticleMetadata.DateMentionStride];
        for (int i = 0; i < dates.Length; i++)
        {
            int at = i * ArticleMetadata.DateMentionStride;
            dates[i] = new DateMention(
                this,
                new TextRange(table[at], table[at + 1]),
                Optional(table[at + 2]),
                Optional(table[at + 3]),
                Optional(table[at + 4]),
                table[at + 5] < 0 ? null : (DayOfWeek)table[at + 5]);
        }

        return new ReadOnlyCollection<DateMention>(dates);
    }

    private IReadOnlyDictionary<string, string> CreateFrontMatter()
    {
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in _metadata.FrontMatter) byKey[field.Key] = field.Value;
        return new ReadOnlyDictionary<string, string>(byKey);
    }

    private static int? Optional(int value) => value < 0 ? null : value;

    private static TextRange? OptionalRange(int start, int end) => start < 0 ? null : new TextRange(start, end);

    private static T Publish<T>(ref T? field, T value)
        where T : class => Interlocked.CompareExchange(ref field, value, null) ?? value;
}
