using System;
using System.Collections.Generic;
using System.Globalization;
using NewsCorpus.Text.Metadata;

namespace NewsCorpus.Text.Naming;

/// <summary>One article's names in the catalog: its id and the name of its typed field.</summary>
/// <param name="Key">What identifies the file uniquely (its full path), even where two relative paths are equal.</param>
/// <param name="Path">The article's path under the corpus folder.</param>
/// <param name="Id">The article's id, unique in the catalog (<see cref="IdentifierAssigner"/> says how it is chosen).</param>
/// <param name="Identifier">The name of its typed field, unique in the catalog class.</param>
/// <param name="IdNotice">Why the id has an arbitrary suffix (warning NC0003), or null.</param>
/// <param name="IdentifierNotice">Why the typed name is not the one its id gives (NC0013, for information), or null.</param>
public sealed record AssignedName(string Key, string Path, string Id, string Identifier, string? IdNotice, string? IdentifierNotice);

/// <summary>
/// Names every article of a catalog; the generator and the CLI both call it, so they agree on every name.
/// <para>
/// <b>Ids.</b> An article's id is its file name without the extension and without a leading <c>yyyy-MM-dd</c>
/// date (<c>2023-03-02-blinken-lavrov-g20.txt</c> is <c>blinken-lavrov-g20</c>). Where articles would share an
/// id, each takes the first of these forms that tells it apart from the others that shared it: the name with its
/// date (<c>2024-05-01-markets-wrap</c>), then the folder and that name (<c>tech/001</c>,
/// <c>tech/2024-05-01-markets-wrap</c>), then the whole path (<c>tech/001.txt</c>). An article whose form does not
/// change (a file at the top has no folder) keeps the shorter id. Only articles that still share an id (names that differ in Unicode normalization
/// alone) get a suffix from a hash of their path (<c>~3fa2c1</c>), which is reported. Ids compare by ordinal, so
/// <c>a</c> and <c>A</c> are two ids; paths are read in Unicode normalization form C, so a checkout with
/// decomposed names (macOS) gives the same ids.
/// </para>
/// <para>
/// <b>Typed names.</b> The id in PascalCase (<see cref="CSharpIdentifier.FromId"/>, folders as words:
/// <c>tech/001</c> is <c>Tech001</c>). A name the catalog class uses (<c>All</c>, <c>Get</c>, the class's own
/// name) takes the suffix <c>Article</c>; a name that two ids give (<c>a</c> and <c>A</c>) takes a hash of the
/// path in the article whose path comes later in ordinal order.
/// </para>
/// Every name depends on the article's own path and on the articles it would otherwise share a name with, never
/// on the order the files are listed in.
/// </summary>
public static class IdentifierAssigner
{
    /// <summary>Member names of the generated catalog class that an article may not take.</summary>
    public static readonly IReadOnlyCollection<string> CatalogMembers = new[]
    {
        "All", "Get", "Find", "TryGet", "QuotesBy", "ByLanguage", "BySource", "ByCategory", "PublishedBetween", "IdRows", "IdTheoryData",
        "Catalog", "Count", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    /// <summary>Appended to a typed name that a catalog member already has.</summary>
    public const string MemberSuffix = "Article";

    /// <summary>Names <paramref name="articles"/>; the result is in ordinal order of path (then key).</summary>
    /// <param name="articles">Each article's unique key (its full path) and its path under the corpus folder.</param>
    /// <param name="catalogClassName">The catalog class, whose name a member may not repeat.</param>
    public static IReadOnlyList<AssignedName> Assign(IEnumerable<(string Key, string Path)> articles, string catalogClassName)
    {
        var files = new List<File>();
        foreach (var (key, path) in articles) files.Add(new File(key, path, TextChars.ToNfc(path)));
        files.Sort(static (a, b) => ByPath(a.Path, a.Key, b.Path, b.Key));

        var ids = AssignIds(files);
        var identifiers = AssignIdentifiers(files, ids, catalogClassName);
        var result = new List<AssignedName>(files.Count);
        for (int i = 0; i < files.Count; i++)
        {
            result.Add(new AssignedName(files[i].Key, files[i].Path, ids[i].Id, identifiers[i].Identifier, ids[i].Notice, identifiers[i].Notice));
        }

        return result;
    }

    private sealed record File(string Key, string Path, string Nfc);

    /// <summary>The forms an id may take, shortest first: each tells apart more files than the one before.</summary>
    private static string FormOf(string nfcPath, int level)
    {
        var (id, published) = FileNameConvention.Split(nfcPath);
        string stem = published is null ? id : FileNameConvention.StemOf(nfcPath);
        string? folder = FileNameConvention.FolderOf(nfcPath);
        return level switch
        {
            0 => id,
            1 => stem,
            2 => folder is null ? stem : folder + "/" + stem,
            _ => nfcPath,
        };
    }

    private const int LastLevel = 3;

    private static (string Id, string? Notice)[] AssignIds(List<File> files)
    {
        var result = new (string Id, string? Notice)[files.Count];
        var all = new List<int>(files.Count);
        for (int i = 0; i < files.Count; i++) all.Add(i);
        Refine(files, all, 0, result);

        // A form may still be shared (names equal in normalization form C, or a later form equal to another's
        // earlier one): the hash of the path as it is on disk tells them apart, and that is reported.
        // A name already in normalization form C keeps the id before one that is not.
        var order = new List<int>(files.Count);
        for (int i = 0; i < files.Count; i++) order.Add(i);
        order.Sort((a, b) => (files[a].Path == files[a].Nfc) != (files[b].Path == files[b].Nfc) ? (files[a].Path == files[a].Nfc ? -1 : 1) : a.CompareTo(b));
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (int i in order)
        {
            if (!owners.TryGetValue(result[i].Id, out int owner))
            {
                owners.Add(result[i].Id, i);
                continue;
            }

            string shared = result[i].Id;
            string id = shared + "~" + PathHash(files[i].Path);
            for (int n = 2; owners.ContainsKey(id); n++) id = shared + "~" + PathHash(files[i].Path) + "-" + n.ToString(CultureInfo.InvariantCulture);
            owners.Add(id, i);
            result[i] = (id, $"Articles '{files[owner].Path}' and '{files[i].Path}' would both have the id '{shared}', and no folder or date in their names tells them apart; '{files[i].Path}' has the id '{id}'. Rename one of the files to choose.");
        }

        return result;
    }

    /// <summary>Gives each of <paramref name="group"/> (files that share their form below <paramref name="level"/>) its form at the first level where no other file of the group has it.</summary>
    private static void Refine(List<File> files, List<int> group, int level, (string Id, string? Notice)[] result)
    {
        var byForm = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (int i in group)
        {
            string form = FormOf(files[i].Nfc, level);
            if (!byForm.TryGetValue(form, out var members))
            {
                byForm.Add(form, members = new List<int>());
                order.Add(form);
            }

            members.Add(i);
        }

        foreach (string form in order)
        {
            var members = byForm[form];
            if (members.Count == 1 || !SplitLater(files, members, level))
            {
                // Alone with this form, or nothing longer tells them apart: the shortest form, which the hash then separates.
                foreach (int i in members) result[i] = (form, null);
                continue;
            }

            Refine(files, members, level + 1, result);
        }
    }

    /// <summary>Whether a form after <paramref name="level"/> differs between any two of <paramref name="group"/>.</summary>
    private static bool SplitLater(List<File> files, List<int> group, int level)
    {
        for (int later = level + 1; later <= LastLevel; later++)
        {
            string first = FormOf(files[group[0]].Nfc, later);
            foreach (int i in group)
            {
                if (!string.Equals(FormOf(files[i].Nfc, later), first, StringComparison.Ordinal)) return true;
            }
        }

        return false;
    }

    private static (string Identifier, string? Notice)[] AssignIdentifiers(List<File> files, (string Id, string? Notice)[] ids, string catalogClassName)
    {
        var result = new (string Identifier, string? Notice)[files.Count];
        var members = new HashSet<string>(CatalogMembers, StringComparer.Ordinal) { catalogClassName };
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < files.Count; i++)
        {
            string wanted = CSharpIdentifier.FromId(ids[i].Id);
            string identifier = wanted;
            string? notice = null;
            if (members.Contains(identifier))
            {
                identifier += MemberSuffix;
                notice = $"Article '{files[i].Path}' would have the typed name '{wanted}', which the catalog class uses; it is '{identifier}'.";
            }

            if (owners.TryGetValue(identifier, out int owner) || members.Contains(identifier))
            {
                string taken = identifier;
                identifier = taken + "_" + PathHash(files[i].Path);
                for (int n = 2; owners.ContainsKey(identifier) || members.Contains(identifier); n++) identifier = taken + "_" + PathHash(files[i].Path) + "_" + n.ToString(CultureInfo.InvariantCulture);
                notice = $"Article '{files[i].Path}' would have the typed name '{taken}', which {(members.Contains(taken) ? "the catalog class uses" : $"'{files[owner].Path}' has")}; it is '{identifier}'.";
            }

            owners[identifier] = i;
            result[i] = (identifier, notice);
        }

        return result;
    }

    /// <summary>Ordinal order of paths, then of keys for files that share a relative path.</summary>
    private static int ByPath(string pathA, string keyA, string pathB, string keyB)
    {
        int byPath = string.CompareOrdinal(pathA, pathB);
        return byPath != 0 ? byPath : string.CompareOrdinal(keyA, keyB);
    }

    /// <summary>Six hex digits of FNV-1a over the path: short, and the same on every machine.</summary>
    private static string PathHash(string path) =>
        (TextChecksum.Of(path) & 0xFFFFFF).ToString("x6", CultureInfo.InvariantCulture);
}
