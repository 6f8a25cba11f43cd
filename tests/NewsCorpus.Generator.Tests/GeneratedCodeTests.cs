using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsCorpus.Generator.Tests.TestHelpers;
using Xunit;

namespace NewsCorpus.Generator.Tests;

/// <summary>What every generated file must be: compilable without a warning, marked, stable.</summary>
public class GeneratedCodeTests
{
    [Theory]
    [InlineData(LanguageVersion.Latest, "internal")]
    [InlineData(LanguageVersion.Latest, "public")]
    [InlineData(LanguageVersion.CSharp11, "public")]
    [InlineData(LanguageVersion.CSharp10, "public")]
    [InlineData(LanguageVersion.CSharp8, "internal")]
    [InlineData(LanguageVersion.CSharp7_3, "public")]
    public void Output_compiles_without_any_diagnostic_with_warnings_as_errors(LanguageVersion version, string visibility)
    {
        // Documentation comments are checked (DocumentationMode.Diagnose), so public output must document every member.
        var properties = new Dictionary<string, string> { ["RootNamespace"] = "Newsroom", ["NewsCorpusVisibility"] = visibility };
        var (output, result) = new GeneratorHarness(TestCorpus.All(), properties, version).Run();

        Assert.Empty(result.Diagnostics.Where(d => d.Severity > DiagnosticSeverity.Info));
        Assert.Empty(output.GetDiagnostics());
        // The blocks, the catalog and its table of ids.
        Assert.Equal(NewsCorpus.Records.RecordFormat.BlockCount(TestCorpus.All().Count) + 2, result.GeneratedTrees.Length);
    }

    [Theory]
    [InlineData("sv-SE")]
    [InlineData("fa-IR")]
    [InlineData("ar-SA")]
    public void Output_is_the_same_whatever_the_culture_of_the_build_machine(string culture)
    {
        var (_, invariant) = new GeneratorHarness(TestCorpus.All()).Run();
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            var (output, localised) = new GeneratorHarness(TestCorpus.All()).Run();

            Assert.Empty(output.GetDiagnostics());
            Assert.Equal(GeneratorHarness.Sources(invariant), GeneratorHarness.Sources(localised));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Theory]
    [InlineData(LanguageVersion.Latest, true)]
    [InlineData(LanguageVersion.CSharp11, true)]
    [InlineData(LanguageVersion.CSharp10, false)]
    public void Bodies_in_code_are_utf8_literals_from_csharp_11_and_string_literals_before(LanguageVersion version, bool utf8)
    {
        var (_, result) = new GeneratorHarness([TestCorpus.Seed()], languageVersion: version).Run();

        var source = GeneratorHarness.Sources(result)["Articles.Block000.g.cs"];

        Assert.Equal(utf8, source.Contains("\"u8);", StringComparison.Ordinal));
        Assert.Contains("private static string _Records0 => \"\\u0001", source, StringComparison.Ordinal); // packed UTF-8, whatever the version
    }

    [Theory]
    [InlineData(LanguageVersion.Latest, "0", 2)]           // every block past the budget: UTF-8
    [InlineData(LanguageVersion.Latest, "first block", 1)] // the first block within it, the second past it
    [InlineData(LanguageVersion.Latest, "6000000", 0)]     // all within the default budget
    [InlineData(LanguageVersion.CSharp10, "0", 0)]         // no UTF-8 literals before C# 11
    public void Records_past_the_string_budget_are_utf8_literals_and_read_back_alike(LanguageVersion version, string budget, int utf8Blocks)
    {
        var files = Enumerable.Range(0, 200).Select(i => new CorpusFile($"wire/story-{i:D3}.txt", $"Story {i}\n\nThe minister said that plan {i} was approved.\n")).ToList();
        if (budget == "first block")
        {
            var (_, plain) = new GeneratorHarness(files).Run();
            budget = plain.Results.Single().TrackedSteps[TrackingNames.Articles].SelectMany(step => step.Outputs)
                .Select(output => (NewsCorpus.Generator.Model.ArticleModel)output.Value).OrderBy(model => model.Path, StringComparer.Ordinal)
                .Take(NewsCorpus.Records.RecordFormat.BlockSize).Sum(model => model.Record.Length).ToString(CultureInfo.InvariantCulture);
        }

        var properties = new Dictionary<string, string>(GeneratorHarness.DefaultProperties) { ["NewsCorpusRecordStringBudget"] = budget };
        var (output, result) = new GeneratorHarness(files, properties, version).Run();

        Assert.Empty(output.GetDiagnostics());
        var sources = GeneratorHarness.Sources(result);
        Assert.Equal(utf8Blocks, sources.Where(pair => pair.Key.Contains("Block", StringComparison.Ordinal)).Count(pair => pair.Value.Contains("\"u8;", StringComparison.Ordinal)));
        var all = RoundTrip.Catalog(output, "Newsroom.Articles");
        Assert.Equal(200, all.Count);
        Assert.All(all, article => Assert.Equal("The minister", article.Quotes.Single().Speaker));
        Assert.Equal("Story 199", all[199].Title);
    }

