using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace NewsCorpus.IntegrationTests;

/// <summary>
/// The record an article's metadata is read from, through an article built by hand the way generated code
/// builds one: what it reads back, that metadata never decodes the body, and that a broken record fails loudly.
/// </summary>
public class ArticleRecordTests
{
    private const string Body = "Title, with a comma\n\nA lead.\n";

    // Fields in the generator's order: version, id, path, title, language, source, published, paragraph ranges,
    // quote table, segment ranges, headline, dateline, author, category, url, tags, front matter, words,
    // sentences, characters, content hash, date mentions, text length, text checksum.
    private const string Record =
        "1,2,id,12,sport/id.txt,19,Title, with a comma,2,en,3,BBC,10,2024-05-14,2,21,28,0,0,19,Title, with a comma," +
        "-1,-1,5,sport,-1,2,1,a,3,b,c,2,3,url,5,x,y,z,2,1,7,4,abcd,6,21,28,2024,5,-1,-1,29,0,";

    [Fact]
    public void Every_field_reads_back_as_written_including_commas_inside_strings()
    {
        var article = new HandWrittenArticle(Record);

        Assert.Equal("id", article.Id);
        Assert.Equal("sport/id.txt", article.Path);
        Assert.Equal("Title, with a comma", article.Title);
        Assert.Equal("Title, with a comma", article.Headline);
        Assert.Equal("en", article.Language);
        Assert.Equal("BBC", article.Source);
        Assert.Equal(new DateTime(2024, 5, 14), article.Published);
        Assert.Null(article.Dateline);
        Assert.Null(article.Author);
        Assert.Equal("sport", article.Category);
        Assert.Null(article.Url);
        Assert.Equal(["a", "b,c"], article.Tags);
        Assert.Equal("x,y,z", article.FrontMatter["url"]);
        Assert.Equal((2, 1, 7, "abcd"), (article.WordCount, article.SentenceCount, article.CharacterCount, article.ContentHash));
        Assert.Equal(1, article.ParagraphCount);
        Assert.Equal(0, article.QuoteCount);
        var mention = Assert.Single(article.MentionedDates);
        Assert.Equal((2024, 5, (int?)null), (mention.Year, mention.Month, mention.Day));
    }

    [Fact]
    public void Metadata_and_counts_never_decode_the_body_and_the_body_is_decoded_once()
    {
        var article = new HandWrittenArticle(Record);

        _ = (article.Id, article.Title, article.Headline, article.Language, article.Source, article.Published, article.Category);
        _ = (article.Tags.Count, article.FrontMatter.Count, article.WordCount, article.ParagraphCount, article.QuoteCount, article.MentionedDates.Count);
        Assert.Equal(0, article.TextDecodes);

        Assert.Equal("A lead.", article.Lead?.Text);
        Assert.Equal(Body, article.Text);
        Assert.Equal(1, article.TextDecodes);
    }

    public static TheoryData<string> BrokenRecords => new()
    {
        "",
        "2" + Record.Substring(1),                      // another format version
        Record.Substring(0, Record.Length - 1),          // cut short
        Record + "7,",                                   // a field too many
        Record.Replace("2,id,", "9,id,"),                // a string longer than what follows it
        Record.Replace(",0,0,19,", ",5,0,19,"),          // a quote table that is not whole quotes
        Record.Replace(",2,1,a,", ",999999,1,a,"),       // a count beyond the record
        Record.Replace("1,7,4,", "1,x,4,"),              // a letter for a number
        "1,2,id,12,sport/id.txt,-1,-1,",                 // a language of null
    };

    [Theory]
    [MemberData(nameof(BrokenRecords))]
    public void A_record_that_is_not_one_fails_with_a_message_that_says_to_rebuild(string record)
    {
        var article = new HandWrittenArticle(record);

        var error = Assert.Throws<FormatException>(() => article.Id);
        Assert.Contains("rebuild", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_generated_corpus_reads_back_through_the_same_records()
    {
        var all = Articles.All;

        Assert.NotEmpty(all);
        Assert.All(all, article => Assert.Same(article, Articles.Get(article.Id)));
        Assert.Equal(all.Select(a => a.Path).OrderBy(p => p, StringComparer.Ordinal), all.Select(a => a.Path));
    }

    [Fact]
    public void The_record_is_read_from_the_generated_constant_and_a_class_without_one_is_told_to_rebuild()
    {
        Assert.Equal("blinken-lavrov-g20", new WithConstant().Id);

        var error = Assert.Throws<InvalidOperationException>(() => new WithoutConstant().Id);
        Assert.Contains("EmbeddedRecord", error.Message, StringComparison.Ordinal);
    }

    private sealed class WithConstant : Article
    {
        private const string EmbeddedRecord = "1,18,blinken-lavrov-g20,5,x.txt,-1,2,sq,-1,-1,0,0,0,1,x,-1,-1,-1,-1,0,0,0,0,0,1,h,0,0,0,";

        protected override string DecodeText() => "";
    }

    private sealed class WithoutConstant : Article
    {
        protected override string DecodeText() => "";
    }

    private sealed class HandWrittenArticle(string record) : Article
    {
        public int TextDecodes { get; private set; }

        protected override string DecodeRecord() => record;

        protected override string DecodeText()
        {
            TextDecodes++;
            return Body;
        }
    }
}
