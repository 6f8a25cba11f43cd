using System.Globalization;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Emit;

/// <summary>
/// Writes one article's class: its record of metadata and range tables as a string constant (kept in the metadata's
/// blob heap: a UTF-8 literal per article would be one of at most 65,535 static data fields), its body as a read of
/// the manifest resource the build embedded (or a literal), and nothing else for the compiler to bind; the doc
/// comment carries what IntelliSense shows. The class sits in a namespace of its own, not nested in the catalog:
/// a catalog class declared partial in every article's file made the compiler's analyzer driver quadratic in the
/// number of articles (it lists every declaration's location for each file), 383 s for 22,250 articles.
/// </summary>
internal static class ArticleEmitter
{
    /// <summary>How much of the lead the IntelliSense summary shows.</summary>
    private const int LeadPreviewLength = 300;

    public static string HintName(GeneratorOptions options, string identifier) => $"{options.ClassName}.{identifier}.g.cs";

    public static string Emit(NamedArticle named, GeneratorOptions options, EmitSettings settings)
    {
        var article = named.Article;
        var writer = new SourceWriter();
        GeneratedCode.Open(writer, options.ArticleTypesNamespace, settings);
        WriteSummary(writer, article);
        writer.Line(GeneratedCode.Attribute);
        writer.Line($"{options.Visibility} sealed class {named.ClassName} : global::NewsCorpus.Article");
        writer.OpenBlock();
        writer.Line($$"""
            /// <summary>The one instance of this article; <c>{{options.ClassName}}.{{named.Identifier}}</c> returns it.</summary>
            public static readonly {{named.ClassName}} Instance = new {{named.ClassName}}();

            /// <summary>Metadata and offsets of paragraphs, quotes and dates, which the base class reads on first use.</summary>
            private const string EmbeddedRecord = {{CSharpText.Literal(ArticleRecordWriter.Write(article))}};

            private {{named.ClassName}}()
            {
            }

            /// <inheritdoc/>
            protected override string DecodeText() => {{BodyExpression(article, settings)}};
            """);
        writer.CloseBlock();
        GeneratedCode.Close(writer, options.ArticleTypesNamespace);
        return writer.ToString();
    }

    /// <summary>What IntelliSense shows for the article: headline, facts, and the start of the lead.</summary>
    private static void WriteSummary(SourceWriter writer, ArticleModel article)
    {
        string facts = string.Join(" · ", new[]
        {
            article.Source ?? "unknown source",
            article.Language,
            article.Published ?? "undated",
            Count(article.Facts.WordCount, "word"),
            Count(article.ParagraphCount, "paragraph"),
            Count(article.QuoteCount, "quote"),
        });

        writer.Line("/// <summary>");
        writer.Line($"/// <para><b>{CSharpText.DocText(article.Facts.Headline, LeadPreviewLength)}</b></para>");
        writer.Line($"/// <para>{CSharpText.DocText(facts, LeadPreviewLength)} · <c>{CSharpText.DocText(article.Path, LeadPreviewLength)}</c></para>");
        if (article.ParagraphCount > 0)
        {
            var lead = article.Text.Substring(article.ParagraphRanges[0], article.ParagraphRanges[1] - article.ParagraphRanges[0]);
            writer.Line($"/// <para>{CSharpText.DocText(lead, LeadPreviewLength)}</para>");
        }

        writer.Line("/// </summary>");
    }

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");

    /// <summary>The body from the manifest resource the build embedded, else from a literal.</summary>
    private static string BodyExpression(ArticleModel article, EmitSettings settings) => article.ResourceName is { } resource
        ? $"ReadEmbeddedText({CSharpText.Literal(resource)})"
        : TextExpression(article.Text, settings);

    /// <summary>
    /// UTF-8 literals live in the assembly's data section, not in the user-string heap that CS8103 caps;
    /// older compilers, and text UTF-8 cannot hold (a lone surrogate), get a string literal.
    /// </summary>
    private static string TextExpression(string text, EmitSettings settings) =>
        settings.Utf8Literals && !NewsCorpus.Text.TextChars.HasLoneSurrogate(text)
            ? $"global::System.Text.Encoding.UTF8.GetString({CSharpText.Literal(text)}u8)"
            : CSharpText.Literal(text);
}
