using System.Collections.Generic;

namespace NewsCorpus.Text.Naming;

/// <summary>Whether a name can be the generated catalog class's (NewsCorpusClassName), and why not.</summary>
public static class CatalogClassName
{
    /// <summary>Contextual keywords that the compiler refuses, or warns about, as the name of a type.</summary>
    private static readonly HashSet<string> ReservedTypeNames = new()
    {
        "file", "required", "scoped", "var", "record", "dynamic", "field", "extension", "_",
    };

    /// <summary>The runtime library's public types, which a catalog in namespace <c>NewsCorpus</c> would clash with.</summary>
    public static readonly IReadOnlyCollection<string> RuntimeTypes = new[]
    {
        "Article", "ArticleCatalog", "ArticleWithLead", "DateMention", "Paragraph", "Quote", "QuoteKind", "TextRange",
    };

    /// <summary>Why <paramref name="name"/> cannot name the catalog class in <paramref name="ns"/>, or null if it can.</summary>
    public static string? WhyNot(string name, string? ns)
    {
        if (!CSharpIdentifier.IsValid(name)) return "a C# identifier (letters, digits and '_', not starting with a digit, not a keyword)";
        if (ReservedTypeNames.Contains(name)) return $"a name C# allows for a type, which '{name}' is not";
        if (IsLowerCaseAscii(name)) return "a name with a capital letter or a non-ASCII letter: lower-case ASCII type names are reserved for future keywords (CS8981)";
        foreach (var member in IdentifierAssigner.CatalogMembers)
        {
            if (member == name) return $"a name other than the catalog's own member '{name}' (a class cannot have a member of its own name, CS0542)";
        }

        if (ns == "NewsCorpus")
        {
            foreach (var type in RuntimeTypes)
            {
                if (type == name) return $"a name other than NewsCorpus.{name}, the library's own type, in the namespace NewsCorpus";
            }
        }

        return null;
    }

    private static bool IsLowerCaseAscii(string name)
    {
        foreach (char c in name)
        {
            if (c is not (>= 'a' and <= 'z')) return false;
        }

        return true;
    }
}
