using System.Collections.Immutable;
using System.Linq;
using GradGen.Diagnostics;
using GradGen.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GradGen
{
    /// <summary>
    /// Reports every problem with a <c>[GradGen.Differentiable]</c> method. The editor offers code fixes only for
    /// diagnostics that an analyzer reports, not for those of a source generator, so the generator leaves these to
    /// this analyzer and only skips the methods it cannot generate for. Both use <see cref="MethodParser"/>.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DifferentiableAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = DiagnosticDescriptors.ById.Values
            .Where(descriptor => descriptor != DiagnosticDescriptors.InvalidDefaultStep)
            .ToImmutableArray();

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSyntaxNodeAction(static nodeContext => Analyze(nodeContext), SyntaxKind.MethodDeclaration);
            context.RegisterSyntaxNodeAction(static nodeContext => AnalyzeLocalFunction(nodeContext), SyntaxKind.LocalFunctionStatement);
        }

        /// <summary>
        /// GG0012: the generator looks at methods of types only, so a [Differentiable] local function (the natural first
        /// try in a top-level Program.cs) would get no derivatives and no word why. Only a function that has attributes
        /// is bound, so this costs nothing elsewhere.
        /// </summary>
        private static void AnalyzeLocalFunction(SyntaxNodeAnalysisContext context)
        {
            var syntax = (LocalFunctionStatementSyntax)context.Node;
            if (syntax.AttributeLists.Count == 0)
            {
                return;
            }

            foreach (var attribute in syntax.AttributeLists.SelectMany(list => list.Attributes))
            {
                if (context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is IMethodSymbol constructor
                    && KnownAttributes.IsDifferentiable(constructor.ContainingType))
                {
                    var diagnostics = new DiagnosticList();
                    diagnostics.Add(DiagnosticDescriptors.LocalFunction, syntax.Identifier.GetLocation(), syntax.Identifier.ValueText);
                    foreach (var info in diagnostics.ToEquatableArray())
                    {
                        context.ReportDiagnostic(DiagnosticReporter.ToDiagnostic(info, syntax.SyntaxTree));
                    }

                    return;
                }
            }
        }

        private static void Analyze(SyntaxNodeAnalysisContext context)
        {
            var syntax = (MethodDeclarationSyntax)context.Node;
            if (syntax.AttributeLists.Count == 0
                || context.SemanticModel.GetDeclaredSymbol(syntax, context.CancellationToken) is not { } method)
            {
                return;
            }

            var attribute = method.GetAttributes().FirstOrDefault(candidate =>
                KnownAttributes.IsDifferentiable(candidate.AttributeClass)
                && candidate.ApplicationSyntaxReference is { } reference
                && reference.SyntaxTree == syntax.SyntaxTree
                && syntax.Span.Contains(reference.Span));
            if (attribute is null)
            {
                return;
            }

            foreach (var info in MethodParser.Parse(method, syntax, attribute, context.SemanticModel, context.CancellationToken).Diagnostics)
            {
                context.ReportDiagnostic(DiagnosticReporter.ToDiagnostic(info, syntax.SyntaxTree));
            }
        }
    }
}
