namespace NewsCorpus.Generator.Model;

/// <summary>
/// Everything the emitter needs to write one article, as values that compare by content
/// (never a Roslyn symbol, node, location or additional text), so an unchanged file stays cached.
/// </summary>
/// <param name="FilePath">The file's full path, for diagnostic locations.</param>
/// <param name="Path">The path relative to the corpus folder, forward slashes.</param>
/// <param name="WantedIdentifier">The identifier the file name gives, before collisions are resolved.</param>
/// <param name="Published">The date as <c>yyyy-MM-dd</c>, or null.</param>
/// <param name="ParagraphRanges">Start and end of each paragraph, in pairs.</param>
/// <param name="QuoteData">Per quote: kind, paragraph, start, end, speaker start/end, cue start/end, resolved
/// speaker start/end (-1 if absent), first segment, segment count (0 for a single segment), 1 if the
/// speaker is a pronoun else 0.</param>
/// <param name="SegmentRanges">Start and end of the segments of split quotes, in pairs.</param>
/// <param name="Facts">The rest of the metadata (headline, dateline, counts, mentioned dates).</param>
internal sealed record ArticleModel(
    string FilePath,
    string Path,
    string Id,
    string WantedIdentifier,
    string? Title,
    string Language,
    string? Source,
    string? Published,
    string Text,
    EquatableArray<int> ParagraphRanges,
    EquatableArray<int> QuoteData,
    EquatableArray<int> SegmentRanges,
    ArticleFactsModel Facts,
    EquatableArray<DiagnosticInfo> Diagnostics,
    bool IsEmpty,
    string? ResourceName = null)
{
    public int ParagraphCount => ParagraphRanges.Count / 2;

    public int QuoteCount => QuoteData.Count / QuoteStride;

    /// <summary>Ints per quote in <see cref="QuoteData"/>; matches NewsCorpus.Article's table layout.</summary>
    public const int QuoteStride = 13;
}

/// <summary>The metadata beyond title, language, source and date, as the article record carries it.</summary>
/// <param name="FrontMatter">Every front matter field as key, value pairs, flattened.</param>
/// <param name="DateMentions">Per mentioned date: start, end, year, month, day, weekday (-1 where absent).</param>
internal sealed record ArticleFactsModel(
    string Headline,
    string? Dateline,
    string? Author,
    string? Category,
    string? Url,
    EquatableArray<string> Tags,
    EquatableArray<string> FrontMatter,
    int WordCount,
    int SentenceCount,
    int CharacterCount,
    string ContentHash,
    EquatableArray<int> DateMentions)
{
    public static readonly ArticleFactsModel None = new(
        string.Empty, null, null, null, null, EquatableArray<string>.Empty, EquatableArray<string>.Empty, 0, 0, 0, string.Empty, EquatableArray<int>.Empty);
}

/// <summary>An article with the identifier the catalog gave it.</summary>
internal sealed record NamedArticle(ArticleModel Article, string Identifier)
{
    public string ClassName => Identifier + NewsCorpus.Text.Naming.AssignedName.ClassSuffix;
}

/// <summary>What the catalog needs of an article: small, and unchanged when only its text changes.</summary>
internal sealed record CatalogEntry(string Path, string Identifier, string ClassName);

/// <summary>The identifier of every article, and the collisions found on the way.</summary>
internal sealed record NameTable(EquatableArray<NameTableRow> Rows, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The identifier of the article at <paramref name="filePath"/> (rows are sorted by it).</summary>
    public string? IdentifierOf(string filePath)
    {
        int low = 0, high = Rows.Count - 1;
        while (low <= high)
        {
            int mid = (low + high) / 2;
            int order = string.CompareOrdinal(Rows[mid].FilePath, filePath);
            if (order == 0) return Rows[mid].Identifier;
            if (order < 0) low = mid + 1;
            else high = mid - 1;
        }

        return null;
    }
}

/// <summary>One row of the <see cref="NameTable"/>, keyed by the file's full path, which is unique.</summary>
internal sealed record NameTableRow(string FilePath, string Identifier);
