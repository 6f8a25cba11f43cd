using System.Text;

namespace NewsCorpus.Text.Decoding;

/// <summary>
/// Decodes an article file's bytes as the compiler reads a valid file: a UTF-8, UTF-16 LE or UTF-16 BE byte-order
/// mark selects the encoding and is removed; otherwise UTF-8, with invalid bytes as U+FFFD. One source file, shared
/// by <c>ArticleDecoder</c> and the runtime library, which decodes an article's embedded resource with it.
/// </summary>
internal static class ByteOrderMark
{
    public static string Decode(byte[] bytes, int count)
    {
        if (count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return new UTF8Encoding(false, false).GetString(bytes, 3, count - 3);
        if (count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return new UnicodeEncoding(false, false, false).GetString(bytes, 2, count - 2);
        if (count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return new UnicodeEncoding(true, false, false).GetString(bytes, 2, count - 2);
        return new UTF8Encoding(false, false).GetString(bytes, 0, count);
    }
}
