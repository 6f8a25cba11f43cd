using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NewsCorpus.Generator.Tests.TestHelpers;

/// <summary>
/// What MSBuild would hand the generator: global build properties, and per-file metadata for the
/// additional files that NewsCorpus.targets marks as articles.
/// </summary>
public sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly DictionaryOptions _global;
    private readonly HashSet<string> _nonArticles;

    public TestOptionsProvider(IReadOnlyDictionary<string, string> buildProperties, IEnumerable<string>? nonArticlePaths = null)
    {
        var global = new Dictionary<string, string>();
        foreach (var (name, value) in buildProperties) global["build_property." + name] = value;
        _global = new DictionaryOptions(global);
        _nonArticles = new HashSet<string>(nonArticlePaths ?? []);
    }

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
    {
        if (textFile is not CorpusFile file || _nonArticles.Contains(textFile.Path)) return DictionaryOptions.Empty;
        var metadata = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.NewsCorpusArticle"] = "true" };
        if (file.SendsRelativePath) metadata["build_metadata.AdditionalFiles.NewsCorpusRelativePath"] = file.RelativePath;
        if (file.Resource is not null) metadata["build_metadata.AdditionalFiles.NewsCorpusResource"] = file.Resource;
        return new DictionaryOptions(metadata);
    }

    private sealed class DictionaryOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new([]);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }
}
