using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NewsCorpus.Generator.Tests.TestHelpers;

/// <summary>
/// Runs <see cref="CorpusGenerator"/> in-process through <see cref="CSharpGeneratorDriver"/>, the way
/// the compiler does, with step tracking on so tests can assert what was cached.
/// </summary>
public sealed class GeneratorHarness
{
    public static readonly IReadOnlyDictionary<string, string> DefaultProperties =
        new Dictionary<string, string> { ["RootNamespace"] = "Newsroom" };

    private static readonly Lazy<ImmutableArray<MetadataReference>> FrameworkReferences = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    /// <summary>xunit's core assembly, as a test project references it.</summary>
    public static readonly MetadataReference XunitReference = MetadataReference.CreateFromFile(typeof(Xunit.TheoryData<>).Assembly.Location);

    private static readonly MetadataReference RuntimeReference = MetadataReference.CreateFromFile(typeof(NewsCorpus.Article).Assembly.Location);

    public GeneratorHarness(
        IEnumerable<CorpusFile> files,
        IReadOnlyDictionary<string, string>? properties = null,
        LanguageVersion languageVersion = LanguageVersion.Latest,
        string userSource = "",
        bool referenceRuntime = true,
        IEnumerable<MetadataReference>? references = null,
        string assemblyName = "Newsroom",
        bool trackSteps = true)
    {
        ParseOptions = new CSharpParseOptions(languageVersion, DocumentationMode.Diagnose);
        Files = files.ToImmutableArray();
        Options = new TestOptionsProvider(properties ?? DefaultProperties);
        Compilation = CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(userSource, ParseOptions, path: "User.cs")],
            (referenceRuntime ? FrameworkReferences.Value.Add(RuntimeReference) : FrameworkReferences.Value).AddRange(references ?? []),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: languageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                // As TreatWarningsAsErrors does: a warning anywhere, the generator's included, fails the build.
                generalDiagnosticOption: ReportDiagnostic.Error,
                deterministic: true));
        Driver = CSharpGeneratorDriver.Create(
            [new CorpusGenerator().AsSourceGenerator()],
            Files,
            ParseOptions,
            Options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    public CSharpParseOptions ParseOptions { get; }

    public ImmutableArray<CorpusFile> Files { get; private set; }

    public TestOptionsProvider Options { get; }

    public CSharpCompilation Compilation { get; private set; }

    public GeneratorDriver Driver { get; private set; }

    /// <summary>Runs the generator and returns the compilation with its output.</summary>
    public (Compilation Output, GeneratorDriverRunResult Result) Run()
    {
        Driver = Driver.RunGeneratorsAndUpdateCompilation(Compilation, out var output, out _);
        return (output, Driver.GetRunResult());
    }

    /// <summary>Replaces one article's text, as an edit in the IDE does.</summary>
    public void Edit(string relativePath, string newText)
    {
        var old = Files.Single(f => f.RelativePath == relativePath);
        var edited = new CorpusFile(relativePath, newText);
        Files = Files.Replace(old, edited);
        Driver = Driver.ReplaceAdditionalText(old, edited);
    }

    /// <summary>Changes the compilation's options, as NoWarn or WarningsAsErrors in the project file do.</summary>
    public void Configure(Func<CompilationOptions, CompilationOptions> configure) => Compilation = Compilation.WithOptions((CSharpCompilationOptions)configure(Compilation.Options));

    /// <summary>Adds a C# file to the compilation, as typing code in the IDE does.</summary>
    public void AddCode(string source) =>
        Compilation = Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Code{Compilation.SyntaxTrees.Count()}.cs"));

    /// <summary>Adds an article at the end of the additional files.</summary>
    public void Add(CorpusFile file)
    {
        Files = Files.Add(file);
        Driver = Driver.AddAdditionalTexts([file]);
    }

    /// <summary>The generated sources by hint name.</summary>
    public static IReadOnlyDictionary<string, string> Sources(GeneratorDriverRunResult result) =>
        result.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    /// <summary>The reasons of every output of a tracked step.</summary>
    public static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorDriverRunResult result, string stepName) =>
        result.Results.Single().TrackedSteps.TryGetValue(stepName, out var steps)
            ? steps.SelectMany(step => step.Outputs).Select(output => output.Reason)
            : [];
}
