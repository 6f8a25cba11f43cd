using System.Collections.Generic;
using System.Linq;
using NewsCorpus.Text.Quotes;

namespace NewsCorpus.Text.Tests.QuoteExtraction;

/// <summary>Reading and checking the quotes of a parsed article in the quote tests.</summary>
internal static class QuoteChecks
{
    /// <summary>The text of a range, or null.</summary>
    public static string? Of(this SourceRange? range, ParsedArticle article) => range?.Of(article.Text);

    /// <summary>The text of a range.</summary>
    public static string Of(this SourceRange range, ParsedArticle article) => range.Of(article.Text);

    /// <summary>
    /// A reported clause without the full stop or comma that ends it: whether that mark belongs to
    /// the clause is a convention, the words are what the tests are about.
    /// </summary>
    public static string Clause(ParsedQuote quote, ParsedArticle article) =>
        quote.Content.Of(article.Text).TrimEnd('.', ',', ';', ':', ' ');

    /// <summary>The quotes of the given kind.</summary>
    public static ParsedQuote[] OfKind(ParsedArticle article, ParsedQuoteKind kind) =>
        article.Quotes.Where(q => q.Kind == kind).ToArray();

    /// <summary>Every quote, described for an assertion message.</summary>
    public static string Describe(ParsedArticle article) =>
        article.Quotes.Count == 0
            ? "(no quotes)"
            : string.Join(" | ", article.Quotes.Select(q =>
                $"{q.Kind} [{q.Content.Of(article.Text)}] speaker [{q.Speaker.Of(article)}] cue [{q.Cue.Of(article)}] resolved [{q.ResolvedSpeaker.Of(article)}] segments {q.Segments.Count}"));

    /// <summary>Whether two ranges share a character.</summary>
    public static bool Overlap(SourceRange a, SourceRange b) => a.Start < b.End && b.Start < a.End;

