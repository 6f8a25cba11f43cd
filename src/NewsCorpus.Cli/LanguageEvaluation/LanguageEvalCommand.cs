using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsCorpus.Cli.Terminal;
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

    public static int Run(TextWriter output, TextWriter error, DirectoryInfo directory, string expected, int prefixChars, TerminalSession? terminal = null)
    {
        if (CorpusFiles.IsMissing(directory, error)) return 2;

        if (prefixChars < 1)
        {
            error.WriteLine($"--chars must be at least 1 (got {prefixChars})");
            return 2;
        }

        LanguageReport report;
        using (var display = ProgressDisplay.Start("eval-language", error, terminal))
        {
            report = Score(CorpusFiles.Read(directory, display.Error), display.Error, expected, prefixChars, display.Progress);
        }

        LanguageReportWriter.Write(output, report);
        return 0;
    }

    public static LanguageReport Score(IReadOnlyList<CorpusFile> articles, TextWriter error, string expected, int prefixChars, WorkProgress? progress = null)
    {
        var whole = new LanguageTally();
        var prefix = new LanguageTally();
        var misses = new List<LanguageMiss>();
        int documents = 0;
        progress?.SetTotal(articles.Count);
        foreach (var article in articles)
        {
            progress?.Advance();
            if (CorpusInspector.TryParse(article, error) is not { } parsed) continue;
            whole.Add(parsed.Language, expected);
            if (!string.Equals(parsed.Language, expected, StringComparison.Ordinal)) misses.Add(new LanguageMiss(article.Path, parsed.Language));
            prefix.Add(LanguageIdentifier.Identify(BodyPrefix(parsed, prefixChars)), expected);
            documents++;
        }

        return new LanguageReport(expected, prefixChars, documents, whole, prefix, misses);
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
