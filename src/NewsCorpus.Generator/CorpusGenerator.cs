using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsCorpus.Generator.Diagnostics;
using NewsCorpus.Generator.Emit;
using NewsCorpus.Generator.Model;
using NewsCorpus.Records;
using NewsCorpus.Text;
using NewsCorpus.Text.Naming;

namespace NewsCorpus.Generator;

/// <summary>
/// Reads the articles under the project's corpus folder (the AdditionalFiles that NewsCorpus.targets adds) and emits
/// a catalog: one typed field per article, and the articles' records packed in blocks of
/// <see cref="RecordFormat.BlockSize"/>, a generated file each. Each article is analysed on its own (and kept in
/// <see cref="ArticleCache"/> while the compiler process lives), so editing one file re-analyses it alone and
/// rewrites its block alone.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CorpusGenerator : IIncrementalGenerator
{
    /// <summary>
    /// A file the targets pass from outside the corpus folder (one a project marked or added, or a copy of one whose name
    /// the compiler's command line cannot carry) names its path here, escaped (NewsCorpus.Records.ArticlePaths).
    /// </summary>
    private const string LinkedPathMetadata = "build_metadata._NewsCorpusLinkedArticle.NewsCorpusEscapedPath";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        // Only three booleans are taken from the compilation, so a code edit re-runs nothing downstream.
        var settings = context.ParseOptionsProvider
            .Select(static (parse, _) => ((CSharpParseOptions)parse).LanguageVersion)
            .Combine(context.CompilationProvider.Select(static (compilation, _) => (
                Utf8: CanDecodeUtf8Spans(compilation),
                Runtime: compilation.GetTypeByMetadataName("NewsCorpus.Article") is not null,
                Xunit: compilation.GetTypeByMetadataName("Xunit.TheoryData`1") is not null)))
            .Select(static (pair, _) => GeneratedCode.SettingsFor(pair.Left, pair.Right.Utf8, pair.Right.Runtime, pair.Right.Xunit))
            .WithTrackingName(TrackingNames.Settings);

        // One value from the referenced assemblies' names, so a code edit re-runs nothing downstream either.
        var xunit = context.CompilationProvider
            .Select(static (compilation, _) => XunitFlavors.Of(compilation.ReferencedAssemblyNames))
            .WithTrackingName(TrackingNames.Xunit);

        var reading = options.Select(static (o, _) => o.Reading);
        var articleFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider.Select(static (provider, _) => ArticleFiles.From(provider.GlobalOptions)))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => ArticleFileOf(pair.Left.Left, pair.Left.Right, pair.Right))
            .Where(static file => file.RelativePath is not null)
            .WithTrackingName(TrackingNames.ArticleFiles);

        // The per-file step below analyses one file at a time; before it asks, the articles not in the cache yet are
        // analysed on every core, which a cold build (a fresh compiler process) otherwise leaves idle. Its value never
        // changes, so it re-runs nothing downstream.
        var analysedInParallel = articleFiles
            .Collect()
            .Combine(reading)
            .Select(static (pair, cancellationToken) => AnalyseInParallel(pair.Left, pair.Right, cancellationToken));

        var articles = articleFiles
            .Combine(reading)
            .Combine(analysedInParallel)
            .Select(static (pair, cancellationToken) => Parse(pair.Left.Left.File, pair.Left.Left.RelativePath!, pair.Left.Left.Resource, pair.Left.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Articles);

        var nameTable = articles
            .Where(static article => !article.IsEmpty)
            .Select(static (article, _) => (article.FilePath, article.Path))
            .Collect()
            .Combine(options.Select(static (o, _) => o.ClassName))
            .Select(static (pair, _) => BuildNameTable(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.NameTable);

        var namedArticles = articles
            .Where(static article => !article.IsEmpty)
            .Combine(nameTable)
            .Select(static (pair, _) => pair.Right.NamesOf(pair.Left.FilePath) is { } names ? new NamedArticle(pair.Left, names.Id, names.Identifier) : null)
            .Where(static named => named is not null)
            .Select(static (named, _) => named!)
            .WithTrackingName(TrackingNames.NamedArticles)
            .Collect()
            .Select(static (all, _) => CatalogEmitter.InPathOrder(all));

        var layout = namedArticles
            .Combine(settings.Select(static (s, _) => s.Utf8Literals))
            .Combine(options)
            .Select(static (pair, _) => CatalogEmitter.Blocks(pair.Left.Left, pair.Left.Right, pair.Right));

        var blocks = layout
            .SelectMany(static (all, _) => all)
            .WithTrackingName(TrackingNames.Blocks);

        var blockSources = blocks
            .Combine(options.Combine(settings))
            .Select(static (pair, _) => (
                HintName: BlockEmitter.HintName(pair.Right.Left, pair.Left.Number),
                Source: BlockEmitter.Emit(pair.Left, pair.Right.Left, pair.Right.Right)))
            .WithTrackingName(TrackingNames.BlockSources);

        var catalog = layout
            .Select(static (all, _) => CatalogEmitter.ShapeOf(all))
            .WithTrackingName(TrackingNames.CatalogShape)
            .Combine(options.Combine(settings))
            .Select(static (pair, _) => (
                HintName: CatalogEmitter.HintName(pair.Right.Left),
                Source: CatalogEmitter.Emit(pair.Left, pair.Right.Left, pair.Right.Right),
                pair.Left.ArticleCount,
                pair.Right.Left.ClassName,
                pair.Right.Left.MaxTypedProperties))
            .WithTrackingName(TrackingNames.Catalog);

        // Re-run on every edit of an article's text (named articles carry it), but the table comes out equal, so its
        // file is written again only when an id or typed name changes.
        var idTable = namedArticles
            .Combine(options.Select(static (o, _) => o.MaxTypedProperties))
            .Select(static (pair, _) => IdTableEmitter.Table(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.IdTable);

        var idTableSource = idTable
            .Combine(options.Combine(settings))
            .Select(static (pair, _) => (
                HintName: IdTableEmitter.HintName(pair.Right.Left),
                Source: IdTableEmitter.Emit(pair.Left, pair.Right.Left, pair.Right.Right)))
            .WithTrackingName(TrackingNames.IdTableSource);

        // Without NewsCorpus.dll the generated code could only fail with a cascade of CS0246; say it once instead.
        context.RegisterSourceOutput(blockSources.Combine(settings), static (spc, pair) =>
        {
            if (pair.Right.RuntimeReferenced) spc.AddSource(pair.Left.HintName, pair.Left.Source);
        });
        context.RegisterSourceOutput(idTableSource.Combine(settings), static (spc, pair) =>
        {
            if (pair.Right.RuntimeReferenced) spc.AddSource(pair.Left.HintName, pair.Left.Source);
        });
        context.RegisterSourceOutput(catalog.Combine(settings), static (spc, pair) =>
        {
            if (pair.Right.RuntimeReferenced) spc.AddSource(pair.Left.HintName, pair.Left.Source);
            else if (pair.Left.ArticleCount > 0) spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Of(DiagnosticIds.RuntimeNotReferenced), Location.None));
            if (pair.Right.RuntimeReferenced && pair.Left.ArticleCount > pair.Left.MaxTypedProperties)
            {
                spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Of(DiagnosticIds.TypedPropertiesCapped), Location.None,
                    pair.Left.ArticleCount.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), pair.Left.ClassName,
                    pair.Left.MaxTypedProperties.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
            }
        });

        context.RegisterSourceOutput(options.Combine(settings).Combine(xunit), static (spc, pair) =>
        {
            var ((options, settings), xunit) = pair;
            if (settings.RuntimeReferenced && xunit != XunitFlavor.None) spc.AddSource(TestDataEmitter.HintName(options), TestDataEmitter.Emit(options, settings, xunit));
        });

        // Diagnostics have outputs of their own so that reporting them never defeats caching of sources.
        context.RegisterSourceOutput(articles.Select(static (article, _) => article.Diagnostics), Report);
        context.RegisterSourceOutput(nameTable.Select(static (table, _) => table.Diagnostics), Report);
        context.RegisterSourceOutput(options.Select(static (o, _) => o.Diagnostics), Report);
    }

    /// <summary>
    /// The file with its path under the corpus folder and whether its body is the manifest resource the targets embed:
    /// a <c>.txt</c> or <c>.md</c> file under the corpus folder is an article by where it is (no metadata per file, which would cost
    /// every build a section of the generated editorconfig per article); a file from elsewhere, or one given a path of
    /// its own (Link), says so in metadata.
    /// </summary>
    private static (AdditionalText File, string? RelativePath, bool Resource) ArticleFileOf(AdditionalText file, ArticleFiles articleFiles, AnalyzerConfigOptionsProvider options)
    {
        // A path in metadata wins over the place: a file under the corpus folder with a Link of its own carries one.
        if (articleFiles.MayBeLinked && options.GetOptions(file).TryGetValue(LinkedPathMetadata, out var escaped) && ArticlePaths.Unescape(escaped.Trim()) is { Length: > 0 } path)
        {
            // A path that leaves the project (marked by hand from a folder beside it) places the file by its name.
            return (file, path.StartsWith("../", System.StringComparison.Ordinal) ? path.Substring(path.LastIndexOf('/') + 1) : path, false);
        }

        return (file, articleFiles.RelativePathOf(file.Path), articleFiles.EmbedAsResources);
    }

    /// <summary>Fills <see cref="ArticleCache"/> with the analyses of <paramref name="files"/>, on as many threads as there are cores.</summary>
    private static bool AnalyseInParallel(ImmutableArray<(AdditionalText File, string? RelativePath, bool Resource)> files, ReadingOptions reading, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            System.Threading.Tasks.Parallel.ForEach(
                files,
                new System.Threading.Tasks.ParallelOptions { CancellationToken = cancellationToken },
                file => Parse(file.File, file.RelativePath!, file.Resource, reading, cancellationToken));
        }
        catch (System.AggregateException exception) when (exception.InnerExceptions.Any(e => e is System.OperationCanceledException))
        {
            throw new System.OperationCanceledException(cancellationToken);
        }

        return true;
    }

    private static ArticleModel Parse(AdditionalText file, string relativePath, bool resource, ReadingOptions reading, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            var text = file.GetText(cancellationToken);
            if (text is null) return ArticleModelFactory.Unreadable(file.Path, relativePath, "the compiler could not read the file.");
            string content = text.ToString();
            string? legacyEncoding = null;
            if (!IsUnicode(text.Encoding) && !reading.CodePageDeclared)
            {
                // Articles are UTF-8 unless the project declares a code page. The compiler guessed a legacy code
                // page because some bytes are not UTF-8: where its bytes come back exactly, decode them as UTF-8,
                // so the stray bytes read as U+FFFD and the parser names their line, as the CLI does.
                if (RecoverUtf8(content, text.Encoding!) is { } recovered) content = recovered;
                else legacyEncoding = text.Encoding!.WebName;
            }

            // UTF-8 takes at most 3 bytes per UTF-16 unit, so most articles need no byte count at all.
            long size = content.Length * 3L <= reading.MaxArticleSize ? 0 : System.Text.Encoding.UTF8.GetByteCount(content);
            if (size > reading.MaxArticleSize)
            {
                return ArticleModelFactory.LeftOut(file.Path, relativePath, DiagnosticIds.ArticleTooLarge,
                    $"Article '{relativePath}' is {Bytes(size)} bytes, over the NewsCorpusMaxArticleSize of {Bytes(reading.MaxArticleSize)} bytes; it is left out. Split it, or raise the property if it really is one article.");
            }

            // The body is read back from the resource at run time only where that gives the text analysed here: a
            // Markdown file's resource would hold its markup, so its plain text is carried in generated code.
            bool bodyIsResource = resource && legacyEncoding is null && DecodesAsTheRuntimeDoes(text.Encoding)
                && !NewsCorpus.Text.Markdown.MarkdownArticle.IsMarkdownPath(relativePath);
            var key = ArticleCache.Key.Of(file.Path, relativePath, bodyIsResource, content);
            var model = ArticleCache.Find(key);
            if (model is null)
            {
                model = ArticleModelFactory.Create(ArticleParser.Parse(content, relativePath, cancellationToken), file.Path, bodyIsResource);
                ArticleCache.Add(key, model);
            }

            return legacyEncoding is null ? model : ArticleModelFactory.WithLegacyEncoding(model, legacyEncoding);
        }
        catch (System.Exception exception) when (exception is not System.OperationCanceledException)
        {
            return ArticleModelFactory.Unreadable(file.Path, relativePath,
                $"{exception.GetType().Name}: {exception.Message} (if the file reads fine elsewhere, this is a NewsCorpus bug; please report it).");
        }
    }

    private static string Bytes(long count) => count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The file's bytes decoded as UTF-8 (invalid bytes as U+FFFD), if <paramref name="encoding"/> gives them back exactly.</summary>
    private static string? RecoverUtf8(string content, System.Text.Encoding encoding)
    {
        byte[] bytes = encoding.GetBytes(content);
        return encoding.GetString(bytes) == content ? NewsCorpus.Text.Decoding.ArticleDecoder.Decode(bytes) : null;
    }

    /// <summary>
    /// The compiler reads a file that is not valid UTF-8 with a legacy code page instead; its
    /// non-ASCII characters may then be wrong, which must not pass silently.
    /// </summary>
    private static bool IsUnicode(System.Text.Encoding? encoding) =>
        encoding is null || encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001;

    /// <summary>
    /// Whether the runtime, which decodes a resource's bytes as UTF-8 or after a byte-order mark as UTF-16 (ByteOrderMark),
    /// gets the text the compiler read; any other file keeps its body in a literal.
    /// </summary>
    private static bool DecodesAsTheRuntimeDoes(System.Text.Encoding? encoding) => encoding?.CodePage is 65001 or 1200 or 1201;

    private static NameTable BuildNameTable(ImmutableArray<(string FilePath, string Path)> articles, string catalogClassName)
    {
        var assigned = IdentifierAssigner.Assign(articles, catalogClassName);
        var rows = new List<NameTableRow>(assigned.Count);
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var name in assigned)
        {
            rows.Add(new NameTableRow(name.Key, name.Id, name.Identifier));
            if (name.IdNotice is { } idNotice) diagnostics.Add(DiagnosticInfo.AtFileStart(DiagnosticIds.IdentifierCollision, idNotice, name.Key));
            if (name.IdentifierNotice is { } notice) diagnostics.Add(DiagnosticInfo.AtFileStart(DiagnosticIds.TypedNameChanged, notice, name.Key));
        }

        rows.Sort((a, b) => string.CompareOrdinal(a.FilePath, b.FilePath));
        return new NameTable(rows.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>Whether Encoding.GetString(ReadOnlySpan&lt;byte&gt;) exists to decode UTF-8 literals (.NET Core 2.1+).</summary>
    private static bool CanDecodeUtf8Spans(Compilation compilation)
    {
        var encoding = compilation.GetTypeByMetadataName("System.Text.Encoding");
        if (encoding is null) return false;
        foreach (var member in encoding.GetMembers("GetString"))
        {
            if (member is IMethodSymbol { Parameters.Length: 1 } method
                && method.Parameters[0].Type is INamedTypeSymbol { Name: "ReadOnlySpan", TypeArguments.Length: 1 } span
                && span.TypeArguments[0].SpecialType == SpecialType.System_Byte)
            {
                return true;
            }
        }

        return false;
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics) context.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(diagnostic));
    }
}
