using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsCorpus.Text;
using NewsCorpus.Text.Naming;

namespace NewsCorpus.Cli;

/// <summary>One file as `corpus inspect` sees it: the same analysis the generator runs, at run time.</summary>
internal sealed record InspectedArticle(ParsedArticle Parsed, string Identifier, IReadOnlyList<TextDiagnostic> Diagnostics);

/// <summary>`corpus inspect DIR`: parses every .txt under a folder and prints the findings.</summary>
internal static class CorpusInspector
{
    public static int Run(TextWriter output, TextWriter error, DirectoryInfo directory, string format)
    {
        if (CorpusFiles.IsMissing(directory, error)) return 2;

        var articles = Inspect(directory);
        if (format == "json") Export.CorpusJson.WriteDocument(output, articles);
        else InspectText.Write(output, articles);
        return 0;
    }

    public static IReadOnlyList<InspectedArticle> Inspect(DirectoryInfo directory)
    {
        var parsed = CorpusFiles.Read(directory).Select(file => ArticleParser.Parse(file.Text, file.Path)).ToList();

        var names = IdentifierAssigner.Assign(
                parsed.Where(a => !a.IsEmpty).Select(a => (Key: a.Path, a.Path, CSharpIdentifier.FromId(a.Id))),
                "Articles")
            .ToDictionary(name => name.Path, StringComparer.Ordinal);

        return parsed.Select(article =>
        {
            var diagnostics = new List<TextDiagnostic>(article.Diagnostics);
            names.TryGetValue(article.Path, out var name);
            if (name?.CollisionMessage is { } message)
                diagnostics.Insert(0, new LineMap(article.Text).Diagnostic(DiagnosticIds.IdentifierCollision, FindingSeverity.Warning, message, new SourceRange(0, 0)));
            return new InspectedArticle(article, name?.Identifier ?? CSharpIdentifier.FromId(article.Id), diagnostics);
        }).ToList();
    }
}
