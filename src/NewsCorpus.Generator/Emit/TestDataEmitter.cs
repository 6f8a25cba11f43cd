using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Emit;

/// <summary>
/// Writes <c>ArticleDataAttribute</c>, an xunit data attribute that feeds a theory's <c>Article</c> parameter with the
/// articles that match its filters. It depends on the options and which xunit is referenced alone, never on the
/// articles, so editing the corpus leaves it untouched.
/// </summary>
/// <remarks>
/// xunit lists one case per row only when every row serialises, and it serialises a row after converting it to the
/// parameter's type (so a serialisable stand-in that converts to an <c>Article</c> would not do). Each row is therefore
/// a <c>Case</c>: an <c>Article</c> that serialises as its id (<c>IXunitSerializable</c>, which the runtime cannot
/// implement without depending on xunit), and whose <c>ToString</c> is how the case is named.
/// </remarks>
internal static class TestDataEmitter
{
    public const string AttributeName = "ArticleDataAttribute";

    public static string HintName(GeneratorOptions options) => $"{options.ClassName}.{AttributeName}.g.cs";

    public static string Emit(GeneratorOptions options, EmitSettings settings, XunitFlavor flavor)
    {
        string nullable = GeneratedCode.Nullable(settings);
        string catalog = options.Namespace is null ? "global::" + options.ClassName : $"global::{options.Namespace}.{options.ClassName}";
        bool v3 = flavor == XunitFlavor.V3;
        string serializable = v3 ? "global::Xunit.Sdk.IXunitSerializable" : "global::Xunit.Abstractions.IXunitSerializable";
        string serializationInfo = v3 ? "global::Xunit.Sdk.IXunitSerializationInfo" : "global::Xunit.Abstractions.IXunitSerializationInfo";
        string readId = v3 ? "info.GetValue(\"id\") as string" : "info.GetValue<string>(\"id\")";

        var writer = new SourceWriter();
        GeneratedCode.Open(writer, options.Namespace, settings);
        writer.Line($$"""
            /// <summary>
            /// Feeds a theory's <see cref="global::NewsCorpus.Article"/> parameter with the articles of <see cref="{{catalog}}"/>
            /// that match every filter set here (every article when none is), one test case per article named by its id:
            /// <c>[Theory, ArticleData(Language = "sq", Category = "politics")] public void Test(Article article)</c>.
            /// A parameter of type <see cref="string"/> receives the article's id instead.
            /// A selection that matches no article fails the test, naming the filter, rather than running nothing.
            /// </summary>
            {{GeneratedCode.Attribute}}
            [global::System.AttributeUsage(global::System.AttributeTargets.Method, AllowMultiple = true)]
            {{options.Visibility}} sealed class {{AttributeName}} : {{(v3 ? "global::Xunit.v3.DataAttribute" : "global::Xunit.Sdk.DataAttribute")}}
            """);
        writer.OpenBlock();
        writer.Line($$"""
            /// <summary>Only articles in this language (an ISO 639-1 code such as <c>en</c>), matched as the catalog's <c>ByLanguage</c> matches (the exact value, else every value equal to it ignoring case).</summary>
            public string{{nullable}} Language { get; set; }

            /// <summary>Only articles of this category (the folder under the corpus folder, or the front matter's <c>category</c>), matched as the catalog's <c>ByCategory</c> matches (the exact value, else every value equal to it ignoring case).</summary>
            public string{{nullable}} Category { get; set; }

            /// <summary>Only articles from this source (the agency or outlet), matched as the catalog's <c>BySource</c> matches (the exact value, else every value equal to it ignoring case).</summary>
            public string{{nullable}} Source { get; set; }

            /// <summary>Only articles whose id starts with this text, ignoring case.</summary>
            public string{{nullable}} IdPrefix { get; set; }
            """);
        writer.Line();
        if (v3) WriteV3GetData(writer); else WriteV2GetData(writer);
        writer.Line();
        writer.Line($$"""
            // Language, category and source are matched by the catalog's own filters, so they follow its one lookup rule.
            private global::System.Collections.Generic.List<Case> Select()
            {
                global::System.Collections.Generic.IEnumerable<global::NewsCorpus.Article> selected = {{catalog}}.All;
                if (Language != null) selected = Within(selected, {{catalog}}.ByLanguage(Language));
                if (Category != null) selected = Within(selected, {{catalog}}.ByCategory(Category));
                if (Source != null) selected = Within(selected, {{catalog}}.BySource(Source));
                var cases = new global::System.Collections.Generic.List<Case>();
                foreach (var article in selected)
                {
                    if (IdPrefix is null || article.Id.StartsWith(IdPrefix, global::System.StringComparison.OrdinalIgnoreCase)) cases.Add(new Case(article));
                }

                return cases;
            }

            private static global::System.Collections.Generic.List<global::NewsCorpus.Article> Within(
                global::System.Collections.Generic.IEnumerable<global::NewsCorpus.Article> selected, global::System.Collections.Generic.IEnumerable<global::NewsCorpus.Article> matching)
            {
                var keep = new global::System.Collections.Generic.HashSet<global::NewsCorpus.Article>(matching);
                var within = new global::System.Collections.Generic.List<global::NewsCorpus.Article>();
                foreach (var article in selected)
                {
                    if (keep.Contains(article)) within.Add(article);
                }

                return within;
            }

            /// <summary>Why nothing runs: the filter as written on the method, and the values the corpus has for each filtered field.</summary>
            private string NothingMatches(global::System.Reflection.MethodInfo testMethod)
            {
                var filters = new global::System.Collections.Generic.List<string>();
                var known = new global::System.Collections.Generic.List<string>();
                Describe(filters, known, nameof(Language), Language, "languages", article => article.Language);
                Describe(filters, known, nameof(Category), Category, "categories", article => article.Category);
                Describe(filters, known, nameof(Source), Source, "sources", article => article.Source);
                Describe(filters, known, nameof(IdPrefix), IdPrefix, null, null);
                string method = (testMethod.DeclaringType != null ? testMethod.DeclaringType.Name + "." : string.Empty) + testMethod.Name;
                string filter = "[ArticleData(" + string.Join(", ", filters) + ")]";
                string count = {{catalog}}.All.Count.ToString(global::System.Globalization.CultureInfo.InvariantCulture);
                return filter + " on " + method + " matches none of the " + count + " article(s) of {{options.ClassName}}"
                    + (known.Count > 0 ? "; the corpus has " + string.Join("; ", known) : string.Empty) + ".";
            }

            private static void Describe(global::System.Collections.Generic.List<string> filters, global::System.Collections.Generic.List<string> known,
                string name, string{{nullable}} value, string{{nullable}} plural, global::System.Func<global::NewsCorpus.Article, string{{nullable}}>{{nullable}} field)
            {
                if (value is null) return;
                filters.Add(name + " = \"" + value + "\"");
                if (plural is null || field is null) return;
                var values = new global::System.Collections.Generic.SortedSet<string>(global::System.StringComparer.OrdinalIgnoreCase);
                foreach (var article in {{catalog}}.All)
                {
                    string{{nullable}} present = field(article);
                    if (present != null) values.Add(present);
                }

                known.Add(plural + " " + (values.Count == 0 ? "(none)" : string.Join(", ", values)));
            }

            /// <summary>
            /// One test case: an article that xunit can serialise, as its id, so that a test explorer lists each case apart,
            /// and that reads as (and equals) the article of <see cref="{{catalog}}"/> with that id.
            /// </summary>
            public sealed class Case : global::NewsCorpus.Article, {{serializable}}
            {
                /// <summary>For xunit, which creates a case empty and then deserialises it.</summary>
                [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
                public Case()
                {
                }

                /// <summary>The case of <paramref name="article"/>.</summary>
                public Case(global::NewsCorpus.Article article) => BindTo(article);

                /// <summary>The article's id, for a test method that takes the id.</summary>
                public static implicit operator string(Case @case) => @case.Id;

                /// <inheritdoc/>
                public void Serialize({{serializationInfo}} info) => info.AddValue("id", Id, typeof(string));

                /// <inheritdoc/>
                public void Deserialize({{serializationInfo}} info) => BindTo({{catalog}}.Get({{readId}} ?? string.Empty));

                /// <summary>The id in quotes, as xunit names a case by a string argument: <c>Test(article: "harbour-strike")</c>.</summary>
                public override string ToString() => "\"" + Id + "\"";
            }
            """);
        writer.CloseBlock();
        GeneratedCode.Close(writer, options.Namespace);
        return writer.ToString();
    }

