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
    public static string Decode(byte[] bytes) => ByteOrderMark.Decode(bytes, bytes.Length);
}
