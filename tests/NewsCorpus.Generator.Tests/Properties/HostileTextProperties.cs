using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsCorpus.Generator.Tests.TestHelpers;
using Xunit;

namespace NewsCorpus.Generator.Tests.Properties;

/// <summary>
/// Random article texts from the nasty parts of Unicode and of C# and XML syntax, mixed with news-like text:
/// the generator never throws, its code compiles with no diagnostic at all (warnings are errors here), and every
/// article reads back exactly as written. The one documented exception: a file holding NUL is binary and is left
/// out with NC0010; a file with no article text is left out with NC0001.
/// </summary>
public sealed class HostileTextProperties
{
    private static readonly string[] Hostile =
    [
        "\u2028", "\u2029", "\u0085", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\0", "\u0001", "\u0007", "\u001B", "\u007F", "\u200B",
        "\u200E", "\u200F", "\u202E", "\u2066", "\u0301", "e\u0301", "\u0308", "😀", "👩‍👩‍👧", "\uFEFF", "\uFFFD", "\uFFFE", "\uFFFF",
        "*/", "/*", "//", "\"\"\"", "\"\"\"\"", "\"", "\\", "\\u0041", "{", "}", "{{", "}}", "$\"{x}\"", "#", "#if DEBUG", "#endregion",
        "<", ">", "&", "&amp;", "]]>", "<!--", "</summary>", "<see cref=\"X\"/>", "\t", "\v", "\f", "\r", "\n", "\r\n", "\n\n", " ",
        "“", "”", "„", "‟", "«", "»", "‹", "›", "‘", "’", "‚", "'", "''", "「", "」", "『", "』", "—", "–", "…",
    ];

    private static readonly string[] Newsy =
    [
        "Harbour workers end strike", "The minister said", "said", "told reporters", "according to officials,", "“We will win,” she said.",
        "Zyrtarët amerikanë thanë se", "Ai tha se", "„Wir haben gewonnen“, sagte sie.", "« C’est fini », a-t-il dit.", "/VOA", "(Reuters)",
        "— AP", "---", "title: Strike", "date: 2024-05-14", "By Jane Doe", "WASHINGTON —", "on 24 February 2022", "të enjten",
        "Discussion about this post", "Sen. Claire McCaskill (D-Mo.) said", "he", ". ", ", ", "\n", "\n\n",
    ];

    private static readonly Gen<string> Fragment = Gen.Frequency(
        (5, Gen.OneOf(Hostile)),
        (5, Gen.OneOf(Newsy)),
        (2, Gen.Char.Select(c => c.ToString())),
        (2, Gen.OneOf(Hostile).Select(h => "\n" + h)),
        (1, Gen.Int[200, 5000].Select(n => new string('x', n) + " ")));

    private static readonly Gen<string> ArticleText = Fragment.Array[0, 60].Select(string.Concat);

    private static readonly Gen<(string[] Texts, bool Latest)> Corpus = Gen.Select(ArticleText.Array[1, 3], Gen.Bool);

    [Fact]
    public void Any_text_compiles_warning_free_and_reads_back_exactly()
    {
        Corpus.Sample(
            sample => Check(sample.Texts, sample.Latest ? LanguageVersion.Latest : LanguageVersion.CSharp10),
            seed: PropertyRuns.Seed,
            iter: PropertyRuns.Iterations(120),
            print: sample => $"C# {(sample.Latest ? "latest" : "10")}: " + string.Join(", ", sample.Texts.Select(PropertyRuns.Escape)));
    }

    private static void Check(string[] texts, LanguageVersion version)
    {
        var files = texts.Select((text, i) => new CorpusFile($"a{i}.txt", text)).ToList();
        var (output, result) = new GeneratorHarness(files, languageVersion: version).Run();

        Assert.Null(result.Results.Single().Exception);
        Assert.Empty(output.GetDiagnostics());
        Assert.All(result.Diagnostics, d => Assert.StartsWith("NC", d.Id, StringComparison.Ordinal));

        var read = RoundTrip.Catalog(output, "Newsroom.Articles").ToDictionary(a => a.Path, a => a.Text);
        foreach (var file in files)
        {
            var findings = result.Diagnostics.Where(d => d.Location.GetLineSpan().Path == file.Path).Select(d => d.Id).ToList();
            if (file.GetText().ToString().Contains('\0'))
            {
                Assert.Contains("NC0010", findings);
                Assert.False(read.ContainsKey(file.RelativePath));
            }
            else if (read.TryGetValue(file.RelativePath, out var text))
            {
                Assert.Equal(file.GetText().ToString(), text);
            }
            else
            {
                Assert.Contains("NC0001", findings);
            }
        }
    }
}