    /// <summary>
    /// What must hold of every quote of every article, whatever the rules find: ranges inside the
    /// text and inside paragraphs; segments ordered, non-overlapping, and spanned by the content; for a
    /// direct quote the speaker and cue outside the quoted words; a resolved speaker before the quote;
    /// quotes in order of their content's start. Returns the violations, empty if none.
    /// </summary>
    public static List<string> Violations(ParsedArticle article)
    {
        var found = new List<string>();
        string text = article.Text;
        var paragraphs = article.Paragraphs;

        bool InText(SourceRange r) => r.Start >= 0 && r.Start <= r.End && r.End <= text.Length;
        // Paragraphs come in text order without overlap: the last one starting at or before the
        // range is the only one that can hold it (a binary search keeps a megabyte's check fast).
        int ParagraphOf(SourceRange r)
        {
            int low = 0, high = paragraphs.Count - 1, candidate = -1;
            while (low <= high)
            {
                int mid = (low + high) / 2;
                if (paragraphs[mid].Start <= r.Start)
                {
                    candidate = mid;
                    low = mid + 1;
                }
                else
                {
                    high = mid - 1;
                }
            }

            // An empty range at a paragraph's end may also be the start of the next one; try both.
            if (candidate >= 0 && paragraphs[candidate].Contains(r)) return candidate;
            return candidate > 0 && paragraphs[candidate - 1].Contains(r) ? candidate - 1 : -1;
        }

        for (int p = 1; p < paragraphs.Count; p++)
        {
            if (paragraphs[p - 1].End >= paragraphs[p].Start) found.Add($"paragraph {p} does not start after paragraph {p - 1} ends");
        }

        for (int n = 0; n < article.Quotes.Count; n++)
        {
            var q = article.Quotes[n];
            string id = $"quote {n} ({q.Kind}, content {q.Content.Start}..{q.Content.End})";
            if (n > 0 && article.Quotes[n - 1].Content.Start > q.Content.Start) found.Add($"{id} starts before the quote listed ahead of it");

            var ranges = new List<(string Name, SourceRange Range)> { ("content", q.Content) };
            ranges.AddRange(q.Segments.Select((s, i) => ($"segment {i}", s)));
            if (q.Speaker is { } speaker) ranges.Add(("speaker", speaker));
            if (q.Cue is { } cue) ranges.Add(("cue", cue));
            if (q.ResolvedSpeaker is { } resolved) ranges.Add(("resolved speaker", resolved));
            var outside = ranges.Where(r => !InText(r.Range)).ToList();
            if (outside.Count > 0)
            {
                found.AddRange(outside.Select(r => $"{id}: {r.Name} {r.Range.Start}..{r.Range.End} is not a range of the text (length {text.Length})"));
                continue;
            }

            if (q.ParagraphIndex < 0 || q.ParagraphIndex >= paragraphs.Count)
            {
                found.Add($"{id}: paragraph index {q.ParagraphIndex} of {paragraphs.Count} paragraphs");
                continue;
            }

            if (q.Content.Length == 0) found.Add($"{id}: empty content");
            if (q.Segments.Count == 0) found.Add($"{id}: no segments");

            int previousParagraph = q.ParagraphIndex;
            for (int i = 0; i < q.Segments.Count; i++)
            {
                var segment = q.Segments[i];
                if (!q.Content.Contains(segment)) found.Add($"{id}: segment {i} {segment.Start}..{segment.End} lies outside the content");
                if (segment.Length == 0) found.Add($"{id}: segment {i} is empty");
                if (i > 0 && q.Segments[i - 1].End > segment.Start) found.Add($"{id}: segment {i} starts before segment {i - 1} ends");

                int p = ParagraphOf(segment);
                if (p < 0) found.Add($"{id}: segment {i} {segment.Start}..{segment.End} lies in no single paragraph");
                else if (i == 0 && p != q.ParagraphIndex) found.Add($"{id}: the first segment lies in paragraph {p}, not {q.ParagraphIndex}");
                else if (p < previousParagraph) found.Add($"{id}: segment {i} lies in paragraph {p}, before the segment ahead of it");
                else previousParagraph = p;
            }

            if (q.Segments.Count > 0 && (q.Content.Start != q.Segments[0].Start || q.Content.End != q.Segments[q.Segments.Count - 1].End))
                found.Add($"{id}: the content does not run from the first segment's start to the last one's end");

            if (!paragraphs[q.ParagraphIndex].Contains(new SourceRange(q.Content.Start, q.Content.Start)))
                found.Add($"{id}: the content does not start in paragraph {q.ParagraphIndex}");
            if (ParagraphOf(new SourceRange(q.Content.End, q.Content.End)) < q.ParagraphIndex)
                found.Add($"{id}: the content does not end in a paragraph");

            foreach (var (name, range) in new[] { ("speaker", q.Speaker), ("cue", q.Cue) })
            {
                if (range is not { } r) continue;
                if (ParagraphOf(r) < 0) found.Add($"{id}: {name} [{r.Of(text)}] lies in no single paragraph");
                if (r.Length == 0) found.Add($"{id}: empty {name}");
                if (q.Kind != ParsedQuoteKind.Direct) continue;

                // The attribution of a statement split around it ("“A,” she said. “B.”") lies between
                // its segments, so inside the content's span but outside every quoted part.
                if (q.Segments.Any(s => Overlap(s, r))) found.Add($"{id}: {name} [{r.Of(text)}] overlaps the quoted words");
                if (q.Segments.Count == 1 && Overlap(q.Content, r)) found.Add($"{id}: {name} [{r.Of(text)}] overlaps the content");
            }

            if (q.ResolvedSpeaker is { } antecedent)
            {
                // An antecedent comes before the pronoun or role it resolves ("Smith, who said …", "… she said").
                if (q.Speaker is not { } anaphor || antecedent.End > anaphor.Start) found.Add($"{id}: resolved speaker [{antecedent.Of(text)}] does not lie before the speaker it resolves");
                if (ParagraphOf(antecedent) < 0) found.Add($"{id}: resolved speaker lies in no single paragraph");
            }
        }

        foreach (var d in article.Diagnostics)
        {
            if (!InText(d.Range)) found.Add($"diagnostic {d.Id} at {d.Range.Start}..{d.Range.End} is not a range of the text");
        }

        return found;
    }
}
