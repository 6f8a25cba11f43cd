namespace NewsCorpus.Text;

/// <summary>
/// Every diagnostic id NewsCorpus reports, with its title. The generator turns these into compiler
/// diagnostics; the README and AnalyzerReleases.Unshipped.md list them. Never reuse a retired id.
/// </summary>
public static class DiagnosticIds
{
    /// <summary>NC0001: the file holds no text (empty or white space only); no article is generated.</summary>
    public const string EmptyArticle = "NC0001";

    /// <summary>NC0002: the file holds bytes that are not valid in its encoding; they read as U+FFFD.</summary>
    public const string UndecodableBytes = "NC0002";

    /// <summary>NC0003: two files map to the same C# identifier or id; one gets a suffix.</summary>
    public const string IdentifierCollision = "NC0003";

    /// <summary>NC0004: a scraped trailer line (such as "Discussion about this post") was left out of the paragraphs.</summary>
    public const string ScrapedTrailer = "NC0004";

    /// <summary>NC0005: a quotation mark opens and never closes in its paragraph; no quote is invented.</summary>
    public const string UnbalancedQuotationMark = "NC0005";

    /// <summary>NC0006: an MSBuild option of the generator has a value it cannot use; the default is used.</summary>
    public const string InvalidOption = "NC0006";

    /// <summary>NC0007: the file could not be read or analysed; it is left out and the rest of the corpus compiles.</summary>
    public const string UnreadableArticle = "NC0007";

    /// <summary>NC0008: the project has articles but does not reference NewsCorpus.dll, which generated code needs.</summary>
    public const string RuntimeNotReferenced = "NC0008";

    /// <summary>NC0009: a front matter line or value cannot be read; it is skipped and the article still compiles.</summary>
    public const string InvalidFrontMatter = "NC0009";

    /// <summary>NC0010: the file holds NUL characters, so it is binary rather than an article; it is left out.</summary>
    public const string BinaryFile = "NC0010";

    /// <summary>NC0011: the file is larger than NewsCorpusMaxArticleSize; it is left out and the rest of the corpus compiles.</summary>
    public const string ArticleTooLarge = "NC0011";

    /// <summary>NC0012: more articles than a .NET type can hold members for; the first ones get typed properties, all are in the catalog.</summary>
    public const string TypedPropertiesCapped = "NC0012";
}
