using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using NewsCorpus.Text.Metadata;
using Xunit;

namespace NewsCorpus.Text.Tests;

public class DateMentionTests
{
    /// <summary>The mentions in a one-paragraph text, as "words|year|month|day|weekday" (empty for a missing part).</summary>
    private static string[] Mentions(string text, string language) =>
        DateMentions.Find(text, new[] { new SourceRange(0, text.Length) }, language)
            .Select(m => $"{m.Range.Of(text)}|{m.Year}|{m.Month}|{m.Day}|{m.Weekday}")
            .ToArray();

    private static string[] Spans(string text, string language) =>
        DateMentions.Find(text, new[] { new SourceRange(0, text.Length) }, language).Select(m => m.Range.Of(text)).ToArray();

    [Theory]
    [InlineData("sq", "Sulmi nisi më 24 shkurt 2022 në mëngjes.", "24 shkurt 2022|2022|2|24|")]
    [InlineData("sq", "Çmimet u rritën në janar 2022.", "janar 2022|2022|1||")]
    [InlineData("sq", "Marrëveshja e 5 qershorit u nënshkrua.", "5 qershorit||6|5|")]
    [InlineData("sq", "Kuvendi u mblodh në tetor të vitit 2017.", "tetor të vitit 2017|2017|10||")]
    [InlineData("sq", "Zgjedhjet mbahen në nentor 2019.", "nentor 2019|2019|11||")]
    [InlineData("en", "The invasion began on February 24, 2022, before dawn.", "February 24, 2022|2022|2|24|")]
    [InlineData("en", "The invasion began on Feb. 24, 2022, before dawn.", "Feb. 24, 2022|2022|2|24|")]
    [InlineData("en", "The invasion began on 24 February 2022.", "24 February 2022|2022|2|24|")]
    [InlineData("en", "Prices rose in February 2022.", "February 2022|2022|2||")]
    [InlineData("en", "It happened on the 24th of February 2022.", "24th of February 2022|2022|2|24|")]
    [InlineData("en", "The vote is on May 5.", "May 5||5|5|")]
    [InlineData("de", "Der Angriff begann am 24. Februar 2022.", "24. Februar 2022|2022|2|24|")]
    [InlineData("de", "Die Preise stiegen im Februar 2022.", "Februar 2022|2022|2||")]
    [InlineData("de", "Der Angriff begann am 24. Februar.", "24. Februar||2|24|")]
    [InlineData("de", "Die Wahl findet im Mai statt.", "Mai||5||")]
    [InlineData("de", "Nach den Anschlägen des 11. Septembers 2001 kam das Gesetz.", "11. Septembers 2001|2001|9|11|")]
    [InlineData("fr", "L'accord a été signé le 1er mars 2022.", "1er mars 2022|2022|3|1|")]
    [InlineData("es", "El acuerdo se firmó el 24 de febrero de 2022.", "24 de febrero de 2022|2022|2|24|")]
    [InlineData("it", "L'accordo è stato firmato il 24 febbraio 2022.", "24 febbraio 2022|2022|2|24|")]
    [InlineData("en", "The file is dated 2022-02-24 in the archive.", "2022-02-24|2022|2|24|")]
    [InlineData("de", "Bescheid vom 24.02.2022 liegt vor.", "24.02.2022|2022|2|24|")]
    public void A_date_written_in_words_or_digits_gives_its_span_and_parts(string language, string text, string expected)
    {
        Assert.Equal(new[] { expected }, Mentions(text, language));
    }

