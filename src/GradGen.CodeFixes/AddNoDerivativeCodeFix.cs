using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using GradGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace GradGen.CodeFixes
{
    /// <summary>GG0003 and GG0004: marks the parameter <c>[NoDerivative]</c>, so it is passed through untouched.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddNoDerivativeCodeFix)), Shared]
    public sealed class AddNoDerivativeCodeFix : CodeFixProvider
    {
        private static readonly string AttributeName = nameof(NoDerivativeAttribute).Substring(0, nameof(NoDerivativeAttribute).Length - "Attribute".Length);

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(DiagnosticIds.UnsupportedParameterType, DiagnosticIds.ByReferenceParameter);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var parameter = root?.FindNode(context.Span).FirstAncestorOrSelf<ParameterSyntax>();
            if (parameter is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Mark '" + parameter.Identifier.ValueText + "' [" + AttributeName + "]",
                        cancellationToken => AddAttributeAsync(context.Document, parameter, cancellationToken),
                        equivalenceKey: nameof(AddNoDerivativeCodeFix)),
                    diagnostic);
            }
        }

        private static async Task<Document> AddAttributeAsync(Document document, ParameterSyntax parameter, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);

            // Written in full and left to the simplifier, which shortens it to NoDerivative where GradGen is imported.
            var name = SyntaxFactory.ParseName("global::" + nameof(GradGen) + "." + AttributeName)
                .WithAdditionalAnnotations(Simplifier.Annotation);
            editor.AddAttribute(parameter, editor.Generator.Attribute(name));
            return editor.GetChangedDocument();
        }
    }
}
