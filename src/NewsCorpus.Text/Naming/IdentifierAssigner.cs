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
/// Gives every article a unique identifier. Articles are taken in ordinal order of their paths,
/// so the outcome does not depend on the order files were listed in; a later article whose
/// identifier is taken (by another article, by its class, or by a catalog member) gets
/// <c>_2</c>, <c>_3</c>… and the collision is reported. Names that differ only in case collide
/// too: generated file names must differ on case-insensitive file systems.
/// </summary>
public static class IdentifierAssigner
{
    /// <summary>Member names of the generated catalog class that an article may not take.</summary>
    public static readonly IReadOnlyCollection<string> CatalogMembers = new[]
    {
        "All", "Get", "Find", "TryGet", "QuotesBy", "Catalog", "Count", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals",
        "MemberwiseClone", "Finalize",
    };

    /// <summary>Assigns identifiers to <paramref name="articles"/>.</summary>
    /// <param name="articles">Each article's unique key (its full path), its path under the corpus folder, and the identifier its name gives.</param>
    /// <param name="catalogClassName">The catalog class, whose name a nested member may not repeat.</param>
    public static IReadOnlyList<AssignedName> Assign(IEnumerable<(string Key, string Path, string Identifier)> articles, string catalogClassName)
    {
        var ordered = new List<(string Key, string Path, string Identifier)>(articles);
        ordered.Sort((a, b) => a.Path != b.Path ? string.CompareOrdinal(a.Path, b.Path) : string.CompareOrdinal(a.Key, b.Key));

        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var taken = new HashSet<string>(CatalogMembers, StringComparer.OrdinalIgnoreCase) { catalogClassName };
        var result = new List<AssignedName>(ordered.Count);
        foreach (var (key, path, wanted) in ordered)
        {
            string identifier = wanted;
            for (int n = 2; !IsFree(identifier, taken); n++) identifier = wanted + "_" + n;

            string? owner = owners.TryGetValue(wanted, out var byName) ? byName
                : owners.TryGetValue(wanted + AssignedName.ClassSuffix, out var byClass) ? byClass : null;
            taken.Add(identifier);
            taken.Add(identifier + AssignedName.ClassSuffix);
            owners[identifier] = path;
            owners[identifier + AssignedName.ClassSuffix] = path;
            result.Add(new AssignedName(key, path, identifier, wanted, owner));
        }

        return result;
    }

    private static bool IsFree(string identifier, HashSet<string> taken) =>
        !taken.Contains(identifier) && !taken.Contains(identifier + AssignedName.ClassSuffix);
}
