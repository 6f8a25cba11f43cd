using System.Linq;
using NewsCorpus.Cli.Evaluation;
using NewsCorpus.Text;
using Xunit;

namespace NewsCorpus.Cli.Tests.Evaluation;

/// <summary>Reading BRAT standoff: T spans, E attributions, A types; bad lines cost themselves only.</summary>
public sealed class BratDocumentTests
{
    [Fact]
    public void An_event_links_its_content_source_and_cue_spans_into_one_attribution()
    {
        var document = BratDocument.Parse(
            "T1\tSource 0 9\tThe mayor\n" +
            "T2\tCue 10 14\tsaid\n" +
            "T3\tContent 15 40\tthe bridge opens in May.\n" +
            "T4\tAttribution 10 14\tsaid\n" +
            "E1\tAttribution:T4 Cue:T2 Source:T1 Content:T3\n");

        var attribution = Assert.Single(document.Attributions);
        Assert.Equal(new SourceRange(15, 40), attribution.Content);
        Assert.Equal(new SourceRange(0, 9), attribution.Source);
        Assert.Equal(new SourceRange(10, 14), attribution.Cue);
        Assert.Equal("the bridge opens in May.", attribution.ContentText);
        Assert.Null(attribution.Type);
    }

    [Fact]
    public void A_discontinuous_content_keeps_every_fragment_and_spans_their_hull()
    {
        var document = BratDocument.Parse(
            "T1\tContent 10 20;25 40;44 50\tfirst part second part end\n" +
            "E1\tAttribution:T9 Content:T1\n");

        var attribution = Assert.Single(document.Attributions);
        Assert.Equal([new SourceRange(10, 20), new SourceRange(25, 40), new SourceRange(44, 50)], attribution.ContentFragments);
        Assert.Equal(new SourceRange(10, 50), attribution.Content);
    }

    [Fact]
    public void An_attribution_without_source_or_cue_has_them_null()
    {
        var document = BratDocument.Parse("T1\tContent 3 8\tabcde\nE1\tAttribution-no-source:T2 Content:T1\n");

        var attribution = Assert.Single(document.Attributions);
        Assert.Null(attribution.Source);
        Assert.Null(attribution.Cue);
    }

    [Fact]
    public void An_event_without_content_is_ignored()
    {
        var document = BratDocument.Parse(
            "T1\tSource 0 4\tAnna\nT2\tCue 5 9\tsaid\n" +
            "E1\tAttribution:T2 Source:T1 Cue:T2\n" +
            "E2\tAttribution:T2 Source:T1 Content:T7\n");   // T7 does not exist

        Assert.Empty(document.Attributions);
    }

    [Fact]
    public void Malformed_lines_are_skipped_and_the_rest_is_read()
    {
        var document = BratDocument.Parse(
            "T1\tContent 30 20\tend before start\n" +
            "T2\tContent ten 20\tnot a number\n" +
            "T3\tContent 5\tone offset\n" +
            "T4\tContent 1 2;\tempty fragment\n" +
            "T5\tContent\n" +
            "T6\n" +
            "garbage without tabs\n" +
            "\n" +
            "#1\tAnnotatorNotes T8\ta note\n" +
            "R1\tRelated Arg1:T8 Arg2:T8\n" +
            "E9\n" +
            "E1\tAttribution:T1 Content:T1\nE2\tContent:T2\nE3\tContent:T3\nE4\tContent:T4\nE5\tContent:T5\nE6\tContent:T6\n" +
            "T8\tContent 100 120\tstill read\r\n" +
            "E7\tContent:T8 Source:T1 Cue:\r\n");

        Assert.Equal(["T8"], document.Spans.Keys);
        var attribution = Assert.Single(document.Attributions);
        Assert.Equal(new SourceRange(100, 120), attribution.Content);
        Assert.Equal("still read", attribution.ContentText);
        Assert.Null(attribution.Source);
    }

    [Fact]
    public void A_spans_order_in_the_file_does_not_matter()
    {
        var document = BratDocument.Parse("E1\tAttribution:T3 Source:T2 Content:T1\nT1\tContent 10 20\tx\nT2\tSource 0 5\ty\n");

        var attribution = Assert.Single(document.Attributions);
        Assert.Equal(new SourceRange(0, 5), attribution.Source);
    }

    [Fact]
    public void An_attribute_line_passes_its_type_through_to_the_event()
    {
        var document = BratDocument.Parse(
            "T1\tContent 0 5\ta\nT2\tContent 10 15\tb\nT3\tContent 20 25\tc\n" +
            "E1\tAttribution:T9 Content:T1\nE2\tAttribution:T9 Content:T2\nE3\tAttribution:T9 Content:T3\n" +
            "A1\tType E1 Direct\n" +
            "A2\tConfidence E2 High\nA3\tType E2 FreeIndirect\n" +
            "A4\tType T3 Indirect\n");   // attributes a span, not an event

        Assert.Equal(["Direct", "FreeIndirect", null], document.Attributions.Select(a => a.Type));
    }
}
