using System.Linq;
using NewsCorpus.Text.Quotes;

namespace NewsCorpus.Cli;

/// <summary>A quote's words as the generated <c>Quote.Text</c> gives them: the segments joined by a space.</summary>
internal static class QuoteText
{
    public static string Of(ParsedQuote quote, string text) => string.Join(" ", quote.Segments.Select(segment => segment.Of(text)));
}
