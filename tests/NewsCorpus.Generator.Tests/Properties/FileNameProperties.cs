using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Microsoft.CodeAnalysis.CSharp;
using NewsCorpus.Generator.Tests.TestHelpers;
using NewsCorpus.Text.Naming;
using Xunit;

namespace NewsCorpus.Generator.Tests.Properties;

/// <summary>
/// Random file names and folder trees (spaces, dashes, dots, leading digits, C# keywords, catalog member names,
/// Albanian and other letters, the same name composed and decomposed, names differing only in case, and the
/// characters MSBuild, editorconfig and the compiler's command line treat specially): ids and typed
/// names are unique, typed names valid C#, both stable when files of other names are added, and every arbitrary
/// suffix reported.
/// </summary>
public sealed class FileNameProperties
{
    private static readonly string[] Pieces =
    [
        "class", "@event", "event", "int", "2024-05-14-", "2024-02-30-", "1st", "në", "ne\u0308", "Zgjedhjet", "çështja", "Straße",
        "日本", "ǅemal", "Δελτίο", "a", "A", "all", "Get", "id-rows", "by-language", "catalog", "articles", " ", "-", ".", "_", "__",
        "x.y", "  ", "Ëë", "e\u0301", "😀", "١٢", "Article", "takimi", ";", "#", "%41", "'", "\"", "&", "[", "]", "{", "}", "*", "?", "\\", "\t",
    ];

    private static readonly Gen<string> Segment = Gen.OneOf(Pieces).Array[1, 4].Select(string.Concat);

    private static readonly Gen<string> RelativePath = Gen.Select(Segment.Array[0, 2], Segment,
        (folders, name) => string.Concat(folders.Select(f => f + "/")) + name + ".txt");

    private static readonly Gen<string[]> Paths = RelativePath.Array[1, 14].Select(paths => paths.Distinct(StringComparer.Ordinal).ToArray());

    [Fact]
    public void Ids_and_typed_names_are_valid_unique_and_independent_of_order()
    {
        Paths.Sample(paths =>
        {
            var names = Assign(paths);

            Assert.All(names, name =>
            {
                Assert.True(SyntaxFacts.IsValidIdentifier(name.Identifier) && SyntaxFacts.GetKeywordKind(name.Identifier) == SyntaxKind.None, name.Identifier);
                Assert.DoesNotContain(name.Identifier, IdentifierAssigner.CatalogMembers);
                Assert.NotEqual("Articles", name.Identifier);
            });
            Assert.Equal(names.Count, names.Select(n => n.Id).Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(names.Count, names.Select(n => n.Identifier).Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(names, Assign(paths.Reverse()));
        }, seed: PropertyRuns.Seed, iter: PropertyRuns.Iterations(2000), print: paths => string.Join(", ", paths.Select(PropertyRuns.Escape)));
    }

    [Fact]
    public void Adding_files_with_other_names_renames_none_of_the_files_already_there()
    {
        var newcomers = Gen.Select(Segment.Array[0, 2], Segment, (folders, name) => string.Concat(folders.Select(f => f + "/")) + "zq" + name + ".txt");
        Gen.Select(Paths, newcomers.Array[0, 6]).Sample((existing, added) =>
        {
            // Newcomers have names starting "zq", which no existing name does, so they share no id or typed name with one.
            var before = Assign(existing);
            var after = Assign(existing.Concat(added).Distinct(StringComparer.Ordinal).ToArray());

            foreach (var name in before)
            {
                var now = after.Single(n => n.Path == name.Path);
                Assert.Equal((name.Id, name.Identifier), (now.Id, now.Identifier));
            }
        }, seed: PropertyRuns.Seed, iter: PropertyRuns.Iterations(2000));
    }

    [Fact]
    public void Any_file_tree_compiles_with_every_article_in_the_catalog_under_its_id()
    {
        Paths.Sample(paths =>
        {
            var files = paths.Select(path => new CorpusFile(path, "Harbour workers end strike after a pay deal, the union said.")).ToList();
            var (output, result) = new GeneratorHarness(files).Run();

            Assert.Empty(output.GetDiagnostics());
            var names = Assign(paths);
            var catalog = RoundTrip.Catalog(output, "Newsroom.Articles");
            Assert.Equal(paths.Order(StringComparer.Ordinal), catalog.Select(a => a.Path));
            Assert.Equal(names.Select(n => n.Id), catalog.Select(a => a.Id));
            Assert.Equal(names.Count(n => n.IdNotice is not null), result.Diagnostics.Count(d => d.Id == "NC0003"));
            Assert.Equal(names.Count(n => n.IdentifierNotice is not null), result.Diagnostics.Count(d => d.Id == "NC0013"));
        }, seed: PropertyRuns.Seed, iter: PropertyRuns.Iterations(60), print: paths => string.Join(", ", paths.Select(PropertyRuns.Escape)));
    }

    private static IReadOnlyList<AssignedName> Assign(IEnumerable<string> paths) =>
        IdentifierAssigner.Assign(paths.Select(path => ("/project/corpus/" + path, path)), "Articles");
}