    [Theory]
    [InlineData("sq", "Ministri foli të enjten në Prishtinë.", "të enjten||||Thursday")]
    [InlineData("sq", "Të hënën mbahet seanca.", "Të hënën||||Monday")]
    [InlineData("sq", "Ai u largua ditën e enjte pasdite.", "ditën e enjte||||Thursday")]
    [InlineData("sq", "Nga e marta na pret mot i vërtetë veror.", "e marta||||Tuesday")]
    [InlineData("sq", "Ai tha te enjten se do të vijë.", "te enjten||||Thursday")]
    [InlineData("en", "The minister spoke on Thursday in London.", "Thursday||||Thursday")]
    [InlineData("en", "Shares fell during Thursday's session.", "Thursday||||Thursday")]
    [InlineData("de", "Der Minister sprach am Donnerstag in Berlin.", "Donnerstag||||Thursday")]
    [InlineData("de", "Am Donnerstagabend kam es zu Protesten.", "Donnerstagabend||||Thursday")]
    public void A_weekday_alone_gives_only_the_weekday_and_covers_its_words(string language, string text, string expected)
    {
        Assert.Equal(new[] { expected }, Mentions(text, language));
    }

    [Theory]
    [InlineData("en", "It was Thursday, February 24, 2022 when the war began.", "Thursday, February 24, 2022|2022|2|24|Thursday")]
    [InlineData("sq", "Kjo ndodhi të enjten, 24 shkurt në mëngjes.", "të enjten, 24 shkurt||2|24|Thursday")]
    [InlineData("de", "Er wird am Montag, den 24. Januar 2005, vorgeführt.", "Montag, den 24. Januar 2005|2005|1|24|Monday")]
    [InlineData("fr", "La réunion aura lieu jeudi 24 février.", "jeudi 24 février||2|24|Thursday")]
    public void A_weekday_before_its_date_is_one_mention_with_both(string language, string text, string expected)
    {
        Assert.Equal(new[] { expected }, Mentions(text, language));
    }

    [Fact]
    public void A_weekday_that_contradicts_its_date_is_reported_apart_from_it()
    {
        // 25 February 2022 was a Friday.
        Assert.Equal(new[] { "Thursday||||Thursday", "February 25, 2022|2022|2|25|" },
            Mentions("Thursday, February 25, 2022 was cold.", "en"));
    }

    [Theory]
    [InlineData("en", "They sold 24 units and 2022 more.")]
    [InlineData("en", "You may go. March on, they said. May I?")]
    [InlineData("en", "The Sunday Times and the Sunday Telegraph reported it.")]
    [InlineData("en", "He told The Mail on Sunday so.")]
    [InlineData("en", "The singer June Carter performed.")]
    [InlineData("en", "We met in february and on thursday.")]
    [InlineData("en", "It mars the view.")]
    [InlineData("en", "Die Zeitung erschien am Donnerstag.")]
    [InlineData("de", "Das sagte er der Bild am Sonntag.")]
    [InlineData("de", "August Bebel sprach.")]
    [InlineData("de", "Der Mais wächst, sagte Junis.")]
    [InlineData("sq", "Shkurt, ai tha se do të vijë. Më shkurt, jo.")]
    [InlineData("sq", "Drita e hënës ndriçoi fshatin.")]
    [InlineData("sq", "Qershor ishte i nxehtë.")]
    [InlineData("it", "Non l'ho mai visto.")]
    public void A_lone_number_a_common_word_or_a_name_is_no_date(string language, string text)
    {
        Assert.Empty(Mentions(text, language));
    }

    [Theory]
    [InlineData("The deadline is 31 February.", new[] { "February" })]
    [InlineData("On 30 April and 31 April.", new[] { "30 April", "April" })]
    [InlineData("Leap: 29 February 2024, not 29 February 2023.", new[] { "29 February 2024", "February 2023" })]
    [InlineData("A day with no year may be 29 February.", new[] { "29 February" })]
    [InlineData("The plan for February 3000 and February 999.", new[] { "February", "February" })]
    [InlineData("No 2022-02-30 and no 2022-13-01, but 2024-02-29.", new[] { "2024-02-29" })]
    [InlineData("Version 1.2.2022.5 and 31.12.2022 and 1.24 February.", new[] { "31.12.2022", "February" })]
    [InlineData("In January 25 people took part; on January 25 more did.", new[] { "January", "January 25" })]
    public void Days_fit_their_month_and_years_are_four_digits_from_1000_to_2999_or_are_left_out(string text, string[] expected)
    {
        Assert.Equal(expected, Spans(text, "en"));
    }

