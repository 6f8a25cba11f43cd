using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using NewsCorpus.Generator.Model;
using NewsCorpus.Records;

namespace NewsCorpus.Generator.Emit;

/// <summary>
/// Writes the catalog's own file: how the articles are loaded, <c>All</c>, lookup by id and the filters. It depends
/// only on how many articles and blocks there are and which articles have no paragraph, so editing an article's text
/// leaves it untouched unless the edit takes away its last paragraph or gives it its first; the typed fields and
/// records are in the blocks' files (<see cref="BlockEmitter"/>).
/// </summary>
internal static class CatalogEmitter
{
    public static string HintName(GeneratorOptions options) => $"{options.ClassName}.g.cs";

    /// <summary>The articles in ordinal order of their paths, the order of <c>All</c> and of the blocks.</summary>
    public static EquatableArray<NamedArticle> InPathOrder(ImmutableArray<NamedArticle> articles)
    {
        var sorted = new List<NamedArticle>(articles);
        sorted.Sort(static (a, b) => a.Article.Path != b.Article.Path
            ? string.CompareOrdinal(a.Article.Path, b.Article.Path)
            : string.CompareOrdinal(a.Id, b.Id));
        return sorted.ToEquatableArray();
    }

    /// <summary>The articles cut into blocks of <see cref="RecordFormat.BlockSize"/>, in path order, each with its carrier.</summary>
    public static EquatableArray<ArticleBlock> Blocks(EquatableArray<NamedArticle> sorted, bool utf8Literals, GeneratorOptions options)
    {
        var blocks = new List<ArticleBlock>(RecordFormat.BlockCount(sorted.Count));
        long characters = 0;
        for (int start = 0; start < sorted.Count; start += RecordFormat.BlockSize)
        {
            var members = new List<NamedArticle>(RecordFormat.BlockSize);
            bool loneSurrogate = false;
            for (int i = start; i < sorted.Count && i < start + RecordFormat.BlockSize; i++)
            {
                members.Add(sorted[i]);
                characters += sorted[i].Article.Record.Length;
                loneSurrogate |= NewsCorpus.Text.TextChars.HasLoneSurrogate(sorted[i].Article.Record);
            }

            var carrier = CarrierOf(characters, loneSurrogate, utf8Literals, options.RecordStringBudget);
            blocks.Add(new ArticleBlock(start / RecordFormat.BlockSize, members.ToEquatableArray(), carrier, options.MaxTypedProperties));
        }

        return blocks.ToEquatableArray();
    }

    /// <summary>
    /// The literal of a block: packed strings while the records so far stay within <paramref name="stringBudget"/>
    /// characters (<see cref="GeneratorOptions.DefaultRecordStringBudget"/>), UTF-8 literals past it where the compiler
    /// has them, and text for a block with a record UTF-8 cannot hold (a lone surrogate).
    /// </summary>
    private static BlockCarrier CarrierOf(long charactersSoFar, bool loneSurrogate, bool utf8Literals, int stringBudget) =>
        loneSurrogate ? BlockCarrier.Text
        : utf8Literals && charactersSoFar > stringBudget ? BlockCarrier.Utf8
        : BlockCarrier.PackedString;

    /// <summary>What the catalog's own file depends on: the number of articles, which blocks are UTF-8 or hold bodies, and which articles have no paragraph.</summary>
    public static CatalogShape ShapeOf(EquatableArray<ArticleBlock> blocks)
    {
        int articles = 0;
        var utf8 = new List<int>();
        var withBodies = new List<int>();
        var withoutParagraphs = new List<int>();
        foreach (var block in blocks)
        {
            if (block.Carrier == BlockCarrier.Utf8) utf8.Add(block.Number);
            bool hasBodies = false;
            foreach (var named in block.Articles)
            {
                if (!named.Article.HasParagraphs) withoutParagraphs.Add(articles);
                hasBodies |= named.Article.LiteralBody is not null;
                articles++;
            }

            if (hasBodies) withBodies.Add(block.Number);
        }

        return new CatalogShape(articles, utf8.ToEquatableArray(), withBodies.ToEquatableArray(), withoutParagraphs.ToEquatableArray());
    }

