using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsCorpus.Cli.Terminal;
using NewsCorpus.Text;
using NewsCorpus.Text.Naming;

namespace NewsCorpus.Cli;

/// <summary>One file as `corpus inspect` sees it: the same analysis the generator runs, at run time.</summary>
/// <param name="Id">The article's id in the catalog, as the build assigns it (longer than the file's own where two would share one).</param>
/// <param name="Identifier">The name of its typed field in the catalog class.</param>
internal sealed record InspectedArticle(ParsedArticle Parsed, string Id, string Identifier, IReadOnlyList<TextDiagnostic> Diagnostics);

/// <summary>`corpus inspect FILE|DIR`: parses one .txt or .md article, or every one under a folder, and prints the findings.</summary>
internal static class CorpusInspector
{
    /// <summary>The catalog class the generator writes unless a project sets NewsCorpusClassName.</summary>
    public const string DefaultClassName = "Articles";

    public static int Run(
        TextWriter output, TextWriter error, FileSystemInfo target, string format,
        string catalogClassName = DefaultClassName, long maxArticleSize = ArticleLimits.DefaultMaxArticleSize, TerminalSession? terminal = null)
    {
        if (!AreValid(error, catalogClassName, maxArticleSize)) return 2;

        IReadOnlyList<InspectedArticle> articles;
        using (var display = ProgressDisplay.Start("inspect", error, terminal, machineReadable: format == "json"))
        {
            if (ReadTarget(target, display.Error, maxArticleSize) is not { } files) return 2;
            articles = Inspect(files, display.Error, catalogClassName, display.Progress);
        }

        if (format == "json") Export.CorpusJson.WriteDocument(output, articles);
        else InspectText.Write(output, articles);
        return 0;
    }

    /// <summary>
    /// The articles a command was pointed at: every article under a folder, or one file on its own (read as the one
    /// file of its folder, so that its id and findings are those of a folder of one). Null, said on
    /// <paramref name="error"/>, when there is no such file or folder, or the file is no article.
    /// </summary>
    public static IReadOnlyList<CorpusFile>? ReadTarget(FileSystemInfo target, TextWriter error, long maxArticleSize = ArticleLimits.DefaultMaxArticleSize)
    {
        if (target is DirectoryInfo directory) return CorpusFiles.IsMissing(directory, error) ? null : CorpusFiles.Read(directory, error, maxArticleSize);

        if (!File.Exists(target.FullName))
        {
            TerminalText.WriteLine(error, $"No such file or folder: {target.FullName}");
            return null;
        }

        if (!CorpusFiles.IsArticleFileName(target.Name))
        {
            TerminalText.WriteLine(error, $"{target.FullName} is not an article: articles are .txt or .md files");
            return null;
        }

        return CorpusFiles.ReadOne(new FileInfo(target.FullName), error, maxArticleSize);
    }

    /// <summary>A path from the command line as a folder if there is one by that name, else as a file (which may not exist).</summary>
    public static FileSystemInfo FileOrFolder(string path) => Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);

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

    /// <summary>
    /// The files analysed and named as the build would name them together; what cannot be analysed is said on
    /// <paramref name="error"/> and left out. Each file advances <paramref name="progress"/>.
    /// </summary>
    public static IReadOnlyList<InspectedArticle> Inspect(
        IReadOnlyList<CorpusFile> files, TextWriter error, string catalogClassName = DefaultClassName, WorkProgress? progress = null)
    {
        progress?.SetTotal(files.Count);
        var parsed = new List<(CorpusFile File, ParsedArticle Article)>();
        foreach (var file in files)
        {
            if (TryParse(file, error) is { } article) parsed.Add((file, article));
            progress?.Advance();
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
