using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using NewsCorpus.Records;

namespace NewsCorpus.Build;

/// <summary>
/// What each file held when last read (<see cref="Content"/>), kept in obj/ beside the copies and
/// keyed by the file's length and time of last change: a build reads only the files that changed since the last one.
/// </summary>
internal sealed class ContentCache
{
    private readonly string _file;
    private readonly Dictionary<string, (long Length, long Ticks, Content Content)> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private bool _changed;

    public ContentCache(string folder)
    {
        _file = Path.Combine(folder, "contents.tsv");
        try
        {
            if (!File.Exists(_file)) return;
            foreach (string line in File.ReadAllLines(_file, Encoding.UTF8))
            {
                string[] fields = line.Split('\t');
                if (fields.Length == 4 && ArticlePaths.Unescape(fields[0]) is { } path
                    && long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out long length)
                    && long.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out long ticks)
                    && Enum.TryParse(fields[3], out Content content))
                {
                    _entries[path] = (length, ticks, content);
                }
            }
        }
        catch (IOException)
        {
            _entries.Clear(); // a cache that cannot be read is rebuilt
        }
    }

    /// <summary>What <paramref name="file"/> holds, from the cache if it has not changed, else from <paramref name="read"/>.</summary>
    public Content Of(string file, Func<string, Content> read)
    {
        var info = new FileInfo(file);
        long length = info.Length, ticks = info.LastWriteTimeUtc.Ticks;
        _used.Add(file);
        if (_entries.TryGetValue(file, out var entry) && entry.Length == length && entry.Ticks == ticks) return entry.Content;
        var content = read(file);
        _entries[file] = (length, ticks, content);
        _changed = true;
        return content;
    }

    /// <summary>Writes the cache if anything in it changed, without the files this build did not ask about.</summary>
    public void Save()
    {
        if (!_changed && _used.Count == _entries.Count) return;
        var lines = new List<string>(_used.Count);
        foreach (string file in _used)
        {
            var (length, ticks, content) = _entries[file];
            lines.Add(string.Join("\t", ArticlePaths.Escape(file), length.ToString(CultureInfo.InvariantCulture), ticks.ToString(CultureInfo.InvariantCulture), content.ToString()));
        }

        lines.Sort(StringComparer.Ordinal);
        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
        File.WriteAllLines(_file, lines, new UTF8Encoding(false));
    }
}
