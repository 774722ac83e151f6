using System.Linq;
using GradGen.Model;
using Microsoft.CodeAnalysis;

namespace GradGen.Parsing
{
    /// <summary>
    /// Recognises the return types of vector-valued methods (issue 13): a <c>double[]</c> or <c>float[]</c>, or a
    /// <c>ValueTuple</c> of 2 to 7 <c>double</c>/<c>float</c> elements.
    /// </summary>
    internal static class OutputParser
    {
        public const int LargestTuple = 7;

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
    }
}
