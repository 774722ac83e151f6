namespace GradGen.Model.Body
{
    /// <summary>
    /// The type of a value in a differentiated method body. Only <see cref="Double"/> and <see cref="Float"/> carry
    /// derivatives; integers and booleans flow through unchanged.
    /// </summary>
    internal enum BodyType
    {
        Double,
        Float,
        Int,
        Long,
        Bool,
    }

    internal static class BodyTypeExtensions
    {
        public static bool IsReal(this BodyType type) => type is BodyType.Double or BodyType.Float;

        public static string Keyword(this BodyType type) => type switch
        {
            BodyType.Double => "double",
            BodyType.Float => "float",
            BodyType.Int => "int",
            BodyType.Long => "long",
            BodyType.Bool => "bool",
            _ => throw new System.InvalidOperationException("Unknown type " + type),
        };

        /// <summary>The type of <c>a op b</c> for an arithmetic operator, by C#'s numeric promotion.</summary>
        public static BodyType Promote(BodyType left, BodyType right) =>
            left == BodyType.Double || right == BodyType.Double ? BodyType.Double
            : left == BodyType.Float || right == BodyType.Float ? BodyType.Float
            : left == BodyType.Long || right == BodyType.Long ? BodyType.Long
            : BodyType.Int;
    }
}
