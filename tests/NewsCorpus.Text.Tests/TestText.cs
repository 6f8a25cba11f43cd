using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NewsCorpus.Text.Tests;

/// <summary>Small helpers shared by the test classes.</summary>
internal static class TestText
{
    public const string DefaultPath = "2023-03-02-test-article.txt";

    public static ParsedArticle Parse(string text, string path = DefaultPath) => ArticleParser.Parse(text, path);

    /// <summary>The text of each paragraph.</summary>
    public static string[] ParagraphTexts(ParsedArticle article) =>
        article.Paragraphs.Select(p => p.Of(article.Text)).ToArray();

    /// <summary>The content of each quote.</summary>
    public static string[] QuoteTexts(ParsedArticle article) =>
        article.Quotes.Select(q => q.Content.Of(article.Text)).ToArray();

    /// <summary>The diagnostics with the given id.</summary>
    public static TextDiagnostic[] DiagnosticsWith(ParsedArticle article, string id) =>
        article.Diagnostics.Where(d => d.Id == id).ToArray();

    /// <summary>Joins lines with the given line break.</summary>
    public static string Lines(string newline, params string[] lines) => string.Join(newline, lines);

    /// <summary>Reads a fixture file copied to the output folder, as the parser gets it.</summary>
    public static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static IEnumerable<string> Ids(ParsedArticle article) => article.Diagnostics.Select(d => d.Id);
}
