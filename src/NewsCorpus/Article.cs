using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Threading;
using NewsCorpus.Records;

namespace NewsCorpus;

/// <summary>
/// A news article embedded at compile time by the NewsCorpus generator. Metadata is read from a small
/// embedded record on first use, without the body; the body is decoded from the assembly once, on first
/// access to <see cref="Text"/>, and paragraphs and quotes are ranges of that text.
/// <para>
/// An article that has a paragraph is an <see cref="ArticleWithLead"/>, whose <see cref="Lead"/> is never null; the typed
/// members of a generated catalog have that type, so <c>Articles.X.Lead.Text</c> needs no null check. Only NewsCorpus
/// and the test cases it generates for xunit (see <see cref="Article()"/>) derive from this class.
/// </para>
/// </summary>
public class Article
{
    // Set once: by the catalog, or by BindTo right after a test framework creates a derived test case empty.
    private EmbeddedArticles? _source;
    private int _index;
    private ArticleRecord? _record;
    private string? _text;
    private IReadOnlyList<Paragraph>? _paragraphs;
    private IReadOnlyList<Quote>? _quotes;
    private IReadOnlyList<string>? _speakers;
    private IReadOnlyList<DateMention>? _mentionedDates;
    private IReadOnlyDictionary<string, string>? _frontMatterByKey;
    private IReadOnlyList<string>? _tags;

    internal Article(EmbeddedArticles source, int index)
    {
        _source = source;
        _index = index;
    }

    /// <summary>
    /// An article that reads as none until <see cref="BindTo"/> names one, for a derived type that a test framework
    /// creates empty and then fills in: the test cases of the <c>ArticleDataAttribute</c> that NewsCorpus generates
    /// for xunit, which serialise as the article's id, so that a test explorer lists one case per article.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    protected Article()
    {
    }

    /// <summary>Makes this article, created empty, read as <paramref name="article"/> and equal to it.</summary>
    /// <exception cref="InvalidOperationException">This article already reads as one.</exception>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    protected void BindTo(Article article)
    {
        if (article is null) throw new ArgumentNullException(nameof(article));
        if (_source is not null) throw new InvalidOperationException($"This article already reads as '{Id}'; an article is bound once.");
        _index = article._index;
        _source = article.Embedded;
    }

    private EmbeddedArticles Embedded => _source
        ?? throw new InvalidOperationException("This article was created empty and is not bound to an article of a catalog yet (Article.BindTo).");

    /// <summary>The file name without extension and date prefix, e.g. <c>blinken-lavrov-g20</c>.</summary>
    public string Id => Record.Id;

    /// <summary>The file's path relative to the corpus folder, with forward slashes.</summary>
    public string Path => Record.Path;

    /// <summary>
    /// The title: the front matter's <c>title</c>, else the file's headline line set off by a blank line (without a
    /// closing full stop or semicolon); otherwise null.
    /// </summary>
    public string? Title => Record.Title;

    /// <summary>The deck (subheading): the line under a headline that ends in <c>;</c>, before the blank line; otherwise null.</summary>
    public string? Subtitle => Record.Subtitle;

    /// <summary>What to show for the article, never null: the title, else the lead's first sentence shortened to about 80 characters.</summary>
    public string Headline => Record.Headline ?? Record.Title ?? Record.Id;

    /// <summary>The ISO 639-1 code of the article's language (<c>sq</c>, <c>en</c>…): the front matter's, else identified; <c>und</c> when unsure.</summary>
    public string Language => Record.Language;

    /// <summary>
    /// The agency or outlet: the front matter's <c>source</c>, else the dateline's agency ("(AFP)"), else the
    /// sign-off's (<c>VOA</c> for "/VOA"); or null.
    /// </summary>
    public string? Source => Record.Source;

    /// <summary>
    /// The publication date (a date, time 00:00, kind unspecified): the front matter's <c>date</c>, else the
    /// file name's <c>YYYY-MM-DD-</c> prefix; or null.
    /// </summary>
    public DateTime? Published => Record.Published == 0 ? null : new DateTime(Record.Published / 10000, Record.Published / 100 % 100, Record.Published % 100);

    /// <summary>The dateline's place opening the lead ("WASHINGTON", "LONDON, May 3"), or null; the lead keeps its words.</summary>
    public string? Dateline => Record.Dateline;

    /// <summary>The author: the front matter's <c>author</c>, else a byline ("By Jane Doe", "Nga …"), or null.</summary>
    public string? Author => Record.Author;

    /// <summary>The folder under the corpus folder (<c>sport</c> for <c>corpus/sport/x.txt</c>), or null for a file at its top.</summary>
    public string? Category => Record.Category;

    /// <summary>The front matter's <c>tags</c>, in order; empty without them.</summary>
    public IReadOnlyList<string> Tags => _tags ?? Publish(ref _tags, Array.AsReadOnly(Record.Tags));

    /// <summary>The front matter's <c>url</c>, or null.</summary>
    public string? Url => Record.Url;

    /// <summary>Every front matter field by key (lower case), known keys included; empty without front matter. The last of a repeated key wins.</summary>
    public IReadOnlyDictionary<string, string> FrontMatter => _frontMatterByKey ?? Publish(ref _frontMatterByKey, CreateFrontMatter());

    /// <summary>Words of the body paragraphs ("don't", "G-20" and "2.5" count once).</summary>
    public int WordCount => Record.WordCount;

    /// <summary>Sentences of the body paragraphs.</summary>
    public int SentenceCount => Record.SentenceCount;

