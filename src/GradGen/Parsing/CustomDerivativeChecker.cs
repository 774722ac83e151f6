using System.Linq;
using GradGen.Diagnostics;
using GradGen.Model;
using Microsoft.CodeAnalysis;

namespace GradGen.Parsing
{
    /// <summary>
    /// Checks each [DerivativeOf] method against the method it names (GG0011), saying which signature was expected:
    /// a custom derivative that does not match would otherwise be ignored without a word.
    /// </summary>
    internal static class CustomDerivativeChecker
    {
        public static EquatableArray<DiagnosticInfo> Check(GeneratorAttributeSyntaxContext context)
        {
            if (context.TargetSymbol is not IMethodSymbol derivative || CustomDerivatives.TargetName(derivative) is not { } targetName)
            {
                return EquatableArray<DiagnosticInfo>.Empty;
            }

            var candidates = derivative.ContainingType.GetMembers(targetName).OfType<IMethodSymbol>().ToList();
            if (candidates.Any(candidate => CustomDerivatives.Matches(candidate, derivative)))
            {
                return EquatableArray<DiagnosticInfo>.Empty;
            }

            var target = candidates.FirstOrDefault(c => c.Parameters.Length == derivative.Parameters.Length) ?? candidates.FirstOrDefault();
            var problem = target switch
            {
                null => "'" + derivative.ContainingType.Name + "' has no method named '" + targetName + "'; declare the custom derivative in the type of the method it differentiates",
                _ when !CustomDerivatives.IsReal(target.ReturnType) => "'" + targetName + "' returns '" + TypeNames.ForSignature(target.ReturnType) + "', but only methods returning double or float have derivatives",
                _ when target.IsGenericMethod || target.Parameters.Any(p => p.RefKind != RefKind.None || Body.BodyTypes.Of(p.Type) is null)
                    => "'" + targetName + "' has parameters other than by-value double, float, int, long and bool, which custom derivatives do not support",
                _ => "expected the signature '" + CustomDerivatives.ExpectedSignature(target, derivative.Name) + "': the same parameters, and the value then one partial derivative per double or float parameter",
            };
            var diagnostics = new DiagnosticList();
            diagnostics.Add(DiagnosticDescriptors.CustomDerivativeMismatch, derivative.Locations.FirstOrDefault(), derivative.Name, targetName, problem);
            return diagnostics.ToEquatableArray();
        }
    }
}
