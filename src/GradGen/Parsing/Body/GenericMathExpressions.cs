using System;
using System.Linq;
using GradGen.Model;
using GradGen.Model.Body;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GradGen.Parsing.Body
{
    /// <summary>
    /// The constants and conversions of a generic-math body (issue 14, item 6), read as the double method's:
    /// <c>T.Zero</c>, <c>T.One</c>, <c>T.Pi</c>, <c>T.E</c> are the double constants, and
    /// <c>T.CreateChecked(v)</c> (<c>CreateTruncating</c>, <c>CreateSaturating</c>) of a constant, an integer or a
    /// floating-point value is the conversion <c>(double)v</c>. The emitted members write them back in <c>T</c>
    /// (<see cref="Emitting.GenericMathLifting"/>).
    /// </summary>
    internal static class GenericMathExpressions
    {
        /// <summary><c>T.Zero</c>, <c>T.One</c>, <c>T.Pi</c>, <c>T.E</c> as double literals; null for any other member.</summary>
        public static BodyExpression? Constant(ISymbol? symbol) =>
            symbol is IPropertySymbol property && GenericMath.IsScalarMember(property)
                ? property.Name switch
                {
                    "Zero" => Literal(0.0),
                    "One" => Literal(1.0),
                    "Pi" => Literal(Math.PI),
                    "E" => Literal(Math.E),
                    _ => null,
                }
                : null;

        /// <summary>
        /// <c>T.CreateChecked(v)</c> and its truncating and saturating forms, read as <c>(double)v</c> (a literal for a
        /// constant <c>v</c>); null where <paramref name="method"/> is no such conversion. A value of another type
        /// than <c>T</c>, double, float, int or long is GG0100.
        /// </summary>
        public static BodyExpression? Conversion(IMethodSymbol method, InvocationExpressionSyntax invocation, BodyScope scope, Func<ExpressionSyntax, BodyExpression> parse, Func<ExpressionSyntax, BodyExpression> parseConverted)
        {
            if (method.Name is not ("CreateChecked" or "CreateTruncating" or "CreateSaturating")
                || !GenericMath.IsScalarMember(method)
                || invocation.ArgumentList.Arguments.Count != 1)
            {
                return null;
            }

            var argument = invocation.ArgumentList.Arguments[0].Expression;
            var constant = scope.SemanticModel.GetConstantValue(argument);
            if (constant.HasValue && constant.Value is double or float or int or long)
            {
                return Literal(Convert.ToDouble(constant.Value, System.Globalization.CultureInfo.InvariantCulture));
            }

            var type = scope.SemanticModel.GetTypeInfo(argument).Type;
            if (GenericMath.IsScalar(type))
            {
                return parse(argument);
            }

            return BodyTypes.Of(type) switch
            {
                BodyType.Double or BodyType.Float => new CastExpression(parseConverted(argument), BodyType.Double),
                BodyType.Int or BodyType.Long => new CastExpression(parse(argument), BodyType.Double),
                _ => scope.Unsupported(invocation, "conversion '" + invocation + "' from '" + type?.ToDisplayString() + "' (GradGen converts constants, double, float, int and long values)"),
            };
        }

        /// <summary>
        /// Whether <paramref name="type"/> is double or float in a generic-math body: the members lift every double to
        /// T, so such a value is read only for a conversion (<see cref="Conversion"/>), else GG0100.
        /// </summary>
        public static bool IsPlainReal(IMethodSymbol method, ITypeSymbol? type) =>
            type?.SpecialType is SpecialType.System_Double or SpecialType.System_Single && IsGenericMathBody(method);

        /// <summary>The method, or a method it is a local function of, is generic over a scalar type parameter.</summary>
        private static bool IsGenericMathBody(IMethodSymbol method)
        {
            for (ISymbol? symbol = method; symbol is IMethodSymbol m; symbol = m.ContainingSymbol)
            {
                if (m.TypeParameters.Any(GenericMath.IsScalar))
                {
                    return true;
                }
            }

            return false;
        }

        private static BodyExpression Literal(double value) => new LiteralExpression(NumberFormat.ForCode(value), BodyType.Double);
    }
}
