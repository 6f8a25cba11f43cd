using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace NewsCorpus.Generator.Tests.TestHelpers;

/// <summary>An article file as the generator sees it: an additional file under the corpus folder.</summary>
public class CorpusFile : AdditionalText
{
    private readonly SourceText _text;

    public CorpusFile(string relativePath, string text)
    {
        RelativePath = relativePath;
        Path = "/project/corpus/" + relativePath;
        _text = SourceText.From(text, System.Text.Encoding.UTF8);
    }

    /// <summary>The path under the corpus folder, as the props pass it in NewsCorpusRelativePath.</summary>
    public string RelativePath { get; }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
