using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace NewsCorpus.Generator.Tests.TestHelpers;

/// <summary>An article file as the generator sees it: an additional file under the corpus folder.</summary>
public class CorpusFile : AdditionalText
{
    private readonly SourceText _text;

    /// <param name="relativePath">The path under the corpus folder.</param>
    /// <param name="text">The article's text.</param>
    /// <param name="fullPath">The file's full path; by default /project/corpus/ + the relative path.</param>
    /// <param name="sendsRelativePath">False for a file marked as an article by hand, without NewsCorpusRelativePath.</param>
    /// <param name="encoding">The encoding the compiler says it read the file with.</param>
    public CorpusFile(string relativePath, string text, string? fullPath = null, bool sendsRelativePath = true, System.Text.Encoding? encoding = null)
    {
        RelativePath = relativePath;
        SendsRelativePath = sendsRelativePath;
        Path = fullPath ?? "/project/corpus/" + relativePath;
        _text = SourceText.From(text, encoding ?? System.Text.Encoding.UTF8);
    }

    /// <summary>The manifest resource NewsCorpus.targets embeds the file as (when NewsCorpusEmbedAsResources is on).</summary>
    public string Resource => NewsCorpus.Records.ArticlePaths.ResourceNameOf(RelativePath);

    /// <summary>The file's bytes as they would be on disk (with the encoding's byte-order mark), embedded under <see cref="Resource"/>.</summary>
    public ResourceDescription AsResource(string? text = null)
    {
        var encoding = _text.Encoding ?? System.Text.Encoding.UTF8;
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(text ?? _text.ToString())];
        return new ResourceDescription(Resource, () => new System.IO.MemoryStream(bytes), isPublic: true);
    }

    /// <summary>The path under the corpus folder.</summary>
    public string RelativePath { get; }

    /// <summary>For a file outside the corpus folder: whether it names <see cref="RelativePath"/> in NewsCorpusRelativePath.</summary>
    public bool SendsRelativePath { get; }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
