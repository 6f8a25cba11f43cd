using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using NewsCorpus.Generator.Model;
using NewsCorpus.Text;

namespace NewsCorpus.Generator.Diagnostics;

/// <summary>
/// The compiler diagnostics for the findings of the text analysis. Messages come from the analysis
/// (one wording for generator, CLI and evaluation); ids and titles are listed in the README and in
/// AnalyzerReleases.Unshipped.md.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "NewsCorpus";

    public static readonly DiagnosticDescriptor EmptyArticle = Create(
        DiagnosticIds.EmptyArticle, "Article file is empty", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UndecodableBytes = Create(
        DiagnosticIds.UndecodableBytes, "Article file holds undecodable bytes", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor IdentifierCollision = Create(
        DiagnosticIds.IdentifierCollision, "Two articles map to the same identifier", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ScrapedTrailer = Create(
        DiagnosticIds.ScrapedTrailer, "Scraped trailer line left out of the article", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor UnbalancedQuotationMark = Create(
        DiagnosticIds.UnbalancedQuotationMark, "Quotation mark never closes", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor InvalidOption = Create(
        DiagnosticIds.InvalidOption, "Invalid NewsCorpus MSBuild property", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnreadableArticle = Create(
        DiagnosticIds.UnreadableArticle, "Article file could not be read or analysed", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidFrontMatter = Create(
        DiagnosticIds.InvalidFrontMatter, "Front matter line cannot be read", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor BinaryFile = Create(
        DiagnosticIds.BinaryFile, "Article file is binary", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ArticleTooLarge = Create(
        DiagnosticIds.ArticleTooLarge, "Article file is over the size limit", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor RuntimeNotReferenced = new(
        DiagnosticIds.RuntimeNotReferenced,
        "NewsCorpus runtime library not referenced",
        "The project has articles but does not reference NewsCorpus.dll, which the generated code builds on; no article code was generated. Reference the NewsCorpus package.",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor TypedPropertiesCapped = new(
        DiagnosticIds.TypedPropertiesCapped,
        "Too many articles for a typed property each",
        "The corpus has {0} articles; a .NET type holds at most 65,535 fields, so {1} has a typed field for the first {2} (in order of path) and not for the rest. Every article is in {1}.All, {1}.Get(id) and {1}.Find(id).",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new()
    {
        [EmptyArticle.Id] = EmptyArticle,
        [UndecodableBytes.Id] = UndecodableBytes,
        [IdentifierCollision.Id] = IdentifierCollision,
        [ScrapedTrailer.Id] = ScrapedTrailer,
        [UnbalancedQuotationMark.Id] = UnbalancedQuotationMark,
        [InvalidOption.Id] = InvalidOption,
        [UnreadableArticle.Id] = UnreadableArticle,
        [InvalidFrontMatter.Id] = InvalidFrontMatter,
        [BinaryFile.Id] = BinaryFile,
        [ArticleTooLarge.Id] = ArticleTooLarge,
    };

    /// <summary>Turns a finding into a diagnostic located at its file and line.</summary>
    public static Diagnostic ToDiagnostic(DiagnosticInfo info)
    {
        var location = info.FilePath.Length == 0
            ? Location.None
            : Location.Create(
                info.FilePath,
                new Microsoft.CodeAnalysis.Text.TextSpan(info.Start, info.End - info.Start),
                new Microsoft.CodeAnalysis.Text.LinePositionSpan(
                    new Microsoft.CodeAnalysis.Text.LinePosition(info.StartLine, info.StartColumn),
                    new Microsoft.CodeAnalysis.Text.LinePosition(info.EndLine, info.EndColumn)));
        return Diagnostic.Create(ById[info.Id], location, info.Message);
    }

    private static DiagnosticDescriptor Create(string id, string title, DiagnosticSeverity severity) => new(
        id,
        title,
        messageFormat: "{0}",
        Category,
        severity,
        isEnabledByDefault: true,
        description: "See the diagnostics table in the NewsCorpus README.");
}
