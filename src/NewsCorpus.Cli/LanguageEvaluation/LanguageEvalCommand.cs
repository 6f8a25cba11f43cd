using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsCorpus.Text;
using NewsCorpus.Text.Language;

namespace NewsCorpus.Cli.LanguageEvaluation;

/// <summary>
/// `corpus eval-language DIR --expect CODE [--chars N]`: how often the built-in identifier names the
/// expected language, on whole articles (the parsed <c>Language</c>, title included) and on the first
/// N characters of each body (paragraphs joined by a line break, title excluded), as a short text would be.
/// </summary>
internal static class LanguageEvalCommand
{
    /// <summary>The default length of the body prefix: about ten words.</summary>
    public const int DefaultPrefixChars = 60;

    public static int Run(TextWriter output, TextWriter error, DirectoryInfo directory, string expected, int prefixChars)
    {
        if (CorpusFiles.IsMissing(directory, error)) return 2;

        if (prefixChars < 1)
        {
            error.WriteLine($"--chars must be at least 1 (got {prefixChars})");
            return 2;
        }

        var report = Score(CorpusFiles.Read(directory, error), error, expected, prefixChars);
        LanguageReportWriter.Write(output, report);
        return 0;
    }

    public static LanguageReport Score(IEnumerable<CorpusFile> articles, TextWriter error, string expected, int prefixChars)
    {
        var whole = new LanguageTally();
        var prefix = new LanguageTally();
        int documents = 0;
        foreach (var article in articles)
        {
            if (CorpusInspector.TryParse(article, error) is not { } parsed) continue;
            whole.Add(parsed.Language, expected);
            prefix.Add(LanguageIdentifier.Identify(BodyPrefix(parsed, prefixChars)), expected);
            documents++;
        }

        return new LanguageReport(expected, prefixChars, documents, whole, prefix);
    }

    /// <summary>
    /// The body (paragraphs joined by "\n", title excluded) cut after <paramref name="chars"/> UTF-16 characters, or
    /// back at the blank before a word that the cut would split: a short text ends with a whole word ("absolu" of
    /// "absolutely" is French), unless its first word is longer than the cut.
    /// </summary>
    public static string BodyPrefix(ParsedArticle article, int chars)
    {
        string body = string.Join("\n", article.Paragraphs.Select(p => p.Of(article.Text)));
        return LanguageIdentifier.WholeWordPrefix(body, chars);
    }
}
