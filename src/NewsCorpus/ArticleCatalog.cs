using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;
using System.Reflection;

namespace NewsCorpus;

/// <summary>
/// All articles of a generated catalog, in order of their paths, with lookup by <see cref="Article.Id"/> and filters.
/// Generated catalogs hold one and forward to it.
/// <para>
/// <b>Lookup.</b> <see cref="Get"/>, <see cref="Find"/>, <see cref="ByLanguage"/>, <see cref="BySource"/> and
/// <see cref="ByCategory"/> match the value they are given to the articles' values by one rule: both are read in
/// Unicode normalisation form C; the value names the article value equal to it by ordinal comparison if there is
/// one, and otherwise every article value equal to it ignoring case (ordinal). <c>Get("Tech/001")</c> finds
/// <c>tech/001</c>, and where ids <c>a</c> and <c>A</c> are both in the catalog, <c>Get("a")</c> finds <c>a</c>.
/// </para>
/// </summary>
public sealed class ArticleCatalog
{
    private readonly Lazy<ValueLookup> _ids;
    private readonly Lazy<ValueLookup> _languages;
    private readonly Lazy<ValueLookup> _sources;
    private readonly Lazy<ValueLookup> _categories;

    /// <summary>Creates a catalog over <paramref name="articles"/>; where two have one id, the first is the one <see cref="Get"/> finds.</summary>
    public ArticleCatalog(IEnumerable<Article> articles)
    {
        if (articles is null) throw new ArgumentNullException(nameof(articles));
        All = new ReadOnlyCollection<Article>(new List<Article>(articles));
        _ids = new Lazy<ValueLookup>(() => new ValueLookup(All.Count, i => All[i].Id));
        _languages = new Lazy<ValueLookup>(() => new ValueLookup(All.Count, i => All[i].Language));
        _sources = new Lazy<ValueLookup>(() => new ValueLookup(All.Count, i => All[i].Source));
        _categories = new Lazy<ValueLookup>(() => new ValueLookup(All.Count, i => All[i].Category));
    }

    /// <summary>
    /// The catalog of the <paramref name="count"/> articles that generated code embeds in <paramref name="assembly"/>.
    /// Each block of records is asked for on first use: <paramref name="textBlock"/> gives it as a string (packed UTF-8 or
    /// text), or null when <paramref name="utf8Block"/> gives it as UTF-8; <paramref name="literalBody"/> gives the body of an article that
    /// is not a manifest resource; <paramref name="withoutParagraphs"/> lists the positions of the articles that have no
    /// paragraph (null for none), and every other one is an <see cref="ArticleWithLead"/>. Called by generated code only.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static ArticleCatalog FromRecords(Assembly assembly, int count, Func<int, string?> textBlock, Func<int, byte[]?>? utf8Block, Func<int, string>? literalBody, int[]? withoutParagraphs)
    {
        if (textBlock is null) throw new ArgumentNullException(nameof(textBlock));
        return new ArticleCatalog(new EmbeddedArticles(assembly, count, number =>
            textBlock(number) is { } text ? (Records.RecordFormat.Unpack(text) is { } packed ? EmbeddedArticles.Block.Utf8(packed) : EmbeddedArticles.Block.Text(text))
            : utf8Block?.Invoke(number) is { } bytes ? EmbeddedArticles.Block.Utf8(bytes)
            : throw new InvalidOperationException($"The generated catalog has no block {number} of records; rebuild the project."), literalBody, withoutParagraphs).Articles);
    }

    /// <summary>Every article.</summary>
    public IReadOnlyList<Article> All { get; }

    /// <summary>
    /// One row per article holding its id, in the order of <see cref="All"/>: data for parameterised tests
    /// in any framework (xunit <c>MemberData</c>, NUnit <c>TestCaseSource</c>, MSTest <c>DynamicData</c>).
    /// Ids serialise, so a test explorer lists one test per article.
    /// </summary>
    public IEnumerable<object[]> IdRows
    {
        get
        {
            foreach (var article in All) yield return new object[] { article.Id };
        }
    }

    /// <summary>
    /// The article with <paramref name="id"/>, by the catalog's one lookup rule: ids and <paramref name="id"/> are read in
    /// Unicode normalisation form C; the article whose id is equal to it by ordinal comparison, else the one article
    /// whose id is equal to it ignoring case (ordinal). An exact id always wins: with ids <c>a</c> and <c>A</c>,
    /// <c>Get("a")</c> is <c>a</c>.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No article has that id, or no id is equal to it and several are equal to it
    /// ignoring case (<c>Ab</c> and <c>aB</c> asked for as <c>ab</c>; the message names them).</exception>
    public Article Get(string id)
    {
        if (id is null) throw new ArgumentNullException(nameof(id));
        var ids = _ids.Value.ValuesNamedBy(id);
        if (ids.Count == 1) return All[_ids.Value.ArticlesWith(ids[0])[0]];
        throw new KeyNotFoundException(ids.Count == 0
            ? $"No article has the id '{id}'."
            : $"No article has the id '{id}', and the ids '{string.Join("', '", ids)}' differ from it in case alone; use one of them.");
    }

