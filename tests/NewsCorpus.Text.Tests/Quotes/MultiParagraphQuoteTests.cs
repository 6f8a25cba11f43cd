using System.Linq;
using System.Text;
using NewsCorpus.Text.Quotes;
using Xunit;
using static NewsCorpus.Text.Tests.QuoteExtraction.QuoteChecks;
using static NewsCorpus.Text.Tests.TestText;

namespace NewsCorpus.Text.Tests.QuoteExtraction;

/// <summary>
/// A quotation over several paragraphs, printed with an opening mark at the start of each paragraph and
/// one closing mark at the end: one quote, whole, with its speaker; whether the paragraphs are kept apart
/// or were run together in one line.
/// </summary>
public class MultiParagraphQuoteTests
{
    public static TheoryData<string, string, string?, string?> OneQuotation => new()
    {
        // Kept apart, the cue before.
        {
            "US Attorney Paul McNulty said: \"John Sankus and his gang thought they would never be caught.\n"
            + "\"They were wrong. These sentences should send a message to others.\"",
            "John Sankus and his gang thought they would never be caught. They were wrong. These sentences should send a message to others.",
            "US Attorney Paul McNulty", "said"
        },

        // Run together in one line, the cue before (the BBC files lost the breaks).
        {
            "US Attorney Paul McNulty said at the time: \"John Sankus and his gang thought they would never be caught. "
            + "\"They were wrong. These sentences should send a message to others.\"",
            "John Sankus and his gang thought they would never be caught. They were wrong. These sentences should send a message to others.",
            "US Attorney Paul McNulty", "said"
        },

        // Run together, the cue after.
        {
            "“The repairs will take until the spring. “We ask drivers to be patient and to use the ring road,” the mayor said.",
            "The repairs will take until the spring. We ask drivers to be patient and to use the ring road",
            "the mayor", "said"
        },

        // Kept apart, the cue after.
        {
            "“The repairs will take until the spring.\n“We ask drivers to be patient and to use the ring road,” the mayor said.",
            "The repairs will take until the spring. We ask drivers to be patient and to use the ring road",
            "the mayor", "said"
        },

        // Split by its cue in the middle, then over two paragraphs run together.
        {
            "\"The bridge will stay closed,\" the mayor said. \"It is not safe. \"We ask drivers to use the ring road.\"",
            "The bridge will stay closed. It is not safe. We ask drivers to use the ring road.",
            "the mayor", "said"
        },

        // Run together, then kept apart: three paragraphs.
        {
            "The mayor said: “The repairs will take until the spring. “The ferry will run twice an hour.\n“We ask drivers to be patient.”",
            "The repairs will take until the spring. The ferry will run twice an hour. We ask drivers to be patient.",
            "The mayor", "said"
        },

        // Single quotes nested inside, straight and curly.
        {
            "The minister said: \"They told us 'wait' and we waited. \"Now the 'temporary' bridge is ten years old.\"",
            "They told us 'wait' and we waited. Now the 'temporary' bridge is ten years old.",
            "The minister", "said"
        },
        {
            "The minister said: “They told us ‘wait’ and we waited.\n“Now the ‘temporary’ bridge is ten years old.”",
            "They told us ‘wait’ and we waited. Now the ‘temporary’ bridge is ten years old.",
            "The minister", "said"
        },

        // German „…“, run together and kept apart.
        {
            "Die Ministerin sagte: „Wir werden weiter verhandeln. „Eine Einigung ist noch in diesem Jahr möglich.“",
            "Wir werden weiter verhandeln. Eine Einigung ist noch in diesem Jahr möglich.",
            "Die Ministerin", "sagte"
        },
        {
            "„Wir werden weiter verhandeln.\n„Eine Einigung ist noch in diesem Jahr möglich“, sagte die Ministerin.",
            "Wir werden weiter verhandeln. Eine Einigung ist noch in diesem Jahr möglich",
            "die Ministerin", "sagte"
        },

        // French « … » with its inner spaces, run together and kept apart.
        {
            "« Nous allons continuer les négociations. « Un accord reste possible cette année », a déclaré le ministre.",
            "Nous allons continuer les négociations. Un accord reste possible cette année",
            "le ministre", "a déclaré"
        },
        {
            "« Nous allons continuer les négociations.\n« Un accord reste possible cette année », a déclaré le ministre.",
            "Nous allons continuer les négociations. Un accord reste possible cette année",
            "le ministre", "a déclaré"
        },

        // Italian «…».
        {
            "Il premier ha detto: «La riforma è pronta. «La voteremo entro l'estate».",
            "La riforma è pronta. La voteremo entro l'estate",
            "Il premier", "ha detto"
        },

        // Albanian, paragraphs run together without a blank between them.
        {
            "Ai tha: “Do të vazhdojmë me dialogun.“BE tash duhet të vendosë për liberalizimin e vizave.”",
            "Do të vazhdojmë me dialogun. BE tash duhet të vendosë për liberalizimin e vizave.",
            "Ai", "tha"
        },
    };

