using System.Collections.Generic;
using System.Threading;
using NewsCorpus.Text.Language;
using NewsCorpus.Text.Lexicons;
using NewsCorpus.Text.Metadata;
using NewsCorpus.Text.Paragraphs;
using NewsCorpus.Text.Quotes;
using NewsCorpus.Text.Tokens;
using System.Runtime.CompilerServices;

namespace NewsCorpus.Text;

/// <summary>
/// The entry point of the text analysis: a file's decoded text and its path in, a <see cref="ParsedArticle"/>
/// with its findings out. Pure and deterministic; the generator, the CLI and the evaluation all call it.
/// </summary>
public static class ArticleParser
{
    /// <summary>Most unbalanced-mark findings (NC0005) reported for one file.</summary>
    public const int MaxUnbalancedMarkFindings = 20;

    /// <summary>Parses one article.</summary>
    /// <param name="text">The file's text as decoded, BOM removed.</param>
    /// <param name="path">The file's path relative to the corpus folder, forward slashes.</param>
    /// <param name="cancellationToken">Honoured in every loop over the text.</param>
    [MethodImpl(HotPath.Optimize)]
    public static ParsedArticle Parse(string text, string path, CancellationToken cancellationToken = default)
    {
        var (id, published) = FileNameConvention.Split(path);
        var lineMap = new LineMap(text);
        var diagnostics = new List<TextDiagnostic>();
        if (text.IndexOf('\0') is int nul and >= 0) return Binary(text, path, id, published, lineMap.Diagnostic(DiagnosticIds.BinaryFile,
            $"Article '{path}' holds NUL characters (first on line {lineMap.Locate(nul).Line + 1}), so it is binary or in an encoding without a byte-order mark, such as UTF-16; it is left out",
            new SourceRange(nul, nul + 1)));

        // Stray bytes are reported wherever they stand in the file, in Markdown that is left out too.
        ReportUndecodableBytes(text, lineMap, diagnostics);

        // A Markdown article is analysed as its plain text; findings still name the Markdown file's lines.
        Markdown.MarkdownText? markdown = null;
        if (Markdown.MarkdownArticle.IsMarkdownPath(path))
        {
            markdown = Markdown.MarkdownArticle.Convert(text, cancellationToken);
            lineMap = new LineMap(text, markdown);
            text = markdown.Text;
        }

        var lines = TextLine.Split(text, cancellationToken);

        var frontMatter = FrontMatter.Read(text, lines, lineMap, diagnostics);
        var given = frontMatter is { } block ? GivenMetadata.From(text, block.Fields, lineMap, diagnostics) : GivenMetadata.None;
        int firstLine = frontMatter?.BodyLine ?? 0;
        int bodyEnd = System.Math.Max(firstLine, RemoveTrailers(text, lines, lineMap, diagnostics));

        var titleLines = markdown is null ? TitleRule.Find(text, lines.GetRange(firstLine, bodyEnd - firstLine)) : MarkdownTitle(markdown, lines, firstLine, bodyEnd);
        int bodyStart = firstLine + (titleLines?.BodyLine ?? 0);

        var paragraphs = ParagraphSplitter.Split(text, lines.GetRange(bodyStart, bodyEnd - bodyStart));
        var signOff = paragraphs.Count > 0 ? SignOffRule.Find(text, paragraphs[paragraphs.Count - 1]) : null;
        if (signOff is { } found) StripSignOff(text, paragraphs, found.Range);
        var (author, byline) = RemoveByline(text, paragraphs);
        var dateline = FindDateline(text, paragraphs);

        var title = given.Title ?? titleLines?.Title;
        if (paragraphs.Count == 0 && title is null)
        {
            diagnostics.Add(lineMap.Diagnostic(DiagnosticIds.EmptyArticle,
                $"Article '{path}' holds no article text (it is empty, white space, or only a sign-off or trailer); no article is generated for it",
                new SourceRange(0, 0)));
        }

        // Tokenised once, for the language, the quotes and the counts alike.
        var paragraphTokens = Token.SplitEach(text, paragraphs, cancellationToken);
        var languageRanges = title is { } t ? new List<SourceRange>(paragraphs) { t } : paragraphs;
        string language = given.Language ?? LanguageIdentifier.Identify(text, languageRanges, paragraphTokens, cancellationToken);
        string wordLists = language != LanguageIdentifier.Undetermined ? language : LanguageIdentifier.Guess(text, languageRanges, paragraphTokens, cancellationToken);
        var quotes = FindQuotes(text, paragraphs, paragraphTokens, wordLists, lineMap, diagnostics, cancellationToken);
        diagnostics.Sort((a, b) => a.Range.Start != b.Range.Start ? a.Range.Start.CompareTo(b.Range.Start) : string.CompareOrdinal(a.Id, b.Id));

        string? titleText = title?.Of(text);
        return new ParsedArticle
        {
            Path = path,
            Id = id,
            Text = text,
            Title = title,
            Subtitle = titleLines?.Subtitle,
            Headline = HeadlineRule.Headline(text, titleText, paragraphs.Count > 0 ? paragraphs[0] : null),
            Published = given.Published ?? published,
            Language = language,
            Source = given.Source ?? dateline?.Agency ?? signOff?.Source,
            SignOff = signOff?.Range,
            Dateline = dateline?.Place,
            DatelineRange = dateline?.Range,
            Author = given.Author ?? author,
            Byline = byline,
            Category = FileNameConvention.FolderOf(path),
            Tags = given.Tags,
            Url = given.Url,
            FrontMatter = frontMatter?.Fields ?? System.Array.Empty<FrontMatterField>(),
            FrontMatterRange = frontMatter is { } fm ? new SourceRange(lines[0].Content.Start, lines[fm.BodyLine - 1].Content.End) : null,
            Counts = ArticleCounts.Of(text, paragraphs, paragraphTokens, cancellationToken),
            MentionedDates = DateMentions.Find(text, paragraphs, paragraphTokens, language, cancellationToken),
            ContentHash = ArticleCounts.ContentHash(text),
            Paragraphs = paragraphs,
            Quotes = quotes,
            Diagnostics = diagnostics,
        };
    }

