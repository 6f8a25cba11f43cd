using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Microsoft.CodeAnalysis.CSharp;
using NewsCorpus.Generator.Tests.TestHelpers;
using NewsCorpus.Text.Metadata;
using NewsCorpus.Text.Naming;
using Xunit;

namespace NewsCorpus.Generator.Tests.Properties;

/// <summary>
/// Random file names and folder trees (spaces, dashes, dots, leading digits, C# keywords, catalog member names,
/// Albanian and other letters, the same name composed and decomposed, names differing only in case): identifiers
/// are valid C#, unique, stable when files are added, and every rename is warned about.
/// </summary>
public sealed class FileNameProperties
{
    private static readonly string[] Pieces =
    [
        "class", "@event", "event", "int", "2024-05-14-", "2024-02-30-", "1st", "në", "ne\u0308", "Zgjedhjet", "çështja", "Straße",
        "日本", "ǅemal", "Δελτίο", "a", "A", "all", "Get", "id-rows", "by-language", "catalog", "articles", " ", "-", ".", "_", "__",
        "x.y", "  ", "Ëë", "e\u0301", "😀", "١٢", "Article", "takimi",
    ];

    private static readonly Gen<string> Segment = Gen.OneOf(Pieces).Array[1, 4].Select(string.Concat);

    private static readonly Gen<string> RelativePath = Gen.Select(Segment.Array[0, 2], Segment,
        (folders, name) => string.Concat(folders.Select(f => f + "/")) + name + ".txt");

    private static readonly Gen<string[]> Paths = RelativePath.Array[1, 14].Select(paths => paths.Distinct(StringComparer.Ordinal).ToArray());

    [Fact]
    public void Identifiers_are_valid_and_unique()
    {
        Paths.Sample(paths =>
        {
            var names = Assign(paths);

            Assert.All(names, name =>
            {
                Assert.True(SyntaxFacts.IsValidIdentifier(name.Identifier) && SyntaxFacts.GetKeywordKind(name.Identifier) == SyntaxKind.None, name.Identifier);
                Assert.DoesNotContain(name.Identifier, IdentifierAssigner.CatalogMembers);
            });
            var all = names.Select(n => n.Identifier).Concat(names.Select(n => n.ClassName)).Append("Articles");
            Assert.Equal(all.Count(), all.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }, seed: PropertyRuns.Seed, iter: PropertyRuns.Iterations(2000), print: paths => string.Join(", ", paths.Select(PropertyRuns.Escape)));
    }

    [Fact]
    public void Adding_files_with_other_names_renames_none_of_the_files_already_there()
    {
        var newcomers = Gen.Select(Segment.Array[0, 2], Segment, (folders, name) => string.Concat(folders.Select(f => f + "/")) + "zq" + name + ".txt");
        Gen.Select(Paths, newcomers.Array[0, 6], Gen.Int[0, 4]).Sample((existing, added, copies) =>
        {
            // Newcomers either have names starting "Zq", which no existing name does, or repeat existing names in a
            // deeper folder, which comes after every existing file: either way they take nothing an existing file has.
            var deeper = existing.Take(copies).Select(path => "zz/zz/zz/" + path);
            var before = Assign(existing);
            var after = Assign(existing.Concat(added).Concat(deeper).Distinct(StringComparer.Ordinal).ToArray());

            foreach (var name in before) Assert.Equal(name.Identifier, after.Single(n => n.Path == name.Path).Identifier);
        }, seed: PropertyRuns.Seed, iter: PropertyRuns.Iterations(2000));
    }

    [Fact]
    public void Any_file_tree_compiles_with_every_article_in_the_catalog()
    {
        Paths.Sample(paths =>
        {
            var files = paths.Select(path => new CorpusFile(path, "Harbour workers end strike after a pay deal, the union said.")).ToList();
            var (output, result) = new GeneratorHarness(files).Run();

            Assert.Empty(output.GetDiagnostics());
            Assert.Equal(paths.Order(StringComparer.Ordinal), RoundTrip.Catalog(output, "Newsroom.Articles").Select(a => a.Path));
            Assert.Equal(Assign(paths).Count(n => n.IsRenamed), result.Diagnostics.Count(d => d.Id == "NC0003"));
        }, seed: PropertyRuns.Seed, iter: PropertyRuns.Iterations(60), print: paths => string.Join(", ", paths.Select(PropertyRuns.Escape)));
    }

    private static IReadOnlyList<AssignedName> Assign(IEnumerable<string> paths) =>
        IdentifierAssigner.Assign(paths.Select(path => (path, path, CSharpIdentifier.FromId(FileNameConvention.IdOf(path)))), "Articles");
}
