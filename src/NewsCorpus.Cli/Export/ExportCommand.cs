using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using NewsCorpus.Cli.Terminal;
using NewsCorpus.Text;

namespace NewsCorpus.Cli.Export;

/// <summary>`corpus export DIR --format json|jsonl [--output FILE]`: the parsed corpus as data for other tools.</summary>
internal static class ExportCommand
{
    public static int Run(
        TextWriter output, TextWriter error, DirectoryInfo directory, string format, FileInfo? file,
        string catalogClassName = CorpusInspector.DefaultClassName, long maxArticleSize = ArticleLimits.DefaultMaxArticleSize, TerminalSession? terminal = null)
    {
        if (CorpusFiles.IsMissing(directory, error) || !CorpusInspector.AreValid(error, catalogClassName, maxArticleSize)) return 2;

        // A path that cannot be a file is known before the corpus is read.
        if (file is not null && WhyNotAFile(file) is { } reason)
        {
            TerminalText.WriteLine(error, $"Cannot write {file.FullName}: {reason}");
            return 2;
        }

        // The data is for a program; a bar is for the person waiting on a file being written.
        IReadOnlyList<InspectedArticle> articles;
        using (var display = ProgressDisplay.Start("export", error, terminal, machineReadable: file is null))
        {
            articles = CorpusInspector.Inspect(CorpusFiles.Read(directory, display.Error, maxArticleSize), display.Error, catalogClassName, display.Progress);
        }

        if (file is null)
        {
            Write(output, articles, format);
            return 0;
        }

        try
        {
            Directory.CreateDirectory(file.DirectoryName!);
            using var writer = new StreamWriter(file.FullName, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            Write(writer, articles, format);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TerminalText.WriteLine(error, $"Cannot write {file.FullName}: {exception.Message}");
            return 1;
        }

        TerminalText.WriteLine(error, $"Wrote {articles.Count} article(s) to {file.FullName}");
        return 0;
    }

    /// <summary>Why <paramref name="file"/> cannot be created or replaced as a file: it is a folder, or a folder above it is a file. Null if it may.</summary>
    private static string? WhyNotAFile(FileInfo file)
    {
        if (Directory.Exists(file.FullName)) return "it is a folder; give the path of a file in it";

        for (var folder = file.Directory; folder is not null; folder = folder.Parent)
        {
            if (File.Exists(folder.FullName)) return $"{folder.FullName} is a file, not a folder";
            if (folder.Exists) break;
        }

        return null;
    }

    private static void Write(TextWriter writer, IReadOnlyList<InspectedArticle> articles, string format)
    {
        if (format == "jsonl") CorpusJson.WriteLines(writer, articles);
        else CorpusJson.WriteDocument(writer, articles);
    }
}
