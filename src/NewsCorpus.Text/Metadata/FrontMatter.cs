using System;
using System.Collections.Generic;
using System.Globalization;
using NewsCorpus.Text.Paragraphs;

namespace NewsCorpus.Text.Metadata;

/// <summary>One <c>key: value</c> line of front matter: the key in lower case, the value's range in the text.</summary>
public sealed record FrontMatterField(string Key, SourceRange Value);

/// <summary>
/// Optional front matter: a block between <c>---</c> lines at the very top of the file, one
/// <c>key: value</c> per line. Known keys (title, date, source, author, url, language, tags) set the
/// article's metadata and win over anything inferred; every key is kept, in order. A line that is not
/// <c>key: value</c>, or a value that cannot be used, is reported at its line and skipped.
/// </summary>
internal static class FrontMatter
{
    public const string Delimiter = "---";

    /// <summary>Keys with a meaning; others are kept as they are.</summary>
    public static readonly string[] KnownKeys = { "title", "date", "source", "author", "url", "language", "tags" };

    /// <summary>What the block holds, and the index of the first line after it.</summary>
    public sealed record Block(IReadOnlyList<FrontMatterField> Fields, int BodyLine);

    /// <summary>
    /// Reads the block when the first line is <c>---</c> and a later line closes it; otherwise null and
    /// the file has no front matter (an unclosed block is reported and read as ordinary text).
    /// </summary>
    public static Block? Read(string text, List<TextLine> lines, LineMap lineMap, List<TextDiagnostic> diagnostics)
    {
        // A byte-order mark repeated at the top (a file saved twice by tools that each add one) is no text.
        if (lines.Count == 0 || lines[0].Content.Of(text).TrimStart('\uFEFF').TrimEnd() != Delimiter) return null;

        int close = 1;
        while (close < lines.Count && lines[close].Content.Of(text).TrimEnd() != Delimiter) close++;
        if (close == lines.Count)
        {
            diagnostics.Add(lineMap.Diagnostic(DiagnosticIds.InvalidFrontMatter,
                "The file starts with '---' but no later '---' line closes the front matter; the lines are read as article text",
                lines[0].Trimmed));
            return null;
        }

        var fields = new List<FrontMatterField>();
        for (int i = 1; i < close; i++)
        {
            var line = lines[i];
            if (line.IsBlank || line.Trimmed.Of(text).StartsWith("#", StringComparison.Ordinal)) continue;
            if (Field(text, line) is { } field) fields.Add(field);
            else Report(lineMap, diagnostics, line.Trimmed, $"The front matter line '{line.Trimmed.Of(text)}' is not 'key: value'; it was skipped");
        }

        return new Block(fields, close + 1);
    }

    /// <summary>The date of a <c>date</c> field: <c>yyyy-MM-dd</c>, optionally followed by a time, which is dropped.</summary>
    public static DateTime? ParseDate(string value)
    {
        string day = value.Length > 10 && (value[10] == 'T' || value[10] == ' ') ? value.Substring(0, 10) : value;
        return DateTime.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    /// <summary>The items of a <c>tags</c> value: comma-separated, trimmed, empty ones dropped, brackets allowed (<c>[a, b]</c>).</summary>
    public static List<string> ParseTags(string value)
    {
        string list = value.Trim();
        if (list.StartsWith("[", StringComparison.Ordinal) && list.EndsWith("]", StringComparison.Ordinal)) list = list.Substring(1, list.Length - 2);
        var tags = new List<string>();
        foreach (var item in list.Split(','))
        {
            string tag = Unquoted(item.Trim());
            if (tag.Length > 0) tags.Add(tag);
        }

        return tags;
    }

    /// <summary>A value without one pair of surrounding quotes: <c>"A: B"</c> → <c>A: B</c>.</summary>
    public static string Unquoted(string value) =>
        value.Length >= 2 && (value[0] == '"' && value[value.Length - 1] == '"' || value[0] == '\'' && value[value.Length - 1] == '\'')
            ? value.Substring(1, value.Length - 2)
            : value;

    public static void Report(LineMap lineMap, List<TextDiagnostic> diagnostics, SourceRange range, string message) =>
        diagnostics.Add(lineMap.Diagnostic(DiagnosticIds.InvalidFrontMatter, message, range));

    private static FrontMatterField? Field(string text, TextLine line)
    {
        var trimmed = line.Trimmed;
        int colon = text.IndexOf(':', trimmed.Start, trimmed.Length);
        if (colon <= trimmed.Start) return null;

        string key = text.Substring(trimmed.Start, colon - trimmed.Start).Trim();
        if (key.Length == 0 || !IsKey(key)) return null;
        var value = new SourceRange(colon + 1, trimmed.End).Trim(text);
        return new FrontMatterField(key.ToLowerInvariant(), value);
    }

    /// <summary>Letters, digits, '-' and '_': "title", "og-image", "source_url".</summary>
    private static bool IsKey(string key)
    {
        foreach (char c in key)
        {
            if (!char.IsLetterOrDigit(c) && c != '-' && c != '_') return false;
        }

        return true;
    }
}
