using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using NewsCorpus.Generator.Tests.TestHelpers;
using Xunit;

namespace NewsCorpus.Generator.Tests;

/// <summary>
/// Cache behaviour, asserted through Roslyn's tracked steps rather than a clock: what a second run,
/// an edit and an addition make the generator redo.
/// </summary>
public class IncrementalTests
{
    private static readonly string[] TrackedSteps =
    [
        TrackingNames.Options, TrackingNames.Settings, TrackingNames.ArticleFiles, TrackingNames.Articles,
        TrackingNames.NameTable, TrackingNames.NamedArticles, TrackingNames.Blocks, TrackingNames.BlockSources,
        TrackingNames.CatalogShape, TrackingNames.Catalog, TrackingNames.Xunit, TrackingNames.IdTable, TrackingNames.IdTableSource,
    ];

    [Fact]
    public void A_second_run_with_nothing_changed_is_entirely_cached()
    {
        var harness = new GeneratorHarness(TestCorpus.All());
        var (_, first) = harness.Run();
        var (_, second) = harness.Run();

        foreach (var step in TrackedSteps)
        {
            var reasons = GeneratorHarness.Reasons(second, step).ToList();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step} was {reason}"));
        }

        Assert.Equal(GeneratorHarness.Sources(first), GeneratorHarness.Sources(second));
        Assert.All(second.Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_code_elsewhere_in_the_project_re_runs_nothing_downstream()
    {
        var harness = new GeneratorHarness(TestCorpus.All());
        var (_, first) = harness.Run();

        // A new compilation: the two booleans read from it come out equal, so nothing after them re-runs.
        harness.AddCode("namespace Newsroom { internal static class Program { } }");
        var (_, second) = harness.Run();

        foreach (var step in TrackedSteps)
        {
            Assert.All(GeneratorHarness.Reasons(second, step), reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step} was {reason}"));
        }

        Assert.Equal(GeneratorHarness.Sources(first), GeneratorHarness.Sources(second));
    }

    [Fact]
    public void Pipeline_values_hold_no_compilation_symbol_or_syntax()
    {
        var (_, result) = new GeneratorHarness(TestCorpus.All()).Run();

        foreach (var step in TrackedSteps.Where(s => s != TrackingNames.ArticleFiles))
        {
            foreach (var output in result.Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                AssertNoRoslynObjects(output.Value, step);
            }
        }
    }

    [Fact]
    public void Editing_one_article_regenerates_its_block_alone()
    {
        // Three blocks of records; the edited article is in the second.
        var files = Enumerable.Range(0, 300).Select(i => new CorpusFile($"wire/story-{i:D3}.txt", $"Story {i} of the day\n\nOfficials said on Monday that plan {i} would go ahead.\n")).ToList();
        var harness = new GeneratorHarness(files);
        var (_, before) = harness.Run();

        harness.Edit("wire/story-150.txt", "Story 150 of the day\n\nOfficials said on Tuesday that the plan was off.\n");
        var (output, after) = harness.Run();

        Assert.Equal(1, GeneratorHarness.Reasons(after, TrackingNames.Articles).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, GeneratorHarness.Reasons(after, TrackingNames.BlockSources).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.All(GeneratorHarness.Reasons(after, TrackingNames.Catalog), r => Assert.True(
            r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"catalog was {r}"));
        Assert.All(GeneratorHarness.Reasons(after, TrackingNames.IdTable), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        Assert.Equal(["Articles.Block001.g.cs"], ChangedSources(before, after));
        Assert.Contains("Officials said on Tuesday that the plan was off.", GeneratorHarness.Sources(after)["Articles.Block001.g.cs"], StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics());
    }

    [Fact]
    public void Adding_an_article_leaves_the_other_articles_analyses_cached()
    {
        var harness = new GeneratorHarness(TestCorpus.All());
        var (_, before) = harness.Run();

        harness.Add(new CorpusFile("2025-01-01-new-year.txt", "New year fireworks draw record crowds\n\nCrowds filled the square at midnight.\n"));
        var (_, after) = harness.Run();

        // Roslyn compares a provider's items by position (dotnet/roslyn#63514): appended at the end, the
        // existing articles keep their positions and are not re-parsed.
        Assert.Equal(1, GeneratorHarness.Reasons(after, TrackingNames.Articles).Count(r => r == IncrementalStepRunReason.New));
        Assert.Equal(TestCorpus.All().Count, GeneratorHarness.Reasons(after, TrackingNames.Articles).Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Equal(["Articles.Block000.g.cs", "Articles.Ids.g.cs", "Articles.g.cs"], ChangedSources(before, after).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_new_compilation_in_the_same_process_takes_unchanged_articles_from_the_cache_and_analyses_an_edited_one()
    {
        // As the compiler server does: a new driver each build, with new additional-text objects of the same files.
        var files = Enumerable.Range(0, 5).Select(i => new CorpusFile($"cache-{Guid.NewGuid():N}/story-{i}.txt", $"Story {i}\n\nThe council said that plan {i} was approved.\n")).ToList();
        var (_, first) = new GeneratorHarness(files).Run();
        var edited = files.Select((f, i) => i == 2 ? new CorpusFile(f.RelativePath, "Story 2\n\nThe council said that plan 2 was rejected.\n") : new CorpusFile(f.RelativePath, f.GetText().ToString())).ToList();
        var (output, second) = new GeneratorHarness(edited).Run();

        var before = Models(first);
        var after = Models(second);
        Assert.All(Enumerable.Range(0, 5).Where(i => i != 2), i => Assert.Same(before[i], after[i]));
        Assert.NotSame(before[2], after[2]);
        Assert.Contains("rejected", string.Concat(after[2].Summary), StringComparison.Ordinal);
        Assert.Equal(5, RoundTrip.Catalog(output, "Newsroom.Articles").Count);
    }

    /// <summary>The analysed models of a run, in the order of the additional files.</summary>
    private static List<NewsCorpus.Generator.Model.ArticleModel> Models(GeneratorDriverRunResult result) =>
        result.Results.Single().TrackedSteps[TrackingNames.Articles].SelectMany(step => step.Outputs)
            .Select(output => (NewsCorpus.Generator.Model.ArticleModel)output.Value).ToList();

    /// <summary>Hint names whose text differs between two runs, including added ones.</summary>
    private static IEnumerable<string> ChangedSources(GeneratorDriverRunResult before, GeneratorDriverRunResult after)
    {
        var old = GeneratorHarness.Sources(before);
        return GeneratorHarness.Sources(after)
            .Where(pair => !old.TryGetValue(pair.Key, out var text) || text != pair.Value)
            .Select(pair => pair.Key)
            .ToList();
    }

    /// <summary>Walks a pipeline value and fails on anything that would pin a compilation in memory.</summary>
    private static void AssertNoRoslynObjects(object? value, string step, int depth = 0)
    {
        if (value is null || depth > 8 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum) return;
        Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or Location or AdditionalText,
            $"{step} holds a {value.GetType().Name}");

        if (value is IEnumerable items)
        {
            foreach (var item in items) AssertNoRoslynObjects(item, step, depth + 1);
            return;
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(value), step, depth + 1);
        }
    }
}
