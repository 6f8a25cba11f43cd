using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NewsCorpus.Generator.Tests.TestHelpers;

/// <summary>
/// What MSBuild would hand the generator: global build properties, including the corpus folder that NewsCorpus.targets
/// names (every .txt file under /project/corpus/ is an article), and per-file metadata only for files from elsewhere
/// that a project marked as articles by hand.
/// </summary>
public sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    public const string ProjectDirectory = "/project/";

    public const string CorpusFolder = ProjectDirectory + "corpus/";

    private readonly DictionaryOptions _global;

    public TestOptionsProvider(IReadOnlyDictionary<string, string> buildProperties)
    {
        var global = new Dictionary<string, string>
        {
            ["build_property.NewsCorpusRootFull"] = CorpusFolder,
            ["build_property.NewsCorpusEmbedAsResources"] = "false",
            ["build_property.NewsCorpusHasLinkedArticles"] = "true",
        };
        foreach (var (name, value) in buildProperties) global["build_property." + name] = value;
        _global = new DictionaryOptions(global);
    }

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    /// <summary>
    /// A file outside the corpus folder gets the metadata the build task gives a hand-marked article: its path relative
    /// to the project, escaped; a file under it only if its path is not the one its place gives (a Link of its own) or
    /// it is not a .txt file (one the project included by another extension).
    /// </summary>
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
    {
        if (textFile is not CorpusFile file) return DictionaryOptions.Empty;
        if (file.Path.StartsWith(CorpusFolder, System.StringComparison.Ordinal))
        {
            bool knownByPlace = file.Path.Substring(CorpusFolder.Length) == file.RelativePath && file.RelativePath.EndsWith(".txt", System.StringComparison.Ordinal);
            return knownByPlace ? DictionaryOptions.Empty : Linked(file.RelativePath);
        }

        string relative = file.SendsRelativePath ? file.RelativePath
            : file.Path.StartsWith(ProjectDirectory, System.StringComparison.Ordinal) ? file.Path.Substring(ProjectDirectory.Length)
            : "../" + System.IO.Path.GetFileName(file.Path);
        return Linked(relative);
    }

    private static DictionaryOptions Linked(string relative) =>
        new(new Dictionary<string, string> { ["build_metadata._NewsCorpusLinkedArticle.NewsCorpusEscapedPath"] = NewsCorpus.Records.ArticlePaths.Escape(relative) });

    private sealed class DictionaryOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new([]);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }
}
