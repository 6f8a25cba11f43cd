using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using NewsCorpus.Generator.Model;
using NewsCorpus.Text;

namespace NewsCorpus.Generator.Diagnostics;

/// <summary>
/// The compiler's descriptors, one for each kind in the table of diagnostics (<see cref="DiagnosticIds.All"/>) that the
/// generator or the analyzer reports: ids, titles, severities, message formats and help links all come from there.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "NewsCorpus";

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = Build();

    /// <summary>The descriptor of <paramref name="id"/>; a kind missing from the table still gets one, never an exception.</summary>
    public static DiagnosticDescriptor Of(string id) => ById.TryGetValue(id, out var descriptor) ? descriptor : Create(DiagnosticIds.KindOf(id));

    /// <summary>Every descriptor, for tests that compare them with the analyzer release file and the docs.</summary>
    public static IEnumerable<DiagnosticDescriptor> All => ById.Values;

    /// <summary>Turns a finding into a diagnostic located at its file and line.</summary>
    public static Diagnostic ToDiagnostic(DiagnosticInfo info)
    {
        var location = info.FilePath.Length == 0
            ? Location.None
            : Location.Create(
                info.FilePath,
                new Microsoft.CodeAnalysis.Text.TextSpan(info.Start, info.End - info.Start),
                new Microsoft.CodeAnalysis.Text.LinePositionSpan(
                    new Microsoft.CodeAnalysis.Text.LinePosition(info.StartLine, info.StartColumn),
                    new Microsoft.CodeAnalysis.Text.LinePosition(info.EndLine, info.EndColumn)));
        return Diagnostic.Create(Of(info.Id), location, info.Message);
    }

    private static Dictionary<string, DiagnosticDescriptor> Build()
    {
        var byId = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var kind in DiagnosticIds.All)
        {
            if (kind.Raiser is DiagnosticRaiser.Generator or DiagnosticRaiser.Analyzer) byId.Add(kind.Id, Create(kind));
        }

        return byId;
    }

    private static DiagnosticDescriptor Create(DiagnosticKind kind) => new(
        kind.Id,
        kind.Title,
        kind.MessageFormat,
        Category,
        kind.Severity switch
        {
            FindingSeverity.Error => DiagnosticSeverity.Error,
            FindingSeverity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        },
        isEnabledByDefault: true,
        helpLinkUri: kind.HelpLink);
}
