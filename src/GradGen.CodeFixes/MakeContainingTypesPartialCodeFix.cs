using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GradGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace GradGen.CodeFixes
{
    /// <summary>GG0001: adds <c>partial</c> to every type around the method that lacks it.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeContainingTypesPartialCodeFix)), Shared]
    public sealed class MakeContainingTypesPartialCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ContainingTypeNotPartial);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var method = root?.FindNode(context.Span).FirstAncestorOrSelf<MethodDeclarationSyntax>();
            if (method is null || !method.Ancestors().OfType<TypeDeclarationSyntax>().Any(IsNotPartial))
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Make the containing types partial",
                        cancellationToken => MakePartialAsync(context.Document, method, cancellationToken),
                        equivalenceKey: nameof(MakeContainingTypesPartialCodeFix)),
                    diagnostic);
            }
        }

        private static async Task<Document> MakePartialAsync(Document document, MethodDeclarationSyntax method, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            foreach (var type in method.Ancestors().OfType<TypeDeclarationSyntax>().Where(IsNotPartial))
            {
                // The generator puts partial where C# requires it: last, just before the type keyword.
                editor.SetModifiers(type, editor.Generator.GetModifiers(type).WithPartial(true));
            }

            return editor.GetChangedDocument();
        }

        private static bool IsNotPartial(TypeDeclarationSyntax type) => !type.Modifiers.Any(SyntaxKind.PartialKeyword);
    }
}
