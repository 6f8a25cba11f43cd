using System;
using NewsCorpus.Text.Metadata;
using Xunit;
using static NewsCorpus.Text.Tests.TestText;

namespace NewsCorpus.Text.Tests;

public class FileNameTests
{
    [Fact]
    public void A_backslash_is_part_of_a_file_name_as_Linux_allows_not_a_folder()
    {
        Assert.Equal("back\\slash", FileNameConvention.IdOf("news/back\\slash.txt"));
        Assert.Equal("news", FileNameConvention.FolderOf("news/back\\slash.txt"));
    }

    [Fact]
    public void A_date_prefix_gives_the_publication_date_and_the_rest_of_the_stem_is_the_id()
    {
        var (id, published) = FileNameConvention.Split("2023-03-02-blinken-lavrov-g20.txt");

        Assert.Equal("blinken-lavrov-g20", id);
        Assert.Equal(new DateTime(2023, 3, 2), published);
    }

    [Fact]
    public void An_invalid_calendar_date_keeps_the_whole_stem_as_id_and_gives_no_date()
    {
        var (id, published) = FileNameConvention.Split("2023-13-40-x.txt");

        Assert.Equal("2023-13-40-x", id);
        Assert.Null(published);
    }

    [Fact]
    public void February_the_twenty_ninth_is_a_date_only_in_a_leap_year()
    {
        Assert.Equal(new DateTime(2024, 2, 29), FileNameConvention.PublishedOf("2024-02-29-zgjedhjet.txt"));
        Assert.Null(FileNameConvention.PublishedOf("2023-02-29-zgjedhjet.txt"));
        Assert.Equal("2023-02-29-zgjedhjet", FileNameConvention.IdOf("2023-02-29-zgjedhjet.txt"));
    }

    [Theory]
    [InlineData("sport/2021-01-01-a.txt")]
    [InlineData("lajme/sport/2021-01-01-a.txt")]
    public void Folders_in_the_path_are_not_part_of_the_id(string path)
    {
        var (id, published) = FileNameConvention.Split(path);

        Assert.Equal("a", id);
        Assert.Equal(new DateTime(2021, 1, 1), published);
    }

    [Fact]
    public void A_name_without_a_date_prefix_is_its_own_id()
    {
        var (id, published) = FileNameConvention.Split("politika/ministri-takim.txt");

        Assert.Equal("ministri-takim", id);
        Assert.Null(published);
    }

    [Theory]
    [InlineData("2023-03-02_zgjedhjet.txt")]
    [InlineData("2023-03-02 zgjedhjet.txt")]
    public void An_underscore_or_a_space_also_ends_the_date_prefix(string path)
    {
        Assert.Equal("zgjedhjet", FileNameConvention.IdOf(path));
        Assert.Equal(new DateTime(2023, 3, 2), FileNameConvention.PublishedOf(path));
    }

    [Fact]
    public void A_date_glued_to_the_name_without_a_separator_is_not_a_prefix()
    {
        var (id, published) = FileNameConvention.Split("2023-03-02zgjedhjet.txt");

        Assert.Equal("2023-03-02zgjedhjet", id);
        Assert.Null(published);
    }

    [Fact]
    public void A_name_that_is_only_a_date_keeps_the_date_as_id_and_gives_the_date()
    {
        var (id, published) = FileNameConvention.Split("2022-11-05.txt");

        Assert.Equal("2022-11-05", id);
        Assert.Equal(new DateTime(2022, 11, 5), published);
    }

    [Theory]
    [InlineData("2023-03-02-raporti.v2.txt", "2023-03-02-raporti.v2")]
    [InlineData("notes/.hidden", ".hidden")]
    [InlineData("2023-03-02-pa-prapashtese", "2023-03-02-pa-prapashtese")]
    public void Only_the_last_extension_is_removed_from_the_stem(string path, string stem)
    {
        Assert.Equal(stem, FileNameConvention.StemOf(path));
    }

    [Fact]
    public void The_parser_takes_id_path_and_date_from_the_path()
    {
        var article = Parse("Lajmi i ditës.", "sport/2021-01-01-ndeshja-finale.txt");

        Assert.Equal("ndeshja-finale", article.Id);
        Assert.Equal("sport/2021-01-01-ndeshja-finale.txt", article.Path);
        Assert.Equal(new DateTime(2021, 1, 1), article.Published);
    }
}
