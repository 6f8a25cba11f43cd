namespace NewsCorpus.Text;

/// <summary>
/// FNV-1a over UTF-16 code units: cheap, the same on every machine, and shared as one source file by the
/// text analysis, the generator and the runtime library, which checks an embedded file against what the
/// generator read.
/// </summary>
internal static class TextChecksum
{
    public static uint Of(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }
}
