using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsCorpus.Generator.Tests.TestHelpers;

namespace NewsCorpus.Analyzer.Tests.TestHelpers;

/// <summary>
/// The sources the real generator writes for a small corpus (namespace Newsroom, class Articles): the catalog the
/// analyzer checks ids against, as the compiler would hand it over beside the project's own code.
/// </summary>
public static class GeneratedCatalog
{
    /// <summary>The framework and NewsCorpus.dll, as a project referencing the package compiles against.</summary>
    public static readonly ImmutableArray<MetadataReference> References =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(NewsCorpus.Article).Assembly.Location))
            .ToImmutableArray();

    /// <summary>Five articles: ids harbour-strike, harbour-strike-ends, markets-wrap, sport/001 and tech/001 (two files named 001).</summary>
    public static readonly IReadOnlyList<CorpusFile> Files =
    [
        new("2024-05-14-harbour-strike.txt", "Harbour workers strike\n\nDock workers walked out on Monday.\n"),
        new("2024-05-20-harbour-strike-ends.txt", "Harbour strike ends\n\nDock workers returned on Monday.\n"),
        new("business/markets-wrap.txt", "Markets close higher\n\nShares rose on Friday.\n"),
        new("sport/001.txt", "A late goal\n\nThe home side won on Saturday.\n"),
        new("tech/001.txt", "A new phone\n\nA company showed a phone.\n"),
    ];

    /// <summary>Each generated file's hint name and text, for <paramref name="files"/> and the given build properties.</summary>
    public static IReadOnlyList<(string HintName, string Source)> Sources(IEnumerable<CorpusFile>? files = null, IReadOnlyDictionary<string, string>? properties = null)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create("Newsroom", [], References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var buildProperties = new Dictionary<string, string> { ["RootNamespace"] = "Newsroom" };
        foreach (var (name, value) in properties ?? new Dictionary<string, string>()) buildProperties[name] = value;
        var driver = CSharpGeneratorDriver.Create(
            [new NewsCorpus.Generator.CorpusGenerator().AsSourceGenerator()],
            (files ?? Files).Cast<AdditionalText>(),
            parseOptions,
            new TestOptionsProvider(buildProperties));
        var result = driver.RunGenerators(compilation).GetRunResult();
        // A test may cap the typed fields on purpose (NC0012); any other warning is a broken fixture.
        if (result.Diagnostics.Any(d => d.Severity > DiagnosticSeverity.Info && d.Id != NewsCorpus.Text.DiagnosticIds.TypedPropertiesCapped)) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        return result.Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToList();
    }
}
