namespace NewsCorpus;

/// <summary>
/// An article that has at least one paragraph, so its <see cref="Lead"/> is never null. Every typed member of a generated
/// catalog whose article has a paragraph is one (<c>Articles.BlinkenLavrovG20.Lead.Text</c> compiles without a null
/// check under <c>#nullable enable</c>), and so is every such article in <see cref="ArticleCatalog.All"/>:
/// <c>article is ArticleWithLead { Lead: var lead }</c>.
/// </summary>
public sealed class ArticleWithLead : Article
{
    internal ArticleWithLead(EmbeddedArticles source, int index)
        : base(source, index)
    {
    }

    /// <summary>The first paragraph, never null.</summary>
    public override Paragraph Lead => Paragraphs[0];
}