    private static void WriteV2GetData(SourceWriter writer) => writer.Line("""
        /// <inheritdoc/>
        public override global::System.Collections.Generic.IEnumerable<object[]> GetData(global::System.Reflection.MethodInfo testMethod)
        {
            var cases = Select();
            if (cases.Count == 0) throw new global::System.InvalidOperationException(NothingMatches(testMethod));
            var rows = new object[cases.Count][];
            for (int i = 0; i < rows.Length; i++) rows[i] = new object[] { cases[i] };
            return rows;
        }
        """);

    private static void WriteV3GetData(SourceWriter writer) => writer.Line("""
        /// <inheritdoc/>
        public override global::System.Threading.Tasks.ValueTask<global::System.Collections.Generic.IReadOnlyCollection<global::Xunit.ITheoryDataRow>> GetData(
            global::System.Reflection.MethodInfo testMethod, global::Xunit.Sdk.DisposalTracker disposalTracker)
        {
            var cases = Select();
            if (cases.Count == 0) throw new global::System.InvalidOperationException(NothingMatches(testMethod));
            var rows = new global::Xunit.ITheoryDataRow[cases.Count];
            for (int i = 0; i < rows.Length; i++) rows[i] = new global::Xunit.TheoryDataRow(cases[i]);
            return new global::System.Threading.Tasks.ValueTask<global::System.Collections.Generic.IReadOnlyCollection<global::Xunit.ITheoryDataRow>>(rows);
        }

        /// <inheritdoc/>
        public override bool SupportsDiscoveryEnumeration() => true;
        """);
}
