using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Xunit;

namespace NewsCorpus.IntegrationTests;

/// <summary>The seed article, as the compiler embedded it from corpus/, read through the typed API.</summary>
public class SeedArticleTests
{
    /// <summary>The typed member: an article with paragraphs, so its type says its lead is there.</summary>
    private static readonly ArticleWithLead Seed = Articles.BlinkenLavrovG20;

    [Fact]
    public void Seed_has_ten_paragraphs_and_the_lead_names_Blinken()
    {
        Assert.Equal(10, Seed.Paragraphs.Count);
        Assert.StartsWith("Sekretari amerikan i Shtetit Antony Blinken", Seed.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Equal(Seed.Paragraphs[0].Text, Seed.Lead.Text);
    }

    [Fact]
    public void The_typed_members_lead_needs_no_null_check_and_the_catalogs_article_keeps_a_nullable_one()
    {
        // This project builds with nullable warnings as errors: the line compiles because the typed member's Lead is not nullable.
        int length = Articles.BlinkenLavrovG20.Lead.Text.Length;
        Article fromCatalog = Articles.Get("blinken-lavrov-g20");

        Assert.Equal(Seed.Paragraphs[0].Text.Length, length);
        Assert.Same(Seed.Lead, fromCatalog.Lead);
        Assert.IsType<ArticleWithLead>(fromCatalog);
        Assert.All(Articles.All, article => Assert.Equal(article.ParagraphCount > 0, article is ArticleWithLead));
    }

    [Fact]
    public void Seed_metadata_comes_from_its_name_sign_off_and_language()
    {
        Assert.Equal("blinken-lavrov-g20", Seed.Id);
        Assert.Equal("VOA", Seed.Source);
        Assert.Equal("sq", Seed.Language);
        Assert.Equal(new DateTime(2023, 3, 2), Seed.Published);
        Assert.Null(Seed.Title);
    }

    [Fact]
    public void No_paragraph_holds_the_trailer_or_the_sign_off()
    {
        Assert.DoesNotContain(Seed.Paragraphs, p => p.Text.Contains("Discussion about this post", StringComparison.Ordinal));
        Assert.DoesNotContain(Seed.Paragraphs, p => p.Text.Contains("/VOA", StringComparison.Ordinal));
        Assert.EndsWith("deri sot.", Seed.Paragraphs[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_is_the_file_exactly_as_it_is_in_corpus()
    {
        var path = Path.Combine(CorpusDirectory, "2023-03-02-blinken-lavrov-g20.txt");

        Assert.Equal(File.ReadAllText(path, Encoding.UTF8), Seed.Text);
        Assert.Equal(Seed.Text.Substring(Seed.Paragraphs[3].Range.Start, Seed.Paragraphs[3].Range.Length), Seed.Paragraphs[3].Text);
    }

    [Fact]
    public void Catalog_lists_the_seed_and_finds_it_by_id()
    {
        Assert.Contains(Seed, Articles.All);
        Assert.Same(Seed, Articles.Get("blinken-lavrov-g20"));
        Assert.Same(Seed, Articles.Get("Blinken-Lavrov-G20"));
        Assert.Same(Seed, Articles.Find("BLINKEN-LAVROV-G20"));
#pragma warning disable NC0017 // a missing id on purpose, which the analyzer would report
        Assert.Null(Articles.Find("no-such-article"));
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => Articles.Get("no-such-article"));
#pragma warning restore NC0017
        Assert.Equal(Articles.All.Count, Directory.EnumerateFiles(CorpusDirectory, "*.txt", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void Seed_metadata_beyond_the_name_is_known_without_the_text()
    {
        Assert.Equal("Sekretari amerikan i Shtetit Antony Blinken dhe Ministri i Jashtëm rus Sergej…", Seed.Headline);
        Assert.Null(Seed.Dateline);
        Assert.Null(Seed.Author);
        Assert.Null(Seed.Category);
        Assert.Empty(Seed.Tags);
        Assert.Empty(Seed.FrontMatter);
        // Words between blanks, and the one elision of the seed ("t’i", të i) as the two words the tokenizer reads.
        Assert.Equal(1, Seed.Text.Split(' ').Count(w => w.StartsWith("t’", StringComparison.Ordinal)));
        Assert.Equal(Seed.Paragraphs.Sum(p => p.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length) + 1, Seed.WordCount);
        Assert.Equal(TimeSpan.FromMinutes(2), Seed.ReadingTime);
    }

    [Fact]
    public void Seed_mentions_a_weekday_a_month_and_a_full_date_and_nothing_is_invented()
    {
        var dates = Seed.MentionedDates;

        Assert.Equal(new[] { "të enjten", "janar 2022", "24 shkurt 2022" }, dates.Select(d => d.Text));
        Assert.Equal((null, null, null, DayOfWeek.Thursday), (dates[0].Year, dates[0].Month, dates[0].Day, dates[0].Weekday));
        Assert.Equal((2022, 1, null), (dates[1].Year, dates[1].Month, dates[1].Day));
        Assert.Null(dates[1].Date);
        Assert.Equal(new DateTime(2022, 2, 24), dates[2].Date);
    }

    [Fact]
    public void Content_hash_is_the_sha256_of_the_file_with_LF_line_endings()
    {
        var bytes = File.ReadAllBytes(Path.Combine(CorpusDirectory, "2023-03-02-blinken-lavrov-g20.txt"));
        string lf = Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

        Assert.Equal(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(lf))).ToLowerInvariant(), Seed.ContentHash);
    }

    [Fact]
    public void Catalog_filters_find_the_seed_by_language_source_and_date()
    {
        Assert.Contains(Seed, Articles.ByLanguage("sq"));
        Assert.Contains(Seed, Articles.ByLanguage("SQ"));
        Assert.Contains(Seed, Articles.BySource("VOA"));
        Assert.Contains(Seed, Articles.BySource("voa"));
        Assert.Contains(Seed, Articles.PublishedBetween(new DateTime(2023, 3, 1), new DateTime(2023, 3, 2)));
        Assert.DoesNotContain(Seed, Articles.PublishedBetween(new DateTime(2023, 3, 3), new DateTime(2023, 12, 31)));
        Assert.DoesNotContain(Seed, Articles.ByLanguage("en"));
    }

    private static string CorpusDirectory => typeof(SeedArticleTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "CorpusDirectory").Value!;
}
