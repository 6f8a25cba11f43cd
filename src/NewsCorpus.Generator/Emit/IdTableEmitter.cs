using System.Collections.Generic;
using NewsCorpus.Generator.Analyzers;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Emit;

/// <summary>
/// Writes the catalog's table of ids (<see cref="ArticleIdTable"/>) as a private constant in a file of its own, which
/// the NewsCorpus analyzer checks constant ids against. It depends on the ids and typed names alone, so editing an
/// article's text leaves it untouched; being a constant, it costs nothing at run time.
/// </summary>
internal static class IdTableEmitter
{
    public static string HintName(GeneratorOptions options) => $"{options.ClassName}.Ids.g.cs";

    /// <summary>The table's text for <paramref name="sorted"/> (in path order); the articles past the cap have no typed name.</summary>
    public static string Table(EquatableArray<NamedArticle> sorted, int maxTypedProperties)
    {
        var rows = new List<(string, string?)>(sorted.Count);
        for (int i = 0; i < sorted.Count; i++) rows.Add((sorted[i].Id, i < maxTypedProperties ? sorted[i].Identifier : null));
        return ArticleIdTable.Write(rows);
    }

    public static string Emit(string table, GeneratorOptions options, EmitSettings settings)
    {
        var writer = new SourceWriter();
        GeneratedCode.Open(writer, options.Namespace, settings);
        writer.Line(GeneratedCode.CatalogDeclaration(options));
        writer.OpenBlock();
        writer.Line("/// <summary>Each article's id and typed name, each followed by NUL: what the NewsCorpus analyzer checks constant ids in Get and Find against.</summary>");
        writer.Line($"private const string {ArticleIdTable.FieldName} = {Literal(table)};");
        writer.CloseBlock();
        GeneratedCode.Close(writer, options.Namespace);
        return writer.ToString();
    }

    /// <summary>A string literal of the table with its separators as <c>\0</c> rather than the six characters of <c>\u0000</c>.</summary>
    private static string Literal(string table)
    {
        var literal = new System.Text.StringBuilder(table.Length + 16).Append('"');
        var fields = table.Split('\0');
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0) literal.Append("\\0");
            string quoted = CSharpText.Literal(fields[i]);
            literal.Append(quoted, 1, quoted.Length - 2);
        }

        return literal.Append('"').ToString();
    }
}
