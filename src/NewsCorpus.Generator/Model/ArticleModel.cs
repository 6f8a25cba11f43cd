namespace NewsCorpus.Generator.Model;

/// <summary>
/// Everything the emitter needs to write one article, as values that compare by content
/// (never a Roslyn symbol, node, location or additional text), so an unchanged file stays cached.
/// The text itself is kept only where generated code must hold it; otherwise the build embeds the file.
/// </summary>
/// <param name="FilePath">The file's full path, for diagnostic locations.</param>
/// <param name="Path">The path relative to the corpus folder, forward slashes.</param>
/// <param name="Record">The article's record (<c>NewsCorpus.Records.RecordFormat</c>): metadata and range tables, without the id, which the catalog assigns.</param>
/// <param name="LiteralBody">The text, when generated code holds it instead of a manifest resource; else null.</param>
/// <param name="Summary">What IntelliSense shows for the article: headline, facts and the start of the lead, as doc comment lines.</param>
/// <param name="HasParagraphs">The article has a body paragraph, so its typed member is an <c>ArticleWithLead</c> (a title alone has none).</param>
internal sealed record ArticleModel(
    string FilePath,
    string Path,
    string Record,
    string? LiteralBody,
    EquatableArray<string> Summary,
    EquatableArray<DiagnosticInfo> Diagnostics,
    bool IsEmpty,
    bool HasParagraphs);

/// <summary>An article with the id and typed name the catalog gave it.</summary>
internal sealed record NamedArticle(ArticleModel Article, string Id, string Identifier);

/// <summary>One block of articles, in order of path, as its generated file writes them.</summary>
/// <param name="Number">The block's place: it holds the articles from <c>Number * BlockSize</c> on.</param>
/// <param name="Carrier">The literal its records are carried in.</param>
internal sealed record ArticleBlock(int Number, EquatableArray<NamedArticle> Articles, BlockCarrier Carrier, int MaxTypedProperties);

/// <summary>The literal a block's records are carried in (see <c>NewsCorpus.Records.RecordFormat</c>).</summary>
internal enum BlockCarrier
{
    /// <summary>A string literal of the block's UTF-8 bytes, two a character: cheap to compile, one byte of string heap a byte.</summary>
    PackedString,

    /// <summary>A UTF-8 literal: past the string budget, where the string heap (CS8103) would run out.</summary>
    Utf8,

    /// <summary>A string literal of the text: for records that UTF-8 cannot hold (a lone surrogate).</summary>
    Text,
}

/// <summary>
/// What the catalog's own file needs: how many articles, which blocks are UTF-8 literals and which hold bodies, and the
/// positions of the articles without a paragraph (the runtime makes every other one an <c>ArticleWithLead</c>).
/// </summary>
internal sealed record CatalogShape(int ArticleCount, EquatableArray<int> Utf8Blocks, EquatableArray<int> BlocksWithLiteralBodies, EquatableArray<int> ArticlesWithoutParagraphs);

/// <summary>The id and typed name of every article (<c>NewsCorpus.Text.Naming.IdentifierAssigner</c>), and what naming reported.</summary>
internal sealed record NameTable(EquatableArray<NameTableRow> Rows, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The names of the article at <paramref name="filePath"/> (rows are sorted by it).</summary>
    public NameTableRow? NamesOf(string filePath)
    {
        int low = 0, high = Rows.Count - 1;
        while (low <= high)
        {
            int mid = (low + high) / 2;
            int order = string.CompareOrdinal(Rows[mid].FilePath, filePath);
            if (order == 0) return Rows[mid];
            if (order < 0) low = mid + 1;
            else high = mid - 1;
        }

        return null;
    }
}

/// <summary>One row of the <see cref="NameTable"/>, keyed by the file's full path, which is unique.</summary>
internal sealed record NameTableRow(string FilePath, string Id, string Identifier);
