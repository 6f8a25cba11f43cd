extern alias generator;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace NewsCorpus.Benchmarks;

/// <summary>An article file as the compiler hands it to the generator: read from disk, decoded with BOM detection, on first use.</summary>
internal sealed class ArticleFile(string path, string relativePath) : AdditionalText
{
    public override string Path { get; } = path;

    public string RelativePath { get; } = relativePath;

    public override SourceText GetText(CancellationToken cancellationToken = default)
    {
        using var stream = File.OpenRead(Path);
        return SourceText.From(stream);
    }
}

/// <summary>
/// What NewsCorpus.props and .targets tell the generator: the root namespace, the corpus folder (every .txt file under
/// it is an article) and that each is embedded as a manifest resource (so bodies are read from resources, as in a real build).
/// </summary>
internal sealed class ArticleOptions(string corpusRoot) : AnalyzerConfigOptionsProvider
{
    /// <summary>The resource name NewsCorpus.targets gives an article file.</summary>
    public static string ResourceName(string relativePath) => generator::NewsCorpus.Records.ArticlePaths.ResourceNameOf(relativePath);

    /// <summary>What a project compiling generated articles references: the framework's assemblies and NewsCorpus.dll.</summary>
    public static IEnumerable<MetadataReference> References() =>
        ((string)System.AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", System.StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(NewsCorpus.Article).Assembly.Location)
            .Distinct()
            .Select(path => MetadataReference.CreateFromFile(path));

    private readonly Options _global = new(new Dictionary<string, string>
    {
        ["build_property.RootNamespace"] = "Bench",
        ["build_property.NewsCorpusRootFull"] = corpusRoot.Replace('\\', '/').TrimEnd('/') + "/",
        ["build_property.NewsCorpusEmbedAsResources"] = "true",
    });

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new([]);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
