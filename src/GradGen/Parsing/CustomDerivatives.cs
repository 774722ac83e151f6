using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace GradGen.Parsing
{
    /// <summary>
    /// Finds and checks [DerivativeOf] methods: for a target <c>R F(P1 p1, ...)</c>, the custom derivative is
    /// <c>(R value, R dp1, ...) D(P1 p1, ...)</c> in the same type, static when the target is, with one partial
    /// derivative per double or float parameter.
    /// </summary>
    internal static class CustomDerivatives
    {
        public const string AttributeName = "GradGen.DerivativeOfAttribute";

        /// <summary>
        /// The [DerivativeOf] methods of each type by the name they target, found once per type and compilation: a
        /// body asks for the custom derivative of each method it calls, and scanning every member's attributes of
        /// the callee's type for each call made the cost grow with calls times members (issue 17). Symbols live
        /// as long as their compilation, and so does this index.
        /// </summary>
        private static readonly ConditionalWeakTable<INamedTypeSymbol, Dictionary<string, IMethodSymbol[]>> ByType = new();

        /// <summary>The name given to <c>[DerivativeOf(...)]</c> on <paramref name="method"/>, or null.</summary>
        public static string? TargetName(IMethodSymbol method)
        {
            foreach (var attribute in method.GetAttributes())
            {
                if (KnownAttributes.IsDerivativeOf(attribute.AttributeClass) && attribute.ConstructorArguments.Length == 1)
                {
                    return attribute.ConstructorArguments[0].Value as string;
                }
            }

            return null;
        }

        /// <summary>The custom derivative declared for <paramref name="target"/>, or null.</summary>
        public static IMethodSymbol? Find(IMethodSymbol target) =>
            target.ContainingType is { } type && DerivativesOf(type).TryGetValue(target.Name, out var candidates)
                ? candidates.FirstOrDefault(candidate => Matches(target, candidate))
                : null;

        private static Dictionary<string, IMethodSymbol[]> DerivativesOf(INamedTypeSymbol type) =>
            ByType.GetValue(type, static type => type.GetMembers()
                .OfType<IMethodSymbol>()
                .Select(candidate => (Candidate: candidate, Target: TargetName(candidate)))
                .Where(pair => pair.Target is not null)
                .GroupBy(pair => pair.Target!, System.StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Select(pair => pair.Candidate).ToArray(), System.StringComparer.Ordinal));

        /// <summary>Whether <paramref name="derivative"/> has the signature a custom derivative of <paramref name="target"/> must have.</summary>
        public static bool Matches(IMethodSymbol target, IMethodSymbol derivative)
        {
            if (!IsReal(target.ReturnType) || target.IsGenericMethod || derivative.IsGenericMethod || derivative.IsStatic != target.IsStatic
                || derivative.Parameters.Length != target.Parameters.Length
                || derivative.ReturnType is not INamedTypeSymbol { IsTupleType: true } tuple)
            {
                return false;
            }

            for (var i = 0; i < target.Parameters.Length; i++)
            {
                if (!SymbolEqualityComparer.Default.Equals(derivative.Parameters[i].Type, target.Parameters[i].Type)
                    || derivative.Parameters[i].RefKind != RefKind.None || target.Parameters[i].RefKind != RefKind.None
                    || Body.BodyTypes.Of(target.Parameters[i].Type) is null)
                {
                    return false;
                }
            }

            var elements = tuple.TupleElements;
            return elements.Length == 1 + target.Parameters.Count(p => IsReal(p.Type))
                && elements.All(e => SymbolEqualityComparer.Default.Equals(e.Type, target.ReturnType));
        }

        /// <summary>The signature a custom derivative of <paramref name="target"/> named <paramref name="name"/> must have, as C#.</summary>
        public static string ExpectedSignature(IMethodSymbol target, string name)
        {
            var result = TypeNames.ForSignature(target.ReturnType);
            var elements = new List<string> { result + " value" };
            elements.AddRange(target.Parameters.Where(p => IsReal(p.Type)).Select(p => result + " d" + p.Name));
            var parameters = target.Parameters.Select(p => TypeNames.ForSignature(p.Type) + " " + p.Name);
            return (target.IsStatic ? "static " : string.Empty) + "(" + string.Join(", ", elements) + ") " + name + "(" + string.Join(", ", parameters) + ")";
        }

        public static bool IsReal(ITypeSymbol type) => type.SpecialType is SpecialType.System_Double or SpecialType.System_Single;
    }
}
