using System.Collections.Generic;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsCorpus.Text;
using NewsCorpus.Text.Naming;

namespace NewsCorpus.Generator.Model;

/// <summary>
/// The MSBuild properties the generator reads (declared as CompilerVisibleProperty in build/NewsCorpus.props).
/// </summary>
/// <param name="Reading">How article files are read: the size limit, and whether the project declares their code page.</param>
internal sealed record GeneratorOptions(string? Namespace, string ClassName, bool IsPublic, int MaxTypedProperties, int RecordStringBudget, ReadingOptions Reading, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public const string DefaultClassName = "Articles";

    /// <summary>1 MiB of UTF-8: far above any news article, far below what would slow a build down.</summary>
    public const long DefaultMaxArticleSize = NewsCorpus.Text.ArticleLimits.DefaultMaxArticleSize;

    /// <summary>The runtime loads no type with more than 65,535 fields (a typed article is one); this leaves room for the catalog's own members.</summary>
    public const int DefaultMaxTypedProperties = 65_000;

    /// <summary>
    /// Characters of records carried as (packed) string literals, the rest as UTF-8 literals. A string literal costs the
    /// compiler next to nothing, a UTF-8 literal about half a microsecond a byte (it binds each byte); but string literals
    /// share the assembly's 16 MB user-string heap (CS8103) with the project's own strings, so records take at most
    /// about 6 MB of it by default: some 13,000 BBC-sized articles.
    /// </summary>
    public const int DefaultRecordStringBudget = 6_000_000;

    public string Visibility => IsPublic ? "public" : "internal";

    public static GeneratorOptions Read(AnalyzerConfigOptions options)
    {
        var diagnostics = new List<DiagnosticInfo>();
        string? ns = Property(options, "NewsCorpusNamespace");
        if (ns is not null && !IsValidNamespace(ns))
        {
            diagnostics.Add(Invalid("NewsCorpusNamespace", ns, "a dotted C# name such as 'MyApp.News'", "the project's root namespace"));
            ns = null;
        }

        // The SDK derives RootNamespace from the project name and keeps characters such as '-'
        // (a project "My-App" gets "My-App"); clean it the way `dotnet new` names namespaces.
        ns ??= Property(options, "RootNamespace") is { } root ? NamespaceFrom(root) : null;

        string className = Property(options, "NewsCorpusClassName") ?? DefaultClassName;
        if (CatalogClassName.WhyNot(className, ns) is { } expected)
        {
            diagnostics.Add(Invalid("NewsCorpusClassName", className, expected, DefaultClassName));
            className = DefaultClassName;
        }

        string visibility = Property(options, "NewsCorpusVisibility") ?? "internal";
        if (visibility.ToLowerInvariant() is not ("public" or "internal"))
        {
            diagnostics.Add(Invalid("NewsCorpusVisibility", visibility, "'public' or 'internal'", "internal"));
            visibility = "internal";
        }

        long maxSize = DefaultMaxArticleSize;
        if (Property(options, "NewsCorpusMaxArticleSize") is { } size
            && !(long.TryParse(size, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out maxSize) && maxSize > 0))
        {
            diagnostics.Add(Invalid("NewsCorpusMaxArticleSize", size, "a positive number of bytes such as 4194304", "1048576 (1 MiB)"));
            maxSize = DefaultMaxArticleSize;
        }

        int maxTypedProperties = DefaultMaxTypedProperties;
        if (Property(options, "NewsCorpusMaxTypedProperties") is { } typed
            && !(int.TryParse(typed, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out maxTypedProperties)
                 && maxTypedProperties <= DefaultMaxTypedProperties))
        {
            diagnostics.Add(Invalid("NewsCorpusMaxTypedProperties", typed, "a number from 0 to 65000", "65000"));
            maxTypedProperties = DefaultMaxTypedProperties;
        }

        int recordStringBudget = DefaultRecordStringBudget;
        if (Property(options, "NewsCorpusRecordStringBudget") is { } budget
            && !(int.TryParse(budget, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out recordStringBudget)
                 && recordStringBudget <= 12_000_000))
        {
            diagnostics.Add(Invalid("NewsCorpusRecordStringBudget", budget, "a number of characters from 0 to 12000000", "6000000"));
            recordStringBudget = DefaultRecordStringBudget;
        }

        var reading = new ReadingOptions(maxSize, CodePageDeclared: Property(options, "CodePage") is not null);
        return new GeneratorOptions(ns, className, visibility.ToLowerInvariant() == "public", maxTypedProperties, recordStringBudget, reading, diagnostics.ToEquatableArray());
    }

    /// <summary>A valid namespace from a project's root namespace: "My-App.2nd" becomes "My_App._2nd"; null if nothing is left.</summary>
    internal static string? NamespaceFrom(string rootNamespace)
    {
        var parts = new List<string>();
        foreach (var part in rootNamespace.Split('.'))
        {
            var cleaned = new System.Text.StringBuilder(part.Length + 1);
            foreach (char c in part) cleaned.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
            if (cleaned.Length == 0) continue;
            if (char.IsDigit(cleaned[0])) cleaned.Insert(0, '_');
            string name = cleaned.ToString();
            parts.Add(CSharpIdentifier.IsValid(name) ? name : "_" + name);
        }

        return parts.Count == 0 ? null : string.Join(".", parts);
    }

    private static string? Property(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static bool IsValidNamespace(string name)
    {
        foreach (var part in name.Split('.'))
        {
            if (!CSharpIdentifier.IsValid(part)) return false;
        }

        return true;
    }

    private static DiagnosticInfo Invalid(string property, string value, string expected, string fallback) =>
        DiagnosticInfo.WithoutLocation(DiagnosticIds.InvalidOption,
            $"The MSBuild property {property} is '{value}', but it must be {expected}; using {fallback}");
}

/// <summary>How article files are read.</summary>
/// <param name="MaxArticleSize">Largest article in bytes of UTF-8 (NewsCorpusMaxArticleSize).</param>
/// <param name="CodePageDeclared">The project sets CodePage, so the compiler reads files without a BOM in that code page on purpose.</param>
internal sealed record ReadingOptions(long MaxArticleSize, bool CodePageDeclared);

/// <summary>What the consuming compilation's language and libraries allow the emitter to write.</summary>
/// <param name="Utf8Literals">C# 11 or later and an Encoding.GetString(ReadOnlySpan&lt;byte&gt;) to decode them.</param>
/// <param name="NullableAnnotations">C# 8 or later.</param>
/// <param name="RuntimeReferenced">The compilation references NewsCorpus.dll, which generated code builds on.</param>
/// <param name="XunitReferenced">The compilation references xunit, so the catalog also offers its rows as TheoryData.</param>
internal sealed record EmitSettings(bool Utf8Literals, bool NullableAnnotations, bool RuntimeReferenced, bool XunitReferenced);
