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

    /// <summary>Assigns names where each path is its own key, as for files of one corpus folder.</summary>
    private static IReadOnlyList<AssignedName> Assign(IEnumerable<(string Path, string Wanted)> articles, string catalog) =>
        IdentifierAssigner.Assign(articles.Select(a => (a.Path, a.Path, a.Wanted)), catalog);

    [Fact]
    public void Identifiers_that_differ_only_in_case_collide_because_file_systems_may_ignore_case()
    {
        var names = Assign(new[] { ("foo-bar.txt", "FooBar"), ("foobar.txt", "Foobar") }, Catalog);

        Assert.Equal("FooBar", names[0].Identifier);
        Assert.Matches(Hashed("Foobar"), names[1].Identifier);
        Assert.Equal("foo-bar.txt", names[1].TakenBy);
    }

    [Fact]
    public void Two_files_with_the_same_relative_path_get_distinct_identifiers_by_their_keys()
    {
        var names = IdentifierAssigner.Assign(new[] { ("/b/x.txt", "x.txt", "X"), ("/a/x.txt", "x.txt", "X") }, Catalog);

        Assert.Equal(new[] { "/a/x.txt", "/b/x.txt" }, names.Select(n => n.Key));
        Assert.Equal("X", names[0].Identifier);
        Assert.Matches(Hashed("X"), names[1].Identifier);
    }

    [Fact]
    public void Colliding_identifiers_are_told_apart_by_their_folder_in_ordinal_path_order()
    {
        var names = Assign(
            new[] { ("b/2021-01-01-takimi.txt", "Takimi"), ("a/2021-01-01-takimi.txt", "Takimi"), ("c/takimi.txt", "Takimi") },
            Catalog);

        Assert.Equal(new[] { "a/2021-01-01-takimi.txt", "b/2021-01-01-takimi.txt", "c/takimi.txt" }, names.Select(n => n.Path));
        Assert.Equal(new[] { "Takimi", "Takimi_B", "Takimi_C" }, names.Select(n => n.Identifier));
        // TakenBy names the article that has the identifier the file name asked for.
        Assert.Equal(new[] { null, "a/2021-01-01-takimi.txt", "a/2021-01-01-takimi.txt" }, names.Select(n => n.TakenBy));
    }

    [Fact]
    public void The_outcome_does_not_depend_on_the_order_of_the_input()
    {
        var articles = new[] { ("z.txt", "Lajmi"), ("a.txt", "Lajmi"), ("m.txt", "Sport"), ("b.txt", "Sport"), ("k.txt", "Other") };

        var forward = Assign(articles, Catalog);
        var backward = Assign(articles.Reverse(), Catalog);

        Assert.Equal(forward, backward);
        Assert.Equal("Lajmi", forward.Single(n => n.Path == "a.txt").Identifier);
        Assert.Matches(Hashed("Lajmi"), forward.Single(n => n.Path == "z.txt").Identifier);
    }

    [Theory]
    [InlineData("All")]
    [InlineData("Get")]
    [InlineData("ToString")]
    [InlineData("GetHashCode")]
    [InlineData(Catalog)]
    public void Catalog_members_and_the_catalog_class_name_are_not_given_to_articles(string wanted)
    {
        var name = Assert.Single(Assign(new[] { ("x.txt", wanted) }, Catalog));

        Assert.Matches(Hashed(wanted), name.Identifier);
        Assert.True(name.IsRenamed);
        Assert.Null(name.TakenBy);
        Assert.Contains("catalog class", name.CollisionMessage);
    }

    [Fact]
    public void The_collision_message_is_set_only_when_an_article_was_renamed()
    {
        var names = Assign(new[] { ("a.txt", "Takimi"), ("b.txt", "Takimi"), ("c.txt", "Sporti") }, Catalog);

        Assert.Null(names[0].CollisionMessage);
        Assert.False(names[0].IsRenamed);
        Assert.Null(names[2].CollisionMessage);
        Assert.False(names[2].IsRenamed);

        string message = names[1].CollisionMessage!;
        Assert.Contains("'b.txt'", message);
        Assert.Contains("'Takimi'", message);
        Assert.Contains("'a.txt'", message);
        Assert.Matches(Hashed("Takimi"), names[1].Identifier);
        Assert.Contains($"'{names[1].Identifier}'", message);
    }

    [Fact]
    public void An_identifier_that_equals_another_articles_class_name_is_renamed()
    {
        // "Takimi" has the class "TakimiArticle"; an article that wants "TakimiArticle" must not take it.
        var names = Assign(new[] { ("a.txt", "Takimi"), ("b.txt", "TakimiArticle") }, Catalog);

        Assert.Equal("Takimi", names[0].Identifier);
        Assert.Matches(Hashed("TakimiArticle"), names[1].Identifier);
        Assert.Equal("a.txt", names[1].TakenBy);
    }

    [Fact]
    public void An_identifier_whose_class_name_another_article_already_has_is_renamed()
    {
        var names = Assign(new[] { ("a.txt", "TakimiArticle"), ("b.txt", "Takimi") }, Catalog);

        Assert.Equal("TakimiArticle", names[0].Identifier);
        Assert.Matches(Hashed("Takimi"), names[1].Identifier);
        Assert.Equal("a.txt", names[1].TakenBy);
    }

    [Fact]
    public void An_article_whose_class_would_repeat_the_catalog_class_name_is_renamed()
    {
        var name = Assert.Single(Assign(new[] { ("a.txt", "News") }, "NewsArticle"));

        Assert.Matches(Hashed("News"), name.Identifier);
        Assert.Equal(name.Identifier + "Article", name.ClassName);
    }

    [Fact]
    public void A_name_macOS_wrote_decomposed_has_the_composed_id_category_and_identifier()
    {
        string decomposed = "lajme/2022-10-09-zgjedhjet-ne\u0308-qytet.txt";

        Assert.Equal("zgjedhjet-në-qytet", FileNameConvention.IdOf(decomposed));
        Assert.Equal("ZgjedhjetNëQytet", CSharpIdentifier.FromId(FileNameConvention.IdOf(decomposed)));
        Assert.Equal("lajmë", FileNameConvention.FolderOf("lajme\u0308/x.txt"));
    }

    [Fact]
    public void The_same_name_composed_and_decomposed_collides_and_one_is_renamed()
    {
        var names = Assign(new[] { ("ne\u0308.txt", CSharpIdentifier.FromId("ne\u0308")), ("në.txt", CSharpIdentifier.FromId("në")) }, Catalog);

        Assert.Equal(["Në", "Në"], names.Select(n => n.Wanted));
        Assert.Single(names, n => n.Identifier == "Në");
        Assert.Single(names, n => n.CollisionMessage is not null);
    }

    [Fact]
    public void A_same_named_article_of_another_day_is_told_apart_by_its_date()
    {
        var names = Assign(new[] { ("2024-05-14-takimi.txt", "Takimi"), ("2024-05-15-takimi.txt", "Takimi") }, Catalog);

        Assert.Equal(new[] { "Takimi", "Takimi_20240515" }, names.Select(n => n.Identifier));
    }

    [Fact]
    public void A_top_level_file_keeps_its_name_before_one_in_a_folder()
    {
        var names = Assign(new[] { ("a/takimi.txt", "Takimi"), ("takimi.txt", "Takimi") }, Catalog);

        Assert.Equal(new[] { ("a/takimi.txt", "Takimi_A"), ("takimi.txt", "Takimi") }, names.Select(n => (n.Path, n.Identifier)));
    }

    [Fact]
    public void Adding_a_file_that_comes_later_renames_nothing_that_was_there()
    {
        var before = Assign(new[] { ("a/x.txt", "X"), ("c/x.txt", "X"), ("y.txt", "Y") }, Catalog);
        var after = Assign(new[] { ("a/x.txt", "X"), ("c/x.txt", "X"), ("y.txt", "Y"), ("b/x.txt", "X"), ("z/y.txt", "Y") }, Catalog);

        foreach (var name in before) Assert.Equal(name.Identifier, after.Single(n => n.Path == name.Path).Identifier);
    }

    [Fact]
    public void The_class_name_is_the_identifier_with_the_Article_suffix()
    {
        var name = Assert.Single(Assign(new[] { ("a.txt", "BlinkenLavrovG20") }, Catalog));

        Assert.Equal("BlinkenLavrovG20Article", name.ClassName);
    }

    [Fact]
    public void Every_assigned_identifier_and_class_name_is_unique()
    {
        var articles = Enumerable.Range(0, 5).Select(i => ($"{i}.txt", "Takimi"))
            .Concat(new[] { ("x.txt", "Takimi_2"), ("y.txt", "All"), ("z.txt", "All_2") });

        var names = Assign(articles, Catalog);

        var all = names.Select(n => n.Identifier).Concat(names.Select(n => n.ClassName)).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.DoesNotContain(names, n => IdentifierAssigner.CatalogMembers.Contains(n.Identifier));
    }

    /// <summary>An identifier renamed by the hash of its path: six lower-case hex digits.</summary>
    private static string Hashed(string wanted) => "^" + wanted + "_[0-9a-f]{6}$";
}
