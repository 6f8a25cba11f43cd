using System;
using System.Linq;
using Xunit;

namespace NewsCorpus.IntegrationTests;

/// <summary>The seed is made of reported speech; each statement must come out with who said it.</summary>
public class SeedQuoteTests
{
    private static readonly Article Seed = Articles.BlinkenLavrovG20;

    [Theory]
    [InlineData("Zyrtarët amerikanë", null, "thanë", "se dy kryediplomatët biseduan")]
    [InlineData("Një zyrtar i lartë amerikan", null, "tha", "se sekretari Blinken i tha ministrit Lavrov")]
    [InlineData("Zyrtari", "Një zyrtar i lartë amerikan", "tha", "se zoti Blinken e kishte bërë të qartë")]
    [InlineData("Zyrtari", "Një zyrtar i lartë amerikan", "tha", "se pas takimit zoti Blinken nuk pati përshtypjen")]
    [InlineData("zëdhënësja e Ministrisë së Jashtme ruse Maria Zakharova", null, "tha", "se ishte zoti Blinken që kishte kërkuar")]
    public void Each_tha_se_statement_is_reported_speech_with_its_speaker(string speaker, string? resolved, string cue, string contentStart)
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
        Assert.Equal(
            ["Zyrtarët amerikanë", "Një zyrtar i lartë amerikan", "sekretari Blinken", "zëdhënësja e Ministrisë së Jashtme ruse Maria Zakharova"],
            Seed.Speakers);
    }

    [Fact]
    public void Quotes_by_a_name_are_found_across_the_corpus()
    {
        var quote = Assert.Single(Articles.QuotesBy("zakharova"));

        Assert.Same(Seed, quote.Article);
        Assert.StartsWith("se ishte zoti Blinken", quote.Text, StringComparison.Ordinal);
        Assert.Equal(2, Articles.QuotesBy("Një zyrtar i lartë").Count(q => q.Speaker == "Zyrtari"));
    }
}
