using System.Globalization;
using System.Linq;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Emit;

/// <summary>Writes one article's class: its metadata as values and its text as one embedded literal.</summary>
internal static class ArticleEmitter
{
    /// <summary>How much of the lead the IntelliSense summary shows.</summary>
    private const int LeadPreviewLength = 300;

    public static string HintName(GeneratorOptions options, string identifier) => $"{options.ClassName}.{identifier}.g.cs";

    public static string Emit(NamedArticle named, GeneratorOptions options, EmitSettings settings)
    {
        var article = named.Article;
        var facts = article.Facts;
        var writer = new SourceWriter();
        GeneratedCode.Open(writer, options, settings);
        writer.Line($"{options.Visibility} static partial class {options.ClassName}");
        writer.OpenBlock();

        WriteSummary(writer, article);
        writer.Line(GeneratedCode.Attribute);
        writer.Line($"{options.Visibility} sealed class {named.ClassName} : global::NewsCorpus.Article");
        writer.OpenBlock();
        writer.Line($$"""
            /// <summary>The one instance of this article; <c>{{options.ClassName}}.{{named.Identifier}}</c> returns it.</summary>
            public static readonly {{named.ClassName}} Instance = new {{named.ClassName}}();

            private {{named.ClassName}}()
                : base(
                    id: {{CSharpText.Literal(article.Id)}},
                    path: {{CSharpText.Literal(article.Path)}},
                    title: {{CSharpText.Literal(article.Title)}},
                    language: {{CSharpText.Literal(article.Language)}},
                    source: {{CSharpText.Literal(article.Source)}},
                    published: {{DateLiteral(article.Published)}},
                    paragraphRanges: {{IntArray(article.ParagraphRanges)}},
                    quoteData: {{IntArray(article.QuoteData)}},
                    segmentRanges: {{IntArray(article.SegmentRanges)}},
                    metadata: new global::NewsCorpus.ArticleMetadata(
                        headline: {{CSharpText.Literal(facts.Headline)}},
                        dateline: {{CSharpText.Literal(facts.Dateline)}},
                        author: {{CSharpText.Literal(facts.Author)}},
                        category: {{CSharpText.Literal(facts.Category)}},
                        url: {{CSharpText.Literal(facts.Url)}},
                        tags: {{StringArray(facts.Tags)}},
                        frontMatter: {{StringArray(facts.FrontMatter)}},
                        wordCount: {{Int(facts.WordCount)}},
                        sentenceCount: {{Int(facts.SentenceCount)}},
                        characterCount: {{Int(facts.CharacterCount)}},
                        contentHash: {{CSharpText.Literal(facts.ContentHash)}},
                        dateMentions: {{IntArray(facts.DateMentions)}}))
            {
            }

            /// <inheritdoc/>
            protected override string DecodeText() => {{TextExpression(article.Text, settings)}};
            """);
        writer.CloseBlock();
        writer.CloseBlock();
        GeneratedCode.Close(writer, options);
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

    private static string DateLiteral(string? date)
    {
        if (date is null) return "null";
        var parts = date.Split('-');
        return $"new global::System.DateTime({int.Parse(parts[0], CultureInfo.InvariantCulture)}, {int.Parse(parts[1], CultureInfo.InvariantCulture)}, {int.Parse(parts[2], CultureInfo.InvariantCulture)})";
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string StringArray(EquatableArray<string> values) => values.Count == 0
        ? "global::System.Array.Empty<string>()"
        : "new string[] { " + string.Join(", ", values.Select(value => CSharpText.Literal(value))) + " }";

    private static string IntArray(EquatableArray<int> values) => values.Count == 0
        ? "global::System.Array.Empty<int>()"
        : "new int[] { " + string.Join(", ", values.Select(value => value.ToString(CultureInfo.InvariantCulture))) + " }";

    /// <summary>
    /// UTF-8 literals live in the assembly's data section, not in the user-string heap that CS8103 caps;
    /// older compilers, and text UTF-8 cannot hold (a lone surrogate), get a string literal.
    /// </summary>
    private static string TextExpression(string text, EmitSettings settings) =>
        settings.Utf8Literals && !NewsCorpus.Text.TextChars.HasLoneSurrogate(text)
            ? $"global::System.Text.Encoding.UTF8.GetString({CSharpText.Literal(text)}u8)"
            : CSharpText.Literal(text);
}
