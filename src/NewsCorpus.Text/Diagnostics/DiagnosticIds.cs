using System.Collections.Generic;

namespace NewsCorpus.Text;

/// <summary>How much a finding matters; maps one to one onto the compiler's severities.</summary>
public enum FindingSeverity
{
    /// <summary>Something the user may want to know (a trailer was removed).</summary>
    Info,

    /// <summary>Something was probably lost or changed (undecodable bytes, an empty file).</summary>
    Warning,

    /// <summary>The article cannot be used as it is.</summary>
    Error,
}

/// <summary>One kind of diagnostic NewsCorpus reports.</summary>
/// <param name="Id">The id, <c>NC</c> and four digits; never reused once retired.</param>
/// <param name="Title">A short title, as IDEs and the analyzer release file show it.</param>
/// <param name="Severity">The default severity; a <c>.globalconfig</c> can change it.</param>
/// <param name="MessageFormat">The message, with <c>{0}</c> where the finding's own words go.</param>
/// <param name="Raiser">Who reports it: the generator (and the CLI, on the same findings), the analyzer or the package's MSBuild targets.</param>
public sealed record DiagnosticKind(string Id, string Title, FindingSeverity Severity, string MessageFormat, DiagnosticRaiser Raiser)
{
    /// <summary>Where the docs explain it.</summary>
    public string HelpLink => DiagnosticIds.HelpBase + Id.ToLowerInvariant();
}

/// <summary>Who reports a diagnostic.</summary>
public enum DiagnosticRaiser
{
    /// <summary>The generator, as a compiler diagnostic (its severity can be changed in a <c>.globalconfig</c>).</summary>
    Generator,

    /// <summary>The package's MSBuild targets, as an MSBuild warning, or for Info an MSBuild message (either silenced with <c>NoWarn</c>).</summary>
    Targets,

    /// <summary>The analyzer beside the generator, on the project's own code (its severity can be changed in a <c>.globalconfig</c>).</summary>
    Analyzer,
}

/// <summary>
/// The one table of NewsCorpus diagnostics. The generator's descriptors are built from it, and tests check the
/// analyzer release file and the docs' table against it. The severity policy: about the corpus, a warning only where
/// an article or a part of its text is lost or changed, or where a setting cannot be honoured; what is dropped by
/// design or noticed in the text is Info.
/// </summary>
public static class DiagnosticIds
{
    /// <summary>Where the docs' diagnostics reference lives; each id is an anchor in it.</summary>
    public const string HelpBase = "https://github.com/newscorpus/newscorpus/blob/main/docs/diagnostics.md#";

    /// <summary>NC0001: the file holds no article text; it is left out.</summary>
    public const string EmptyArticle = "NC0001";

    /// <summary>NC0002: the file holds bytes that are not valid in its encoding; they read as U+FFFD.</summary>
    public const string UndecodableBytes = "NC0002";

    /// <summary>NC0003: articles would share an id that nothing in their paths tells apart; one gets a hash suffix.</summary>
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

    /// <summary>NC0012: more articles than a .NET type can hold members for; the first ones get typed fields, all are in the catalog.</summary>
    public const string TypedPropertiesCapped = "NC0012";

    /// <summary>NC0013: an article's typed name is not the one its id gives, because another article or a catalog member has it.</summary>
    public const string TypedNameChanged = "NC0013";

    /// <summary>NC0014: the corpus folder does not exist.</summary>
    public const string CorpusFolderMissing = "NC0014";

    /// <summary>NC0015: a file in the corpus folder cannot be an article (not a regular file, or a name the compiler cannot take); it is left out.</summary>
    public const string FileLeftOut = "NC0015";

    /// <summary>NC0016: files in the corpus folder are not articles (another extension); one message per build counts them.</summary>
    public const string OtherFilesInCorpus = "NC0016";

    /// <summary>NC0017: a constant id passed to the catalog's Get or Find that no article has; the nearest id is named.</summary>
    public const string UnknownArticleId = "NC0017";

