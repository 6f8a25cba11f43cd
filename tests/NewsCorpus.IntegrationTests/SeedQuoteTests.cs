using System;
using System.Linq;
using Xunit;

namespace NewsCorpus.IntegrationTests;

/// <summary>The seed is made of reported speech; each statement must come out with who said it.</summary>
public class SeedQuoteTests
{
    private static readonly Article Seed = Articles.BlinkenLavrovG20;

    [Theory]
    [InlineData("Zyrtarët amerikanë", null, "thanë", "dy kryediplomatët biseduan")]
    [InlineData("Një zyrtar i lartë amerikan", null, "tha", "sekretari Blinken i tha ministrit Lavrov")]
    [InlineData("sekretari Blinken", null, "i tha", "Shtetet e Bashkuara do ta mbështesin Ukrainën")]
    [InlineData("sekretari Blinken", null, "bëri thirrje", "Rusia të anulojë vendimin")]
    [InlineData("Ai", "sekretari Blinken", "kërkoi", "Moska të lirojë shtetasin amerikanin Paul Whelan")]
    [InlineData("Zyrtari", "Një zyrtar i lartë amerikan", "tha", "zoti Blinken e kishte bërë të qartë")]
    [InlineData("zoti Blinken", null, "e kishte bërë të qartë", "çdo ide që mund të kishte Rusia")]
    [InlineData("Zyrtari", "Një zyrtar i lartë amerikan", "tha", "pas takimit zoti Blinken nuk pati përshtypjen")]
    [InlineData("zëdhënësja e Ministrisë së Jashtme ruse Maria Zakharova", null, "tha", "ishte zoti Blinken që kishte kërkuar")]
    public void Each_of_the_nine_statements_is_reported_speech_with_its_speaker_and_no_complementizer(string speaker, string? resolved, string cue, string contentStart)
    {
        var quote = Assert.Single(Seed.Quotes, q => q.Text.StartsWith(contentStart, StringComparison.Ordinal));

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(resolved, quote.ResolvedSpeaker);
        Assert.Equal(cue, quote.Cue);
        Assert.Equal(quote.Text, Seed.Text.Substring(quote.Range.Start, quote.Range.Length));
        Assert.Contains(quote.Text, Seed.Paragraphs[quote.ParagraphIndex].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Speakers_are_listed_once_each_with_roles_resolved()
    {
        Assert.Equal(9, Seed.Quotes.Count);
        Assert.Equal(
            ["Zyrtarët amerikanë", "Një zyrtar i lartë amerikan", "sekretari Blinken", "zoti Blinken", "zëdhënësja e Ministrisë së Jashtme ruse Maria Zakharova"],
            Seed.Speakers);
    }

    [Fact]
    public void Quotes_by_a_name_are_found_across_the_corpus()
    {
        var quote = Assert.Single(Articles.QuotesBy("zakharova"));

        Assert.Same(Seed, quote.Article);
        Assert.StartsWith("ishte zoti Blinken", quote.Text, StringComparison.Ordinal);
        Assert.Equal(2, Articles.QuotesBy("Një zyrtar i lartë").Count(q => q.Speaker == "Zyrtari"));
    }
}
