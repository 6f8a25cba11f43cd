namespace NewsCorpus.Text;

/// <summary>Limits that the build and the CLI apply alike.</summary>
public static class ArticleLimits
{
    /// <summary>The largest article, in bytes of UTF-8, unless a project sets NewsCorpusMaxArticleSize: 1 MiB.</summary>
    public const long DefaultMaxArticleSize = 1024 * 1024;
}
