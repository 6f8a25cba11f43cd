using System.Collections.Generic;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Emit;

/// <summary>
/// Writes the catalog: a typed property per article, <c>All</c>, and lookup by id. It depends only on
/// names and paths, so editing an article's text leaves it untouched.
/// </summary>
internal static class CatalogEmitter
{
    public static string HintName(GeneratorOptions options) => $"{options.ClassName}.g.cs";

    public static string Emit(IReadOnlyList<CatalogEntry> entries, GeneratorOptions options, EmitSettings settings)
    {
        var sorted = new List<CatalogEntry>(entries);
        sorted.Sort((a, b) => a.Path != b.Path ? string.CompareOrdinal(a.Path, b.Path) : string.CompareOrdinal(a.Identifier, b.Identifier));
        string nullable = GeneratedCode.Nullable(settings);

        var writer = new SourceWriter();
        GeneratedCode.Open(writer, options.Namespace, settings);
        writer.Line($"""
            /// <summary>
            /// The {sorted.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} article(s) of this project's corpus, embedded at compile time by NewsCorpus:
            /// one typed property per article, <see cref="All"/> in order of path, and lookup by id.
            /// </summary>
            {GeneratedCode.Attribute}
            {options.Visibility} static partial class {options.ClassName}
            """);
        writer.OpenBlock();
        writer.Line("private static readonly global::NewsCorpus.ArticleCatalog Catalog = new global::NewsCorpus.ArticleCatalog(new global::NewsCorpus.Article[]");
        writer.OpenBlock();
        string types = "global::" + options.ArticleTypesNamespace + ".";
        foreach (var entry in sorted) writer.Line($"{types}{entry.ClassName}.Instance,");
        writer.CloseBlock(");");

        // Past the cap (NC0012) an article is still in All, Get and Find, but has no property of its own.
        for (int i = 0; i < sorted.Count && i < options.MaxTypedProperties; i++)
        {
            var entry = sorted[i];
            writer.Line();
            writer.Line($"/// <inheritdoc cref=\"{types}{entry.ClassName}\"/>");
            writer.Line($"public static {types}{entry.ClassName} {entry.Identifier} => {types}{entry.ClassName}.Instance;");
        }

        writer.Line();
        writer.Line($$"""
            /// <summary>Every article, in ordinal order of its path under the corpus folder.</summary>
            public static global::System.Collections.Generic.IReadOnlyList<global::NewsCorpus.Article> All => Catalog.All;

            /// <summary>
            /// One row per article holding its id, in the order of <see cref="All"/>, for parameterised tests in any framework:
            /// <c>[TestCaseSource(typeof({{options.ClassName}}), nameof({{options.ClassName}}.IdRows))]</c> (NUnit),
            /// <c>[DynamicData(nameof({{options.ClassName}}.IdRows), typeof({{options.ClassName}}))]</c> (MSTest); then <c>{{options.ClassName}}.Get(id)</c>.
            /// </summary>
            public static global::System.Collections.Generic.IEnumerable<object[]> IdRows => Catalog.IdRows;

            /// <summary>The article whose <see cref="global::NewsCorpus.Article.Id"/> is <paramref name="id"/>.</summary>
            /// <exception cref="global::System.Collections.Generic.KeyNotFoundException">No article has that id.</exception>
            public static global::NewsCorpus.Article Get(string id) => Catalog.Get(id);

            /// <summary>The article whose <see cref="global::NewsCorpus.Article.Id"/> is <paramref name="id"/>, or null.</summary>
            public static global::NewsCorpus.Article{{nullable}} Find(string id) => Catalog.Find(id);

            /// <summary>Every quote whose speaker or resolved speaker contains <paramref name="name"/>, ignoring case.</summary>
            public static global::System.Collections.Generic.IEnumerable<global::NewsCorpus.Quote> QuotesBy(string name) => Catalog.QuotesBy(name);

            /// <summary>The articles in <paramref name="language"/> (an ISO 639-1 code such as <c>en</c>), ignoring case.</summary>
            public static global::System.Collections.Generic.IEnumerable<global::NewsCorpus.Article> ByLanguage(string language) => Catalog.ByLanguage(language);

            /// <summary>The articles whose source is <paramref name="source"/>, ignoring case.</summary>
            public static global::System.Collections.Generic.IEnumerable<global::NewsCorpus.Article> BySource(string source) => Catalog.BySource(source);

            /// <summary>The articles in the folder <paramref name="category"/> under the corpus folder, ignoring case.</summary>
            public static global::System.Collections.Generic.IEnumerable<global::NewsCorpus.Article> ByCategory(string category) => Catalog.ByCategory(category);

            /// <summary>The articles published on a day from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
            public static global::System.Collections.Generic.IEnumerable<global::NewsCorpus.Article> PublishedBetween(global::System.DateTime from, global::System.DateTime to) => Catalog.PublishedBetween(from, to);
            """);
        if (settings.XunitReferenced) WriteTheoryData(writer, options);
        writer.CloseBlock();
        GeneratedCode.Close(writer, options.Namespace);
        return writer.ToString();
    }

    /// <summary>Typed theory data, written only when the compilation references xunit (v2 or v3).</summary>
    private static void WriteTheoryData(SourceWriter writer, GeneratorOptions options)
    {
        writer.Line();
        writer.Line($$"""
            /// <summary>
            /// One theory row per article id, so a test explorer lists one test per article:
            /// <c>[Theory, MemberData(nameof({{options.ClassName}}.IdTheoryData), MemberType = typeof({{options.ClassName}}))]</c>
            /// on a method that takes <c>string id</c> and reads <c>{{options.ClassName}}.Get(id)</c>.
            /// </summary>
            public static global::Xunit.TheoryData<string> IdTheoryData
            {
                get
                {
                    var data = new global::Xunit.TheoryData<string>();
                    foreach (var article in Catalog.All) data.Add(article.Id);
                    return data;
                }
            }
            """);
    }
}
