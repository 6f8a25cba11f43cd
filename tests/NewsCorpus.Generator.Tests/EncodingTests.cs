using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using NewsCorpus.Generator.Tests.TestHelpers;
using Xunit;

namespace NewsCorpus.Generator.Tests;

/// <summary>The encodings an article file may come in, read from bytes as the compiler reads them (byte-order mark detection).</summary>
public sealed class EncodingTests
{
    private const string Article = "Zgjedhjet në qytet\n\n„Wir haben gewonnen“, tha kryetari. 😀\n";

    public static TheoryData<string> Encodings => new() { "utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom" };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Utf8_with_or_without_bom_and_utf16_with_bom_read_back_the_same_text(string encoding)
    {
        byte[] bytes = encoding switch
        {
            "utf-8" => new UTF8Encoding(false).GetBytes(Article),
            "utf-8-bom" => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Article)],
            "utf-16le-bom" => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(Article)],
            _ => [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(Article)],
        };
        var file = new BytesFile("zgjedhjet.txt", SourceText.From(new MemoryStream(bytes), encoding: null));
        var (output, result) = new GeneratorHarness([file]).Run();

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics());
        Assert.Equal(Article, RoundTrip.ArticleText(output, "zgjedhjet"));
    }

    /// <summary>An article whose text the compiler decoded from bytes.</summary>
    private sealed class BytesFile(string relativePath, SourceText text) : CorpusFile(relativePath, string.Empty)
    {
        public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => text;
    }
}