    /// <summary>
    /// The article with <paramref name="id"/>, by the same rule as <see cref="Get"/> (Unicode normalisation form C; the
    /// exact id, else the one id equal to it ignoring case), or null where <see cref="Get"/> would throw: for an id no
    /// article has, and where several ids differ from it in case alone.
    /// </summary>
    public Article? Find(string id)
    {
        if (id is null) throw new ArgumentNullException(nameof(id));
        var ids = _ids.Value.ValuesNamedBy(id);
        return ids.Count == 1 ? All[_ids.Value.ArticlesWith(ids[0])[0]] : null;
    }

    /// <summary>
    /// Every quote, across all articles, whose speaker or resolved speaker contains
    /// <paramref name="name"/> as whole words, ignoring case (ordinal) and read in Unicode normalisation form C, as
    /// lookups compare: <c>QuotesBy("Zakharova")</c> finds "Maria Zakharova", and <c>QuotesBy("he")</c> does not find
    /// "she". A search for words in a name, so no spelling is preferred.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public IEnumerable<Quote> QuotesBy(string name)
    {
        if (name is null) throw new ArgumentNullException(nameof(name));
        if (name.Trim().Length == 0) throw new ArgumentException("A name to look for is needed.", nameof(name));
        return QuotesMentioning(ValueLookup.Normalize(name.Trim()));
    }

    /// <summary>
    /// The articles in <paramref name="language"/> (an ISO 639-1 code such as <c>en</c>; <c>und</c> for undetermined), in
    /// the order of <see cref="All"/>, matched by the catalog's lookup rule (the exact value, else every value equal to it
    /// ignoring case).
    /// </summary>
    public IEnumerable<Article> ByLanguage(string language)
    {
        if (language is null) throw new ArgumentNullException(nameof(language));
        return Named(_languages, language);
    }

    /// <summary>
    /// The articles whose <see cref="Article.Source"/> is <paramref name="source"/>, in the order of <see cref="All"/>,
    /// matched by the catalog's lookup rule: with sources <c>Reuters</c> and <c>REUTERS</c>, <c>BySource("Reuters")</c>
    /// is the first's articles and <c>BySource("reuters")</c> the articles of both.
    /// </summary>
    public IEnumerable<Article> BySource(string source)
    {
        if (source is null) throw new ArgumentNullException(nameof(source));
        return Named(_sources, source);
    }

    /// <summary>
    /// The articles whose <see cref="Article.Category"/> is <paramref name="category"/> (<c>sport</c>, <c>world/europe</c>),
    /// in the order of <see cref="All"/>, matched by the catalog's lookup rule (the exact folder, else every folder equal
    /// to it ignoring case).
    /// </summary>
    public IEnumerable<Article> ByCategory(string category)
    {
        if (category is null) throw new ArgumentNullException(nameof(category));
        return Named(_categories, category);
    }

    /// <summary>The articles published on a day from <paramref name="from"/> to <paramref name="to"/>, both included (times of day are ignored); undated ones are left out.</summary>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public IEnumerable<Article> PublishedBetween(DateTime from, DateTime to)
    {
        if (to.Date < from.Date) throw new ArgumentException("The end date is before the start date.", nameof(to));
        return Where(article => article.Published is { } day && day.Date >= from.Date && day.Date <= to.Date);
    }

    private IEnumerable<Article> Where(Func<Article, bool> predicate)
    {
        foreach (var article in All)
        {
            if (predicate(article)) yield return article;
        }
    }

    /// <summary>The articles whose value <paramref name="asked"/> names; read on enumeration, as the other filters are.</summary>
    private IEnumerable<Article> Named(Lazy<ValueLookup> lookup, string asked)
    {
        foreach (int index in lookup.Value.ArticlesNamedBy(asked)) yield return All[index];
    }

    private IEnumerable<Quote> QuotesMentioning(string name)
    {
        foreach (var article in All)
        {
            foreach (var quote in article.Quotes)
            {
                if (Mentions(quote.Speaker, name) || Mentions(quote.ResolvedSpeaker, name)) yield return quote;
            }
        }
    }

    /// <summary>Whether <paramref name="name"/> (normalised) stands in the speaker at word boundaries.</summary>
    private static bool Mentions(string? speaker, string name)
    {
        if (speaker is null) return false;
        speaker = ValueLookup.Normalize(speaker);
        for (int at = speaker.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = speaker.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            int end = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(speaker[at - 1])) && (end == speaker.Length || !char.IsLetterOrDigit(speaker[end]))) return true;
        }

        return false;
    }
}