    /// <summary>A Markdown article's title is its leading heading, never a guess: the line the conversion wrote it on.</summary>
    private static TitleLines? MarkdownTitle(Markdown.MarkdownText markdown, List<TextLine> lines, int firstLine, int bodyEnd) =>
        markdown.TitleLine is int line && line >= firstLine && line < bodyEnd
            ? new TitleLines(lines[line].Trimmed, null, line - firstLine + 1)
            : null;

    /// <summary>
    /// A dateline opening the first or second paragraph: the first may be a headline that ends with a
    /// full stop (so no title line), as scraped news often has it.
    /// </summary>
    private static (string Place, string? Agency, SourceRange Range)? FindDateline(string text, List<SourceRange> paragraphs)
    {
        for (int i = 0; i < paragraphs.Count && i < 2; i++)
        {
            if (DatelineRule.Find(text, paragraphs[i]) is { } found) return found;
        }

        return null;
    }

    /// <summary>A file that is no article text: nothing but its one finding, so no class is generated for it.</summary>
    private static ParsedArticle Binary(string text, string path, string id, System.DateTime? published, TextDiagnostic finding) => new()
    {
        Path = path,
        Id = id,
        Text = text,
        Published = published,
        Language = LanguageIdentifier.Undetermined,
        Category = FileNameConvention.FolderOf(path),
        Paragraphs = System.Array.Empty<SourceRange>(),
        Quotes = System.Array.Empty<ParsedQuote>(),
        Diagnostics = new[] { finding },
    };

    /// <summary>Takes a byline paragraph near the top out of the paragraphs; returns the author and its range.</summary>
    private static (string? Author, SourceRange? Range) RemoveByline(string text, List<SourceRange> paragraphs)
    {
        for (int i = 0; i < paragraphs.Count && i < BylineRule.SearchedParagraphs; i++)
        {
            if (BylineRule.Author(text, paragraphs[i]) is not { } author || paragraphs.Count == 1) continue;
            var range = paragraphs[i];
            paragraphs.RemoveAt(i);
            return (author, range);
        }

        return (null, null);
    }

    /// <summary>Drops known trailer lines at the end; returns the number of lines that remain.</summary>
    [MethodImpl(HotPath.Optimize)]
    private static int RemoveTrailers(string text, List<TextLine> lines, LineMap lineMap, List<TextDiagnostic> diagnostics)
    {
        int end = lines.Count;
        while (end > 0)
        {
            var line = lines[end - 1];
            if (line.IsBlank)
            {
                end--;
                continue;
            }

            string content = line.Trimmed.Of(text);
            if (!ScrapedTrailers.IsTrailer(content)) break;

            diagnostics.Add(lineMap.Diagnostic(DiagnosticIds.ScrapedTrailer,
                $"The scraped trailer line '{content}' is not part of the article and was left out of its paragraphs",
                line.Trimmed));
            end--;
        }

        return end;
    }

    /// <summary>Ends the last paragraph before its sign-off, or drops it if the sign-off is all it holds.</summary>
    private static void StripSignOff(string text, List<SourceRange> paragraphs, SourceRange signOff)
    {
        int last = paragraphs.Count - 1;
        var rest = new SourceRange(paragraphs[last].Start, signOff.Start).Trim(text);
        if (rest.Length == 0) paragraphs.RemoveAt(last);
        else paragraphs[last] = rest;
    }

    private static void ReportUndecodableBytes(string text, LineMap lineMap, List<TextDiagnostic> diagnostics)
    {
        int first = text.IndexOf('\uFFFD');
        if (first < 0) return;

        int count = 0;
        for (int i = first; i < text.Length; i++)
        {
            if (text[i] == '\uFFFD') count++;
        }

        var (line, _) = lineMap.Locate(first);
        diagnostics.Add(lineMap.Diagnostic(DiagnosticIds.UndecodableBytes,
            $"The file holds {count} byte sequence(s) that are not valid text in its encoding, first on line {line + 1}; each reads as U+FFFD",
            new SourceRange(first, first + 1)));
    }

    private static List<ParsedQuote> FindQuotes(
        string text, List<SourceRange> paragraphs, List<Token>[] paragraphTokens, string language, LineMap lineMap, List<TextDiagnostic> diagnostics,
        CancellationToken cancellationToken)
    {
        var unbalanced = new List<int>();
        var quotes = QuoteExtractor.Extract(text, paragraphs, paragraphTokens, language, unbalanced, cancellationToken);

        // Each mark is reported where it stands, up to a limit: a file of stray marks must not flood the build.
        unbalanced.Sort();
        for (int i = 0; i < unbalanced.Count && i < MaxUnbalancedMarkFindings; i++)
        {
            int mark = unbalanced[i];
            string more = i == MaxUnbalancedMarkFindings - 1 && unbalanced.Count > MaxUnbalancedMarkFindings
                ? $" ({unbalanced.Count - MaxUnbalancedMarkFindings} more such marks in this file are not reported)"
                : string.Empty;
            diagnostics.Add(lineMap.Diagnostic(DiagnosticIds.UnbalancedQuotationMark,
                $"The quotation mark '{text[mark]}' opens a quotation that does not close in its paragraph; no quote was taken from it{more}",
                new SourceRange(mark, mark + 1)));
        }

        return quotes;
    }
}
