using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsCorpus.Generator.Diagnostics;
using NewsCorpus.Text;
using NewsCorpus.Text.Tests;
using Xunit;

namespace NewsCorpus.Generator.Tests;

/// <summary>The table of diagnostics is the one source: descriptors, the analyzer release file and the docs page agree with it.</summary>
public sealed class DiagnosticTableTests
{
    [Fact]
    public void Every_kind_the_generator_or_analyzer_raises_has_a_descriptor_made_from_its_row()
    {
        foreach (var kind in DiagnosticIds.All.Where(IsCompilerDiagnostic))
        {
            var descriptor = DiagnosticDescriptors.Of(kind.Id);

            Assert.Equal(kind.Id, descriptor.Id);
            Assert.Equal(kind.Title, descriptor.Title.ToString());
            Assert.Equal(kind.Severity.ToString(), descriptor.DefaultSeverity.ToString());
            Assert.Equal(kind.MessageFormat, descriptor.MessageFormat.ToString());
            Assert.Equal(kind.HelpLink, descriptor.HelpLinkUri);
            Assert.EndsWith("#" + kind.Id.ToLowerInvariant(), descriptor.HelpLinkUri);
        }

        Assert.Equal(DiagnosticIds.All.Count(IsCompilerDiagnostic), DiagnosticDescriptors.All.Count());
    }

    [Fact]
    public void An_id_missing_from_the_table_still_makes_a_diagnostic_rather_than_an_exception()
    {
        var diagnostic = DiagnosticDescriptors.ToDiagnostic(Model.DiagnosticInfo.WithoutLocation("NC9999", "Something new."));

        Assert.Equal("NC9999", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("Something new.", diagnostic.GetMessage());
    }

    [Fact]
    public void The_analyzer_release_file_lists_exactly_the_generator_and_analyzer_rows()
    {
        string file = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "src", "NewsCorpus.Generator", "AnalyzerReleases.Unshipped.md"));
        var rows = file.Split('\n').Where(line => line.StartsWith("NC", System.StringComparison.Ordinal))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .Select(cells => (Id: cells[0], Severity: cells[2], Title: cells[3]));

        Assert.Equal(
            DiagnosticIds.All.Where(IsCompilerDiagnostic).Select(k => (k.Id, k.Severity.ToString(), k.Title)),
            rows.Select(r => (r.Id, r.Severity, r.Title)));
    }

    /// <summary>The generator and the analyzer beside it report through the compiler, from one assembly with one release file.</summary>
    private static bool IsCompilerDiagnostic(DiagnosticKind kind) => kind.Raiser is DiagnosticRaiser.Generator or DiagnosticRaiser.Analyzer;

    [Fact]
    public void The_README_links_to_the_docs_table_and_keeps_no_copy_that_could_fall_behind()
    {
        string readme = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "README.md"));

        Assert.Contains("](docs/diagnostics.md)", readme, System.StringComparison.Ordinal);
        Assert.DoesNotContain(readme.Split('\n'), line => line.StartsWith("| NC", System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_docs_table_lists_every_row_with_an_anchor_for_its_help_link()
    {
        string docs = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "docs", "diagnostics.md"));
        var rows = docs.Split('\n').Where(line => line.StartsWith("| NC", System.StringComparison.Ordinal))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .Select(cells => (cells[1], cells[2], cells[3], cells[4]));

        Assert.Equal(DiagnosticIds.All.Select(k => (k.Id, k.Severity.ToString(), k.Raiser.ToString().ToLowerInvariant(), k.Title)), rows);
        Assert.All(DiagnosticIds.All, kind => Assert.Contains($"<a id=\"{kind.Id.ToLowerInvariant()}\"></a>", docs));
    }
}
