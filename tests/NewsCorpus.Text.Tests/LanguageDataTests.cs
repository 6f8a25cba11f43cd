using System;
using System.IO;
using System.Linq;
using NewsCorpus.Text.Decoding;
using NewsCorpus.Text.Language;
using Xunit;

namespace NewsCorpus.Text.Tests;

/// <summary>
/// Language identification measured on real news in <c>../shared/data</c> (skipped without it), as
/// <c>corpus eval-language</c> measures it: every article whole, and the first 60 characters of its body.
/// </summary>
public class LanguageDataTests
{
    private const int PrefixChars = 60;

    [SharedDataTheory]
    [InlineData("bbc-news/bbc", "en")]
    [InlineData("alb-news/text", "sq")]
    [InlineData("polnear/dev/text", "en")]
    [InlineData("polnear/train/text", "en")]
    [InlineData("german-quotes/dev/text", "de")]
    public void Whole_articles_are_all_identified_and_short_prefixes_almost_all_and_never_wrongly(string folder, string language)
    {
        string root = Path.Combine(SharedData.Folder!, folder);
        var files = Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);

        int prefixesRight = 0;
        foreach (string file in files)
        {
            string text = ArticleDecoder.Decode(File.ReadAllBytes(file));
            var article = ArticleParser.Parse(text, Path.GetRelativePath(root, file).Replace('\\', '/'));
            string body = string.Join("\n", article.Paragraphs.Select(p => p.Of(text)));
            string prefix = LanguageIdentifier.WholeWordPrefix(body, PrefixChars);
            string answer = LanguageIdentifier.Identify(prefix);

            Assert.True(article.Language == language, $"{file}: the article reads as {article.Language}, not {language}");
            Assert.True(answer == language || answer == LanguageIdentifier.Undetermined, $"{file}: \"{prefix}\" reads as {answer}, not {language}");
            if (answer == language) prefixesRight++;
        }

        Assert.True(prefixesRight >= 0.99 * files.Count, $"{prefixesRight} of {files.Count} prefixes identified, fewer than 99%");
    }
}
