using System.Linq;
using NewsCorpus.Text.Quotes;
using Xunit;
using static NewsCorpus.Text.Tests.QuoteExtraction.QuoteChecks;
using static NewsCorpus.Text.Tests.TestText;

namespace NewsCorpus.Text.Tests.QuoteExtraction;

public class SpeakerResolutionTests
{
    private const string PronounAfterNameInNextParagraph =
        "Senator Ana Ruiz said that the budget was too small.\n"
        + "“We need more money for schools,” she said.";

    private const string PronounAfterNameInSameParagraph =
        "Senator Ana Ruiz said that the budget was too small. She said that schools needed more money.";

    private const string DirectThenReportedPronoun =
        "“The budget is too small,” said Senator Tom Hale.\n"
        + "He said that schools needed more money.";

    private const string RoleAfterFullerRole =
        "Një zyrtar i lartë tha se bisedimet do të vazhdojnë.\n"
        + "Zyrtari tha se palët janë afër një marrëveshjeje.";

    private const string RoleAfterFullerRoleInSameParagraph =
        "Një zyrtar i lartë tha se bisedimet do të vazhdojnë. Zyrtari tha se palët janë afër një marrëveshjeje.";

    private const string TwoNamedSpeakers =
        "Tom Hale said that the budget was too small.\n"
        + "Maria Lopez said that the union would strike.";

    private const string PronounResolvesToLatestName =
        "Tom Hale said that the budget was too small.\n"
        + "Maria Lopez said that the union would strike.\n"
        + "“We will not back down,” she said.";

    private const string PronounBeforeName =
        "“We will not back down,” she said.\n"
        + "Maria Lopez said that the union would strike.";

    [Theory]
    [InlineData(PronounAfterNameInNextParagraph, "she")]
    [InlineData(PronounAfterNameInSameParagraph, "She")]
    public void A_pronoun_speaker_resolves_to_the_named_speaker_before_it(string text, string pronoun)
    {
        var article = Parse(text);

        Assert.Equal(2, article.Quotes.Count);
        var second = article.Quotes[1];
        Assert.Equal(pronoun, second.Speaker.Of(article));
        Assert.Equal("Senator Ana Ruiz", second.ResolvedSpeaker.Of(article));
    }

    [Fact]
    public void A_reported_pronoun_speaker_resolves_to_the_speaker_named_after_a_direct_quote()
    {
        var article = Parse(DirectThenReportedPronoun);

        Assert.Equal(2, article.Quotes.Count);
        Assert.Equal("He", article.Quotes[1].Speaker.Of(article));
        Assert.Equal("Senator Tom Hale", article.Quotes[1].ResolvedSpeaker.Of(article));
    }

    [Fact]
    public void A_pronoun_resolves_to_the_latest_named_speaker()
    {
        var article = Parse(PronounResolvesToLatestName);

        Assert.Equal(3, article.Quotes.Count);
        Assert.Equal("she", article.Quotes[2].Speaker.Of(article));
        Assert.Equal("Maria Lopez", article.Quotes[2].ResolvedSpeaker.Of(article));
    }

    [Theory]
    [InlineData(RoleAfterFullerRole)]
    [InlineData(RoleAfterFullerRoleInSameParagraph)]
    public void A_bare_role_resolves_to_the_fuller_speaker_with_the_same_role_before_it(string text)
    {
        var article = Parse(text);

        Assert.Equal(2, article.Quotes.Count);
        Assert.All(article.Quotes, q => Assert.Equal(ParsedQuoteKind.Indirect, q.Kind));
        Assert.Equal("Një zyrtar i lartë", article.Quotes[0].Speaker.Of(article));
        Assert.Equal("Zyrtari", article.Quotes[1].Speaker.Of(article));
        Assert.Equal("Një zyrtar i lartë", article.Quotes[1].ResolvedSpeaker.Of(article));
    }

    [Theory]
    [InlineData("Smith, who said that the plan needed more work, voted against it.")]
    [InlineData("The bill was opposed by Smith, who said that it would raise taxes.")]
    public void A_relative_pronoun_speaker_resolves_to_the_name_it_follows(string paragraph)
    {
        var article = Parse(paragraph);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(ParsedQuoteKind.Indirect, quote.Kind);
        Assert.Equal("who", quote.Speaker.Of(article));
        Assert.Equal("said", quote.Cue.Of(article));
        Assert.Equal("Smith", quote.ResolvedSpeaker.Of(article));
        Assert.DoesNotContain("that", quote.Content.Of(article));
    }

    [Theory]
    [InlineData(TwoNamedSpeakers)]
    [InlineData("Maria Lopez said that the union would strike.")]
    [InlineData("“We will not back down,” said Maria Lopez.")]
    [InlineData(PronounResolvesToLatestName)]
    public void A_named_speaker_is_not_resolved_to_anyone(string text)
    {
        var article = Parse(text);

        var named = article.Quotes.Where(q => q.Speaker.Of(article) is "Tom Hale" or "Maria Lopez").ToArray();
        Assert.NotEmpty(named);
        Assert.All(named, q => Assert.Null(q.ResolvedSpeaker));
    }

    [Fact]
    public void A_pronoun_with_no_named_speaker_before_it_stays_unresolved()
    {
        var article = Parse("“We will not back down,” she said.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("she", quote.Speaker.Of(article));
        Assert.Null(quote.ResolvedSpeaker);
    }

    [Fact]
    public void A_pronoun_is_not_resolved_to_a_speaker_named_after_it()
    {
        var article = Parse(PronounBeforeName);

        Assert.Equal(2, article.Quotes.Count);
        Assert.Null(article.Quotes[0].ResolvedSpeaker);
    }
}
