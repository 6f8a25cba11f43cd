using System.Collections.Generic;
using System.Linq;
using System.Text;
using NewsCorpus.Text.Metadata;
using NewsCorpus.Text.Naming;
using Xunit;

namespace NewsCorpus.Text.Tests;

public class IdentifierTests
{
    [Theory]
    [InlineData("blinken-lavrov-g20", "BlinkenLavrovG20")]
    [InlineData("ad-sales-boost-time-warner-profit", "AdSalesBoostTimeWarnerProfit")]
    [InlineData("çështja-ë", "ÇështjaË")]
    [InlineData("zgjedhjet_në_shkodër", "ZgjedhjetNëShkodër")]
    [InlineData("über straße", "ÜberStraße")]
    [InlineData("iPhone", "IPhone")]
    public void An_id_becomes_a_PascalCase_identifier_that_keeps_its_letters(string id, string expected)
    {
        Assert.Equal(expected, CSharpIdentifier.FromId(id));
    }

    [Fact]
    public void Decomposed_NFD_input_gives_the_same_identifier_as_composed_NFC_input()
    {
        string composed = "çështja-ë".Normalize(NormalizationForm.FormC);
        string decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);

        string identifier = CSharpIdentifier.FromId(decomposed);

        Assert.Equal(CSharpIdentifier.FromId(composed), identifier);
        Assert.Equal("ÇështjaË", identifier);
        Assert.True(identifier.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("2020-vjet-me-pas", "_2020VjetMePas")]
    [InlineData("9", "_9")]
    public void A_leading_digit_gets_a_leading_underscore(string id, string expected)
    {
        string identifier = CSharpIdentifier.FromId(id);

        Assert.Equal(expected, identifier);
        Assert.True(CSharpIdentifier.IsValid(identifier));
    }

    [Theory]
    [InlineData("---")]
    [InlineData("!?.")]
    [InlineData("")]
    [InlineData("“”")]
    public void An_id_without_letters_or_digits_becomes_Untitled(string id)
    {
        Assert.Equal("Untitled", CSharpIdentifier.FromId(id));
        Assert.Equal(CSharpIdentifier.Fallback, CSharpIdentifier.FromId(id));
    }

    [Theory]
    [InlineData("class")]
    [InlineData("return")]
    public void A_keyword_id_becomes_a_valid_identifier(string id)
    {
        Assert.True(CSharpIdentifier.IsValid(CSharpIdentifier.FromId(id)));
    }

    [Theory]
    [InlineData("BlinkenLavrovG20", true)]
    [InlineData("_2020Vjet", true)]
    [InlineData("ÇështjaË", true)]
    [InlineData("2020Vjet", false)]
    [InlineData("class", false)]
    [InlineData("Has-Dash", false)]
    [InlineData("", false)]
    public void IsValid_tells_valid_CSharp_identifiers(string name, bool valid)
    {
        Assert.Equal(valid, CSharpIdentifier.IsValid(name));
    }

    private const string Catalog = "Corpus";

    /// <summary>Names files of one corpus folder, where each path is its own key.</summary>
    private static IReadOnlyList<AssignedName> Assign(params string[] paths) => Assign(paths, Catalog);

    private static IReadOnlyList<AssignedName> Assign(IEnumerable<string> paths, string catalog) =>
        IdentifierAssigner.Assign(paths.Select(path => (path, path)), catalog);

    private static string IdOf(IReadOnlyList<AssignedName> names, string path) => names.Single(n => n.Path == path).Id;

    [Fact]
    public void An_id_is_the_file_name_without_its_date_and_extension_while_no_other_article_wants_it()
    {
        var names = Assign("2023-03-02-blinken-lavrov-g20.txt", "lajme/zgjedhjet.txt");

        Assert.Equal(new[] { "blinken-lavrov-g20", "zgjedhjet" }, names.Select(n => n.Id));
        Assert.Equal(new[] { "BlinkenLavrovG20", "Zgjedhjet" }, names.Select(n => n.Identifier));
        Assert.All(names, n => Assert.Null(n.IdNotice));
        Assert.All(names, n => Assert.Null(n.IdentifierNotice));
    }

