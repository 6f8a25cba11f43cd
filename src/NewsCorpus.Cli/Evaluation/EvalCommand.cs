using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NewsCorpus.Cli.Evaluation;

/// <summary>An article of an evaluation set, with the annotation file chosen for it (null when it has none).</summary>
internal sealed record EvaluationArticle(string Name, string? AnnotationFile, EvaluationDocument Document);

/// <summary>
/// `corpus eval DIR`: scores the run-time extraction against BRAT annotations laid out as
/// <c>DIR/text/NAME.txt</c> and <c>DIR/attributions/NAME.ann</c> or <c>NAME_annotator.ann</c>.
/// </summary>
internal static class EvalCommand
{
    public static int Run(TextWriter output, TextWriter error, DirectoryInfo directory)
    {
        foreach (var folder in new[] { directory.FullName, TextFolder(directory), AnnotationFolder(directory) })
        {
            if (Directory.Exists(folder)) continue;
            TerminalText.WriteLine(error, $"No such folder: {folder} (expected DIR/text/*.txt and DIR/attributions/*.ann)");
            return 2;
        }

        var articles = Load(directory, error);
        EvalReportWriter.Write(output, QuoteScorer.Score(articles.Select(a => a.Document)));
        return 0;
    }

    /// <summary>Every <c>text/*.txt</c> in ordinal name order, parsed, with its gold attributions.</summary>
    public static IReadOnlyList<EvaluationArticle> Load(DirectoryInfo directory, TextWriter error)
    {
        var texts = CorpusFiles.Read(new DirectoryInfo(TextFolder(directory)), error, recursive: false)
            .ToDictionary(file => Path.GetFileNameWithoutExtension(file.Path), StringComparer.Ordinal);
        var annotationTexts = CorpusFiles.Read(new DirectoryInfo(AnnotationFolder(directory)), error, pattern: "*.ann", recursive: false)
            .ToDictionary(file => file.Path, file => file.Text, StringComparer.Ordinal);
        var names = texts.Keys.OrderBy(name => name, StringComparer.Ordinal).ToList();
        var annotations = AssignAnnotations(names, annotationTexts.Keys);

        foreach (var orphan in annotations.Orphans)
            TerminalText.WriteLine(error, $"warning: {orphan} belongs to no text/*.txt; it is not scored");

        var articles = new List<EvaluationArticle>();
        foreach (string name in names)
        {
            var file = texts[name];
            if (CorpusInspector.TryParse(file, error) is not { } parsed) continue;
            annotations.Chosen.TryGetValue(name, out var annotationFile);
            var gold = annotationFile is null ? [] : ReadGold(annotationFile, annotationTexts[annotationFile], file.Text.Length, error);
            articles.Add(new EvaluationArticle(name, annotationFile, new EvaluationDocument(file.Text, gold, parsed.Quotes)));
        }

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

    private static IReadOnlyList<GoldAttribution> ReadGold(string fileName, string annotation, int textLength, TextWriter error)
    {
        var attributions = BratDocument.Parse(annotation).Attributions;
        var inside = attributions.Where(a => a.FitsIn(textLength)).ToList();
        if (inside.Count < attributions.Count)
            TerminalText.WriteLine(error, $"warning: {fileName}: {attributions.Count - inside.Count} attribution(s) reach past the end of the text; they are not scored");
        return inside;
    }

    private static string TextFolder(DirectoryInfo directory) => Path.Combine(directory.FullName, "text");

    private static string AnnotationFolder(DirectoryInfo directory) => Path.Combine(directory.FullName, "attributions");
}
