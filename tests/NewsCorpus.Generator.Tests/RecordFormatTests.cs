using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using NewsCorpus.Records;
using Xunit;

namespace NewsCorpus.Generator.Tests;

/// <summary>
/// The record format that the generator writes and the runtime reads (one shared source file): every field makes
/// the round trip, through the format and through the runtime's <see cref="ArticleCatalog"/>, metadata never
/// decodes a body, and anything that is not a record fails loudly.
/// </summary>
public class RecordFormatTests
{
    private const string Body = "Title, with a comma\n\nA lead.\n";

    /// <summary>A record whose every field differs from its default, with the format's awkward cases in its strings.</summary>
    private static ArticleRecord Sample() => new()
    {
        Id = "id",
        Path = "sport/id.txt",
        Title = "Title, with a comma",
        Subtitle = "A deck; with a semicolon",
        Headline = "A headline “quoted” ë 😀 \\ \" \n",
        Language = "en",
        Source = "BBC",
        Published = 20240514,
        Dateline = "LONDON, May 3",
        Author = "Jane Doe",
        Category = "sport",
        Url = "https://example.com/a?b=c,d",
        Tags = ["a", "b,c", ""],
        FrontMatter = ["url", "x,y,z", "title", "]O0"],
        WordCount = 2,
        SentenceCount = 1,
        CharacterCount = 7,
        ContentHash = "9bf772c19d9381bec25a2320d299fdba286d43187f49d4ad1728ab01b2ae9028",
        Paragraphs = [21, 28, 30, 1_000_000],
        Quotes = [0, 0, 21, 27, 21, 22, -1, -1, -1, -1, 0, 0, 1, 2, 1, 23, 25, 3, 4, 5, 6, 7, 8, 0, 2, 0],
        Segments = [21, 23, 24, 27],
        DateMentions = [21, 28, 2024, 5, -1, -1],
        BodyIsResource = true,
        TextLength = Body.Length,
        TextChecksum = uint.MaxValue - 7,
    };