    [Fact]
    public void Every_file_is_marked_generated_uses_LF_and_qualifies_framework_names()
    {
        var (_, result) = new GeneratorHarness(TestCorpus.All()).Run();

        var sources = GeneratorHarness.Sources(result);
        // The attribute is on the catalog class; each block's file is a part of that class.
        Assert.Contains("[global::System.CodeDom.Compiler.GeneratedCode(\"NewsCorpus.Generator\"", sources["Articles.g.cs"], StringComparison.Ordinal);
        foreach (var (hintName, source) in sources)
        {
            Assert.StartsWith("// <auto-generated/>\n", source, StringComparison.Ordinal);
            Assert.DoesNotContain('\r', source);
            Assert.Contains("internal static partial class Articles\n", source, StringComparison.Ordinal);
            Assert.DoesNotContain(" System.", source.Replace("global::System.", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.EndsWith(".g.cs", hintName, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Input_order_does_not_change_a_single_byte_of_output_nor_the_diagnostics()
    {
        // Colliding names make the order matter inside the generator; the output must not show it.
        IReadOnlyList<CorpusFile> files =
        [
            .. TestCorpus.All(),
            new CorpusFile("sport/harbour-strike.txt", "A second article with the same name.\nDiscussion about this post"),
            new CorpusFile("Harbour_Strike.txt", "A third one, differing in case and punctuation."),
        ];
        var (_, forward) = new GeneratorHarness(files).Run();
        var (_, backward) = new GeneratorHarness(files.Reverse()).Run();

        Assert.Equal(
            GeneratorHarness.Sources(forward).OrderBy(p => p.Key, StringComparer.Ordinal),
            GeneratorHarness.Sources(backward).OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(1, forward.Diagnostics.Count(d => d.Id == "NC0013"));
        Assert.Equal(Describe(forward.Diagnostics), Describe(backward.Diagnostics));
    }

    [Fact]
    public void Two_builds_of_the_same_corpus_give_byte_identical_assemblies()
    {
        // As two builds of one project: separate generator runs over the same files. (The compiler keeps generated
        // files in the order of its inputs, and MSBuild lists a glob's files sorted, so that order is the same too.)
        IReadOnlyList<CorpusFile> files = [.. TestCorpus.All(), new CorpusFile("sport/harbour-strike.txt", "Another harbour strike.")];

        Assert.Equal(Build(files), Build(files));
    }

    private static byte[] Build(IEnumerable<CorpusFile> files)
    {
        var (output, _) = new GeneratorHarness(files).Run();
        using var image = new System.IO.MemoryStream();
        Assert.True(output.Emit(image).Success);
        return image.ToArray();
    }

    [Fact]
    public void A_build_cancelled_while_reading_an_article_stops_instead_of_reporting_it_unreadable()
    {
        using var cancellation = new System.Threading.CancellationTokenSource();
        var harness = new GeneratorHarness([TestCorpus.Seed(), new CancellingFile("late.txt", cancellation)]);

        Assert.ThrowsAny<OperationCanceledException>(() => harness.Driver.RunGenerators(harness.Compilation, cancellation.Token));
    }

    /// <summary>An article whose reading is under way when the IDE cancels the run.</summary>
    private sealed class CancellingFile(string relativePath, System.Threading.CancellationTokenSource cancellation) : CorpusFile(relativePath, "Text.")
    {
        public override Microsoft.CodeAnalysis.Text.SourceText GetText(System.Threading.CancellationToken cancellationToken = default)
        {
            cancellation.Cancel();
            cancellationToken.ThrowIfCancellationRequested();
            return base.GetText(cancellationToken);
        }
    }

    public static TheoryData<string, LanguageVersion> HostileTexts => new()
    {
        { "Title\n\n\"Quoted\" \\ back\\slash */ {braces} #if\u2028line\u2029para \u0085 nel \u0001 soh \u001B esc \u200F rtl 😀 <xml> & \"\"\" end", LanguageVersion.Latest },
        { "Title\n\n\"Quoted\" \\ back\\slash */ {braces} #if\u2028line\u2029para \u0085 nel \u0001 soh \u001B esc \u200F rtl 😀 <xml> & \"\"\" end", LanguageVersion.CSharp10 },
        { "Title with \uFFFE and \uFFFF\n\nA lone \uD800 high and \uDC00 low surrogate, kept as they are.", LanguageVersion.Latest },
        { "Title with \uFFFE and \uFFFF\n\nA lone \uD800 high and \uDC00 low surrogate, kept as they are.", LanguageVersion.CSharp10 },
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Text_with_hostile_characters_reads_back_exactly_through_the_generated_literal(string hostile, LanguageVersion version)
    {
        var (output, _) = new GeneratorHarness([new CorpusFile("hostile.txt", hostile)], languageVersion: version).Run();

        Assert.Empty(output.GetDiagnostics());
        Assert.Equal(hostile, RoundTrip.ArticleText(output, "hostile"));
    }

    [Fact]
    public void Split_statements_and_resolved_speakers_read_back_through_the_generated_api()
    {
        const string text = "Senator Ana Ruiz spoke first.\n\n“We will vote,” she said. “Then we will see.”\n\nShe added that the talks would go on.\n";
        var (output, _) = new GeneratorHarness([new CorpusFile("2024-06-01-vote.txt", text)]).Run();

        var article = RoundTrip.Catalog(output, "Newsroom.Articles").Single();
        var split = article.Quotes[0];
        Assert.Equal(["We will vote", "Then we will see."], split.Segments.Select(s => text.Substring(s.Start, s.Length)));
        Assert.Equal("We will vote. Then we will see.", split.Text);
        Assert.Equal(("she", (string?)null), (split.Speaker, split.ResolvedSpeaker));
        Assert.Equal(["said", "added"], article.Quotes.Select(q => q.Cue));
        Assert.Empty(article.Speakers); // "she" resolves to no earlier speaker, so names no one
    }

    [Fact]
    public void Quotes_by_a_name_match_whole_words_only()
    {
        const string text = "Officials said that the bridge would reopen.\n\nShe said that the vote was fair.\n\nThe head of the union said that he agreed.\n";
        var (output, _) = new GeneratorHarness([new CorpusFile("names.txt", text)]).Run();

        var catalog = Load(output);
        Assert.Empty(QuotesBy(catalog, "he"));
        Assert.Single(QuotesBy(catalog, "she"));
        Assert.Single(QuotesBy(catalog, "Union"));
        Assert.Throws<System.Reflection.TargetInvocationException>(() => QuotesBy(catalog, " "));
    }

    private static Type Load(Compilation output) => RoundTrip.GeneratedType(output, "Newsroom.Articles");

    private static IEnumerable<Quote> QuotesBy(Type catalog, string name) =>
        (IEnumerable<Quote>)catalog.GetMethod("QuotesBy")!.Invoke(null, [name])!;

    [Fact]
    public void Quote_kinds_have_the_same_numbers_in_the_analysis_and_in_the_runtime()
    {
        // The generator writes the analysis' kind as an int that the runtime casts back to QuoteKind.
        Assert.Equal(
            Enum.GetValues<NewsCorpus.Text.Quotes.ParsedQuoteKind>().Select(k => (k.ToString(), (int)k)),
            Enum.GetValues<QuoteKind>().Select(k => (k.ToString(), (int)k)));
    }

    private static IEnumerable<string> Describe(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan()} {d.GetMessage(CultureInfo.InvariantCulture)}").Order(StringComparer.Ordinal);

    [Fact]
    public void Generated_catalog_exposes_typed_articles_with_their_metadata()
    {
        var (output, _) = new GeneratorHarness(TestCorpus.All()).Run();

        var all = RoundTrip.Catalog(output, "Newsroom.Articles");

        Assert.Equal(["2022-10-09-zgjedhjet-në-qytet.txt", "2023-03-02-blinken-lavrov-g20.txt", "2024-05-14-harbour-strike.txt", "de/2021-09-27-wahlabend.txt"],
            all.Select(a => a.Path));
        var harbour = all.Single(a => a.Id == "harbour-strike");
        Assert.Equal("Harbour workers end strike after pay deal", harbour.Title);
        Assert.Equal("en", harbour.Language);
        Assert.Equal(new DateTime(2024, 5, 14), harbour.Published);
        Assert.Equal(4, harbour.Paragraphs.Count);
        Assert.Equal(
            [
                "We did not get everything we asked for, but we got a fair deal",
                "the backlog of container ships would be cleared by the weekend",
                "Nobody wins when the cranes stand still.",
                "the strike was costing the region’s economy millions every day",
            ],
            harbour.Quotes.Select(q => q.Text));
        Assert.Equal(["union organiser Dana Reyes", "The port authority", "Its chair, Tom Ellery", "Shipping firms"], harbour.Quotes.Select(q => q.Speaker));
        Assert.Equal(["told", "said", "said", "had warned"], harbour.Quotes.Select(q => q.Cue));
        Assert.Equal([QuoteKind.Direct, QuoteKind.Indirect, QuoteKind.Direct, QuoteKind.Indirect], harbour.Quotes.Select(q => q.Kind));

        var albanian = all.Single(a => a.Id == "zgjedhjet-në-qytet");
        Assert.Equal(("sq", "ATA"), (albanian.Language, albanian.Source));
        Assert.Equal("Numërimi i votave do të vazhdojë gjatë natës.", albanian.Paragraphs[^1].Text);

        var german = all.Single(a => a.Id == "wahlabend");
        Assert.Equal("de", german.Language);
        Assert.Equal(
            ["sie sei mit dem Ergebnis zufrieden", "Wir haben in allen Stadtteilen zugelegt", "schwierigen Abend", "die Zahlen genau zu prüfen"],
            german.Quotes.Select(q => q.Text));
        Assert.Equal(["die Kandidatin", "sie", "Ihr Gegner", "Ihr Gegner"], german.Quotes.Select(q => q.Speaker));
        Assert.Equal("die Kandidatin", german.Quotes[1].ResolvedSpeaker);
    }
}
