using System.Globalization;
using GradGen.Model;
using GradGen.Model.Body;
using Microsoft.CodeAnalysis;

namespace GradGen.Parsing.Body
{
    /// <summary>Maps C# types and constants onto the few a differentiated body may use.</summary>
    internal static class BodyTypes
    {
        public static BodyType? Of(ITypeSymbol? type) => type?.SpecialType switch
        {
            SpecialType.System_Double => BodyType.Double,
            SpecialType.System_Single => BodyType.Float,
            SpecialType.System_Int32 => BodyType.Int,
            SpecialType.System_Int64 => BodyType.Long,
            SpecialType.System_Boolean => BodyType.Bool,
            _ when GenericMath.IsScalar(type) => BodyType.Double,
            _ => null,
        };

        /// <summary>A constant written as C#: invariant culture, round-trip precision, typed by its suffix.</summary>
        public static string? Literal(object? value) => value switch
        {
            double d when double.IsNaN(d) => "global::System.Double.NaN",
            double d when double.IsPositiveInfinity(d) => "global::System.Double.PositiveInfinity",
            double d when double.IsNegativeInfinity(d) => "global::System.Double.NegativeInfinity",
            double d => NumberFormat.ForCode(d),
            float f when float.IsNaN(f) => "global::System.Single.NaN",
            float f when float.IsPositiveInfinity(f) => "global::System.Single.PositiveInfinity",
            float f when float.IsNegativeInfinity(f) => "global::System.Single.NegativeInfinity",
            float f => f.ToString("R", CultureInfo.InvariantCulture) + "f",
            int i => i.ToString(CultureInfo.InvariantCulture),
            long l => l.ToString(CultureInfo.InvariantCulture) + "L",
            bool b => b ? "true" : "false",
            _ => null,
        };
    }
}
