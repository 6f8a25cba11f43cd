using System;
using System.Collections.Generic;
using System.Text;
using NewsCorpus.Text.Naming;

namespace NewsCorpus.Generator.Analyzers;

/// <summary>
/// Every article's id and typed name, as the generator writes them into the catalog (the constant
/// <see cref="FieldName"/>) and the analyzer reads them back: each id, then its typed name (empty past
/// NewsCorpusMaxTypedProperties), each followed by a NUL, the one character no file path can hold.
/// </summary>
internal sealed class ArticleIdTable
{
    /// <summary>The catalog's private constant holding the table; its presence is what marks a class as a generated catalog.</summary>
    public const string FieldName = "_IdTable";

    private const char Separator = '\0';

    private readonly Dictionary<string, string> _typedNameById;
    private readonly Dictionary<string, int> _orderById;
    /// <summary>The runtime's own lookup rule over the ids, so the analyzer finds what Get and Find find.</summary>
    private readonly ValueLookup _lookup;

    /// <summary>The ids by length, each in lower case beside itself, in path order: what <see cref="Nearest"/> compares.</summary>
    private readonly Dictionary<int, List<(string Lower, string Id)>> _idsByLength;

    private ArticleIdTable(IReadOnlyList<(string Id, string TypedName)> rows)
    {
        _typedNameById = new Dictionary<string, string>(rows.Count, StringComparer.Ordinal);
        _orderById = new Dictionary<string, int>(rows.Count, StringComparer.Ordinal);
        _idsByLength = new Dictionary<int, List<(string, string)>>();
        foreach (var (id, typedName) in rows)
        {
            if (_typedNameById.ContainsKey(id)) continue;
            _typedNameById.Add(id, typedName);
            _orderById.Add(id, _orderById.Count);
            Add(_idsByLength, id.Length, (id.ToLowerInvariant(), id));
        }

        _lookup = new ValueLookup(rows.Count, i => rows[i].Id);
    }

    /// <summary>How many ids the table holds.</summary>
    public int Count => _typedNameById.Count;

    /// <summary>The table's text: <paramref name="rows"/> in order, each id and typed name (empty for none) followed by a NUL.</summary>
    public static string Write(IEnumerable<(string Id, string? TypedName)> rows)
    {
        var text = new StringBuilder();
        foreach (var (id, typedName) in rows) text.Append(id).Append(Separator).Append(typedName).Append(Separator);
        return text.ToString();
    }

    /// <summary>Reads what <see cref="Write"/> wrote; a trailing odd field (a table cut short) is ignored.</summary>
    public static ArticleIdTable Parse(string text)
    {
        var rows = new List<(string, string)>();
        int start = 0;
        while (true)
        {
            int idEnd = text.IndexOf(Separator, start);
            if (idEnd < 0) break;
            int nameEnd = text.IndexOf(Separator, idEnd + 1);
            if (nameEnd < 0) break;
            rows.Add((text.Substring(start, idEnd - start), text.Substring(idEnd + 1, nameEnd - idEnd - 1)));
            start = nameEnd + 1;
        }

        return new ArticleIdTable(rows);
    }

    /// <summary>
    /// The article that the catalog's Get finds for <paramref name="id"/>, by the runtime's rule (<see cref="ValueLookup"/>:
    /// NFC, the exact id, else the one id that differs from it in case alone). Null when there is none;
    /// <paramref name="differingInCase"/> then holds the ids that differ from it in case alone when more than one does
    /// (Get names them), and is empty otherwise.
    /// </summary>
    public ArticleId? Find(string id, out IReadOnlyList<string> differingInCase)
    {
        differingInCase = Array.Empty<string>();
        var ids = _lookup.ValuesNamedBy(id);
        if (ids.Count == 1) return new ArticleId(ids[0], _typedNameById[ids[0]]);
        if (ids.Count > 1) differingInCase = ids;
        return null;
    }

    /// <summary>
    /// The id closest to <paramref name="id"/> in edits of one character, ignoring case, if one is within a third of its
    /// length (at least one edit, at most <see cref="MaxEdits"/>); ties go to the earlier id in path order. Only ids
    /// whose length is within that bound are compared, each with a distance that stops as soon as it exceeds it.
    /// </summary>
    public string? Nearest(string id)
    {
        int bound = Math.Min(MaxEdits, Math.Max(1, id.Length / 3));
        (string? Id, int Distance, int Order) nearest = (null, int.MaxValue, int.MaxValue);
        string lower = id.ToLowerInvariant();
        for (int length = Math.Max(0, id.Length - bound); length <= id.Length + bound; length++)
        {
            if (!_idsByLength.TryGetValue(length, out var candidates)) continue;
            for (int i = 0; i < candidates.Count; i++)
            {
                int distance = EditDistance.Between(lower, candidates[i].Lower, Math.Min(bound, nearest.Distance));
                if (distance > bound || distance > nearest.Distance) continue;
                int order = _orderById[candidates[i].Id];
                if (distance < nearest.Distance || order < nearest.Order) nearest = (candidates[i].Id, distance, order);
            }
        }

        return nearest.Id;
    }

    /// <summary>The most edits a suggestion may be away: past it, a "nearest" id is rather a different one.</summary>
    public const int MaxEdits = 5;

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> index, TKey key, TValue value)
        where TKey : notnull
    {
        if (index.TryGetValue(key, out var values)) values.Add(value);
        else index.Add(key, new List<TValue> { value });
    }
}

/// <summary>An article's id as the table has it, and its typed name (empty when it has none).</summary>
internal sealed record ArticleId(string Id, string TypedName)
{
    public bool HasTypedName => TypedName.Length > 0;
}