    [Fact]
    public void Every_field_of_the_record_reads_back_as_written()
    {
        var written = Sample();
        var read = RecordFormat.Read(RecordFormat.Write(written));

        // Every field, by reflection: a field added to the record is covered without touching this test.
        var fields = typeof(ArticleRecord).GetFields(BindingFlags.Public | BindingFlags.Instance);
        Assert.True(fields.Length >= 24, $"only {fields.Length} fields");
        foreach (var field in fields)
        {
            object? expected = field.GetValue(written), actual = field.GetValue(read);
            Assert.NotEqual(field.GetValue(new ArticleRecord()) is Array empty ? empty.Length : field.GetValue(new ArticleRecord()),
                expected is Array array ? array.Length : expected);
            if (expected is Array) Assert.Equal((IEnumerable<object?>)((Array)expected!).Cast<object?>(), ((Array)actual!).Cast<object?>());
            else Assert.Equal(expected, actual);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Articles_read_every_field_through_the_runtime_and_metadata_never_decodes_the_body(bool utf8)
    {
        var record = Sample();
        record.BodyIsResource = false;
        record.TextChecksum = NewsCorpus.Text.TextChecksum.Of(Body);
        var other = Sample();
        other.Id = "other";
        string block = RecordFormat.WriteBlock([RecordFormat.Write(record), RecordFormat.Write(other)], utf8);
        int decodes = 0;
        string LiteralBody(int index)
        {
            decodes++;
            return Body;
        }

        var catalog = utf8
            ? ArticleCatalog.FromRecords(typeof(RecordFormatTests).Assembly, 2, _ => null, _ => System.Text.Encoding.UTF8.GetBytes(block), LiteralBody, null)
            : ArticleCatalog.FromRecords(typeof(RecordFormatTests).Assembly, 2, _ => block, null, LiteralBody, null);
        var article = catalog.Get("id");

        Assert.Equal(("id", "sport/id.txt", "Title, with a comma", "A headline “quoted” ë 😀 \\ \" \n"), (article.Id, article.Path, article.Title, article.Headline));
        Assert.Equal("A deck; with a semicolon", article.Subtitle);
        Assert.Equal(("en", "BBC", new DateTime(2024, 5, 14)), (article.Language, article.Source, article.Published));
        Assert.Equal(("LONDON, May 3", "Jane Doe", "sport", "https://example.com/a?b=c,d"), (article.Dateline, article.Author, article.Category, article.Url));
        Assert.Equal(["a", "b,c", ""], article.Tags);
        Assert.Equal(("x,y,z", "]O0"), (article.FrontMatter["url"], article.FrontMatter["title"]));
        Assert.Equal((2, 1, 7), (article.WordCount, article.SentenceCount, article.CharacterCount));
        Assert.Equal(record.ContentHash, article.ContentHash);
        Assert.Equal((2, 2), (article.ParagraphCount, article.QuoteCount));
        var mention = Assert.Single(article.MentionedDates);
        Assert.Equal((2024, 5, (int?)null, (DayOfWeek?)null), (mention.Year, mention.Month, mention.Day, mention.Weekday));
        Assert.Equal(0, decodes);

        Assert.Equal(Body, article.Text);
        Assert.Equal("A lead.", article.Lead?.Text);
        Assert.Equal("A lead", article.Quotes[0].Text);
        Assert.Equal(["A ", "ead"], article.Quotes[1].Segments.Select(s => Body.Substring(s.Start, s.Length)));
        Assert.Equal(1, decodes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("ab")]
    [InlineData("Zyrtarët thanë “se” 😀 \u0000\uFFFF end")]
    public void A_packed_block_unpacks_to_its_utf8_bytes_whatever_their_number(string text)
    {
        string packed = RecordFormat.Pack(text);

        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(text), RecordFormat.Unpack(packed));
        Assert.Equal(1 + (System.Text.Encoding.UTF8.GetByteCount(text) + 1) / 2, packed.Length);
        Assert.Null(RecordFormat.Unpack(text.Length > 0 && text[0] == '\u0001' ? "x" : "2" + text));
    }

    [Fact]
    public void A_packed_block_reads_back_through_the_runtime()
    {
        string packed = RecordFormat.Pack(RecordFormat.WriteBlock([RecordFormat.Write(Sample())], utf8: true));

        var article = Assert.Single(ArticleCatalog.FromRecords(typeof(RecordFormatTests).Assembly, 1, _ => packed, null, null, null).All);

        Assert.Equal(("id", "A headline “quoted” ë 😀 \\ \" \n"), (article.Id, article.Headline));
    }

    [Fact]
    public void A_headline_equal_to_the_title_is_stored_once_and_read_back_as_the_title()
    {
        var record = Sample();
        record.Headline = null;
        string block = RecordFormat.WriteBlock([RecordFormat.Write(record)], utf8: false);

        var article = Assert.Single(ArticleCatalog.FromRecords(typeof(RecordFormatTests).Assembly, 1, _ => block, null, null, null).All);

        Assert.Equal("Title, with a comma", article.Headline);
    }

    public static TheoryData<string> BrokenRecords()
    {
        string record = RecordFormat.Write(Sample());
        return new TheoryData<string>
        {
            "",
            record.Substring(0, record.Length - 1),        // cut short
            record + "0",                                  // a field too many
            "]]]]]]]]]0" + record,                         // a number too long
            "Z" + record,                                  // a character that is no digit
            "9" + record.Substring(1),                     // an id longer than it is, which throws every field after it off
        };
    }

    [Theory]
    [MemberData(nameof(BrokenRecords))]
    public void A_record_that_is_not_one_fails_with_a_message_that_says_to_rebuild(string text)
    {
        var error = Assert.Throws<FormatException>(() => RecordFormat.Read(text));
        Assert.Contains("rebuild", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_of_another_format_version_fails_on_first_use_of_an_article()
    {
        string block = RecordFormat.WriteBlock([RecordFormat.Write(Sample())], utf8: false);
        var article = Assert.Single(ArticleCatalog.FromRecords(typeof(RecordFormatTests).Assembly, 1, _ => "9" + block.Substring(1), null, null, null).All);

        var error = Assert.Throws<FormatException>(() => article.Id);
        Assert.Contains("rebuild", error.Message, StringComparison.Ordinal);
    }
}
