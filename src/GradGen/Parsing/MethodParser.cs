using System.Collections.Generic;
using System.Linq;
using System.Threading;
using GradGen.Diagnostics;
using GradGen.Model;
using GradGen.Parsing.Body;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GradGen.Parsing
{
    /// <summary>
    /// Turns one [Differentiable] method into a value-equatable <see cref="MethodModel"/> and diagnostics. Nothing
    /// after this step sees a symbol or a syntax node.
    /// </summary>
    internal static class MethodParser
    {
        private static readonly ParseResult Nothing = new(null, EquatableArray<DiagnosticInfo>.Empty);

        public static ParseResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken) =>
            context.TargetSymbol is IMethodSymbol method
            && context.TargetNode is MethodDeclarationSyntax syntax
            && context.Attributes.FirstOrDefault() is { } attribute
                ? Parse(method, syntax, attribute, context.SemanticModel, cancellationToken)
                : Nothing;

        /// <summary>
        /// Parses one method marked with <paramref name="attribute"/>. The generator and
        /// <see cref="DifferentiableAnalyzer"/> both call this, so that they agree on what is an error.
        /// </summary>
        public static ParseResult Parse(IMethodSymbol method, MethodDeclarationSyntax syntax, AttributeData attribute, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            if (HasErrors(attribute))
            {
                return Nothing;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var diagnostics = new DiagnosticList();
            var containingTypes = ContainingTypeParser.Parse(syntax, diagnostics);

            if (method.IsGenericMethod)
            {
                diagnostics.Add(DiagnosticDescriptors.GenericMethod, syntax.TypeParameterList?.GetLocation() ?? syntax.Identifier.GetLocation(), method.Name);
            }

            var returnKind = ParameterParser.ScalarKindOf(method.ReturnType);
            if (returnKind is null && method.ReturnType.TypeKind != TypeKind.Error)
            {
                diagnostics.Add(DiagnosticDescriptors.UnsupportedReturnType, syntax.ReturnType.GetLocation(), method.Name, TypeNames.ForSignature(method.ReturnType));
            }

            var parameterProblems = new DiagnosticList();
            var rejected = new List<string>();
            var parameters = ParameterParser.Parse(method, parameterProblems, rejected);
            if (!parameters.Any(parameter => parameter.IsDifferentiable) && !method.Parameters.Any(p => p.Type.TypeKind == TypeKind.Error))
            {
                // One error that says what is supported: marking a rejected parameter [NoDerivative] (GG0003's fix)
                // would leave nothing to differentiate.
                diagnostics.Add(DiagnosticDescriptors.NoDifferentiableParameter, syntax.Identifier.GetLocation(), method.Name, Rejections(rejected));
            }
            else
            {
                diagnostics.AddRange(parameterProblems);
            }

            var step = StepParser.Parse(method, attribute, diagnostics);
            cancellationToken.ThrowIfCancellationRequested();
            var @namespace = method.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : string.Empty;
            var hintName = HintNames.For(method, @namespace, containingTypes.Select(type => type.FileNamePart));
            CollisionChecker.Check(method, attribute, hintName, parameters, diagnostics);

            if (diagnostics.HasErrors || returnKind is null || HasErrorTypes(method))
            {
                return new ParseResult(null, diagnostics.ToEquatableArray());
            }

            var warnings = new DiagnosticList();
            var exactBody = BodyParser.WantsNumericGradient(attribute)
                ? null
                : BodyParser.Parse(method, syntax, semanticModel, warnings, cancellationToken);
            var model = new MethodModel(
                @namespace,
                containingTypes,
                method.Name,
                AccessibilityText(method.DeclaredAccessibility),
                method.IsStatic,
                returnKind.Value,
                parameters,
                step,
                hintName,
                exactBody);
            return new ParseResult(model, warnings.ToEquatableArray());
        }

        /// <summary>" (parameter 'p' has type 'Vec2[]')", or nothing when no parameter was rejected.</summary>
        private static string Rejections(List<string> rejected) => rejected.Count switch
        {
            0 => string.Empty,
            1 => " (parameter " + rejected[0] + ")",
            _ => " (parameters " + string.Join(", ", rejected.Take(rejected.Count - 1)) + " and " + rejected[rejected.Count - 1] + ")",
        };

        /// <summary>The compiler already reports a malformed attribute; GradGen stays quiet and generates nothing.</summary>
        private static bool HasErrors(AttributeData attribute) =>
            attribute.AttributeConstructor is null
            || attribute.NamedArguments.Any(argument => argument.Value.Kind == TypedConstantKind.Error);

        /// <summary>
        /// Code the compiler rejects anyway (an unknown type, two parameters of one name): nothing is generated, so the
        /// user sees the compiler's error alone.
        /// </summary>
        private static bool HasErrorTypes(IMethodSymbol method) =>
            method.ReturnType.TypeKind == TypeKind.Error
            || method.Parameters.Any(p => p.Type.TypeKind == TypeKind.Error)
            || method.Parameters.Select(p => p.Name).Distinct().Count() != method.Parameters.Length;

        private static string AccessibilityText(Accessibility accessibility) => accessibility switch
        {
            Accessibility.Public => "public",
            Accessibility.Internal => "internal",
            Accessibility.Protected => "protected",
            Accessibility.ProtectedOrInternal => "protected internal",
            Accessibility.ProtectedAndInternal => "private protected",
            _ => "private",
        };
    }
}