    [Theory]
    [InlineData("Statistika (28 Korrik 2020) tregon rritje.", "sq", "28 Korrik 2020")]
    [InlineData("Lajmi u dha më 5qershorit.", "sq", "5qershorit")]
    [InlineData("Në periudhën Janar – Qershor 2020 u rritën.", "sq", "Qershor 2020")]
    [InlineData("Sondat zbritën në Mars 2020.", "und", "")]
    [InlineData("The deal was signed on FEBRUARY 24, 2022.", "en", "FEBRUARY 24, 2022")]
    [InlineData("U bë e tmerrit.24 shkurt 2022.Ndërkohë u nis.", "sq", "24 shkurt 2022")]
    public void Headline_capitals_and_scraped_text_still_give_the_date_but_a_capitalised_foreign_word_needs_a_day(string text, string language, string expected)
    {
        Assert.Equal(expected.Length == 0 ? Array.Empty<string>() : new[] { expected }, Spans(text, language));
    }

    [Fact]
    public void The_article_language_is_preferred_and_und_recognises_every_language()
    {
        const string text = "Më 24 shkurt 2022, on Thursday, am Donnerstag, në mars, jeudi.";

        // "mars" is also an English verb, so alone it is a month only in an Albanian or French article.
        Assert.Equal(new[] { "24 shkurt 2022", "Thursday", "Donnerstag", "jeudi" }, Spans(text, "und"));
        Assert.Equal(new[] { "24 shkurt 2022", "Thursday" }, Spans(text, "en"));
        Assert.Equal(new[] { "24 shkurt 2022", "mars" }, Spans(text, "sq"));
        Assert.Equal(new[] { "24 shkurt 2022", "Donnerstag" }, Spans(text, "de"));
        Assert.Equal(new[] { "24 shkurt 2022", "Thursday" }, Spans(text, "EN-gb"));
    }

    [Fact]
    public void On_a_weekday_before_a_capitalised_name_is_still_a_day()
    {
        Assert.Equal(new[] { "Thursday", "January" }, Spans("On Thursday Mr Blair said that in January Microsoft would.", "en"));
    }

    [Fact]
    public void Only_the_given_ranges_are_searched_and_mentions_come_in_text_order_without_overlap()
    {
        const string text = "On Monday it rained.\n\nOn 24 February 2022 it snowed.\n\nOn Friday it cleared.";
        int second = text.IndexOf("On 24", StringComparison.Ordinal), third = text.IndexOf("On Friday", StringComparison.Ordinal);
        var paragraphs = new[]
        {
            new SourceRange(third, text.Length),
            new SourceRange(second, third - 2),
            new SourceRange(second, third - 2),
            new SourceRange(second + 5, text.Length),
        };

        var found = DateMentions.Find(text, paragraphs, "en");

        Assert.Equal(new[] { "24 February 2022", "Friday" }, found.Select(m => m.Range.Of(text)).ToArray());
        Assert.True(found[0].Range.End <= found[1].Range.Start);
    }

    [Fact]
    public void Ranges_outside_the_text_and_odd_arguments_never_throw()
    {
        const string text = "On 24 February 2022.";
        var ranges = new[] { new SourceRange(-5, 3), new SourceRange(10, 5), new SourceRange(0, 1000), new SourceRange(900, 1000) };

        Assert.Equal(new[] { "24 February 2022" }, DateMentions.Find(text, ranges, "en").Select(m => m.Range.Of(text)).ToArray());
        Assert.Empty(DateMentions.Find(text, Array.Empty<SourceRange>(), "en"));
        Assert.Single(DateMentions.Find(text, new[] { new SourceRange(0, text.Length) }, null!));
        Assert.Single(DateMentions.Find(text, new[] { new SourceRange(0, text.Length) }, "xx"));
        Assert.Empty(DateMentions.Find(null!, ranges, "en"));
        Assert.Empty(DateMentions.Find(text, null!, "en"));
    }

