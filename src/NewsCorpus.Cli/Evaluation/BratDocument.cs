using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NewsCorpus.Text;

namespace NewsCorpus.Cli.Evaluation;

/// <summary>A text-bound annotation (a BRAT <c>T</c> line): a label over one or more fragments of the text.</summary>
internal sealed record BratSpan(string Id, string Label, IReadOnlyList<SourceRange> Fragments, string Text)
{
    /// <summary>From the first fragment's start to the last fragment's end.</summary>
    public SourceRange Hull => new(Fragments.Min(f => f.Start), Fragments.Max(f => f.End));
}

/// <summary>
/// A BRAT standoff <c>.ann</c> file reduced to what the evaluation needs: its attributions.
/// Reads <c>T</c> (spans), <c>E</c> (events linking Content, Source, Cue) and <c>A</c> (an event's type) lines;
/// every other line kind (R, #, N, …) and every malformed line is skipped, never thrown on,
/// because one bad line should cost one annotation, not the whole evaluation.
/// </summary>
internal sealed class BratDocument
{
    private BratDocument(IReadOnlyDictionary<string, BratSpan> spans, IReadOnlyList<GoldAttribution> attributions)
    {
        Spans = spans;
        Attributions = attributions;
    }

    /// <summary>The well-formed <c>T</c> lines by id (the first wins when an id repeats).</summary>
    public IReadOnlyDictionary<string, BratSpan> Spans { get; }

    /// <summary>One per <c>E</c> line that has a Content, in file order.</summary>
    public IReadOnlyList<GoldAttribution> Attributions { get; }

    public static BratDocument Parse(string annotation)
    {
        var lines = annotation.Split('\n').Select(line => line.TrimEnd('\r')).ToList();

        // Two passes: BRAT does not promise that a span is defined before the event that names it.
        var spans = new Dictionary<string, BratSpan>(StringComparer.Ordinal);
        var eventTypes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var columns in lines.Select(line => line.Split('\t')))
        {
            if (columns[0].StartsWith('T') && TryParseSpan(columns) is { } span) spans.TryAdd(span.Id, span);
            else if (columns[0].StartsWith('A')) ReadEventType(columns, eventTypes);
        }

        var attributions = new List<GoldAttribution>();
        foreach (var columns in lines.Select(line => line.Split('\t')))
        {
            if (columns[0].StartsWith('E') && columns.Length >= 2 && ToAttribution(columns, spans, eventTypes) is { } attribution)
                attributions.Add(attribution);
        }

        return new BratDocument(spans, attributions);
    }

    /// <summary><c>T12	Content 10 20;25 40	text</c>; null when any part is missing or not a valid range.</summary>
    private static BratSpan? TryParseSpan(string[] columns)
    {
        if (columns.Length < 2 || columns[0].Length < 2) return null;
        int labelEnd = columns[1].IndexOf(' ');
        if (labelEnd <= 0) return null;

        var fragments = new List<SourceRange>();
        foreach (var fragment in columns[1].Substring(labelEnd + 1).Split(';'))
        {
            var offsets = fragment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (offsets.Length != 2 || !TryOffset(offsets[0], out int start) || !TryOffset(offsets[1], out int end) || start > end) return null;
            fragments.Add(new SourceRange(start, end));
        }

        // The text column is required by BRAT but only informative here; a file without it still scores.
        string text = columns.Length >= 3 ? columns[2] : string.Empty;
        return new BratSpan(columns[0], columns[1].Substring(0, labelEnd), fragments, text);
    }

    private static bool TryOffset(string value, out int offset) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out offset);

    /// <summary><c>A1	Type E4 Direct</c>: an attribute named Type wins; otherwise the first valued attribute on the event.</summary>
    private static void ReadEventType(string[] columns, Dictionary<string, string> eventTypes)
    {
        if (columns.Length < 2) return;
        var parts = columns[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3 || !parts[1].StartsWith('E')) return;
        if (parts[0].Equals("Type", StringComparison.OrdinalIgnoreCase)) eventTypes[parts[1]] = parts[2];
        else eventTypes.TryAdd(parts[1], parts[2]);
    }

    /// <summary><c>E4	Attribution:T15 Cue:T14 Source:T13 Content:T12</c>; null without a known Content.</summary>
    private static GoldAttribution? ToAttribution(string[] columns, Dictionary<string, BratSpan> spans, Dictionary<string, string> eventTypes)
    {
        BratSpan? content = null, source = null, cue = null;
        foreach (var argument in columns[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int colon = argument.IndexOf(':');
            if (colon <= 0 || !spans.TryGetValue(argument.Substring(colon + 1), out var span)) continue;

            // Exact role names only: PolNeAR's rare "Content2" (a second content of one event) is left out.
            switch (argument.Substring(0, colon))
            {
                case "Content": content ??= span; break;
                case "Source": source ??= span; break;
                case "Cue": cue ??= span; break;
            }
        }

        if (content is null) return null;
        eventTypes.TryGetValue(columns[0], out var type);
        return new GoldAttribution(content.Hull, source?.Hull, cue?.Hull, content.Text, content.Fragments, type);
    }
}
