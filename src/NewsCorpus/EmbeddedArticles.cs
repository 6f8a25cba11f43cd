using System;
using System.Reflection;
using System.Threading;
using NewsCorpus.Records;

namespace NewsCorpus;

/// <summary>
/// The articles a generated catalog embeds: their records, packed in blocks of <see cref="RecordFormat.BlockSize"/>
/// that generated code hands over on first use, and their bodies, read from the assembly's manifest resources
/// (or from generated code). A block is indexed on first use without reading any record; a record is decoded
/// when its article's metadata is first asked for, and a body when its text is.
/// </summary>
internal sealed class EmbeddedArticles
{
    private readonly Assembly _assembly;
    private readonly Func<int, Block> _loadBlock;
    private readonly Func<int, string>? _literalBody;
    private readonly Block?[] _blocks;

    /// <summary>
    /// The articles, created at once without reading a record: so whether one is an <see cref="ArticleWithLead"/> comes
    /// from the generator, as <paramref name="withoutParagraphs"/>, the positions of those that have no paragraph.
    /// </summary>
    /// <param name="assembly">The assembly whose manifest resources hold the bodies.</param>
    /// <param name="count">The number of articles.</param>
    /// <param name="loadBlock">Gives a block of records on first use.</param>
    /// <param name="literalBody">Gives the body of an article that is not a manifest resource.</param>
    /// <param name="withoutParagraphs">The positions of the articles without a paragraph (a title alone), or null for none.</param>
    public EmbeddedArticles(Assembly assembly, int count, Func<int, Block> loadBlock, Func<int, string>? literalBody, int[]? withoutParagraphs)
    {
        if (count < 0) throw new ArgumentOutOfRangeException(nameof(count));
        _assembly = assembly ?? throw new ArgumentNullException(nameof(assembly));
        _loadBlock = loadBlock ?? throw new ArgumentNullException(nameof(loadBlock));
        _literalBody = literalBody;
        _blocks = new Block?[RecordFormat.BlockCount(count)];
        Articles = new Article[count];
        foreach (int index in withoutParagraphs ?? Array.Empty<int>())
        {
            if ((uint)index >= (uint)count) throw new ArgumentOutOfRangeException(nameof(withoutParagraphs));
            Articles[index] = new Article(this, index);
        }

        for (int i = 0; i < count; i++) Articles[i] ??= new ArticleWithLead(this, i);
    }

    public Article[] Articles { get; }

    public ArticleRecord RecordOf(int index)
    {
        int number = index / RecordFormat.BlockSize;
        var block = Volatile.Read(ref _blocks[number]);
        if (block is null)
        {
            block = _loadBlock(number);
            block = Interlocked.CompareExchange(ref _blocks[number], block, null) ?? block;
        }

        return block.Record(index % RecordFormat.BlockSize);
    }

    /// <summary>
    /// The body: the manifest resource that the package's build targets embedded from the very file the generator read
    /// (a byte-order mark picks UTF-16, otherwise UTF-8), or the literal in generated code; checked against the length
    /// and checksum the generator recorded.
    /// </summary>
    /// <exception cref="InvalidOperationException">The resource is missing or is not the file the generator read.</exception>
    public string BodyOf(int index, ArticleRecord record)
    {
        string text;
        if (record.BodyIsResource)
        {
            string name = ArticlePaths.ResourceNameOf(record.Path);
            text = ReadResource(name) ?? throw new InvalidOperationException(
                $"Article '{record.Id}' has no embedded resource '{name}'. NewsCorpus's build targets embed each article file under " +
                "that name; rebuild the project.");
            if (text.Length != record.TextLength || NewsCorpus.Text.TextChecksum.Of(text) != record.TextChecksum)
                throw new InvalidOperationException($"Article '{record.Id}': the embedded resource '{name}' is not the file the generator read; rebuild the project.");
            return text;
        }

        text = _literalBody?.Invoke(index) ?? throw new InvalidOperationException($"Article '{record.Id}' has no embedded body; rebuild the project.");
        if (text.Length != record.TextLength || NewsCorpus.Text.TextChecksum.Of(text) != record.TextChecksum)
            throw new InvalidOperationException($"Article '{record.Id}': the embedded body is not the text the generator read; rebuild the project.");
        return text;
    }

    private string? ReadResource(string name)
    {
        using var stream = _assembly.GetManifestResourceStream(name);
        if (stream is null) return null;
        var bytes = new byte[stream.Length];
        int read = 0;
        while (read < bytes.Length)
        {
            int count = stream.Read(bytes, read, bytes.Length - read);
            if (count == 0) break;
            read += count;
        }

        return NewsCorpus.Text.Decoding.ByteOrderMark.Decode(bytes, read);
    }

    /// <summary>One block of records, as generated code carries it, with where each record stands in it.</summary>
    internal abstract class Block
    {
        public abstract ArticleRecord Record(int position);

        public static Block Utf8(byte[] bytes) => new Of<RecordFormat.Utf8Block>(new RecordFormat.Utf8Block(bytes));

        public static Block Text(string text) => new Of<RecordFormat.TextBlock>(new RecordFormat.TextBlock(text));

        private sealed class Of<TBlock>(TBlock units) : Block
            where TBlock : struct, RecordFormat.IDecodableBlock
        {
            private readonly (int Start, int Length)[] _index = RecordFormat.Index(units);

            public override ArticleRecord Record(int position)
            {
                if ((uint)position >= (uint)_index.Length) throw RecordFormat.Malformed();
                var (start, length) = _index[position];
                return RecordFormat.Read(units.Decode(start, length));
            }
        }
    }
}
