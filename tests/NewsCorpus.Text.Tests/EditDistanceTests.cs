using NewsCorpus.Text.Naming;
using Xunit;

namespace NewsCorpus.Text.Tests;

/// <summary>The one edit distance, which the id check and the CLI's "did you mean" both use.</summary>
public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("flaw", "lawn", 2)]
    public void Without_a_bound_it_is_the_levenshtein_distance(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b));
        Assert.Equal(expected, EditDistance.Between(b, a));
    }

    [Theory]
    [InlineData("kitten", "sitting", 10, 3)]
    [InlineData("flaw", "lawn", 10, 2)]
    [InlineData("same", "same", 0, 0)]
    [InlineData("abcdef", "uvwxyz", 2, 3)]
    [InlineData("short", "a much longer one", 3, 4)]
    public void It_is_exact_within_its_bound_and_bound_plus_one_past_it(string a, string b, int bound, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b, bound));
    }
}
