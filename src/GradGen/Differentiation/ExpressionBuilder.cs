using System;
using System.Linq;
using GradGen.Model;
using GradGen.Model.Body;

namespace GradGen.Differentiation
{
    /// <summary>
    /// Builds the expressions of a derivative program as body model: real values (typed <c>double</c>, the type the
    /// derivatives are computed in), calls of <c>System.Math</c> and literals.
    /// </summary>
    internal static class ExpressionBuilder
    {
        public static readonly BodyExpression One = Literal("1.0");

        public static readonly BodyExpression Zero = Literal("0.0");

        public static BodyExpression Literal(string text) => new LiteralExpression(text, BodyType.Double);

        public static BodyExpression Add(BodyExpression left, BodyExpression right) => new BinaryExpression(BinaryOperator.Add, left, right, BodyType.Double);

        public static BodyExpression Subtract(BodyExpression left, BodyExpression right) => new BinaryExpression(BinaryOperator.Subtract, left, right, BodyType.Double);

        public static BodyExpression Multiply(BodyExpression left, BodyExpression right) => new BinaryExpression(BinaryOperator.Multiply, left, right, BodyType.Double);

        public static BodyExpression Divide(BodyExpression left, BodyExpression right) => new BinaryExpression(BinaryOperator.Divide, left, right, BodyType.Double);

        public static BodyExpression Negate(BodyExpression operand) => new UnaryExpression(UnaryOperator.Negate, operand, BodyType.Double);

        /// <summary><c>global::System.Math.F(arguments)</c>, in double whatever the arguments' type.</summary>
        public static BodyExpression Math(MathFunction function, params BodyExpression[] arguments) =>
            new CallExpression(function, false, arguments.ToEquatableArray(), BodyType.Double);

        public static BodyExpression Compare(BinaryOperator comparison, BodyExpression left, BodyExpression right) => new BinaryExpression(comparison, left, right, BodyType.Bool);

        public static BodyExpression Choose(BodyExpression condition, BodyExpression whenTrue, BodyExpression whenFalse) =>
            new ConditionalExpression(condition, whenTrue, whenFalse, BodyType.Double);

        /// <summary>
        /// <c>new double[a.GetLength(0), a.GetLength(1)]</c>: the zero derivative of an array argument that carries none,
        /// for a callee's parameter; for an array of arrays, rows of zeros shaped like its rows, the lambda's parameter
        /// named by <paramref name="newName"/>.
        /// </summary>
        public static BodyExpression ZerosLike(BodyExpression argument, CalleeParameter parameter, Func<string, string> newName)
        {
            if (argument is SliceArgumentExpression slice)
            {
                return new NewArrayExpression(new[] { slice.Length }.ToEquatableArray(), parameter.DerivativeShape.Element == ScalarKind.Float ? BodyType.Float : BodyType.Double);
            }

            if (argument is not ArrayArgumentExpression array)
            {
                throw new InvalidOperationException("An array parameter takes an array argument, not " + argument.GetType().Name);
            }

            var element = parameter.DerivativeShape.Element == ScalarKind.Float ? BodyType.Float : BodyType.Double;
            if (parameter.Layout == ArrayLayout.Jagged)
            {
                return new ZeroRowsExpression(array.Array, newName("row"), element);
            }

            var lengths = Enumerable.Range(0, parameter.Rank)
                .Select(d => new LengthExpression(array.Array, parameter.Rank == 1 ? null : new LiteralExpression(d.ToString(System.Globalization.CultureInfo.InvariantCulture), BodyType.Int)));
            return new NewArrayExpression(lengths.ToEquatableArray<BodyExpression>(), element);
        }
    }
}
