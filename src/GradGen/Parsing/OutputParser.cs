using System.Linq;
using GradGen.Diagnostics;
using GradGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GradGen.Parsing
{
    /// <summary>
    /// Recognises the return types of vector-valued methods (issue 13): a <c>double[]</c> or <c>float[]</c>, or a
    /// <c>ValueTuple</c> of 2 to 7 <c>double</c>/<c>float</c> elements.
    /// </summary>
    internal static class OutputParser
    {
        public const int LargestTuple = 7;

        /// <summary>Whether the method is vector-valued: it returns an array or a tuple of reals, or is <c>void</c> with an [Output] array.</summary>
        public static bool IsVectorValued(IMethodSymbol method) =>
            method.ReturnsVoid
                ? method.Parameters.Any(ParameterParser.IsOutput)
                : ParameterParser.ScalarKindOf(method.ReturnType) is null && (Parse(method.ReturnType) is not null || Structs.StructLayouts.IsCandidate(method.ReturnType));

        /// <summary>The outputs <paramref name="returnType"/> gives, or null where it is none of the vector types.</summary>
        public static OutputModel? Parse(ITypeSymbol returnType)
        {
            if (returnType is IArrayTypeSymbol { Rank: 1 } array && ParameterParser.ScalarKindOf(array.ElementType) is { } element)
            {
                return new OutputModel(OutputShape.Array, element, EquatableArray<TupleElementModel>.Empty, TypeNames.ForCode(returnType));
            }

            if (returnType is INamedTypeSymbol { IsTupleType: true } tuple
                && tuple.TupleElements.Length is >= 2 and <= LargestTuple
                && tuple.TupleElements.All(e => ParameterParser.ScalarKindOf(e.Type) is not null))
            {
                var elements = tuple.TupleElements
                    .Select(e => new TupleElementModel(e.IsExplicitlyNamedTupleElement ? e.Name : null, ParameterParser.ScalarKindOf(e.Type)!.Value))
                    .ToEquatableArray();
                var kind = elements.All(e => e.Kind == ScalarKind.Float) ? ScalarKind.Float : ScalarKind.Double;
                return new OutputModel(OutputShape.Tuple, kind, elements, TypeNames.ForCode(returnType));
            }

            return null;
        }

        /// <summary>
        /// The outputs of a method with an [Output] parameter, or null where it has none; reports an [Output] on
        /// anything but a by-value <c>double[]</c> or <c>float[]</c> (GG0021), on a method that returns a value (GG0022),
        /// more than one (GG0023), and any use of the array other than writing its elements or reading its length (GG0024).
        /// </summary>
        public static OutputModel? ParseParameter(IMethodSymbol method, MethodDeclarationSyntax syntax, DiagnosticList diagnostics)
        {
            var marked = method.Parameters.Where(ParameterParser.IsOutput).ToList();
            if (marked.Count == 0)
            {
                return null;
            }

            OutputModel? output = null;
            foreach (var parameter in marked)
            {
                var location = parameter.Locations.FirstOrDefault();
                if (parameter.RefKind != RefKind.None || parameter.Type is not IArrayTypeSymbol { Rank: 1 } array || ParameterParser.ScalarKindOf(array.ElementType) is not { } element)
                {
                    diagnostics.Add(DiagnosticDescriptors.InvalidOutputParameter, location, method.Name, parameter.Name, (parameter.RefKind == RefKind.None ? string.Empty : parameter.RefKind.ToString().ToLowerInvariant() + " ") + TypeNames.ForSignature(parameter.Type));
                    continue;
                }

                if (output is not null)
                {
                    diagnostics.Add(DiagnosticDescriptors.SeveralOutputParameters, location, method.Name, method.Parameters[output.Parameter].Name, parameter.Name);
                    continue;
                }

                output = new OutputModel(OutputShape.Parameter, element, EquatableArray<TupleElementModel>.Empty, TypeNames.ForCode(parameter.Type), parameter.Ordinal);
                ReportReads(method, parameter, syntax, diagnostics);
            }

            if (output is not null && !method.ReturnsVoid)
            {
                diagnostics.Add(DiagnosticDescriptors.OutputParameterOfMethodWithResult, syntax.ReturnType.GetLocation(), method.Name, TypeNames.ForSignature(method.ReturnType), method.Parameters[output.Parameter].Name);
            }

            return output;
        }

        /// <summary>GG0024 at each use of the [Output] array other than <c>du[i] = value</c> and <c>du.Length</c>.</summary>
        private static void ReportReads(IMethodSymbol method, IParameterSymbol parameter, MethodDeclarationSyntax syntax, DiagnosticList diagnostics)
        {
            SyntaxNode? code = (SyntaxNode?)syntax.Body ?? syntax.ExpressionBody;
            if (code is null)
            {
                return;
            }

            foreach (var identifier in code.DescendantNodes().OfType<IdentifierNameSyntax>().Where(i => i.Identifier.ValueText == parameter.Name))
            {
                var written = identifier.Parent is ElementAccessExpressionSyntax { Parent: AssignmentExpressionSyntax assignment } access
                    && access.Expression == identifier && assignment.Left == access && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression);
                var length = identifier.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Length" } member && member.Expression == identifier;
                if (!written && !length)
                {
                    var use = identifier.Parent is ElementAccessExpressionSyntax { Parent: { } around } ? around : identifier.Ancestors().OfType<ExpressionSyntax>().FirstOrDefault() ?? identifier.Parent!;
                    diagnostics.Add(DiagnosticDescriptors.OutputParameterRead, identifier.GetLocation(), method.Name, parameter.Name, use.ToString());
                }
            }
        }
    }
}
