using System.IO;
using System.Text;

namespace NewsCorpus.Cli.Export;

/// <summary>`corpus export DIR --format json|jsonl [--output FILE]`: the parsed corpus as data for other tools.</summary>
internal static class ExportCommand
{
    public static int Run(TextWriter output, TextWriter error, DirectoryInfo directory, string format, FileInfo? file)
    {
        if (CorpusFiles.IsMissing(directory, error)) return 2;

        var articles = CorpusInspector.Inspect(directory);
        if (file is null)
        {
            Write(output, articles, format);
            return 0;
        }

        file.Directory?.Create();
        using (var writer = new StreamWriter(file.FullName, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            Write(writer, articles, format);
        }

        error.WriteLine($"Wrote {articles.Count} article(s) to {file.FullName}");
        return 0;
    }

    private static void Write(TextWriter writer, System.Collections.Generic.IReadOnlyList<InspectedArticle> articles, string format)
    {
        if (format == "jsonl") CorpusJson.WriteLines(writer, articles);
        else CorpusJson.WriteDocument(writer, articles);
    }
}
