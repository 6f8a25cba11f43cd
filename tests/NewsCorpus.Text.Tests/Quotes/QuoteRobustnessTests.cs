using System;
using System.Text;
using Xunit;
using static NewsCorpus.Text.Tests.TestText;

namespace NewsCorpus.Text.Tests.QuoteExtraction;

/// <summary>
/// Hostile input parses without an exception and yields only well-formed quotes. How fast it
/// parses is a benchmark's business, not a unit test's.
/// </summary>
public class QuoteRobustnessTests
{
    private static readonly string[] Marks =
    {
        "“", "”", "„", "‟", "«", "»", "‹", "›", "‘", "’", "‚", "'", "''", "\"", "`", "``", "「", "」",
    };

    private static readonly string[] Words =
    {
        "a", "the", "he", "she", "said", "says", "that", "told", "according", "to", "officials", "Smith", "who",
        "tha", "thanë", "se", "sipas", "ai", "Zyrtari", "laut", "sagte", "dass", "selon", "según", "secondo",
        "t’i", "don’t", "Bush’s", "bridge", "closed", "ura", "Brücke", "x",
    };

    private static readonly string[] Separators = { " ", " ", " ", " ", ", ", ". ", ": ", "; ", "\n", "\n\n", " – " };

    [Theory]
    [InlineData(20240517)]
    [InlineData(7)]
    public void A_megabyte_of_random_marks_apostrophes_and_words_parses_into_well_formed_quotes(int seed)
    {
        string text = RandomText(seed, 1_000_000);

        var article = ParseOrFail(text, $"seed {seed}");

        Assert.Equal(text.Length, article.Text.Length);
        AssertWellFormed(article, $"seed {seed}");

        // Checking the invariants is only worth something if the text gave quotes to check.
        Assert.True(article.Quotes.Count > 100, $"seed {seed}: only {article.Quotes.Count} quotes to check");
        Assert.Contains(article.Quotes, q => q.Kind == NewsCorpus.Text.Quotes.ParsedQuoteKind.Direct);
        Assert.Contains(article.Quotes, q => q.Kind == NewsCorpus.Text.Quotes.ParsedQuoteKind.Indirect);
    }

    [Fact]
    public void Two_hundred_thousand_repetitions_of_interleaved_double_and_single_marks_parse_into_well_formed_quotes()
    {
        var builder = new StringBuilder();
        for (int i = 0; i < 200_000; i++) builder.Append("“a ‘b ’c ");
        string text = builder.ToString();

        var article = ParseOrFail(text, "repeated “a ‘b ’c");

        AssertWellFormed(article, "repeated “a ‘b ’c");
    }

    [Fact]
    public void A_paragraph_of_fifty_thousand_words_with_no_full_stop_and_many_said_that_parses_into_well_formed_quotes()
    {
        string[] run = { "officials", "said", "that", "the", "talks", "would", "resume", "and", "Smith", "told", "reporters", "that", "he", "agreed", "but" };
        var builder = new StringBuilder();
        for (int i = 0; i < 50_000; i++)
        {
            if (i > 0) builder.Append(i % 97 == 0 ? ", " : " ");
            builder.Append(run[i % run.Length]);
        }

        string text = builder.ToString();

        var article = ParseOrFail(text, "fifty thousand words");

        Assert.Single(article.Paragraphs);
        AssertWellFormed(article, "fifty thousand words");
    }

    [Fact]
    public void A_megabyte_of_one_opening_mark_parses_with_no_quote()
    {
        string text = new string('“', 1_000_000);

        var article = ParseOrFail(text, "a megabyte of “");

        Assert.Empty(article.Quotes);
        AssertWellFormed(article, "a megabyte of “");
    }

    [Fact]
    public void The_random_text_generator_is_deterministic_so_a_failing_seed_can_be_replayed()
    {
        Assert.Equal(RandomText(20240517, 10_000), RandomText(20240517, 10_000));
        Assert.NotEqual(RandomText(20240517, 10_000), RandomText(7, 10_000));
    }

    private static string RandomText(int seed, int length)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(length + 16);
        while (builder.Length < length)
        {
            int pick = random.Next(10);
            if (pick < 4) builder.Append(Marks[random.Next(Marks.Length)]);
            else if (pick < 8) builder.Append(Words[random.Next(Words.Length)]);
            else builder.Append(Separators[random.Next(Separators.Length)]);
        }

        builder.Length = length;
        return builder.ToString();
    }

    private static ParsedArticle ParseOrFail(string text, string what)
    {
        ParsedArticle? article = null;
        var exception = Record.Exception(() => article = Parse(text));
        if (exception is not null) Assert.Fail($"{what}: parsing threw {exception}");
        return article!;
    }

    private static void AssertWellFormed(ParsedArticle article, string what)
    {
        var violations = QuoteChecks.Violations(article);
        if (violations.Count > 0)
        {
            Assert.Fail($"{what}: {violations.Count} violation(s), first ones:\n" + string.Join("\n", violations.GetRange(0, Math.Min(20, violations.Count))));
        }
    }
}
