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
            var declaration = Declaration.Of(method, syntax, attribute);
            if (!declaration.GeneratesDerivatives)
            {
                return new ParseResult(null, declaration.Diagnostics.ToEquatableArray());
            }

            var warnings = new DiagnosticList();
            var helpers = new HelperParser(method, semanticModel, declaration.Namespace, declaration.ContainingTypes, cancellationToken);
            var exactBody = BodyParser.WantsNumericGradient(attribute)
                ? null
                : BodyParser.Parse(method, syntax, semanticModel, warnings, helpers, cancellationToken);
            var helperModels = exactBody is null ? EquatableArray<MethodModel>.Empty : helpers.Helpers;
            if (WantsHessian(attribute))
            {
                WarnWhereTheHessianIsNumeric(method, syntax, attribute, exactBody, helperModels, warnings);
            }

            var model = new MethodModel(
                declaration.Namespace,
                declaration.ContainingTypes,
                declaration.Structs is null ? method.Name : StructAdapterModel.FlatName(method.Name, declaration.HintName),
                declaration.Structs is null ? AccessibilityText(method.DeclaredAccessibility) : "private",
                method.IsStatic,
                declaration.ReturnKind!.Value,
                declaration.Parameters,
                declaration.Step,
                declaration.HintName,
                exactBody,
                BodyParser.NumericSchemeOf(attribute),
                WantsHessian(attribute) && declaration.Output is null,
                declaration.StepFromAttributeOnly,
                declaration.Output,
                helperModels,
                Structs: declaration.Structs,
                GenericMath: declaration.GenericMath);
            return new ParseResult(model, warnings.ToEquatableArray());
        }

        /// <summary>
        /// GG0102 where the gradient falls back (GG0100 names the construct), GG0101 where a custom derivative is called:
        /// the Hessian members are then differences of the gradient. A gradient the attribute asks to be numeric is
        /// the user's choice and gives no warning.
        /// </summary>
        /// <remarks>A helper that calls a custom derivative makes the Hessian a difference as much as the method's own call would: GG0101 names it.</remarks>
        private static void WarnWhereTheHessianIsNumeric(IMethodSymbol method, MethodDeclarationSyntax syntax, AttributeData attribute, Model.Body.ExactBody? exactBody, EquatableArray<MethodModel> helpers, DiagnosticList warnings)
        {
            if (exactBody is null && !BodyParser.WantsNumericGradient(attribute) && warnings.ArgumentOf(DiagnosticDescriptors.NotExactlyDifferentiable.Id, 1) is { } construct)
            {
                warnings.Add(DiagnosticDescriptors.HessianOfFallback, syntax.Identifier.GetLocation(), method.Name, construct);
            }

            if (exactBody is not null && helpers.Select(helper => helper.ExactBody!).Prepend(exactBody).SelectMany(Model.Body.BodyCalls.CustomDerivativeCallees).FirstOrDefault() is { } callee)
            {
                warnings.Add(DiagnosticDescriptors.HessianThroughCustomDerivative, syntax.Identifier.GetLocation(), method.Name, callee);
            }
        }

        /// <summary>Whether the attribute sets <c>Hessian = true</c>.</summary>
        public static bool WantsHessian(AttributeData attribute) =>
            attribute.NamedArguments.Any(argument => argument.Key == "Hessian" && argument.Value.Value is true);

        /// <summary>The compiler already reports a malformed attribute; GradGen stays quiet and generates nothing.</summary>
        private static bool HasErrors(AttributeData attribute) =>
            attribute.AttributeConstructor is null
            || attribute.NamedArguments.Any(argument => argument.Value.Kind == TypedConstantKind.Error);

        public static string AccessibilityText(Accessibility accessibility) => accessibility switch
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