    [Theory]
    [MemberData(nameof(OneQuotation))]
    public void A_quotation_over_paragraphs_is_one_quote_from_its_first_opening_to_its_last_closing_mark(
        string text, string statement, string? speaker, string? cue)
    {
        var article = Parse(text);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(ParsedQuoteKind.Direct, quote.Kind);
        Assert.Equal(OuterSpan(text), quote.Content);
        Assert.Equal(statement, QuoteText(quote, article));
        Assert.Equal(speaker, quote.Speaker.Of(article));
        Assert.Equal(cue, quote.Cue.Of(article));
        Assert.Empty(DiagnosticsWith(article, DiagnosticIds.UnbalancedQuotationMark));
    }

    [Theory]
    [MemberData(nameof(OneQuotation))]
    public void The_segments_of_a_quotation_over_paragraphs_hold_no_mark_of_their_own_quotation(
        string text, string statement, string? speaker, string? cue)
    {
        _ = (statement, speaker, cue);
        var article = Parse(text);

        var quote = Assert.Single(article.Quotes);
        char openingMark = text[text.IndexOfAny(OpeningMarks)];
        Assert.All(quote.Segments, s => Assert.DoesNotContain(openingMark, s.Of(article)));
        Assert.All(quote.Segments, s => Assert.Equal(s.Of(article).Trim(), s.Of(article)));
    }

    [Fact]
    public void A_verb_inside_the_quotation_is_not_attributed_to_the_speaker_outside_it()
    {
        // "thought" is the gang's, inside McNulty's quotation: no second statement of McNulty's.
        string text = "US Attorney Paul McNulty said at the time: \"John Sankus and his gang thought they would never be caught. "
            + "\"They were wrong.\" The trial ended on Friday.";

        var article = Parse(text);

        Assert.DoesNotContain(article.Quotes, q => q.Cue.Of(article) == "thought");
        Assert.Single(OfKind(article, ParsedQuoteKind.Direct));
    }

    [Theory]
    [InlineData("US Attorney Paul McNulty said at the time: \"John Sankus and his gang thought they would never be caught.")]
    [InlineData("US Attorney Paul McNulty said at the time: \"John Sankus and his gang thought they would never be caught. \"Their lawyer told us that they would appeal.")]
    public void A_verb_inside_a_quotation_that_never_closes_takes_no_speaker_from_outside_it(string text)
    {
        int mark = text.IndexOf('"');

        var article = Parse(text);

        // "thought" may go to "his gang", named inside the quotation, but never to McNulty.
        Assert.All(article.Quotes.Where(q => q.Cue?.Start > mark), q => Assert.True(q.Speaker?.Start > mark, Describe(article)));
        Assert.Equal(mark, Assert.Single(DiagnosticsWith(article, DiagnosticIds.UnbalancedQuotationMark)).Range.Start);
    }

    [Fact]
    public void A_verb_inside_a_quotation_that_never_closes_keeps_a_speaker_named_inside_it()
    {
        string text = "The mayor said at the time: \"The contractor told us that the bridge would open in May.";

        var article = Parse(text);

        Assert.Contains(article.Quotes, q => q.Speaker.Of(article) == "The contractor" && q.Cue.Of(article) == "told");
    }

