using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NewsCorpus.Cli.LanguageEvaluation;
using NewsCorpus.Text;
using Xunit;

namespace NewsCorpus.Cli.Tests.LanguageEvaluation;

/// <summary>`corpus eval-language`: whole articles and body prefixes scored against the expected language.</summary>
public sealed class LanguageEvalCommandTests : IDisposable
{
    private const string EnglishBody =
        "The council said on Monday that the new bridge over the river would open to traffic in the spring, "
        + "after two years of work and a long argument about its cost.";

    private const string GermanBody = "Der Stadtrat hat am Montag beschlossen, dass die neue Brücke über den Fluss im Frühjahr für den Verkehr geöffnet wird.\n";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("newscorpus-eval-language-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Every_article_file_under_the_folder_is_counted_once_as_right_und_or_wrong()
    {
        Write("bridge.txt", "Bridge to open in spring\n\n" + EnglishBody + "\n");
        Write("local/school.txt", "The school was closed for a week because the heating had failed, and the pupils were sent home with work for the days they missed.\n");
        Write("local/notes.markdown", "Not an article (only .txt and .md are), and not counted.");
        // Mislabelled: a German article in the English folder is a wrong answer, not an undetermined one.
        Write("local/stadt.txt", "Der Stadtrat hat am Montag beschlossen, dass die neue Brücke über den Fluss im Frühjahr für den Verkehr geöffnet wird.\n");
        Write("empty-body.txt", "Breaking news\n");

        var (exit, output) = Run("en", 60);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output.Split(Environment.NewLine).Single(line => line.StartsWith('{')));
        var root = json.RootElement;
        Assert.Equal(("en", 60, 4), (root.GetProperty("expected").GetString(), root.GetProperty("chars").GetInt32(), root.GetProperty("documents").GetInt32()));
        Assert.Equal((0.5, 2, 1, 1), Tally(root.GetProperty("whole")));
        Assert.Equal((0.5, 2, 1, 1), Tally(root.GetProperty("prefix")));
        Assert.Contains("whole article", output, StringComparison.Ordinal);
        Assert.Contains("first 60 chars of body", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_articles_identified_wrongly_or_as_und_are_listed_after_the_totals_with_what_was_expected_and_got()
    {
        Write("bridge.txt", EnglishBody);
        Write("local/stadt.txt", GermanBody);
        Write("local/numbers.txt", "2024 · 17 · 42\n");

        var (_, output) = Run("en", 60);

        var lines = output.Split(Environment.NewLine);
        int heading = Array.IndexOf(lines, "2 article(s) not identified as en (whole article):");
        Assert.True(heading > Array.FindIndex(lines, line => line.StartsWith("whole article", StringComparison.Ordinal)), output);
        Assert.Equal(["  local/numbers.txt  expected en, got und", "  local/stadt.txt    expected en, got de"], lines[(heading + 1)..(heading + 3)]);

        using var json = JsonDocument.Parse(lines.Single(line => line.StartsWith('{')));
        Assert.Equal([("local/numbers.txt", "en", "und"), ("local/stadt.txt", "en", "de")], json.RootElement.GetProperty("misses").EnumerateArray()
            .Select(m => (m.GetProperty("path").GetString(), m.GetProperty("expected").GetString(), m.GetProperty("got").GetString())));
    }

    [Fact]
    public void The_table_lists_the_first_misses_and_says_how_many_more_while_the_json_holds_them_all()
    {
        int count = LanguageReportWriter.ListedMisses + 3;
        for (int i = 0; i < count; i++) Write($"de/{i:D2}.txt", GermanBody);

        var (_, output) = Run("en", 60);

        var lines = output.Split(Environment.NewLine);
        Assert.Equal(LanguageReportWriter.ListedMisses, lines.Count(line => line.EndsWith("expected en, got de", StringComparison.Ordinal)));
        Assert.Contains("  de/00.txt  expected en, got de", lines);
        Assert.DoesNotContain("  de/22.txt  expected en, got de", lines);
        Assert.Contains("  and 3 more (all of them are in the JSON line)", lines);
        using var json = JsonDocument.Parse(lines.Single(line => line.StartsWith('{')));
        Assert.Equal(count, json.RootElement.GetProperty("misses").GetArrayLength());
    }

    [Fact]
    public void Nothing_is_listed_when_every_article_is_identified_rightly()
    {
        Write("bridge.txt", EnglishBody);

        var (_, output) = Run("en", 60);

        Assert.DoesNotContain("not identified", output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output.Split(Environment.NewLine).Single(line => line.StartsWith('{')));
        Assert.Equal(0, json.RootElement.GetProperty("misses").GetArrayLength());
    }

    [Fact]
    public void The_output_is_a_table_then_exactly_one_json_line_at_the_end()
    {
        Write("bridge.txt", EnglishBody);

        var (_, output) = Run("en", 60);

        var lines = output.TrimEnd().Split(Environment.NewLine);
        Assert.Single(lines, line => line.StartsWith('{'));
        Assert.StartsWith("{", lines[^1], StringComparison.Ordinal);
        Assert.Equal("1 article(s), expected language en", lines[0]);
    }

    [Fact]
    public void The_prefix_is_the_body_without_its_title_cut_at_the_given_length_back_to_a_whole_word()
    {
        var article = ArticleParser.Parse("Bridge to open in spring\n\nFirst paragraph.\n\nSecond one.\n", "bridge.txt");

        Assert.NotNull(article.Title);
        Assert.Equal("First paragraph.\nSecond one.", LanguageEvalCommand.BodyPrefix(article, 100));
        Assert.Equal("First", LanguageEvalCommand.BodyPrefix(article, 11));
        Assert.Equal("First paragraph.", LanguageEvalCommand.BodyPrefix(article, 16));
    }

    [Fact]
    public void A_short_prefix_may_be_undetermined_where_the_whole_article_is_not()
    {
        // The title is English too, but only the body's first ten characters ("The counci") are identified.
        Write("bridge.txt", "Bridge to open in spring\n\n" + EnglishBody + "\n");

        using var json = JsonDocument.Parse(Run("en", 10).Output.Split(Environment.NewLine).Single(line => line.StartsWith('{')));

        Assert.Equal((1.0, 1, 0, 0), Tally(json.RootElement.GetProperty("whole")));
        Assert.Equal((0.0, 0, 1, 0), Tally(json.RootElement.GetProperty("prefix")));
    }

    [Fact]
    public void A_missing_folder_or_a_length_below_one_is_an_error()
    {
        var error = new StringWriter();
        Assert.Equal(2, LanguageEvalCommand.Run(new StringWriter(), error, new DirectoryInfo(Path.Combine(_folder.FullName, "absent")), "en", 60));
        Assert.Contains("No such folder", error.ToString(), StringComparison.Ordinal);

        Assert.Equal(2, LanguageEvalCommand.Run(new StringWriter(), new StringWriter(), _folder, "en", 0));
    }

    private (int Exit, string Output) Run(string expected, int chars)
    {
        var output = new StringWriter();
        int exit = LanguageEvalCommand.Run(output, new StringWriter(), _folder, expected, chars);
        return (exit, output.ToString());
    }

    private static (double Accuracy, int Correct, int Und, int Wrong) Tally(JsonElement tally) =>
        (tally.GetProperty("accuracy").GetDouble(), tally.GetProperty("correct").GetInt32(), tally.GetProperty("und").GetInt32(), tally.GetProperty("wrong").GetInt32());

    private void Write(string relativePath, string text)
    {
        string path = Path.Combine(_folder.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }
}
