using System.Globalization;
using System.Text;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Emit;

/// <summary>
/// Writes an article's metadata and range tables as the one record string that NewsCorpus.ArticleRecord reads:
/// fields ended by commas, an int in decimal, a string as its length, a comma and its characters, null as -1,
/// an array as its count and its items, in the order and format version that ArticleRecord.Parse expects.
/// </summary>
internal static class ArticleRecordWriter
{
    /// <summary>Must equal NewsCorpus.ArticleRecord.FormatVersion; a test reads every generated record back.</summary>
    public const int FormatVersion = 1;

    public static string Write(ArticleModel article)
    {
        var facts = article.Facts;
        var record = new StringBuilder(256);
        Int(record, FormatVersion);
        String(record, article.Id);
        String(record, article.Path);
        String(record, article.Title);
        String(record, article.Language);
        String(record, article.Source);
        String(record, article.Published);
        Ints(record, article.ParagraphRanges);
        Ints(record, article.QuoteData);
        Ints(record, article.SegmentRanges);
        String(record, facts.Headline);
        String(record, facts.Dateline);
        String(record, facts.Author);
        String(record, facts.Category);
        String(record, facts.Url);
        Strings(record, facts.Tags);
        Strings(record, facts.FrontMatter);
        Int(record, facts.WordCount);
        Int(record, facts.SentenceCount);
        Int(record, facts.CharacterCount);
        String(record, facts.ContentHash);
        Ints(record, facts.DateMentions);
        Int(record, article.Text.Length);
        Int(record, unchecked((int)NewsCorpus.Text.TextChecksum.Of(article.Text)));
        return record.ToString();
    }

    private static void Int(StringBuilder record, int value) => record.Append(value.ToString(CultureInfo.InvariantCulture)).Append(',');

    private static void String(StringBuilder record, string? value)
    {
        if (value is null)
        {
            Int(record, -1);
            return;
        }

        Int(record, value.Length);
        record.Append(value).Append(',');
    }

    private static void Ints(StringBuilder record, EquatableArray<int> values)
    {
        Int(record, values.Count);
        foreach (int value in values) Int(record, value);
    }

    private static void Strings(StringBuilder record, EquatableArray<string> values)
    {
        Int(record, values.Count);
        foreach (string value in values) String(record, value);
    }
}
