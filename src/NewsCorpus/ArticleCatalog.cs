using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;
using System.Reflection;

namespace NewsCorpus;

/// <summary>
/// All articles of a generated catalog, in order of their paths, with lookup by <see cref="Article.Id"/>.
/// Generated catalogs hold one and forward to it.
/// </summary>
public sealed class ArticleCatalog
{
    private readonly Lazy<IdIndex> _byId;

    /// <summary>Creates a catalog over <paramref name="articles"/>; the first article with an id wins its lookups.</summary>
    public ArticleCatalog(IEnumerable<Article> articles)
    {
        if (articles is null) throw new ArgumentNullException(nameof(articles));
        All = new ReadOnlyCollection<Article>(new List<Article>(articles));
        _byId = new Lazy<IdIndex>(() => new IdIndex(All));
    }

    /// <summary>
    /// The catalog of the <paramref name="count"/> articles that generated code embeds in <paramref name="assembly"/>.
    /// Each block of records is asked for on first use: <paramref name="textBlock"/> gives it as a string (packed UTF-8 or
    /// text), or null when <paramref name="utf8Block"/> gives it as UTF-8; <paramref name="literalBody"/> gives the body of an article that
    /// is not a manifest resource. Called by generated code only.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static ArticleCatalog FromRecords(Assembly assembly, int count, Func<int, string?> textBlock, Func<int, byte[]?>? utf8Block, Func<int, string>? literalBody)
    {
        if (textBlock is null) throw new ArgumentNullException(nameof(textBlock));
        return new ArticleCatalog(new EmbeddedArticles(assembly, count, number =>
            textBlock(number) is { } text ? (Records.RecordFormat.Unpack(text) is { } packed ? EmbeddedArticles.Block.Utf8(packed) : EmbeddedArticles.Block.Text(text))
            : utf8Block?.Invoke(number) is { } bytes ? EmbeddedArticles.Block.Utf8(bytes)
            : throw new InvalidOperationException($"The generated catalog has no block {number} of records; rebuild the project."), literalBody).Articles);
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
    /// The article with <paramref name="id"/>: the one whose id is exactly <paramref name="id"/>, or else the one
    /// whose id differs from it in case alone, as the filters ignore case.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No article has that id, or two ids differ from it in case alone (the message names them).</exception>
    public Article Get(string id)
    {
        if (id is null) throw new ArgumentNullException(nameof(id));
        var (article, others) = _byId.Value.Lookup(id);
        if (article is not null) return article;
        throw new KeyNotFoundException(others.Count == 0
            ? $"No article has the id '{id}'."
            : $"No article has the id '{id}', and the ids '{string.Join("', '", others)}' differ from it in case alone; use one of them.");
    }

    /// <summary>
    /// The article with <paramref name="id"/> (the same rule as <see cref="Get"/>), or null where <see cref="Get"/>
    /// would throw.
    /// </summary>
    public Article? Find(string id)
    {
        if (id is null) throw new ArgumentNullException(nameof(id));
        return _byId.Value.Lookup(id).Article;
    }

    /// <summary>
    /// Every quote, across all articles, whose speaker or resolved speaker contains
    /// <paramref name="name"/> as whole words, ignoring case: <c>QuotesBy("Zakharova")</c> finds
    /// "Maria Zakharova", and <c>QuotesBy("he")</c> does not find "she".
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public IEnumerable<Quote> QuotesBy(string name)
    {
        if (name is null) throw new ArgumentNullException(nameof(name));
        if (name.Trim().Length == 0) throw new ArgumentException("A name to look for is needed.", nameof(name));
        return QuotesMentioning(name.Trim());
    }

    /// <summary>The articles in <paramref name="language"/> (an ISO 639-1 code such as <c>en</c>; <c>und</c> for undetermined), ignoring case.</summary>
    public IEnumerable<Article> ByLanguage(string language)
    {
        if (language is null) throw new ArgumentNullException(nameof(language));
        return Where(article => string.Equals(article.Language, language, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The articles whose <see cref="Article.Source"/> is <paramref name="source"/>, ignoring case.</summary>
    public IEnumerable<Article> BySource(string source)
    {
        if (source is null) throw new ArgumentNullException(nameof(source));
        return Where(article => string.Equals(article.Source, source, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The articles whose <see cref="Article.Category"/> is <paramref name="category"/> (<c>sport</c>, <c>world/europe</c>), ignoring case.</summary>
    public IEnumerable<Article> ByCategory(string category)
    {
        if (category is null) throw new ArgumentNullException(nameof(category));
        return Where(article => string.Equals(article.Category, category, StringComparison.OrdinalIgnoreCase));
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

    /// <summary>Whether <paramref name="name"/> stands in the speaker at word boundaries.</summary>
    private static bool Mentions(string? speaker, string name)
    {
        if (speaker is null) return false;
        for (int at = speaker.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = speaker.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            int end = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(speaker[at - 1])) && (end == speaker.Length || !char.IsLetterOrDigit(speaker[end]))) return true;
        }

        return false;
    }

    /// <summary>Ids by exact match, then ignoring case; the first article with an id wins it.</summary>
    private sealed class IdIndex
    {
        private readonly Dictionary<string, Article> _exact;
        private readonly Dictionary<string, List<string>> _ignoringCase;

        public IdIndex(IReadOnlyList<Article> articles)
        {
            _exact = new Dictionary<string, Article>(articles.Count, StringComparer.Ordinal);
            _ignoringCase = new Dictionary<string, List<string>>(articles.Count, StringComparer.OrdinalIgnoreCase);
            foreach (var article in articles)
            {
                if (_exact.ContainsKey(article.Id)) continue;
                _exact.Add(article.Id, article);
                if (_ignoringCase.TryGetValue(article.Id, out var ids)) ids.Add(article.Id);
                else _ignoringCase.Add(article.Id, new List<string> { article.Id });
            }
        }

        /// <summary>The article, or null and the ids that differ from <paramref name="id"/> in case alone when more than one does.</summary>
        public (Article? Article, IReadOnlyList<string> Ambiguous) Lookup(string id)
        {
            if (_exact.TryGetValue(id, out var article)) return (article, Array.Empty<string>());
            if (!_ignoringCase.TryGetValue(id, out var ids)) return (null, Array.Empty<string>());
            return ids.Count == 1 ? (_exact[ids[0]], Array.Empty<string>()) : (null, ids);
        }
    }
}
