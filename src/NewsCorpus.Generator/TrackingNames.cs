namespace NewsCorpus.Generator;

/// <summary>Names of the pipeline steps, so tests can assert what was cached and what re-ran.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string Settings = nameof(Settings);
    public const string ArticleFiles = nameof(ArticleFiles);
    public const string Articles = nameof(Articles);
    public const string NameTable = nameof(NameTable);
    public const string NamedArticles = nameof(NamedArticles);
    public const string Blocks = nameof(Blocks);
    public const string BlockSources = nameof(BlockSources);
    public const string CatalogShape = nameof(CatalogShape);
    public const string Catalog = nameof(Catalog);
    public const string Xunit = nameof(Xunit);
    public const string IdTable = nameof(IdTable);
    public const string IdTableSource = nameof(IdTableSource);
}
