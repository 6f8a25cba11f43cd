using System.Linq;
using NewsCorpus.Text.Language;
using Xunit;

namespace NewsCorpus.Text.Tests;

/// <summary>How language identification reads words: where they break, and what a capital or an apostrophe says.</summary>
public class LanguageWordsTests
{
    [Theory]
    [InlineData("Trump’s team", "trump 's team")]
    [InlineData("They don't know", "they don 't know")]
    [InlineData("l’accordo dell’anno", "l' accordo dell anno")]
    [InlineData("qu’il a dit", "qu' 'il a dit")]
    [InlineData("Rock ’n’ roll", "rock n roll")]
    [InlineData("the U.S. and John F. Kennedy", "the and john kennedy")]
    [InlineData("Retired Lt. Gen. Ann Flynn said, Dr. Lee etc. too", "retired ann flynn said lee etc too")]
    [InlineData("COVID-19, 2024: ËSHTË", "covid është")]
    [InlineData("Straße STRASSE", "straße strasse")]
    public void Words_are_lower_case_letters_with_clitics_and_elisions_kept(string text, string words)
    {
        Assert.Equal(words, string.Join(" ", LanguageWords.In(text)));
    }

    [Theory]
    [InlineData("Flynn said Trump was “absolutely right”", 33, "Flynn said Trump was “absolutely")]
    [InlineData("Flynn said Trump was “absolutely right”", 20, "Flynn said Trump was")]
    [InlineData("Flynn said Trump was “absolutely right”", 21, "Flynn said Trump was")]
    [InlineData("Flynn said", 40, "Flynn said")]
    [InlineData("Donaudampfschifffahrt", 5, "Donau")]
    public void A_short_sample_of_a_text_ends_with_a_whole_word(string text, int chars, string sample)
    {
        Assert.Equal(sample, LanguageIdentifier.WholeWordPrefix(text, chars));
    }

    [Fact]
    public void A_capital_starting_a_sentence_is_told_from_one_inside_it()
    {
        var words = LanguageWords.In("Minister Warns. Then Rama spoke", new[] { new SourceRange(0, 31) }).ToList();

        Assert.Equal(
            new[] { ("minister", true, true), ("warns", true, false), ("then", true, true), ("rama", true, false), ("spoke", false, false) },
            words.Select(w => (w.Text, w.Capitalized, w.StartsSentence)));
    }

    [Fact]
    public void Each_range_starts_a_sentence()
    {
        string text = "Title Here|Body Text";
        var words = LanguageWords.In(text, new[] { new SourceRange(0, 10), new SourceRange(11, text.Length) }).ToList();

        Assert.Equal(new[] { true, false, true, false }, words.Select(w => w.StartsSentence));
    }
}
