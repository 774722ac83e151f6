using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GradGen.Parsing
{
    /// <summary>
    /// A parameter's default value as C# for the generated methods that take the parameter: written from the constant
    /// itself, not from the source text, which may name constants through the user file's usings.
    /// </summary>
    internal static class DefaultValues
    {
        /// <summary>The literal, or <see langword="null"/> where the parameter has no default value.</summary>
        public static string? CodeOf(IParameterSymbol parameter)
        {
            if (!parameter.HasExplicitDefaultValue)
            {
                return null;
            }

            var type = parameter.Type;
            var value = parameter.ExplicitDefaultValue;
            if (value is null)
            {
                return type.IsReferenceType || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
                    ? "null"
                    : "default(" + TypeNames.ForCode(type) + ")";
            }

            if (type.TypeKind == TypeKind.Enum)
            {
                return "(" + TypeNames.ForCode(type) + ")(" + SymbolDisplay.FormatPrimitive(value, quoteStrings: false, useHexadecimalNumbers: false) + ")";
            }

            return value switch
            {
                double number => Double(number),
                float number => Single(number),
                decimal number => number.ToString(CultureInfo.InvariantCulture) + "m",
                long number => number.ToString(CultureInfo.InvariantCulture) + "L",
                ulong number => number.ToString(CultureInfo.InvariantCulture) + "UL",
                uint number => number.ToString(CultureInfo.InvariantCulture) + "U",
                _ => SymbolDisplay.FormatPrimitive(value, quoteStrings: true, useHexadecimalNumbers: false),
            };
        }

        private static string Double(double value) =>
            double.IsNaN(value) ? "double.NaN"
            : double.IsPositiveInfinity(value) ? "double.PositiveInfinity"
            : double.IsNegativeInfinity(value) ? "double.NegativeInfinity"
            : Model.NumberFormat.ForCode(value);

        private static string Single(float value)
        {
            if (float.IsNaN(value))
            {
                return "float.NaN";
            }

            if (float.IsInfinity(value))
            {
                return value > 0 ? "float.PositiveInfinity" : "float.NegativeInfinity";
            }

            var text = value.ToString("R", CultureInfo.InvariantCulture);
            return (float.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture).Equals(value) ? text : value.ToString("G9", CultureInfo.InvariantCulture)) + "f";
        }
    }
}