    [Fact]
    public void Files_of_the_same_name_in_topic_folders_are_told_apart_by_their_folder_without_a_notice()
    {
        var names = Assign("tech/001.txt", "business/001.txt", "sport/001.txt", "sport/002.txt");

        Assert.Equal(new[] { "business/001", "sport/001", "002", "tech/001" }, names.Select(n => n.Id));
        Assert.Equal(new[] { "Business001", "Sport001", "_002", "Tech001" }, names.Select(n => n.Identifier));
        Assert.All(names, n => Assert.Null(n.IdNotice));
        Assert.All(names, n => Assert.Null(n.IdentifierNotice));
    }

    [Fact]
    public void Daily_files_of_the_same_name_are_told_apart_by_their_date()
    {
        var names = Assign("2024-05-01-markets-wrap.txt", "2024-05-02-markets-wrap.txt", "harbour-strike.txt");

        Assert.Equal(new[] { "2024-05-01-markets-wrap", "2024-05-02-markets-wrap", "harbour-strike" }, names.Select(n => n.Id));
        Assert.Equal("_20240501MarketsWrap", names[0].Identifier);
        Assert.All(names, n => Assert.Null(n.IdNotice));
    }

    [Fact]
    public void A_top_level_file_keeps_the_short_id_beside_one_in_a_folder()
    {
        var names = Assign("harbour-strike.txt", "business/harbour-strike.txt");

        Assert.Equal("harbour-strike", IdOf(names, "harbour-strike.txt"));
        Assert.Equal("business/harbour-strike", IdOf(names, "business/harbour-strike.txt"));
    }

    [Fact]
    public void Only_the_files_that_share_a_form_take_a_longer_one()
    {
        var names = Assign("a/2024-05-01-x.txt", "a/x.txt", "b/x.txt", "c/y.txt");

        Assert.Equal("2024-05-01-x", IdOf(names, "a/2024-05-01-x.txt"));
        Assert.Equal("a/x", IdOf(names, "a/x.txt"));
        Assert.Equal("b/x", IdOf(names, "b/x.txt"));
        Assert.Equal("y", IdOf(names, "c/y.txt"));
    }

    [Fact]
    public void The_same_name_and_date_in_two_folders_takes_folder_and_date()
    {
        var names = Assign("a/2024-05-01-x.txt", "b/2024-05-01-x.txt", "a/2024-05-02-x.txt");

        Assert.Equal("a/2024-05-01-x", IdOf(names, "a/2024-05-01-x.txt"));
        Assert.Equal("b/2024-05-01-x", IdOf(names, "b/2024-05-01-x.txt"));
        Assert.Equal("2024-05-02-x", IdOf(names, "a/2024-05-02-x.txt"));
    }

    [Fact]
    public void Ids_that_differ_only_in_case_are_two_ids_and_their_typed_names_are_told_apart()
    {
        var names = Assign("a.txt", "A.txt");

        Assert.Equal(new[] { "A", "a" }, names.Select(n => n.Id));
        Assert.All(names, n => Assert.Null(n.IdNotice));
        Assert.Equal("A", names[0].Identifier);
        Assert.Matches(Hashed("A"), names[1].Identifier);
        Assert.Contains("'A.txt'", names[1].IdentifierNotice);
    }

    [Fact]
    public void The_same_name_composed_and_decomposed_gets_a_hashed_id_with_a_notice()
    {
        var names = Assign("ne\u0308.txt", "në.txt");

        Assert.Single(names, n => n.Id == "në");
        var renamed = Assert.Single(names, n => n.Id != "në");
        Assert.Matches("^në~[0-9a-f]{6}$", renamed.Id);
        Assert.Contains("no folder or date", renamed.IdNotice);
        Assert.Equal(names.Count, names.Select(n => n.Identifier).Distinct().Count());
    }

