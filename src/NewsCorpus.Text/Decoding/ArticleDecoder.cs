using System.Text;

namespace NewsCorpus.Text.Decoding;

/// <summary>
/// Decodes an article file's bytes for the CLI and the evaluation: a UTF-8, UTF-16 LE or UTF-16 BE
/// byte-order mark selects the encoding and is removed; otherwise UTF-8. Invalid bytes become U+FFFD,
/// which the parser then reports with its line (nothing is dropped silently). The compiler agrees
/// on valid files; for a file that is not valid UTF-8 it falls back to a legacy code page instead.
/// </summary>
public static class ArticleDecoder
{
    /// <summary>Decodes <paramref name="bytes"/> into the text that all offsets refer to.</summary>
    public static string Decode(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return new UTF8Encoding(false, false).GetString(bytes, 3, bytes.Length - 3);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return new UnicodeEncoding(false, false, false).GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return new UnicodeEncoding(true, false, false).GetString(bytes, 2, bytes.Length - 2);
        return new UTF8Encoding(false, false).GetString(bytes);
    }
}
