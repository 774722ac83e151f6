using System.Collections.Generic;
using System.Linq;
using GradGen.Diagnostics;
using GradGen.Model;
using Microsoft.CodeAnalysis;

namespace GradGen.Parsing
{
    /// <summary>Classifies each parameter as differentiable (double, float, arrays of them) or passed through.</summary>
    internal static class ParameterParser
    {
        /// <param name="rejected">Receives, for each parameter reported, what is wrong with it in a few words.</param>
        public static EquatableArray<ParameterModel> Parse(IMethodSymbol method, DiagnosticList diagnostics, List<string> rejected)
        {
            var parameters = new List<ParameterModel>(method.Parameters.Length);
            foreach (var parameter in method.Parameters)
            {
                var isOutput = IsOutput(parameter);
                var shape = IsNoDerivative(parameter) || isOutput ? null : Classify(method, parameter, diagnostics, rejected);
                parameters.Add(new ParameterModel(
                    parameter.Name,
                    TypeNames.ForCode(parameter.Type),
                    TypeNames.ForCref(parameter.Type),
                    DeclarationModifier(parameter),
                    ArgumentModifier(parameter.RefKind),
                    shape,
                    DefaultValues.CodeOf(parameter),
                    isOutput,
                    Memory: shape is null ? MemoryOf(parameter.Type) : null));
            }

            return parameters.ToEquatableArray();
        }

        /// <summary>The shape of a parameter that has no [NoDerivative]; reports why it cannot be differentiated.</summary>
        private static DifferentiableShape? Classify(IMethodSymbol method, IParameterSymbol parameter, DiagnosticList diagnostics, List<string> rejected)
        {
            var location = parameter.Locations.Length > 0 ? parameter.Locations[0] : null;
            if (Structs.StructLayouts.StructOf(parameter.Type) is not null)
            {
                // Flattened into its leaves, or reported, by StructMethods (issue 19).
                return null;
            }

            if (parameter.RefKind != RefKind.None)
            {
                var modifier = ArgumentModifier(parameter.RefKind).Trim();
                diagnostics.Add(DiagnosticDescriptors.ByReferenceParameter, location, method.Name, parameter.Name, modifier);
                rejected.Add("'" + parameter.Name + "' is passed by '" + modifier + "'");
                return null;
            }

            var shape = ShapeOf(parameter.Type);
            if (shape is null && parameter.Type.TypeKind != TypeKind.Error)
            {
                var type = TypeNames.ForSignature(parameter.Type);
                diagnostics.Add(DiagnosticDescriptors.UnsupportedParameterType, location, method.Name, parameter.Name, type);
                rejected.Add("'" + parameter.Name + "' has type '" + type + "'");
            }

            return shape;
        }

        /// <summary>
        /// The shape of an array or span of <c>double</c> or <c>float</c> (or of a generic-math <c>T</c>, which the
        /// members compute in as they would in <c>double</c>), which a generated method's destination could be: null
        /// for any other type.
        /// </summary>
        private static DifferentiableShape? MemoryOf(ITypeSymbol type) =>
            ArrayShapes.Of(type) is { } array && ScalarKindOf(array.Element) is { } element ? new DifferentiableShape(element, array.Rank, array.Layout) : null;

        /// <summary>Whether GradGen differentiates with respect to this parameter.</summary>
        public static bool IsDifferentiable(IParameterSymbol parameter) =>
            parameter.RefKind == RefKind.None && !IsNoDerivative(parameter) && !IsOutput(parameter) && ShapeOf(parameter.Type) is not null;

        public static DifferentiableShape? ShapeOf(ITypeSymbol type) => ArrayShapes.Of(type) is { } array
            ? ScalarKindOf(array.Element) is { } element ? new DifferentiableShape(element, array.Rank, array.Layout) : null
            : ScalarKindOf(type) is { } scalar ? new DifferentiableShape(scalar, 0) : null;

        public static ScalarKind? ScalarKindOf(ITypeSymbol type) => type.SpecialType switch
        {
            SpecialType.System_Double => ScalarKind.Double,
            SpecialType.System_Single => ScalarKind.Float,
            _ when GenericMath.IsScalar(type) => ScalarKind.Double,
            _ => null,
        };

        /// <summary>Whether the parameter is marked [Output]: the array a vector-valued <c>void</c> method writes its outputs into.</summary>
        public static bool IsOutput(IParameterSymbol parameter) => parameter.GetAttributes().Any(attribute => KnownAttributes.IsOutput(attribute.AttributeClass));

        private static bool IsNoDerivative(IParameterSymbol parameter)
        {
            foreach (var attribute in parameter.GetAttributes())
            {
                if (KnownAttributes.IsNoDerivative(attribute.AttributeClass))
                {
                    return true;
                }
            }

            return false;
        }

        private static string DeclarationModifier(IParameterSymbol parameter) =>
            (parameter.IsThis ? "this " : string.Empty)
            + (parameter.RefKind == RefKind.RefReadOnlyParameter ? "ref readonly " : ArgumentModifier(parameter.RefKind));

        private static string ArgumentModifier(RefKind refKind) => refKind switch
        {
            RefKind.Ref => "ref ",
            RefKind.Out => "out ",
            RefKind.In or RefKind.RefReadOnlyParameter => "in ",
            _ => string.Empty,
        };
    }
}
