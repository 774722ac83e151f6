using GradGen.Diagnostics;
using GradGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GradGen.Parsing
{
    /// <summary>Reads <c>[Differentiable(Step = ...)]</c>; a step must be finite and positive.</summary>
    internal static class StepParser
    {
        public const string StepPropertyName = "Step";

        /// <summary>The default finite-difference step, as in the notebook GradGen comes from.</summary>
        public const double DefaultStep = 1e-4;

        /// <summary>The step the attribute sets, or <see langword="null"/> when it sets none.</summary>
        public static double? Parse(IMethodSymbol method, AttributeData attribute, DiagnosticList diagnostics)
        {
            foreach (var argument in attribute.NamedArguments)
            {
                // A look-alike attribute declared in source may give Step another type; an array's Value throws.
                if (argument.Key != StepPropertyName || argument.Value.Kind != TypedConstantKind.Primitive || argument.Value.Value is not double step)
                {
                    continue;
                }

                if (!IsValid(step))
                {
                    diagnostics.Add(
                        DiagnosticDescriptors.InvalidStep,
                        StepArgumentLocation(attribute) ?? method.Locations[0],
                        method.Name,
                        NumberFormat.ForMessage(step));
                }

                return step;
            }

            return null;
        }

        public static bool IsValid(double step) => !double.IsNaN(step) && !double.IsInfinity(step) && step > 0;

        private static Location? StepArgumentLocation(AttributeData attribute)
        {
            if (attribute.ApplicationSyntaxReference?.GetSyntax() is not AttributeSyntax { ArgumentList: { } arguments })
            {
                return null;
            }

            foreach (var argument in arguments.Arguments)
            {
                if (argument.NameEquals?.Name.Identifier.ValueText == StepPropertyName)
                {
                    return argument.GetLocation();
                }
            }

            return null;
        }
    }
}
