using Xunit;

namespace NewsCorpus.Cli.Tests;

/// <summary>The id `corpus show` suggests for one that is not there.</summary>
public sealed class NearestIdTests
{
    private static readonly string[] Ids = ["blinken-lavrov-g20", "harbour-strike-1", "harbour-strike-2", "takimi"];

    [Theory]
    [InlineData("blinken-lavrov", "blinken-lavrov-g20")]
    [InlineData("blinkin-lavrov-g20", "blinken-lavrov-g20")]
    [InlineData("Takimi", "takimi")]
    [InlineData("takim", "takimi")]
    [InlineData("lavrov", "blinken-lavrov-g20")]
    public void A_slip_or_a_part_of_one_id_names_that_id(string typed, string expected)
    {
        Assert.Equal(expected, NearestId.Of(typed, Ids));
    }

    [Theory]
    [InlineData("weather-report")]
    [InlineData("harbour")] // a part of two ids
    [InlineData("harbour-strike-3")] // one edit from two ids
    [InlineData("")]
    public void Nothing_close_or_two_equally_close_names_none(string typed)
    {
        Assert.Null(NearestId.Of(typed, Ids));
    }
}