    [Fact]
    public void Two_files_with_the_same_relative_path_get_distinct_ids_by_their_keys()
    {
        var names = IdentifierAssigner.Assign(new[] { ("/b/x.txt", "x.txt"), ("/a/x.txt", "x.txt") }, Catalog);

        Assert.Equal(new[] { "/a/x.txt", "/b/x.txt" }, names.Select(n => n.Key));
        Assert.Equal("x", names[0].Id);
        Assert.StartsWith("x~", names[1].Id);
        Assert.NotNull(names[1].IdNotice);
        Assert.NotEqual(names[0].Identifier, names[1].Identifier);
    }

    [Fact]
    public void The_outcome_does_not_depend_on_the_order_of_the_input()
    {
        var paths = new[] { "z/lajmi.txt", "a/lajmi.txt", "m.txt", "M.txt", "2024-01-01-k.txt", "k.txt", "all.txt" };

        Assert.Equal(Assign(paths), Assign(paths.Reverse(), Catalog));
    }

    [Theory]
    [InlineData("all.txt", "All")]
    [InlineData("get.txt", "Get")]
    [InlineData("to-string.txt", "ToString")]
    [InlineData("corpus.txt", Catalog)]
    public void A_typed_name_that_a_catalog_member_has_takes_the_Article_suffix_and_the_id_stays(string path, string member)
    {
        var name = Assert.Single(Assign(path));

        Assert.Equal(member + IdentifierAssigner.MemberSuffix, name.Identifier);
        Assert.Equal(path.Substring(0, path.Length - 4), name.Id);
        Assert.Null(name.IdNotice);
        Assert.Contains("catalog class", name.IdentifierNotice);
    }

    [Fact]
    public void Adding_a_file_with_another_name_renames_nothing_that_was_there()
    {
        var before = Assign("a/x.txt", "c/x.txt", "y.txt");
        var after = Assign("a/x.txt", "c/x.txt", "y.txt", "b/z.txt", "w.txt");

        foreach (var name in before) Assert.Equal((name.Id, name.Identifier), (IdOf(after, name.Path), after.Single(n => n.Path == name.Path).Identifier));
    }

    [Fact]
    public void Every_id_and_typed_name_is_unique_and_no_typed_name_is_a_catalog_member()
    {
        var paths = Enumerable.Range(0, 5).Select(i => $"f{i}/takimi.txt")
            .Concat(new[] { "takimi.txt", "Takimi.txt", "f0/takimi.txt.txt", "all.txt", "all-article.txt", "f0-takimi.txt" });

        var names = Assign(paths, Catalog);

        Assert.Equal(names.Count, names.Select(n => n.Id).Distinct(System.StringComparer.Ordinal).Count());
        Assert.Equal(names.Count, names.Select(n => n.Identifier).Distinct(System.StringComparer.Ordinal).Count());
        Assert.DoesNotContain(names, n => IdentifierAssigner.CatalogMembers.Contains(n.Identifier) || n.Identifier == Catalog);
    }

    [Fact]
    public void A_name_macOS_wrote_decomposed_has_the_composed_id_category_and_identifier()
    {
        string decomposed = "lajme/2022-10-09-zgjedhjet-ne\u0308-qytet.txt";

        var name = Assert.Single(Assign(decomposed));

        Assert.Equal("zgjedhjet-në-qytet", name.Id);
        Assert.Equal("ZgjedhjetNëQytet", name.Identifier);
        Assert.Equal("lajmë", FileNameConvention.FolderOf("lajme\u0308/x.txt"));
    }

    /// <summary>A typed name told apart by the hash of its path: six lower-case hex digits.</summary>
    private static string Hashed(string wanted) => "^" + wanted + "_[0-9a-f]{6}$";
}
