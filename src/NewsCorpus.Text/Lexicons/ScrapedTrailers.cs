using System;
using System.Collections.Generic;

namespace NewsCorpus.Text.Lexicons;

/// <summary>
/// Lines that web scrapers leave after an article's last paragraph. Add a line exactly as scraped
/// (case and surrounding spaces do not matter), e.g. "Discussion about this post" after VOA articles
/// scraped from WordPress sites with a comments widget.
/// </summary>
internal static class ScrapedTrailers
{
    /// <summary>The known trailer lines.</summary>
    private static readonly HashSet<string> Lines = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Discussion about this post",
        "Comments",
        "Share this article",
        "Share this:",
        "Like this:",
        "Related",
        "Related articles",
        "Advertisement",
        "Read more",
        "Komentet",
        "Lexo më shumë",
        "Shpërndaje",
    };

    /// <summary>Whether a trimmed line is a known trailer.</summary>
    public static bool IsTrailer(string line) => Lines.Contains(line);
}
