using System;
using Xunit;
using static NewsCorpus.Text.Tests.TestText;

namespace NewsCorpus.Text.Tests.Metadata;

/// <summary>Metadata inferred where the file does not say it: headline, dateline, byline, sign-off, category, counts, hash.</summary>
public class InferredMetadataTests
{
    [Fact]
    public void Without_a_title_the_headline_is_the_leads_first_sentence()
    {
        var article = Parse("Harbour workers voted on Monday to strike. The port said it would stay open.");

        Assert.Null(article.Title);
        Assert.Equal("Harbour workers voted on Monday to strike.", article.Headline);
    }

    [Fact]
    public void A_long_first_sentence_is_shortened_on_a_word_boundary_with_an_ellipsis()
    {
        var article = Parse("Sekretari amerikan i Shtetit Antony Blinken dhe Ministri i Jashtëm rus Sergej Lavrov biseduan shkurtimisht të enjten.");

        Assert.Equal("Sekretari amerikan i Shtetit Antony Blinken dhe Ministri i Jashtëm rus Sergej…", article.Headline);
        Assert.True(article.Headline!.Length <= 81);
    }

    [Fact]
    public void An_abbreviation_does_not_end_the_first_sentence()
    {
        var article = Parse("Mr. Obama met Sen. Smith on Monday. They talked.");

        Assert.Equal("Mr. Obama met Sen. Smith on Monday.", article.Headline);
    }

    [Theory]
    [InlineData("WASHINGTON (AFP) – The Senate passed the bill on Monday.", "WASHINGTON", "AFP")]
    [InlineData("LONDON, May 3 (Reuters) - Shares fell sharply in early trading.", "LONDON, May 3", "Reuters")]
    [InlineData("FLINT, Mich., Oct. 4 (UPI) — Former President Bill Clinton spoke on Tuesday.", "FLINT, Mich., Oct. 4", "UPI")]
    [InlineData("WASHINGTON — The Senate passed the bill on Monday.", "WASHINGTON", null)]
    [InlineData("DES MOINES - The Senate passed the bill on Monday.", "DES MOINES", null)]
    [InlineData("TRENTON, N.J. (AP) — The Senate passed the bill on Monday.", "TRENTON, N.J.", "AP")]
    public void A_dateline_gives_the_place_and_the_agency_and_stays_in_the_lead(string lead, string place, string? agency)
    {
        var article = Parse(lead + "\n\nThe vote was close.");

        Assert.Equal(place, article.Dateline);
        Assert.Equal(agency, article.Source);
        Assert.Equal(lead, article.Paragraphs[0].Of(article.Text));
        Assert.StartsWith(place.Substring(0, 5), article.DatelineRange!.Value.Of(article.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Washington is preparing for the vote - and so is the Senate.")]
    [InlineData("The Senate passed the bill on Monday - a first.")]
    [InlineData("US - China talks resumed on Monday.")]
    [InlineData("NATO - the alliance - met on Monday.")]
    [InlineData("EXCLUSIVE — The senator met donors on Monday.")]
    public void Ordinary_leads_have_no_dateline(string lead)
    {
        var article = Parse(lead);

        Assert.Null(article.Dateline);
        Assert.Null(article.Source);
    }

    [Fact]
    public void A_dateline_after_a_headline_that_ends_with_a_full_stop_is_found()
    {
        var article = Parse("Senate passes the budget bill.\n\nWASHINGTON (AP) — The Senate passed the bill on Monday.\n\nThe vote was close.");

        Assert.Equal(("WASHINGTON", "AP"), (article.Dateline, article.Source));
    }

    [Theory]
    [InlineData("By Jane Doe", "Jane Doe")]
    [InlineData("By Jane Doe and John Roe", "Jane Doe and John Roe")]
    [InlineData("Nga Arben Lila", "Arben Lila")]
    public void A_byline_near_the_top_gives_the_author_and_leaves_the_paragraphs(string byline, string author)
    {
        var article = Parse($"Port strike\n\n{byline}\n\nHarbour workers voted to strike.\n\nThe port stays open.");

        Assert.Equal(author, article.Author);
        Assert.Equal(new[] { "Harbour workers voted to strike.", "The port stays open." }, ParagraphTexts(article));
        Assert.Equal(byline, article.Byline!.Value.Of(article.Text));
    }

    [Theory]
    [InlineData("By Monday the strike had ended.")]
    [InlineData("By Reuters")]
    public void A_paragraph_that_only_starts_like_a_byline_stays(string paragraph)
    {
        var article = Parse($"Port strike\n\n{paragraph}\n\nThe port stays open.");

        Assert.Null(article.Author);
        Assert.Equal(new[] { paragraph, "The port stays open." }, ParagraphTexts(article));
    }

    [Theory]
    [InlineData("The port stays open, officials said. (Reuters)", "Reuters")]
    [InlineData("The port stays open, officials said. — AP", "AP")]
    [InlineData("Porti mbetet i hapur. /Telegrafi/", "Telegrafi")]
    public void A_sign_off_gives_the_source_and_leaves_the_paragraph(string last, string source)
    {
        var article = Parse("Harbour workers voted to strike.\n" + last);

        Assert.Equal(source, article.Source);
        Assert.DoesNotContain(source, ParagraphTexts(article)[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sport/199.txt", "sport")]
    [InlineData("world/europe/2024-05-03-vote.txt", "world/europe")]
    [InlineData("2024-05-03-vote.txt", null)]
    public void The_category_is_the_folder_under_the_corpus_folder(string path, string? category)
    {
        Assert.Equal(category, Parse("Workers voted to strike.", path).Category);
    }

    [Fact]
    public void Counts_cover_the_paragraphs_only()
    {
        var article = Parse("Port strike\n\nHarbour workers voted on Monday. Mr. Smith said 2.5 percent don't agree.\n\nThe port stays open!");

        Assert.Equal(16, article.Counts.Words); // "Mr", "2.5" and "don't" are one word each; the title is not counted
        Assert.Equal(3, article.Counts.Sentences);
        Assert.Equal(1, article.Counts.ReadingMinutes);
        Assert.Equal("Harbour workers voted on Monday. Mr. Smith said 2.5 percent don't agree.".Length + "The port stays open!".Length, article.Counts.Characters);
    }

    [Fact]
    public void The_content_hash_is_the_same_for_LF_CRLF_and_CR_and_changes_with_the_text()
    {
        string lf = Parse("Port strike\n\nWorkers voted.\n").ContentHash;

        Assert.Equal(64, lf.Length);
        Assert.Equal(lf, Parse("Port strike\r\n\r\nWorkers voted.\r\n").ContentHash);
        Assert.Equal(lf, Parse("Port strike\r\rWorkers voted.\r").ContentHash);
        Assert.NotEqual(lf, Parse("Port strike\n\nWorkers voted!\n").ContentHash);
        // SHA-256 of the UTF-8 bytes of "Port strike\n\nWorkers voted.\n", computed independently.
        using var sha = System.Security.Cryptography.SHA256.Create();
        string expected = Convert.ToHexString(sha.ComputeHash(System.Text.Encoding.UTF8.GetBytes("Port strike\n\nWorkers voted.\n"))).ToLowerInvariant();
        Assert.Equal(expected, lf);
    }
}
