using System.Globalization;
using NewsCorpus.Generator.Model;
using NewsCorpus.Records;

namespace NewsCorpus.Generator.Emit;

/// <summary>
/// Writes one block of articles as a part of the catalog class: a typed field per article, whose doc comment carries
/// what IntelliSense shows, and the block's records as one literal (a string literal, or past
/// <see cref="GeneratorOptions.RecordStringBudget"/> a UTF-8 literal, which lives in the assembly's data rather than
/// the 16 MB string heap that CS8103 caps). A field, not a property or a class per article: the compiler binds a
/// field initializer for far less than a method or a type. Bodies are manifest resources and appear here only where
/// the build could not embed the file.
/// </summary>
internal static class BlockEmitter
{
    public static string HintName(GeneratorOptions options, int block) =>
        $"{options.ClassName}.Block{block.ToString("D3", CultureInfo.InvariantCulture)}.g.cs";

    /// <summary>The member holding block <paramref name="block"/>'s records.</summary>
    public static string RecordsName(int block) => "_Records" + block.ToString(CultureInfo.InvariantCulture);

    /// <summary>The method returning the literal bodies of block <paramref name="block"/>'s articles.</summary>
    public static string BodiesName(int block) => "_Bodies" + block.ToString(CultureInfo.InvariantCulture);

    public static string Emit(ArticleBlock block, GeneratorOptions options, EmitSettings settings)
    {
        int first = block.Number * RecordFormat.BlockSize;
        var writer = new SourceWriter();
        GeneratedCode.Open(writer, options.Namespace, settings, annotationsOnly: true);
        writer.Line(GeneratedCode.CatalogDeclaration(options));
        writer.OpenBlock();

        // Past the cap (NC0012) an article is still in All, Get and Find, but has no field of its own. An article with a
        // paragraph is typed ArticleWithLead, whose Lead is not nullable; a title alone stays an Article.
        for (int i = 0; i < block.Articles.Count && first + i < block.MaxTypedProperties; i++)
        {
            var named = block.Articles[i];
            writer.Line("/// <summary>");
            foreach (var line in named.Article.Summary) writer.Line("/// " + line);
            writer.Line("/// </summary>");
            string index = (first + i).ToString(CultureInfo.InvariantCulture);
            writer.Line(named.Article.HasParagraphs
                ? $"public static readonly global::NewsCorpus.ArticleWithLead {named.Identifier} = _WithLead({index});"
                : $"public static readonly global::NewsCorpus.Article {named.Identifier} = _Article({index});");
            writer.Line();
        }

        var records = new string[block.Articles.Count];
        for (int i = 0; i < records.Length; i++) records[i] = RecordFormat.WithId(block.Articles[i].Article.Record, block.Articles[i].Id);
        string text = RecordFormat.WriteBlock(records, utf8: block.Carrier != BlockCarrier.Text);
        string literal = CSharpText.Literal(block.Carrier == BlockCarrier.PackedString ? RecordFormat.Pack(text) : text);
        writer.Line($"/// <summary>The records of articles {first.ToString(CultureInfo.InvariantCulture)} to {(first + records.Length - 1).ToString(CultureInfo.InvariantCulture)} (NewsCorpus.Records.RecordFormat).</summary>");
        writer.Line(block.Carrier == BlockCarrier.Utf8
            ? $"private static global::System.ReadOnlySpan<byte> {RecordsName(block.Number)} => {literal}u8;"
            : $"private static string {RecordsName(block.Number)} => {literal};");

        if (HasLiteralBodies(block)) WriteBodies(writer, block, first, settings);
        writer.CloseBlock();
        GeneratedCode.Close(writer, options.Namespace);
        return writer.ToString();
    }

    private static bool HasLiteralBodies(ArticleBlock block)
    {
        foreach (var named in block.Articles)
        {
            if (named.Article.LiteralBody is not null) return true;
        }

        return false;
    }

    /// <summary>
    /// A method per body, as one method holding many large literals makes the compiler slow far beyond their size,
    /// and a switch over them by article.
    /// </summary>
    private static void WriteBodies(SourceWriter writer, ArticleBlock block, int first, EmitSettings settings)
    {
        var cases = new System.Collections.Generic.List<(string, string)>();
        for (int i = 0; i < block.Articles.Count; i++)
        {
            if (block.Articles[i].Article.LiteralBody is null) continue;
            string index = (first + i).ToString(CultureInfo.InvariantCulture);
            cases.Add((index, $"_Body{index}()"));
        }

        GeneratedCode.WriteSwitch(writer, $"private static string {BodiesName(block.Number)}(int index)", "index", cases,
            "throw new global::System.ArgumentOutOfRangeException(nameof(index));");
        for (int i = 0; i < block.Articles.Count; i++)
        {
            if (block.Articles[i].Article.LiteralBody is not { } body) continue;
            writer.Line();
            writer.Line($"private static string _Body{(first + i).ToString(CultureInfo.InvariantCulture)}() => {TextExpression(body, settings)};");
        }
    }

    /// <summary>
    /// UTF-8 literals live in the assembly's data section, not in the user-string heap that CS8103 caps;
    /// older compilers, and text UTF-8 cannot hold (a lone surrogate), get a string literal.
    /// </summary>
    private static string TextExpression(string text, EmitSettings settings) =>
        settings.Utf8Literals && !NewsCorpus.Text.TextChars.HasLoneSurrogate(text)
            ? $"global::System.Text.Encoding.UTF8.GetString({CSharpText.Literal(text)}u8)"
            : CSharpText.Literal(text);
}
