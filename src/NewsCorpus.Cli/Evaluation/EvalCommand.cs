using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsCorpus.Cli.Terminal;

namespace NewsCorpus.Cli.Evaluation;

/// <summary>An article of an evaluation set, with the annotation file chosen for it.</summary>
internal sealed record EvaluationArticle(string Name, string AnnotationFile, EvaluationDocument Document);

/// <summary>
/// `corpus eval DIR`: scores the run-time extraction against BRAT annotations laid out as
/// <c>DIR/text/NAME.txt</c> and <c>DIR/attributions/NAME.ann</c> or <c>NAME_annotator.ann</c>;
/// `corpus eval --texts T --annotations A` reads the two from folders of their own.
/// </summary>
internal static class EvalCommand
{
    public static int Run(TextWriter output, TextWriter error, DirectoryInfo? directory, DirectoryInfo? texts, DirectoryInfo? annotations, TerminalSession? terminal = null)
    {
        if (Folders(directory, texts, annotations) is not { } folders)
        {
            TerminalText.WriteLine(error, "Give a folder with text/ and attributions/ in it, or both --texts and --annotations");
            return 2;
        }

        foreach (var folder in new[] { folders.Texts, folders.Annotations })
        {
            if (Directory.Exists(folder)) continue;
            TerminalText.WriteLine(error, directory is null
                ? $"No such folder: {folder}"
                : $"No such folder: {folder} (expected DIR/text/*.txt and DIR/attributions/*.ann)");
            return 2;
        }

        EvaluationReport report;
        using (var display = ProgressDisplay.Start("eval", error, terminal))
        {
            report = QuoteScorer.Score(Load(folders.Texts, folders.Annotations, display.Error, display.Progress).Select(a => a.Document));
        }

        EvalReportWriter.Write(output, report);
        return 0;
    }

    /// <summary>
    /// The texts' and the annotations' folders: <c>DIR/text</c> and <c>DIR/attributions</c>, each replaced by
    /// <c>--texts</c> or <c>--annotations</c> when given (an annotation set kept apart from the texts it marks).
    /// Null when a folder is named by neither.
    /// </summary>
    public static (string Texts, string Annotations)? Folders(DirectoryInfo? directory, DirectoryInfo? texts, DirectoryInfo? annotations)
    {
        string? textFolder = texts?.FullName ?? (directory is null ? null : Path.Combine(directory.FullName, "text"));
        string? annotationFolder = annotations?.FullName ?? (directory is null ? null : Path.Combine(directory.FullName, "attributions"));
        return textFolder is null || annotationFolder is null ? null : (textFolder, annotationFolder);
    }

    /// <summary>
    /// Every <c>*.txt</c> of <paramref name="textFolder"/> that has an annotation file, in ordinal name order, parsed,
    /// with its gold attributions: a set may mark a few articles of a large folder.
    /// </summary>
    public static IReadOnlyList<EvaluationArticle> Load(string textFolder, string annotationFolder, TextWriter error, WorkProgress? progress = null)
    {
        var texts = CorpusFiles.Read(new DirectoryInfo(textFolder), error, pattern: CorpusFiles.TextArticlePattern, recursive: false)
            .ToDictionary(file => Path.GetFileNameWithoutExtension(file.Path), StringComparer.Ordinal);
        var annotationTexts = CorpusFiles.Read(new DirectoryInfo(annotationFolder), error, pattern: "*.ann", recursive: false)
            .ToDictionary(file => file.Path, file => file.Text, StringComparer.Ordinal);
        var names = texts.Keys.OrderBy(name => name, StringComparer.Ordinal).ToList();
        var annotations = AssignAnnotations(names, annotationTexts.Keys);

        foreach (var orphan in annotations.Orphans)
            TerminalText.WriteLine(error, $"warning: {orphan} belongs to no text/*.txt; it is not scored");

        var articles = new List<EvaluationArticle>();
        int unannotated = 0;
        progress?.SetTotal(names.Count);
        foreach (string name in names)
        {
            progress?.Advance();
            // An article is scored only against a file of its own: an empty one says it has no attribution.
            if (!annotations.Chosen.TryGetValue(name, out var annotationFile))
            {
                unannotated++;
                continue;
            }

            var file = texts[name];
            if (CorpusInspector.TryParse(file, error) is not { } parsed) continue;
            var gold = ReadGold(annotationFile, annotationTexts[annotationFile], file.Text, error);
            articles.Add(new EvaluationArticle(name, annotationFile, new EvaluationDocument(file.Text, gold, parsed.Quotes)));
        }

        if (unannotated > 0) TerminalText.WriteLine(error, $"note: {unannotated} text(s) have no annotation file; they are not scored");
        return articles;
    }

    /// <summary>
    /// Which annotation file each article is scored against. A file belongs to the article whose name is
    /// its whole stem, or else its stem before the last underscore (the annotator suffix: PolNeAR names
    /// hold underscores themselves, <c>politico_2016-09-08_flynn…_4e07.ann</c>). Of several, the first in
    /// ordinal name order wins, so the choice does not depend on the file system's listing order.
    /// </summary>
    public static (IReadOnlyDictionary<string, string> Chosen, IReadOnlyList<string> Orphans) AssignAnnotations(
        IReadOnlyCollection<string> articleNames, IEnumerable<string> annotationFiles)
    {
        var articles = new HashSet<string>(articleNames, StringComparer.Ordinal);
        var chosen = new Dictionary<string, string>(StringComparer.Ordinal);
        var orphans = new List<string>();
        foreach (var file in annotationFiles.OrderBy(f => f, StringComparer.Ordinal))
        {
            string stem = Path.GetFileNameWithoutExtension(file);
            int suffix = stem.LastIndexOf('_');
            string? article = articles.Contains(stem) ? stem
                : suffix > 0 && articles.Contains(stem.Substring(0, suffix)) ? stem.Substring(0, suffix)
                : null;
            if (article is null) orphans.Add(file);
            else chosen.TryAdd(article, file);
        }

        return (chosen, orphans);
    }

    /// <summary>
    /// The file's attributions that lie inside the text, each content's text read from the article itself:
    /// an annotation set may leave BRAT's text column empty, so that it carries offsets and no article text.
    /// </summary>
    private static IReadOnlyList<GoldAttribution> ReadGold(string fileName, string annotation, string text, TextWriter error)
    {
        var attributions = BratDocument.Parse(annotation).Attributions;
        var inside = attributions
            .Where(a => a.FitsIn(text.Length))
            .Select(a => a with { ContentText = string.Join(" ", a.ContentFragments.Select(f => f.Of(text))) })
            .ToList();
        if (inside.Count < attributions.Count)
            TerminalText.WriteLine(error, $"warning: {fileName}: {attributions.Count - inside.Count} attribution(s) reach past the end of the text; they are not scored");
        return inside;
    }
}