    /// <summary>NC0018: a constant id passed to the catalog's Get or Find whose article has a typed field, which the compiler checks.</summary>
    public const string IdHasTypedField = "NC0018";

    private const string Finding = "{0}";

    /// <summary>Every kind, in order of id.</summary>
    public static IReadOnlyList<DiagnosticKind> All { get; } = new[]
    {
        Kind(EmptyArticle, "Article file is empty", FindingSeverity.Warning),
        Kind(UndecodableBytes, "Article file holds undecodable bytes", FindingSeverity.Warning),
        Kind(IdentifierCollision, "Articles share an id that nothing in their paths tells apart", FindingSeverity.Warning),
        Kind(ScrapedTrailer, "Scraped trailer line left out of the article", FindingSeverity.Info),
        Kind(UnbalancedQuotationMark, "Quotation mark never closes", FindingSeverity.Info),
        Kind(InvalidOption, "Invalid NewsCorpus MSBuild property", FindingSeverity.Warning),
        Kind(UnreadableArticle, "Article file could not be read or analysed", FindingSeverity.Warning),
        new DiagnosticKind(RuntimeNotReferenced, "NewsCorpus runtime library not referenced", FindingSeverity.Error,
            "The project has articles but does not reference NewsCorpus.dll, which the generated code builds on; no article code was generated. Reference the NewsCorpus package.",
            DiagnosticRaiser.Generator),
        Kind(InvalidFrontMatter, "Front matter line cannot be read", FindingSeverity.Warning),
        Kind(BinaryFile, "Article file is binary", FindingSeverity.Warning),
        Kind(ArticleTooLarge, "Article file is over the size limit", FindingSeverity.Error),
        new DiagnosticKind(TypedPropertiesCapped, "Too many articles for a typed field each", FindingSeverity.Warning,
            "The corpus has {0} articles; a .NET type holds at most 65,535 fields, so {1} has a typed field for the first {2} (in order of path) and not for the rest. Every article is in {1}.All, {1}.Get(id) and {1}.Find(id).",
            DiagnosticRaiser.Generator),
        Kind(TypedNameChanged, "Article's typed name differs from its id", FindingSeverity.Info),
        new DiagnosticKind(CorpusFolderMissing, "Corpus folder not found", FindingSeverity.Warning, Finding, DiagnosticRaiser.Targets),
        new DiagnosticKind(FileLeftOut, "File in the corpus folder left out", FindingSeverity.Warning, Finding, DiagnosticRaiser.Targets),
        new DiagnosticKind(OtherFilesInCorpus, "Files in the corpus folder that are not articles", FindingSeverity.Info, Finding, DiagnosticRaiser.Targets),

        new DiagnosticKind(UnknownArticleId, "No article has this id", FindingSeverity.Warning,
            "No article has the id '{0}'; {1}", DiagnosticRaiser.Analyzer),
        new DiagnosticKind(IdHasTypedField, "Article id has a typed field", FindingSeverity.Info,
            "The article '{0}' has a typed field: {1}.{2} gives it without a lookup, and the compiler checks the name", DiagnosticRaiser.Analyzer),
    };

    private static readonly Dictionary<string, DiagnosticKind> ById = Index();

    /// <summary>The kind with <paramref name="id"/>; an id missing from the table (a bug) reads as a warning rather than failing.</summary>
    public static DiagnosticKind KindOf(string id) =>
        ById.TryGetValue(id, out var kind) ? kind : new DiagnosticKind(id, "NewsCorpus diagnostic", FindingSeverity.Warning, Finding, DiagnosticRaiser.Generator);

    private static DiagnosticKind Kind(string id, string title, FindingSeverity severity) =>
        new(id, title, severity, Finding, DiagnosticRaiser.Generator);

    private static Dictionary<string, DiagnosticKind> Index()
    {
        var index = new Dictionary<string, DiagnosticKind>();
        foreach (var kind in All) index[kind.Id] = kind;
        return index;
    }
}
