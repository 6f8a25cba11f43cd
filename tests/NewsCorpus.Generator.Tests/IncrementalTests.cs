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
        TrackingNames.NameTable, TrackingNames.NamedArticles, TrackingNames.ArticleSources,
        TrackingNames.CatalogEntries, TrackingNames.Catalog,
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
    public void Editing_one_article_regenerates_that_article_alone()
    {
        var harness = new GeneratorHarness(TestCorpus.All());
        var (_, before) = harness.Run();

        harness.Edit("2024-05-14-harbour-strike.txt", TestCorpus.Fixtures().Single(f => f.RelativePath == "2024-05-14-harbour-strike.txt")
            .GetText().ToString().Replace("nine-day", "ten-day", StringComparison.Ordinal));
        var (_, after) = harness.Run();

        Assert.Equal(1, GeneratorHarness.Reasons(after, TrackingNames.ArticleSources).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.All(GeneratorHarness.Reasons(after, TrackingNames.Catalog), r => Assert.True(
            r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"catalog was {r}"));

        var changed = ChangedSources(before, after);
        Assert.Equal(["Articles.HarbourStrike.g.cs"], changed);
        Assert.Contains("ten-day", GeneratorHarness.Sources(after)["Articles.HarbourStrike.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_an_article_leaves_the_other_articles_sources_unchanged()
    {
        var harness = new GeneratorHarness(TestCorpus.All());
        var (_, before) = harness.Run();

        harness.Add(new CorpusFile("2025-01-01-new-year.txt", "New year fireworks draw record crowds\n\nCrowds filled the square at midnight.\n"));
        var (_, after) = harness.Run();

        // Roslyn compares a provider's items by position (dotnet/roslyn#63514): appended at the end, the
        // existing articles keep their positions and are not re-parsed. What it guarantees whatever the
        // position is weaker, and that is what the second assertion checks: their sources are unchanged.
        Assert.Equal(1, GeneratorHarness.Reasons(after, TrackingNames.Articles).Count(r => r == IncrementalStepRunReason.New));
        Assert.Equal(TestCorpus.All().Count, GeneratorHarness.Reasons(after, TrackingNames.Articles).Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Equal(["Articles.NewYear.g.cs", "Articles.g.cs"], ChangedSources(before, after).Order(StringComparer.Ordinal));
        Assert.Equal(TestCorpus.All().Count, GeneratorHarness.Reasons(after, TrackingNames.ArticleSources).Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

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