    /// <summary>Characters of the body paragraphs.</summary>
    public int CharacterCount => Record.CharacterCount;

    /// <summary>About how long the article takes to read, at 230 words a minute, in whole minutes.</summary>
    public TimeSpan ReadingTime => TimeSpan.FromMinutes(WordCount == 0 ? 0 : (WordCount + 229) / 230);

    /// <summary>SHA-256 of the file's text with line endings read as LF, lower-case hex: the same for CRLF and LF checkouts.</summary>
    public string ContentHash => Record.ContentHash;

    /// <summary>The dates the body mentions, in order, known without decoding the text (their <see cref="DateMention.Text"/> decodes it).</summary>
    public IReadOnlyList<DateMention> MentionedDates => _mentionedDates ?? Publish(ref _mentionedDates, CreateMentionedDates());

    /// <summary>The number of body paragraphs, known without decoding the text.</summary>
    public int ParagraphCount => Record.Paragraphs.Length / ArticleRecord.RangeStride;

    /// <summary>The number of quotes, known without decoding the text.</summary>
    public int QuoteCount => Record.Quotes.Length / ArticleRecord.QuoteStride;

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
                text = Embedded.BodyOf(_index, Record);
                text = Interlocked.CompareExchange(ref _text, text, null) ?? text;
            }

            return text;
        }
    }

    /// <summary>The body paragraphs in reading order (the title is not one of them).</summary>
    public IReadOnlyList<Paragraph> Paragraphs => _paragraphs ?? Publish(ref _paragraphs, CreateParagraphs());

    /// <summary>The first paragraph, or null for an article without body (a title alone); never null on an <see cref="ArticleWithLead"/>.</summary>
    public virtual Paragraph? Lead => Paragraphs.Count > 0 ? Paragraphs[0] : null;

    /// <summary>The quotations and reported statements in order of appearance.</summary>
    public IReadOnlyList<Quote> Quotes => _quotes ?? Publish(ref _quotes, CreateQuotes());

    /// <summary>
    /// Everyone quoted, once each, in order of first appearance: the resolved speaker where a
    /// pronoun or role stands for one ("he" → "Maria Zakharova"), else the speaker as written.
    /// A pronoun that resolves to nobody ("she" with no earlier speaker) names no one and is left out.
    /// </summary>
    public IReadOnlyList<string> Speakers => _speakers ?? Publish(ref _speakers, CreateSpeakers());

    /// <summary>The metadata and range tables, read from the record once, on first use; the body stays undecoded.</summary>
    private ArticleRecord Record => Volatile.Read(ref _record) ?? Publish(ref _record, Embedded.RecordOf(_index));

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {Headline}";

    /// <summary>Whether <paramref name="obj"/> is this article: the same article of the same catalog, bound to it or not.</summary>
    public override bool Equals(object? obj) =>
        ReferenceEquals(this, obj) || (obj is Article other && _source is not null && ReferenceEquals(_source, other._source) && _index == other._index);

    /// <inheritdoc/>
    public override int GetHashCode() => _index;

    internal string Slice(TextRange range) => Text.Substring(range.Start, range.Length);

    private IReadOnlyList<Paragraph> CreateParagraphs()
    {
        var ranges = Record.Paragraphs;
        var paragraphs = new Paragraph[ranges.Length / 2];
        for (int i = 0; i < paragraphs.Length; i++)
        {
            paragraphs[i] = new Paragraph(this, i, new TextRange(ranges[2 * i], ranges[2 * i + 1]));
        }

        return new ReadOnlyCollection<Paragraph>(paragraphs);
    }

    private IReadOnlyList<Quote> CreateQuotes()
    {
        var table = Record.Quotes;
        var quotes = new Quote[table.Length / ArticleRecord.QuoteStride];
        for (int i = 0; i < quotes.Length; i++)
        {
            int at = i * ArticleRecord.QuoteStride;
            var range = new TextRange(table[at + 2], table[at + 3]);
            quotes[i] = new Quote(
                this,
                (QuoteKind)table[at],
                table[at + 1],
                range,
                Segments(range, table[at + 10], table[at + 11]),
                OptionalRange(table[at + 4], table[at + 5]),
                OptionalRange(table[at + 6], table[at + 7]),
                OptionalRange(table[at + 8], table[at + 9]),
                speakerIsPronoun: table[at + 12] != 0);
        }

        return new ReadOnlyCollection<Quote>(quotes);
    }

    private IReadOnlyList<TextRange> Segments(TextRange range, int first, int count)
    {
        if (count == 0) return new ReadOnlyCollection<TextRange>(new[] { range });
        var table = Record.Segments;
        var segments = new TextRange[count];
        for (int s = 0; s < count; s++) segments[s] = new TextRange(table[2 * (first + s)], table[2 * (first + s) + 1]);
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
        var table = Record.DateMentions;
        var dates = new DateMention[table.Length / ArticleRecord.DateMentionStride];
        for (int i = 0; i < dates.Length; i++)
        {
            int at = i * ArticleRecord.DateMentionStride;
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
        var fields = Record.FrontMatter;
        for (int i = 0; i + 1 < fields.Length; i += 2) byKey[fields[i]] = fields[i + 1];
        return new ReadOnlyDictionary<string, string>(byKey);
    }

    private static int? Optional(int value) => value < 0 ? null : value;

    private static TextRange? OptionalRange(int start, int end) => start < 0 ? null : new TextRange(start, end);

    private static T Publish<T>(ref T? field, T value)
        where T : class => Interlocked.CompareExchange(ref field, value, null) ?? value;
}
