using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsCorpus.Text;
using NewsCorpus.Text.Naming;

namespace NewsCorpus.Cli;

/// <summary>One file as `corpus inspect` sees it: the same analysis the generator runs, at run time.</summary>
/// <param name="Id">The article's id in the catalog, as the build assigns it (longer than the file's own where two would share one).</param>
/// <param name="Identifier">The name of its typed field in the catalog class.</param>
internal sealed record InspectedArticle(ParsedArticle Parsed, string Id, string Identifier, IReadOnlyList<TextDiagnostic> Diagnostics);

/// <summary>`corpus inspect DIR`: parses every .txt and .md article under a folder and prints the findings.</summary>
internal static class CorpusInspector
{
    /// <summary>The catalog class the generator writes unless a project sets NewsCorpusClassName.</summary>
    public const string DefaultClassName = "Articles";

    public static int Run(
        TextWriter output, TextWriter error, DirectoryInfo directory, string format,
        string catalogClassName = DefaultClassName, long maxArticleSize = ArticleLimits.DefaultMaxArticleSize)
    {
        if (CorpusFiles.IsMissing(directory, error) || !AreValid(error, catalogClassName, maxArticleSize)) return 2;

        var articles = Inspect(directory, error, catalogClassName, maxArticleSize);
        if (format == "json") Export.CorpusJson.WriteDocument(output, articles);
        else InspectText.Write(output, articles);
        return 0;
    }

    /// <summary>Whether the options that make the analysis match a project's build are usable; if not, says why on <paramref name="error"/>.</summary>
    public static bool AreValid(TextWriter error, string catalogClassName, long maxArticleSize)
    {
        if (!CSharpIdentifier.IsValid(catalogClassName))
        {
            TerminalText.WriteLine(error, $"--class-name must be a C# identifier, as NewsCorpusClassName is (got '{catalogClassName}')");
            return false;
        }

        // The build refuses these names too (NC0006) and keeps its default, so they name no project's catalog.
        if (CatalogClassName.WhyNot(catalogClassName, ns: null) is { } expected)
        {
            TerminalText.WriteLine(error, $"--class-name must be {expected}, as NewsCorpusClassName must (got '{catalogClassName}')");
            return false;
        }

        if (maxArticleSize < 1)
        {
            error.WriteLine($"--max-article-size must be a positive number of bytes (got {maxArticleSize})");
            return false;
        }

        return true;
    }

    /// <summary>Every article under the folder, analysed and named as the build would; files left out are said on <paramref name="error"/>.</summary>
    public static IReadOnlyList<InspectedArticle> Inspect(
        DirectoryInfo directory, TextWriter error, string catalogClassName = DefaultClassName, long maxArticleSize = ArticleLimits.DefaultMaxArticleSize)
    {
        var parsed = new List<(CorpusFile File, ParsedArticle Article)>();
        foreach (var file in CorpusFiles.Read(directory, error, maxArticleSize))
        {
            if (TryParse(file, error) is { } article) parsed.Add((file, article));
        }

        // As the generator does: only articles with text are in the catalog, each known by its full path.
        var names = IdentifierAssigner.Assign(parsed.Where(p => !p.Article.IsEmpty).Select(p => (p.File.FullPath, p.File.Path)), catalogClassName)
            .ToDictionary(name => name.Key, StringComparer.Ordinal);

        return parsed.Select(p =>
        {
            if (!names.TryGetValue(p.File.FullPath, out var name))
                return new InspectedArticle(p.Article, p.Article.Id, CSharpIdentifier.FromId(p.Article.Id), p.Article.Diagnostics);

            var diagnostics = new List<TextDiagnostic>();
            if (name.IdNotice is { } idNotice) diagnostics.Add(AtFileStart(p.Article, DiagnosticIds.IdentifierCollision, idNotice));
            if (name.IdentifierNotice is { } notice) diagnostics.Add(AtFileStart(p.Article, DiagnosticIds.TypedNameChanged, notice));
            diagnostics.AddRange(p.Article.Diagnostics);
            return new InspectedArticle(p.Article, name.Id, name.Identifier, diagnostics);
        }).ToList();
    }

    /// <summary>The analysis of one file; should it fail, the file is left out with NC0007, as the build leaves it out.</summary>
    public static ParsedArticle? TryParse(CorpusFile file, TextWriter error)
    {
        try
        {
            return ArticleParser.Parse(file.Text, file.Path);
        }
        catch (Exception exception)
        {
            CorpusFiles.Report(error, DiagnosticIds.UnreadableArticle,
                $"Article '{file.Path}' was left out: {exception.GetType().Name}: {exception.Message} (if the file reads fine elsewhere, this is a NewsCorpus bug; please report it).");
            return null;
        }
    }

    private static TextDiagnostic AtFileStart(ParsedArticle article, string id, string message) =>
        new LineMap(article.Text).Diagnostic(id, message, new SourceRange(0, 0));
}
