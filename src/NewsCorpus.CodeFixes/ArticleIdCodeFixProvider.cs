using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using NewsCorpus.Generator.Analyzers;
using NewsCorpus.Text;

namespace NewsCorpus.CodeFixes;

/// <summary>
/// The fixes of the analyzer's two diagnostics: NC0017 puts the nearest id in place of an id no article has, NC0018
/// puts the typed field in place of a lookup. Everything they need travels in the diagnostic's properties.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ArticleIdCodeFixProvider)), Shared]
public sealed class ArticleIdCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnknownArticleId, DiagnosticIds.IdHasTypedField);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (diagnostic.Id == DiagnosticIds.UnknownArticleId
                && diagnostic.Properties.TryGetValue(ArticleIdAnalyzer.NearestIdProperty, out var nearest) && nearest is not null
                && node is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Use the id '{nearest}'", token => Replace(context.Document, root, literal, IdLiteral(literal, nearest), token),
                        equivalenceKey: DiagnosticIds.UnknownArticleId),
                    diagnostic);
            }
            else if (diagnostic.Id == DiagnosticIds.IdHasTypedField
                && diagnostic.Properties.TryGetValue(ArticleIdAnalyzer.TypedNameProperty, out var typedName) && typedName is not null
                && diagnostic.Properties.TryGetValue(ArticleIdAnalyzer.CatalogProperty, out var catalog) && catalog is not null
                && node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is { } invocation
                && TypedField(invocation, catalog, typedName) is { } field)
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Use the typed field {typedName}", token => Replace(context.Document, root, invocation, field, token),
                        equivalenceKey: DiagnosticIds.IdHasTypedField),
                    diagnostic);
            }
        }
    }

    private static ExpressionSyntax IdLiteral(LiteralExpressionSyntax original, string id) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(id)).WithTriviaFrom(original);

    /// <summary>
    /// <c>Articles.HarbourStrike</c> for <c>Articles.Get("harbour-strike")</c>, keeping the way the call names the
    /// catalog; a call that does not name it (inside the class, or through <c>using static</c>) gets the full name,
    /// which the IDE then shortens as far as the file allows.
    /// </summary>
    private static ExpressionSyntax? TypedField(InvocationExpressionSyntax invocation, string catalog, string typedName)
    {
        ExpressionSyntax? field = invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => access.WithName(SyntaxFactory.IdentifierName(typedName)),
            IdentifierNameSyntax => SyntaxFactory.ParseExpression(catalog + "." + typedName).WithAdditionalAnnotations(Simplifier.Annotation),
            _ => null,
        };
        return field?.WithTriviaFrom(invocation);
    }

    private static Task<Document> Replace(Document document, SyntaxNode root, SyntaxNode old, SyntaxNode replacement, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(old, replacement)));
    }
}
