using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Xunit;
using static NewsCorpus.Text.Tests.TestText;

namespace NewsCorpus.Text.Tests.QuoteExtraction;

/// <summary>
/// Checks <see cref="QuoteChecks.Violations"/> over every fixture of the quote tests: each string of
/// an [InlineData] and each string constant of the test classes in this folder, so a fixture added
/// to any of them is checked here too.
/// </summary>
public class QuoteInvariantTests
{
    /// <summary>Every fixture text of the quote tests, once.</summary>
    public static TheoryData<string> Fixtures
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (string fixture in CollectFixtures()) data.Add(fixture);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_quote_of_a_fixture_is_well_formed(string text)
    {
        var article = Parse(text);

        var violations = QuoteChecks.Violations(article);
        Assert.True(violations.Count == 0, string.Join("\n", violations) + "\n" + QuoteChecks.Describe(article));
    }

    [Fact]
    public void The_fixtures_checked_include_those_of_every_quote_test_class()
    {
        var fixtures = CollectFixtures();

        Assert.True(fixtures.Count >= 60, $"only {fixtures.Count} fixtures were collected");
        Assert.Contains("Officials said that the talks would resume on Monday.", fixtures);
        Assert.Contains("“The bridge will stay closed,” she said. “It is not safe.”", fixtures);
        Assert.Contains(fixtures, f => f.Contains("Një zyrtar i lartë tha se", StringComparison.Ordinal) && f.Contains('\n', StringComparison.Ordinal));
    }

    [Fact]
    public void The_fixtures_yield_quotes_of_both_kinds_with_several_segments_and_resolved_speakers()
    {
        var quotes = CollectFixtures().SelectMany(f => Parse(f).Quotes).ToList();

        // The invariants are only worth checking if the fixtures exercise every part of a quote.
        Assert.Contains(quotes, q => q.Kind == NewsCorpus.Text.Quotes.ParsedQuoteKind.Direct && q.Speaker is not null);
        Assert.Contains(quotes, q => q.Kind == NewsCorpus.Text.Quotes.ParsedQuoteKind.Indirect && q.Speaker is not null);
        Assert.Contains(quotes, q => q.Segments.Count > 1);
        Assert.Contains(quotes, q => q.ResolvedSpeaker is not null);
    }

    [Fact]
    public void The_invariant_check_reports_quotes_that_break_them()
    {
        const string text = "“The bridge will stay closed,” she said.";
        var article = Parse(text);
        var good = Assert.Single(article.Quotes);
        Assert.Empty(QuoteChecks.Violations(article));

        var outsideContent = good with { Segments = new[] { new SourceRange(0, text.Length) } };
        var speakerInside = good with { Speaker = new SourceRange(2, 5) };
        var resolvedAfter = good with { ResolvedSpeaker = new SourceRange(text.Length - 5, text.Length - 1) };
        var pastTheEnd = good with { Content = new SourceRange(1, text.Length + 3) };
        var unordered = good with { Segments = new[] { new SourceRange(10, 20), new SourceRange(1, 5) }, Content = new SourceRange(1, 20) };

        Assert.Contains(QuoteChecks.Violations(article with { Quotes = new[] { outsideContent } }), v => v.Contains("outside the content", StringComparison.Ordinal));
        Assert.Contains(QuoteChecks.Violations(article with { Quotes = new[] { speakerInside } }), v => v.Contains("speaker", StringComparison.Ordinal));
        Assert.Contains(QuoteChecks.Violations(article with { Quotes = new[] { resolvedAfter } }), v => v.Contains("resolved speaker", StringComparison.Ordinal));
        Assert.Contains(QuoteChecks.Violations(article with { Quotes = new[] { pastTheEnd } }), v => v.Contains("not a range of the text", StringComparison.Ordinal));
        Assert.Contains(QuoteChecks.Violations(article with { Quotes = new[] { unordered } }), v => v.Contains("starts before segment", StringComparison.Ordinal));
    }

    private static List<string> CollectFixtures()
    {
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        var types = typeof(QuoteInvariantTests).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(QuoteInvariantTests).Namespace && t.IsClass);
        foreach (var type in types)
        {
            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
            foreach (var field in type.GetFields(all).Where(f => f.IsLiteral && f.FieldType == typeof(string)))
            {
                if (field.GetRawConstantValue() is string value) seen.Add(value);
            }

            foreach (var method in type.GetMethods(all))
            {
                foreach (var inline in method.GetCustomAttributes<InlineDataAttribute>())
                {
                    foreach (var value in inline.GetData(method).SelectMany(row => row).OfType<string>()) seen.Add(value);
                }
            }
        }

        seen.RemoveWhere(s => s.Trim().Length == 0);
        return seen.ToList();
    }
}