    public static string Emit(CatalogShape shape, GeneratorOptions options, EmitSettings settings)
    {
        string count = shape.ArticleCount.ToString(CultureInfo.InvariantCulture);
        string nullable = GeneratedCode.Nullable(settings);
        int blocks = RecordFormat.BlockCount(shape.ArticleCount);

        var writer = new SourceWriter();
        GeneratedCode.Open(writer, options.Namespace, settings);
        writer.Line($$"""
            /// <summary>
            /// The {{count}} article(s) of this project's corpus, embedded at compile time by NewsCorpus:
            /// one typed field per article, <see cref="All"/> in order of path, and lookup by id.
            /// </summary>
            {{GeneratedCode.Attribute}}
            {{GeneratedCode.CatalogDeclaration(options)}}
            """);
        writer.OpenBlock();
        writer.Line($$"""
            private static global::NewsCorpus.ArticleCatalog{{nullable}} s_catalog;

            /// <summary>The articles, created on first use from whichever part of this class is initialised first.</summary>
            private static global::NewsCorpus.ArticleCatalog Catalog => s_catalog ?? global::System.Threading.LazyInitializer.EnsureInitialized(ref s_catalog, _CreateCatalog);

            private static global::NewsCorpus.ArticleCatalog _CreateCatalog()
            {
                return global::NewsCorpus.ArticleCatalog.FromRecords(typeof({{options.ClassName}}).Assembly, {{count}}, _TextBlock, {{(shape.Utf8Blocks.Count > 0 ? "_Utf8Block" : "null")}}, {{(shape.BlocksWithLiteralBodies.Count > 0 ? "_LiteralBody" : "null")}}, {{IntArray(shape.ArticlesWithoutParagraphs)}});
            }

            /// <summary>The article at <paramref name="index"/> in path order: what the typed field of an article without a paragraph is initialised with.</summary>
            private static global::NewsCorpus.Article _Article(int index) => Catalog.All[index];

            /// <summary>The article at <paramref name="index"/> in path order, which has a paragraph: what every other typed field is initialised with.</summary>
            private static global::NewsCorpus.ArticleWithLead _WithLead(int index) => (global::NewsCorpus.ArticleWithLead)Catalog.All[index];
            """);
        var utf8 = new HashSet<int>(shape.Utf8Blocks);
        WriteBlockSwitch(writer, "string" + nullable, "_TextBlock", Enumerable(blocks, block => !utf8.Contains(block)), block => BlockEmitter.RecordsName(block));
        if (utf8.Count > 0) WriteBlockSwitch(writer, "byte[]" + nullable, "_Utf8Block", shape.Utf8Blocks, block => BlockEmitter.RecordsName(block) + ".ToArray()");
        if (shape.BlocksWithLiteralBodies.Count > 0) WriteLiteralBodySwitch(writer, shape);

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

            /// <summary>
            /// The article whose <see cref="global::NewsCorpus.Article.Id"/> is <paramref name="id"/> (both read in Unicode normalisation form C):
            /// the exact id, else the one id equal to it ignoring case (<see cref="global::NewsCorpus.ArticleCatalog.Get"/>).
            /// </summary>
            /// <exception cref="global::System.Collections.Generic.KeyNotFoundException">No article has that id, or none has it exactly and several ignoring case.</exception>
            public static global::NewsCorpus.Article Get(string id) => Catalog.Get(id);

            /// <summary>The article <see cref="Get"/> finds by the same rule, or null where it would throw.</summary>
            public static global::NewsCorpus.Article{{nullable}} Find(string id) => Catalog.Find(id);

            /// <summary>Every quote whose speaker or resolved speaker contains <paramref name="name"/>, ignoring case.</summary>
            public static global::System.Collections.Generic.IEnumerable<global::NewsCorpus.Quote> QuotesBy(string name) => Catalog.QuotesBy(name);

            /// <summary>The articles in <paramref name="language"/> (an ISO 639-1 code such as <c>en</c>), matched as <see cref="Get"/> matches ids: the exact value, else every value equal to it ignoring case.</summary>
            public static global::System.Collections.Generic.IEnumerable<global::NewsCorpus.Article> ByLanguage(string language) => Catalog.ByLanguage(language);

            /// <summary>The articles whose source is <paramref name="source"/>, matched as <see cref="Get"/> matches ids: the exact value, else every value equal to it ignoring case.</summary>
            public static global::System.Collections.Generic.IEnumerable<global::NewsCorpus.Article> BySource(string source) => Catalog.BySource(source);

            /// <summary>The articles in the folder <paramref name="category"/> under the corpus folder, matched as <see cref="Get"/> matches ids: the exact value, else every value equal to it ignoring case.</summary>
            public static global::System.Collections.Generic.IEnumerable<global::NewsCorpus.Article> ByCategory(string category) => Catalog.ByCategory(category);

            /// <summary>The articles published on a day from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
            public static global::System.Collections.Generic.IEnumerable<global::NewsCorpus.Article> PublishedBetween(global::System.DateTime from, global::System.DateTime to) => Catalog.PublishedBetween(from, to);
            """);
        if (settings.XunitReferenced) WriteTheoryData(writer, options);
        writer.CloseBlock();
        GeneratedCode.Close(writer, options.Namespace);
        return writer.ToString();
    }

    /// <summary>An <c>int[]</c> expression of <paramref name="values"/>, or <c>null</c> for none.</summary>
    private static string IntArray(EquatableArray<int> values)
    {
        if (values.Count == 0) return "null";
        var items = new List<string>(values.Count);
        foreach (int value in values) items.Add(value.ToString(CultureInfo.InvariantCulture));
        return "new int[] { " + string.Join(", ", items) + " }";
    }

    private static IEnumerable<int> Enumerable(int count, System.Func<int, bool> where)
    {
        for (int i = 0; i < count; i++)
        {
            if (where(i)) yield return i;
        }
    }

    /// <summary>A method returning each block's records in one of the two carriers, and null for a block in the other.</summary>
    private static void WriteBlockSwitch(SourceWriter writer, string type, string name, IEnumerable<int> blocks, System.Func<int, string> records)
    {
        var cases = new List<(string, string)>();
        foreach (int block in blocks) cases.Add((block.ToString(CultureInfo.InvariantCulture), records(block)));
        GeneratedCode.WriteSwitch(writer, $"private static {type} {name}(int block)", "block", cases, "return null;");
    }

    /// <summary>The bodies that generated code holds (files marked by hand, or with resources off), by article.</summary>
    private static void WriteLiteralBodySwitch(SourceWriter writer, CatalogShape shape)
    {
        var cases = new List<(string, string)>();
        foreach (int block in shape.BlocksWithLiteralBodies) cases.Add((block.ToString(CultureInfo.InvariantCulture), BlockEmitter.BodiesName(block) + "(index)"));
        GeneratedCode.WriteSwitch(writer, "private static string _LiteralBody(int index)", $"index / {RecordFormat.BlockSize.ToString(CultureInfo.InvariantCulture)}", cases,
            "throw new global::System.ArgumentOutOfRangeException(nameof(index));");
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
