using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using NewsCorpus.Generator.Diagnostics;
using NewsCorpus.Text;

namespace NewsCorpus.Generator.Analyzers;

/// <summary>
/// Checks the constant ids given to a generated catalog's <c>Get</c> and <c>Find</c> against the catalog's ids
/// (<see cref="ArticleIdTable"/>, the constant the generator writes into it): an id no article has is a warning
/// naming the nearest one (NC0017), an id whose article has a typed field a suggestion to use it (NC0018).
/// Cheap by design: one look at each invocation's method, and the table read once per catalog and compilation
/// (and parsed once while its text stays the same).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ArticleIdAnalyzer : DiagnosticAnalyzer
{
    /// <summary>NC0017's property: the id its code fix puts in (absent when no id is near).</summary>
    public const string NearestIdProperty = "NearestId";

    /// <summary>NC0018's property: the typed field its code fix puts in place of the call.</summary>
    public const string TypedNameProperty = "TypedName";

    /// <summary>NC0018's property: the catalog class, fully qualified, for a call that does not name it.</summary>
    public const string CatalogProperty = "Catalog";

    /// <summary>The last table parsed and its text: each build, and each keystroke in the IDE, has a new compilation with the same text.</summary>
    private static ParsedTable? s_lastTable;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.Of(DiagnosticIds.UnknownArticleId),
        DiagnosticDescriptors.Of(DiagnosticIds.IdHasTypedField));

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            var tables = new ConcurrentDictionary<INamedTypeSymbol, ArticleIdTable?>(SymbolEqualityComparer.Default);
            start.RegisterOperationAction(operation => Analyze(operation, tables), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, ConcurrentDictionary<INamedTypeSymbol, ArticleIdTable?> tables)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (!method.IsStatic || method.Name is not ("Get" or "Find") || invocation.Arguments.Length != 1
            || method.Parameters.Length != 1 || method.Parameters[0].Type.SpecialType != SpecialType.System_String)
        {
            return;
        }

        var argument = invocation.Arguments[0].Value;
        if (argument.ConstantValue is not { HasValue: true, Value: string id }) return;
        var catalog = method.ContainingType;
        if (tables.GetOrAdd(catalog, static type => TableOf(type)) is not { } table) return;

        if (table.Find(id, out var differingInCase) is { } found)
        {
            if (!found.HasTypedName) return; // past the cap of typed fields (NC0012)
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(TypedNameProperty, found.TypedName)
                .Add(CatalogProperty, catalog.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Of(DiagnosticIds.IdHasTypedField), invocation.Syntax.GetLocation(),
                properties, found.Id, catalog.Name, found.TypedName));
            return;
        }

        // Of ids that differ in case alone, only the user can tell which was meant: they are named, none is put in.
        string? nearest = differingInCase.Count > 0 ? null : table.Nearest(id);
        string reason = differingInCase.Count > 0 ? $"the ids '{string.Join("', '", differingInCase)}' differ from it in case alone"
            : nearest is not null ? $"the nearest id is '{nearest}'"
            : "no id is near it";
        var unknownProperties = nearest is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(NearestIdProperty, nearest);
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Of(DiagnosticIds.UnknownArticleId), argument.Syntax.GetLocation(),
            unknownProperties, id, reason));
    }

    /// <summary>The table of a generated catalog, or null for any other type (one without the constant).</summary>
    private static ArticleIdTable? TableOf(INamedTypeSymbol type)
    {
        foreach (var member in type.GetMembers(ArticleIdTable.FieldName))
        {
            if (member is IFieldSymbol { IsConst: true, ConstantValue: string text }) return Parsed(text);
        }

        return null;
    }

    private static ArticleIdTable Parsed(string text)
    {
        var last = s_lastTable;
        if (last is not null && (ReferenceEquals(last.Text, text) || last.Text == text)) return last.Table;
        var table = ArticleIdTable.Parse(text);
        s_lastTable = new ParsedTable(text, table);
        return table;
    }

    private sealed record ParsedTable(string Text, ArticleIdTable Table);
}
