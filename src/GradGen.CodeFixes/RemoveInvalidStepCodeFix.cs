using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using GradGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace GradGen.CodeFixes
{
    /// <summary>GG0006: removes the invalid <c>Step = ...</c>, so the project's or GradGen's default step applies.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveInvalidStepCodeFix)), Shared]
    public sealed class RemoveInvalidStepCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.InvalidStep);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root?.FindNode(context.Span).FirstAncestorOrSelf<AttributeArgumentSyntax>() is not
                {
                    NameEquals.Name.Identifier.ValueText: nameof(DifferentiableAttribute.Step),
                    Parent: AttributeArgumentListSyntax { Parent: AttributeSyntax attribute } arguments,
                } argument)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Remove the invalid " + nameof(DifferentiableAttribute.Step),
                        cancellationToken => RemoveAsync(context.Document, attribute, arguments, argument, cancellationToken),
                        equivalenceKey: nameof(RemoveInvalidStepCodeFix)),
                    diagnostic);
            }
        }

        private static async Task<Document> RemoveAsync(
            Document document, AttributeSyntax attribute, AttributeArgumentListSyntax arguments, AttributeArgumentSyntax argument, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            if (arguments.Arguments.Count == 1)
            {
                // [Differentiable(Step = 0)] becomes [Differentiable], not [Differentiable()].
                editor.ReplaceNode(attribute, attribute.WithArgumentList(null).WithTriviaFrom(attribute));
            }
            else
            {
                editor.RemoveNode(argument);
            }

            return editor.GetChangedDocument();
        }
    }
}
