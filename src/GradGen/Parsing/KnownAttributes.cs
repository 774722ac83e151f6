using Microsoft.CodeAnalysis;

namespace GradGen.Parsing
{
    /// <summary>
    /// Recognises GradGen's attributes by name, as <c>ForAttributeWithMetadataName</c> does, so that a second copy
    /// of the attributes (a duplicate reference) is still recognised and no type lookup is needed.
    /// </summary>
    internal static class KnownAttributes
    {
        public static bool IsDifferentiable(INamedTypeSymbol? attributeClass) => IsGradGen(attributeClass, "DifferentiableAttribute");

        public static bool IsNoDerivative(INamedTypeSymbol? attributeClass) => IsGradGen(attributeClass, "NoDerivativeAttribute");

        /// <summary>Whether the attribute is <c>[DerivativeOf]</c> (<see cref="CustomDerivatives.AttributeName"/>).</summary>
        public static bool IsDerivativeOf(INamedTypeSymbol? attributeClass) => IsGradGen(attributeClass, "DerivativeOfAttribute");

        public static bool IsOutput(INamedTypeSymbol? attributeClass) => IsGradGen(attributeClass, "OutputAttribute");

        private static bool IsGradGen(INamedTypeSymbol? attributeClass, string name) =>
            attributeClass is { ContainingType: null, ContainingNamespace: { Name: "GradGen", ContainingNamespace.IsGlobalNamespace: true } }
            && attributeClass.Name == name;
    }
}