    [Fact]
    public void Ranges_are_utf16_offsets_past_surrogate_pairs()
    {
        const string text = "😀 Më 24 shkurt 2022 \ud800 të enjten \udc00.";

        var found = DateMentions.Find(text, new[] { new SourceRange(0, text.Length) }, "sq");

        Assert.Equal(new[] { "24 shkurt 2022", "të enjten" }, found.Select(m => m.Range.Of(text)).ToArray());
        Assert.Equal(text.IndexOf("24", StringComparison.Ordinal), found[0].Range.Start);
    }

    [Theory]
    [InlineData(20240224)]
    [InlineData(3)]
    public void A_megabyte_of_digits_dots_month_names_and_lone_surrogates_gives_well_formed_mentions(int seed)
    {
        string[] pieces =
        {
            "24", "2022", "1", "31", "02", "9999", ".", ".", "-", ",", " ", " ", "  ", "\n", "February", "Feb", "shkurt", "të",
            "enjten", "e", "hënë", "ditën", "Thursday", "Donnerstag", "am", "May", "März", "th", "er", "de", "of", "\ud800", "\udc00",
            "😀", "°", "Mai", "mars", "den", "Sunday", "Times",
        };
        var random = new Random(seed);
        var builder = new StringBuilder(1_000_100);
        while (builder.Length < 1_000_000) builder.Append(pieces[random.Next(pieces.Length)]);
        string text = builder.ToString();

        foreach (string language in new[] { "und", "en", "sq", "de" })
        {
            var found = DateMentions.Find(text, new[] { new SourceRange(0, text.Length) }, language);

            Assert.NotEmpty(found);
            int previousEnd = 0;
            foreach (var mention in found)
            {
                Assert.True(mention.Range.Start >= previousEnd && mention.Range.End > mention.Range.Start, $"{language}: {mention}");
                Assert.True(mention.Year is null or (>= 1000 and <= 2999), $"{language}: {mention}");
                Assert.True(mention.Month is null or (>= 1 and <= 12), $"{language}: {mention}");
                Assert.True(mention.Day is null || mention.Month is not null && mention.Day >= 1
                    && mention.Day <= DateTime.DaysInMonth(mention.Year ?? 2024, mention.Month.Value), $"{language}: {mention}");
                Assert.True(mention.Year is not null || mention.Month is not null || mention.Weekday is not null, $"{language}: {mention}");
                previousEnd = mention.Range.End;
            }
        }
    }

    [Fact]
    public void A_cancelled_search_stops()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            DateMentions.Find("On 24 February 2022.", new[] { new SourceRange(0, 20) }, "en", cancelled.Token));
    }

    /// <summary>
    /// The shared news data (see ../shared/data/README.md) gives well-formed mentions in every paragraph.
    /// The data are never copied here; without them the test is skipped.
    /// </summary>
    [SharedDataTheory]
    [InlineData("bbc-news/bbc")]
    [InlineData("alb-news/text")]
    [InlineData("german-quotes/dev/text")]
    public void Real_news_gives_mentions_inside_its_paragraphs_in_order(string folder)
    {
        int mentions = 0;
        foreach (string path in Directory.EnumerateFiles(Path.Combine(SharedData.Folder!, folder), "*.txt", SearchOption.AllDirectories))
        {
            var article = ArticleParser.Parse(File.ReadAllText(path), path);
            var found = DateMentions.Find(article.Text, article.Paragraphs, article.Language);
            int previousEnd = 0;
            foreach (var mention in found)
            {
                Assert.Contains(article.Paragraphs, p => p.Contains(mention.Range));
                Assert.True(mention.Range.Start >= previousEnd, $"{path}: {mention}");
                previousEnd = mention.Range.End;
            }

            mentions += found.Count;
        }

        Assert.True(mentions > 100, $"{folder}: only {mentions} mentions");
    }
}
