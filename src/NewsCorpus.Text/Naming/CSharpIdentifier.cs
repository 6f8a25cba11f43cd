using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NewsCorpus.Text.Naming;

/// <summary>
/// Turns an article id into a PascalCase C# identifier: <c>blinken-lavrov-g20</c> → <c>BlinkenLavrovG20</c>.
/// Unicode letters stay (ë, ç), in composed form (NFC) so that a name written by macOS (NFD) maps
/// to the same identifier; a leading digit or combining mark gets a leading underscore.
/// </summary>
public static class CSharpIdentifier
{
    /// <summary>The identifier used when a name has no letters or digits at all.</summary>
    public const string Fallback = "Untitled";

    /// <summary>The PascalCase identifier for <paramref name="id"/>.</summary>
    public static string FromId(string id)
    {
        var result = new StringBuilder(id.Length);
        bool startOfWord = true;
        foreach (char c in TextChars.ToNfc(id))
        {
            if (!IsIdentifierPart(c))
            {
                startOfWord = true;
                continue;
            }

            result.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        if (result.Length == 0) return Fallback;

        // No keyword check is needed: keywords are lower-case ASCII, and every word was capitalised.
        string name = result.ToString();
        return char.IsDigit(name[0]) || char.GetUnicodeCategory(name[0]) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            ? "_" + name : name;
    }

    /// <summary>Whether <paramref name="name"/> is a valid C# identifier (no verbatim @, no keyword).</summary>
    public static bool IsValid(string name)
    {
        if (name.Length == 0 || Keywords.Contains(name)) return false;
        if (!(char.IsLetter(name[0]) || name[0] == '_')) return false;
        foreach (char c in name)
        {
            if (!(IsIdentifierPart(c) || c == '_')) return false;
        }

        return true;
    }

    /// <summary>Letters, digits and the marks that C# allows inside identifiers; underscores separate words.</summary>
    private static bool IsIdentifierPart(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark => true,
        _ => false,
    };

    /// <summary>C# reserved keywords (contextual ones are valid identifiers).</summary>
    private static readonly HashSet<string> Keywords = new()
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit",
        "extern", "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int",
        "interface", "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out",
        "override", "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed",
        "short", "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try",
        "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };
}