    [Theory]
    [InlineData("The mayor said: “The repairs will take until the spring. “We ask drivers to be patient.")]
    [InlineData("The mayor said: “The repairs will take until the spring.\n“We ask drivers to be patient.\nThe council meets on Monday.")]
    [InlineData("The mayor said: “The repairs will take until the spring. “We ask drivers to be patient. “Thank you.\n“The ferry runs twice an hour.")]
    public void A_quotation_over_paragraphs_that_never_closes_gives_no_quote_and_one_NC0005_at_its_first_mark(string text)
    {
        var article = Parse(text);

        Assert.DoesNotContain(article.Quotes, q => q.Kind == ParsedQuoteKind.Direct);
        var finding = Assert.Single(DiagnosticsWith(article, DiagnosticIds.UnbalancedQuotationMark));
        Assert.Equal(text.IndexOf('“'), finding.Range.Start);
        Assert.Equal(FindingSeverity.Info, finding.Severity);
        Assert.Equal(1, finding.Line);
    }

    [Fact]
    public void The_attribution_that_introduces_a_quotation_keeps_it_when_the_next_sentence_opens_with_another_speaker()
    {
        string text = "Khan told an Indian news channel: \"They are not even letting me go home. \"They did not give me any notice.\" "
            + "Bipin Bihari, a deputy commissioner, said she had overstayed her visa.";

        var article = Parse(text);

        var quote = Assert.Single(OfKind(article, ParsedQuoteKind.Direct));
        Assert.Equal("Khan", quote.Speaker.Of(article));
        Assert.Equal("told", quote.Cue.Of(article));
        Assert.Contains(article.Quotes, q => q.Speaker.Of(article) == "Bipin Bihari, a deputy commissioner" && Clause(q, article) == "she had overstayed her visa");
    }

    [Fact]
    public void A_mark_typed_for_the_closing_one_still_closes_when_no_later_mark_does()
    {
        // “…“ as typed: the second “ may open the next paragraph of the quotation, but nothing closes that one.
        string text = "Ai tha: “Puna vazhdon.“Nesër ministri do të vizitojë qytetin.";

        var article = Parse(text);

        var quote = Assert.Single(OfKind(article, ParsedQuoteKind.Direct));
        Assert.Equal("Puna vazhdon.", quote.Content.Of(article));
        Assert.Empty(DiagnosticsWith(article, DiagnosticIds.UnbalancedQuotationMark));
    }

    [Fact]
    public void A_repeated_mark_without_a_sentence_end_before_it_is_no_new_paragraph_of_the_quotation()
    {
        // The first “ never closes (a typo); the second opens a quotation of its own.
        string text = "Ai tha “se do të vijë dhe pastaj deklaroi: “Nuk e di ende.”";

        var article = Parse(text);

        Assert.Equal(new[] { "Nuk e di ende." }, QuoteTexts(article).Where(t => t.StartsWith("Nuk", System.StringComparison.Ordinal)).ToArray());
        Assert.Equal(text.IndexOf('“'), Assert.Single(DiagnosticsWith(article, DiagnosticIds.UnbalancedQuotationMark)).Range.Start);
    }

    [Fact]
    public void Long_runs_of_paragraph_marks_that_never_close_parse_into_well_formed_quotes_and_one_finding_per_quotation()
    {
        var builder = new StringBuilder("He said: ");
        for (int i = 0; i < 50_000; i++) builder.Append("\"We went on. ");
        string text = builder.ToString();

        var article = Parse(text);

        Assert.Empty(Violations(article));
        Assert.DoesNotContain(article.Quotes, q => q.Kind == ParsedQuoteKind.Direct);
        Assert.Single(DiagnosticsWith(article, DiagnosticIds.UnbalancedQuotationMark));
    }

    private static readonly char[] OpeningMarks = { '"', '“', '„', '«' };

    /// <summary>
    /// From after the first opening mark to before the last closing mark, blanks and the narration's comma before
    /// that mark trimmed: a direct quote's range.
    /// </summary>
    private static SourceRange OuterSpan(string text)
    {
        int open = text.IndexOfAny(OpeningMarks);
        int start = open + 1;
        while (char.IsWhiteSpace(text[start])) start++;
        int close = text.LastIndexOfAny(new[] { '"', '”', '“', '»' });
        int end = close;
        while (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ',') end--;
        return new SourceRange(start, end);
    }

    /// <summary>What the generated <c>Quote.Text</c> reads.</summary>
    private static string QuoteText(ParsedQuote quote, ParsedArticle article) => quote.TextIn(article.Text);
}
