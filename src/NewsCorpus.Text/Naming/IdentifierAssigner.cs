using System;
using System.Collections.Generic;

namespace NewsCorpus.Text.Naming;

/// <summary>One article's place in the catalog: its path, its property name and its nested class name.</summary>
/// <param name="Key">What identifies the file uniquely (its full path), even where two relative paths are equal.</param>
/// <param name="Path">The article's path under the corpus folder.</param>
/// <param name="Identifier">The identifier given, unique in the catalog.</param>
/// <param name="Wanted">The identifier the file name asked for.</param>
/// <param name="TakenBy">The path of the article that has <paramref name="Wanted"/>, or null when a catalog member has it.</param>
public sealed record AssignedName(string Key, string Path, string Identifier, string Wanted, string? TakenBy)
{
    /// <summary>Whether a collision forced a different identifier than the file name asked for.</summary>
    public bool IsRenamed => Identifier != Wanted;

    /// <summary>What a collision diagnostic says; null when there was none.</summary>
    public string? CollisionMessage => !IsRenamed ? null
        : $"Article '{Path}' maps to the identifier '{Wanted}', which {(TakenBy is null ? "the catalog class uses" : $"'{TakenBy}' already has")}; "
          + $"it is named '{Identifier}' instead. Rename one of the files to choose.";

    /// <summary>The name of the article's generated class.</summary>
    public string ClassName => Identifier + ClassSuffix;

    /// <summary>Appended to an identifier to name the article's class.</summary>
    public const string ClassSuffix = "Article";
}

/// <summary>
/// Gives every article a unique identifier, the same whatever order the files are listed in. A file whose
/// identifier is taken (by another article, by its class, by a catalog member, or by a name that differs
/// only in case, since generated file names must differ on case-insensitive file systems) is renamed and
/// the collision reported. Renames are built from the file's own path, not from a count of the others
/// (a count only separates files whose paths are equal), so adding files renames nothing that was there
/// unless a newcomer wants the same name and comes first:
/// <c>sport/x.txt</c> becomes <c>X_Sport</c>, <c>2024-05-14-x.txt</c> becomes <c>X_20240514</c>, and
/// otherwise a short hash of the path is appended (<c>X_3fa2c1</c>). Shallower paths come first, then
/// ordinal order of paths.
/// </summary>
public static class IdentifierAssigner
{
    /// <summary>Member names of the generated catalog class that an article may not take.</summary>
    public static readonly IReadOnlyCollection<string> CatalogMembers = new[]
    {
        "All", "Get", "Find", "TryGet", "QuotesBy", "ByLanguage", "BySource", "ByCategory", "PublishedBetween", "IdRows", "IdTheoryData",
        "Catalog", "Count", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    /// <summary>Assigns identifiers to <paramref name="articles"/>.</summary>
    /// <param name="articles">Each article's unique key (its full path), its path under the corpus folder, and the identifier its name gives.</param>
    /// <param name="catalogClassName">The catalog class, whose name a nested member may not repeat.</param>
    public static IReadOnlyList<AssignedName> Assign(IEnumerable<(string Key, string Path, string Identifier)> articles, string catalogClassName)
    {
        // Paths in normalisation form C throughout, so that a checkout with decomposed names (macOS) orders and hashes alike.
        var ordered = new List<(string Key, string Path, string Identifier, string Nfc, int Depth)>();
        foreach (var (key, path, wanted) in articles)
        {
            string nfc = TextChars.ToNfc(path);
            ordered.Add((key, path, wanted, nfc, Depth(nfc)));
        }

        ordered.Sort(static (a, b) => a.Depth != b.Depth ? a.Depth.CompareTo(b.Depth) : ByPath(a.Nfc, a.Key, b.Nfc, b.Key));

        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var taken = new HashSet<string>(CatalogMembers, StringComparer.OrdinalIgnoreCase) { catalogClassName };
        var result = new List<AssignedName>(ordered.Count);
        foreach (var (key, path, wanted, nfc, _) in ordered)
        {
            string identifier = FirstFree(Candidates(nfc, wanted), taken);
            string? owner = owners.TryGetValue(wanted, out var byName) ? byName
                : owners.TryGetValue(wanted + AssignedName.ClassSuffix, out var byClass) ? byClass : null;
            taken.Add(identifier);
            taken.Add(identifier + AssignedName.ClassSuffix);
            owners[identifier] = path;
            owners[identifier + AssignedName.ClassSuffix] = path;
            result.Add(new AssignedName(key, path, identifier, wanted, owner));
        }

        result.Sort(static (a, b) => ByPath(a.Path, a.Key, b.Path, b.Key));
        return result;
    }

    /// <summary>Ordinal order of paths, then of keys for files that share a relative path.</summary>
    private static int ByPath(string pathA, string keyA, string pathB, string keyB)
    {
        int byPath = string.CompareOrdinal(pathA, pathB);
        return byPath != 0 ? byPath : string.CompareOrdinal(keyA, keyB);
    }

    /// <summary>The names a file may have, in order of preference; each depends on its own path alone.</summary>
    private static IEnumerable<string> Candidates(string path, string wanted)
    {
        yield return wanted;
        if (Metadata.FileNameConvention.FolderOf(path) is { } folder) yield return wanted + "_" + CSharpIdentifier.FromId(folder);
        if (Metadata.FileNameConvention.PublishedOf(path) is { } day) yield return wanted + "_" + day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        string hashed = wanted + "_" + PathHash(path);
        yield return hashed;
        for (int n = 2; ; n++) yield return hashed + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string FirstFree(IEnumerable<string> candidates, HashSet<string> taken)
    {
        foreach (var candidate in candidates)
        {
            if (!taken.Contains(candidate) && !taken.Contains(candidate + AssignedName.ClassSuffix)) return candidate;
        }

        throw new InvalidOperationException("Candidates never end.");
    }

    /// <summary>Six hex digits of FNV-1a over the path: short, and the same on every machine.</summary>
    private static string PathHash(string path)
    {
        return (TextChecksum.Of(path) & 0xFFFFFF).ToString("x6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int Depth(string path)
    {
        int depth = 0;
        foreach (char c in path)
        {
            if (c == '/') depth++;
        }

        return depth;
    }
}
