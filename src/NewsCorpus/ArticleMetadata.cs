using System;
using System.Collections.Generic;

namespace NewsCorpus;

/// <summary>
/// The metadata of an article beyond its id, path and language, as generated code passes it to
/// <see cref="Article"/>: plain values, known without decoding the article's text.
/// </summary>
public sealed class ArticleMetadata
{
    /// <summary>Called by generated code only.</summary>
    /// <param name="headline">The title, or the lead's first sentence shortened.</param>
    /// <param name="dateline">The dateline's place, or null.</param>
    /// <param name="author">The author, or null.</param>
    /// <param name="category">The folder under the corpus folder, or null.</param>
    /// <param name="url">The front matter's url, or null.</param>
    /// <param name="tags">The front matter's tags.</param>
    /// <param name="frontMatter">Every front matter field as key, value pairs in file order.</param>
    /// <param name="wordCount">Words of the paragraphs.</param>
    /// <param name="sentenceCount">Sentences of the paragraphs.</param>
    /// <param name="characterCount">Characters of the paragraphs.</param>
    /// <param name="contentHash">SHA-256 of the text with LF line endings, lower-case hex.</param>
    /// <param name="dateMentions">Per mentioned date, six ints: start, end, year, month, day, weekday (-1 where absent).</param>
    public ArticleMetadata(
        string headline,
        string? dateline,
        string? author,
        string? category,
        string? url,
        string[] tags,
        string[] frontMatter,
        int wordCount,
        int sentenceCount,
        int characterCount,
        string contentHash,
        int[] dateMentions)
    {
        Headline = headline ?? throw new ArgumentNullException(nameof(headline));
        Dateline = dateline;
        Author = author;
        Category = category;
        Url = url;
        Tags = Array.AsReadOnly(tags ?? throw new ArgumentNullException(nameof(tags)));
        FrontMatter = Pairs(frontMatter ?? throw new ArgumentNullException(nameof(frontMatter)));
        WordCount = wordCount;
        SentenceCount = sentenceCount;
        CharacterCount = characterCount;
        ContentHash = contentHash ?? throw new ArgumentNullException(nameof(contentHash));
        DateMentions = dateMentions ?? throw new ArgumentNullException(nameof(dateMentions));
        if (dateMentions.Length % DateMentionStride != 0) throw new ArgumentException("Malformed date table; regenerate the article.", nameof(dateMentions));
    }

    /// <summary>Ints per mentioned date in the generated table.</summary>
    internal const int DateMentionStride = 6;

    internal string Headline { get; }

    internal string? Dateline { get; }

    internal string? Author { get; }

    internal string? Category { get; }

    internal string? Url { get; }

    internal IReadOnlyList<string> Tags { get; }

    internal IReadOnlyList<KeyValuePair<string, string>> FrontMatter { get; }

    internal int WordCount { get; }

    internal int SentenceCount { get; }

    internal int CharacterCount { get; }

    internal string ContentHash { get; }

    internal int[] DateMentions { get; }

    private static IReadOnlyList<KeyValuePair<string, string>> Pairs(string[] flat)
    {
        if (flat.Length % 2 != 0) throw new ArgumentException("Front matter comes in key, value pairs; regenerate the article.", nameof(flat));
        var pairs = new KeyValuePair<string, string>[flat.Length / 2];
        for (int i = 0; i < pairs.Length; i++) pairs[i] = new KeyValuePair<string, string>(flat[2 * i], flat[2 * i + 1]);
        return Array.AsReadOnly(pairs);
    }
}
