using System.Collections.Concurrent;
using System.Threading;

namespace NewsCorpus.Generator.Model;

/// <summary>
/// Analysed articles kept from one compilation to the next for as long as the compiler process lives: in the
/// compiler server (VBCSCompiler) and the IDE, a build after a C# edit or an edit of one article analyses only the
/// articles whose text changed. Roslyn's own incremental cache does not help there, since each build hands the
/// generator new additional-text objects. Keyed by everything the analysis reads (the file, its path under the
/// corpus folder, its text, where its body is embedded), so a hit is exactly what analysing again would give.
/// Bounded: past <see cref="MaxCharacters"/> of cached models it starts again empty.
/// </summary>
internal static class ArticleCache
{
    /// <summary>About 256 MB of UTF-16: a 100 MB corpus (models hold records and previews, not texts) fits many times.</summary>
    public const long MaxCharacters = 128L * 1024 * 1024;

    private static readonly ConcurrentDictionary<Key, ArticleModel> Models = new();
    private static long s_characters;

    /// <summary>The cached model's size in characters, for tests and benchmarks.</summary>
    public static long Characters => Interlocked.Read(ref s_characters);

    public static int Count => Models.Count;

    public static ArticleModel? Find(in Key key) => Models.TryGetValue(key, out var model) ? model : null;

    public static void Add(in Key key, ArticleModel model)
    {
        long size = SizeOf(model);
        if (Interlocked.Add(ref s_characters, size) > MaxCharacters)
        {
            Models.Clear();
            Interlocked.Exchange(ref s_characters, size);
        }

        if (!Models.TryAdd(key, model)) Interlocked.Add(ref s_characters, -size);
    }

    /// <summary>Empties the cache (tests that count what is analysed).</summary>
    public static void Clear()
    {
        Models.Clear();
        Interlocked.Exchange(ref s_characters, 0);
    }

    private static long SizeOf(ArticleModel model)
    {
        long size = model.FilePath.Length + model.Path.Length + model.Record.Length + (model.LiteralBody?.Length ?? 0) + 64;
        foreach (var line in model.Summary) size += line.Length;
        foreach (var diagnostic in model.Diagnostics) size += diagnostic.Message.Length + 32;
        return size;
    }

    /// <summary>What an analysis depends on. The text is known by its length and two independent 32-bit hashes.</summary>
    internal readonly record struct Key(string FilePath, string RelativePath, bool BodyIsResource, int Length, uint Fnv, uint Sum)
    {
        public static Key Of(string filePath, string relativePath, bool bodyIsResource, string text)
        {
            // FNV-1a (the runtime's checksum) and a multiply-rotate hash of the same units: a change that fools one
            // is all but certain to show in the other, and both run at memory speed.
            uint sum = 0x9E3779B9;
            foreach (char c in text) sum = ((sum ^ c) * 0x01000193u << 13 | (sum ^ c) * 0x01000193u >> 19) + 0x85EBCA6Bu;
            return new Key(filePath, relativePath, bodyIsResource, text.Length, NewsCorpus.Text.TextChecksum.Of(text), sum);
        }
    }
}
