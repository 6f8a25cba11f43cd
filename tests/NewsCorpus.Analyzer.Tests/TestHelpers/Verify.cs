using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using NewsCorpus.CodeFixes;
using NewsCorpus.Generator.Analyzers;
using NewsCorpus.Generator.Tests.TestHelpers;

namespace NewsCorpus.Analyzer.Tests.TestHelpers;

/// <summary>
/// The testing library's analyzer and code fix test, over the project's code <c>User.cs</c> and the generated
/// catalog beside it (unchanged by any fix). Markup: <c>{|NC0017:…|}</c> where a diagnostic is expected.
/// </summary>
public static class Verify
{
    public static CSharpCodeFixTest<ArticleIdAnalyzer, ArticleIdCodeFixProvider, DefaultVerifier> Test(
        string user, string? fixedUser = null, IEnumerable<CorpusFile>? files = null, IReadOnlyDictionary<string, string>? properties = null)
    {
        var test = new CSharpCodeFixTest<ArticleIdAnalyzer, ArticleIdCodeFixProvider, DefaultVerifier>
        {
            // No reference pack to fetch: the running framework's assemblies and NewsCorpus.dll are the references.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        test.TestState.AdditionalReferences.AddRange(GeneratedCatalog.References);
        test.TestState.Sources.Add(("User.cs", user));
        if (fixedUser is not null) test.FixedState.Sources.Add(("User.cs", fixedUser));
        foreach (var (hintName, source) in GeneratedCatalog.Sources(files, properties))
        {
            test.TestState.Sources.Add((hintName, source));
            if (fixedUser is not null) test.FixedState.Sources.Add((hintName, source));
        }

        return test;
    }

    public static Task Diagnostics(string user, IEnumerable<CorpusFile>? files = null, IReadOnlyDictionary<string, string>? properties = null, params DiagnosticResult[] expected)
    {
        var test = Test(user, files: files, properties: properties);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
