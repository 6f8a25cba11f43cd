using System;
using System.Globalization;
using System.IO;
using System.Linq;
using NewsCorpus.Text;

namespace NewsCorpus.Cli;

/// <summary>
/// Prints the corpus that the generator embedded in this very program (`list`, `show ID`), or an article file as if it
/// were embedded (`show FILE`); its text goes through <see cref="TerminalText"/> as any article's does.
/// </summary>
internal static class EmbeddedCorpusView
{
    private const int SummaryWidth = 48;

    public static int List(TextWriter output)
    {
        output.WriteLine($"{"id",-28} {"headline",-SummaryWidth} {"lang",-4} {"source",-8} {"published",-10} {"paras",5} {"quotes",6} {"words",6}");
        foreach (var article in Articles.All)
        {
            string summary = ArticleFacts.Shorten(article.Headline, SummaryWidth);
            TerminalText.WriteLine(output,
                $"{article.Id,-28} {summary,-SummaryWidth} {article.Language,-4} {article.Source ?? "-",-8} {Date(article.Published),-10} " +
                $"{article.ParagraphCount,5} {article.QuoteCount,6} {article.WordCount,6}");
        }

        output.WriteLine($"{Articles.All.Count} article(s)");
        return 0;
    }

    /// <summary>
    /// `corpus show X`: the embedded article whose id is X, else the article file at the path X, analysed at run
    /// time as the build would analyse it. Exits with 1 when X is neither, naming the nearest id if one is close.
    /// </summary>
    public static int Show(TextWriter output, TextWriter error, string idOrPath, long maxArticleSize = ArticleLimits.DefaultMaxArticleSize)
    {
        if (Articles.Find(idOrPath) is { } article)
        {
            ArticleView.Of(article).Write(output);
            return 0;
        }

        if (Directory.Exists(idOrPath))
        {
            TerminalText.WriteLine(error, $"'{idOrPath}' is a folder; `corpus show` prints one article (an id of `corpus list`, or a .txt or .md file). For a folder: corpus inspect {idOrPath}");
            return 2;
        }

        if (!File.Exists(idOrPath))
        {
            TerminalText.WriteLine(error, NotFound(idOrPath));
            return 1;
        }

        var file = new FileInfo(idOrPath);
        if (!CorpusFiles.IsArticleFileName(file.Name))
        {
            TerminalText.WriteLine(error, $"'{idOrPath}' is not an article: `corpus show` reads .txt and .md files (or shows an id of `corpus list`)");
            return 2;
        }

        if (CorpusFiles.ReadOne(file, error, maxArticleSize) is not { Count: 1 } files
            || CorpusInspector.Inspect(files, error) is not [var inspected])
        {
            return 1;
        }

        ArticleView.Of(inspected, idOrPath).Write(output);
        return 0;
    }

    /// <summary>Why nothing could be shown: neither an id nor a file, with the nearest id when one is close enough to be a slip.</summary>
    public static string NotFound(string idOrPath)
    {
        var ids = Articles.All.Select(a => a.Id).ToList();
        string message = $"'{idOrPath}' is neither the id of an embedded article nor a file.";
        if (NearestId.Of(idOrPath, ids) is { } nearest) message += $" Did you mean '{nearest}'?";
        message += ids.Count <= 10 ? $" Ids: {string.Join(", ", ids)}." : " `corpus list` lists the ids.";
        return message;
    }

    private static string Date(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";

}
