using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsCorpus.Cli;

/// <summary>Small facts the CLI shows the same way for embedded and inspected articles.</summary>
internal static class ArticleFacts
{
    /// <summary>Words as a reader counts them: runs of non-white-space in the paragraphs.</summary>
    public static int WordCount(IEnumerable<string> paragraphs) =>
        paragraphs.Sum(p => p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);

    /// <summary>The text cut to <paramref name="width"/> characters with an ellipsis.</summary>
    public static string Shorten(string text, int width) =>
        text.Length <= width ? text : text.Substring(0, width - 1) + "…";
}
