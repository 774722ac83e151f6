using GradGen.Model;
using Microsoft.CodeAnalysis;

namespace GradGen.Parsing
{
    /// <summary>
    /// The array types GradGen follows, by their element type, rank and layout: <c>T[]</c>, <c>T[,]</c> ...,
    /// <c>T[][]</c>, <c>ReadOnlySpan&lt;T&gt;</c> and <c>Span&lt;T&gt;</c> (issue 14), for the element types of a body.
    /// </summary>
    internal static class ArrayShapes
    {
        /// <summary>The element type, rank and layout of an array type GradGen follows; null for any other type (scalars included).</summary>
        public static (ITypeSymbol Element, int Rank, ArrayLayout Layout)? Of(ITypeSymbol type) => type switch
        {
            IArrayTypeSymbol { Rank: 1, ElementType: IArrayTypeSymbol { Rank: 1, ElementType: var element } } when element is not IArrayTypeSymbol => (element, 2, ArrayLayout.Jagged),
            IArrayTypeSymbol { ElementType: var element } array when element is not IArrayTypeSymbol => (element, array.Rank, ArrayLayout.Rectangular),
            INamedTypeSymbol { IsRefLikeType: true, Arity: 1, Name: "Span" or "ReadOnlySpan" } span when IsSystem(span.ContainingNamespace) =>
                (span.TypeArguments[0], 1, span.Name == "Span" ? ArrayLayout.Span : ArrayLayout.ReadOnlySpan),
            _ => null,
        };

        private static bool IsSystem(INamespaceSymbol? symbol) =>
            symbol is { Name: "System", ContainingNamespace.IsGlobalNamespace: true };
    }
}
