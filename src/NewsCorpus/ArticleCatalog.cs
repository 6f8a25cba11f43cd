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
    private readonly Lazy<Dictionary<string, Article>> _byId;

    /// <summary>Creates a catalog over <paramref name="articles"/>; the first article with an id wins its lookups.</summary>
    public ArticleCatalog(IEnumerable<Article> articles)
    {
        if (articles is null) throw new ArgumentNullException(nameof(articles));
        All = new ReadOnlyCollection<Article>(new List<Article>(articles));
        _byId = new Lazy<Dictionary<string, Article>>(IndexById);
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

    /// <summary>The article with <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No article has that id.</exception>
    public Article Get(string id) =>
        Find(id) ?? throw new KeyNotFoundException($"No article has the id '{id}'.");

    /// <summary>The article with <paramref name="id"/>, or null.</summary>
    public Article? Find(string id)
    {
        if (id is null) throw new ArgumentNullException(nameof(id));
        return _byId.Value.TryGetValue(id, out var article) ? article : null;
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

    private Dictionary<string, Article> IndexById()
    {
        var index = new Dictionary<string, Article>(All.Count, StringComparer.Ordinal);
        foreach (var article in All)
        {
            if (!index.ContainsKey(article.Id)) index.Add(article.Id, article);
        }

        return index;
    }
}
