using System;
using System.Linq;
using System.Text;
using NewsCorpus.Text.Decoding;
using Xunit;

namespace NewsCorpus.Text.Tests;

public class DecoderTests
{
    private const string Sample = "Çmimet u rritën në Shkodër.\r\n“Jemi të shqetësuar,” tha ai.";

    [Fact]
    public void UTF8_without_a_byte_order_mark_is_decoded_as_is()
    {
        Assert.Equal(Sample, ArticleDecoder.Decode(new UTF8Encoding(false).GetBytes(Sample)));
    }

    [Fact]
    public void A_UTF8_byte_order_mark_is_removed()
    {
        byte[] bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(new UTF8Encoding(false).GetBytes(Sample)).ToArray();

        string text = ArticleDecoder.Decode(bytes);

        Assert.Equal(Sample, text);
        Assert.DoesNotContain('\uFEFF', text);
    }

    [Fact]
    public void UTF16_little_endian_with_a_byte_order_mark_is_decoded_without_the_mark()
    {
        byte[] bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes(Sample)).ToArray();

        Assert.Equal(Sample, ArticleDecoder.Decode(bytes));
    }

    [Fact]
    public void UTF16_big_endian_with_a_byte_order_mark_is_decoded_without_the_mark()
    {
        byte[] bytes = new byte[] { 0xFE, 0xFF }.Concat(Encoding.BigEndianUnicode.GetBytes(Sample)).ToArray();

        Assert.Equal(Sample, ArticleDecoder.Decode(bytes));
    }

    [Fact]
    public void A_lone_0xA3_byte_becomes_one_replacement_character()
    {
        // "Çmimi: 5 £" written in Latin-1: 0xA3 is not valid UTF-8 on its own.
        byte[] bytes = Encoding.ASCII.GetBytes("Cmimi: 5 ").Concat(new byte[] { 0xA3 }).Concat(Encoding.ASCII.GetBytes(" sot.")).ToArray();

        string text = ArticleDecoder.Decode(bytes);

        Assert.Equal("Cmimi: 5 \uFFFD sot.", text);
    }

    [Fact]
    public void A_byte_order_mark_alone_decodes_to_empty_text()
    {
        Assert.Equal("", ArticleDecoder.Decode(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.Equal("", ArticleDecoder.Decode(new byte[] { 0xFF, 0xFE }));
        Assert.Equal("", ArticleDecoder.Decode(Array.Empty<byte>()));
    }

    [Fact]
    public void A_second_byte_order_mark_inside_the_text_is_kept()
    {
        byte[] bytes = new byte[] { 0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF }.Concat(Encoding.ASCII.GetBytes("Lajm")).ToArray();

        Assert.Equal("\uFEFFLajm", ArticleDecoder.Decode(bytes));
    }

    [Fact]
    public void Decoded_undecodable_bytes_are_reported_by_the_parser()
    {
        byte[] bytes = Encoding.ASCII.GetBytes("Rreshti i pare.\nCmimi 5 ").Concat(new byte[] { 0xA3 }).ToArray();

        var article = ArticleParser.Parse(ArticleDecoder.Decode(bytes), "a.txt");

        var finding = Assert.Single(article.Diagnostics);
        Assert.Equal(DiagnosticIds.UndecodableBytes, finding.Id);
        Assert.Equal(1, finding.StartLine);
    }

    [Fact]
    public void The_fixture_file_decodes_to_the_same_text_as_reading_it_as_UTF8()
    {
        string path = System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "2023-03-02-ministri-takim.txt");

        string text = ArticleDecoder.Decode(System.IO.File.ReadAllBytes(path));

        Assert.Equal(System.IO.File.ReadAllText(path, new UTF8Encoding(false)), text);
        Assert.Contains("t’i", text);
    }
}
