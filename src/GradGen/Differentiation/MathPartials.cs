using System;
using System.Collections.Generic;
using GradGen.Model.Body;

namespace GradGen.Differentiation
{
    /// <summary>
    /// The partial derivatives of the <c>System.Math</c> functions, shared by the reverse sweep (times an adjoint)
    /// and forward mode (times a tangent): each is linear in what it multiplies, given as <c>times</c>.
    /// </summary>
    internal static class MathPartials
    {
        /// <summary>A constant exponent such as the 2 of <c>Pow(x, 2)</c> needs no guard against 0.</summary>
        private static bool IsNonZeroLiteral(BodyExpression expression) =>
            expression is LiteralExpression literal
            && double.TryParse(literal.Text.TrimEnd('f', 'F', 'd', 'D'), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && value != 0;

        private static Code Choose(Code condition, Code whenTrue, Code whenFalse) =>
            new(condition.At(Code.Conditional + 1) + " ? " + whenTrue.At(Code.Conditional + 1) + " : " + whenFalse.At(Code.Conditional + 1), Code.Conditional);

        /// <summary>
        /// For each argument with a partial derivative, its index and how to multiply something by that partial.
        /// Max and Min, which choose an argument, and the piecewise-constant functions give none here.
        /// </summary>
        public static IEnumerable<(int Argument, Func<Code, Code> Times)> Of(CallExpression call, ExpressionWriter expressions)
        {
            var a = expressions.Write(call.Arguments[0]);
            var b = call.Arguments.Count > 1 ? expressions.Write(call.Arguments[1]) : default;
            var one = Code.Atom("1.0");
            switch (call.Function)
            {
                case MathFunction.Sin:
                    yield return (0, seed => Code.Multiply(seed, Code.Math("Cos", a)));
                    yield break;
                case MathFunction.Cos:
                    yield return (0, seed => Code.Negate(Code.Multiply(seed, Code.Math("Sin", a))));
                    yield break;
                case MathFunction.Tan:
                    yield return (0, seed => Code.Divide(seed, Code.Multiply(Code.Math("Cos", a), Code.Math("Cos", a))));
                    yield break;
                case MathFunction.Asin:
                    yield return (0, seed => Code.Divide(seed, Code.Math("Sqrt", Code.Subtract(one, Code.Multiply(a, a)))));
                    yield break;
                case MathFunction.Acos:
                    yield return (0, seed => Code.Negate(Code.Divide(seed, Code.Math("Sqrt", Code.Subtract(one, Code.Multiply(a, a))))));
                    yield break;
                case MathFunction.Atan:
                    yield return (0, seed => Code.Divide(seed, Code.Add(one, Code.Multiply(a, a))));
                    yield break;
                case MathFunction.Atan2:
                    var squares = Code.Add(Code.Multiply(b, b), Code.Multiply(a, a));
                    yield return (0, seed => Code.Divide(Code.Multiply(seed, b), squares));
                    yield return (1, seed => Code.Negate(Code.Divide(Code.Multiply(seed, a), squares)));
                    yield break;
                case MathFunction.Sinh:
                    yield return (0, seed => Code.Multiply(seed, Code.Math("Cosh", a)));
                    yield break;
                case MathFunction.Cosh:
                    yield return (0, seed => Code.Multiply(seed, Code.Math("Sinh", a)));
                    yield break;
                case MathFunction.Tanh:
                    yield return (0, seed => Code.Multiply(seed, Code.Subtract(one, Code.Multiply(Code.Math("Tanh", a), Code.Math("Tanh", a)))));
                    yield break;
                case MathFunction.Asinh:
                    yield return (0, seed => Code.Divide(seed, Code.Math("Sqrt", Code.Add(Code.Multiply(a, a), one))));
                    yield break;
                case MathFunction.Acosh:
                    yield return (0, seed => Code.Divide(seed, Code.Math("Sqrt", Code.Subtract(Code.Multiply(a, a), one))));
                    yield break;
                case MathFunction.Atanh:
                    yield return (0, seed => Code.Divide(seed, Code.Subtract(one, Code.Multiply(a, a))));
                    yield break;
                case MathFunction.Exp:
                    yield return (0, seed => Code.Multiply(seed, Code.Math("Exp", a)));
                    yield break;
                case MathFunction.Log when call.Arguments.Count == 1:
                    yield return (0, seed => Code.Divide(seed, a));
                    yield break;
                case MathFunction.Log:
                    yield return (0, seed => Code.Divide(seed, Code.Multiply(a, Code.Math("Log", b))));
                    yield return (1, seed => Code.Negate(Code.Divide(Code.Multiply(seed, Code.Math("Log", a)), Code.Multiply(b, Code.Multiply(Code.Math("Log", b), Code.Math("Log", b))))));
                    yield break;
                case MathFunction.Log10:
                    yield return (0, seed => Code.Divide(seed, Code.Multiply(a, Code.Math("Log", Code.Atom("10.0")))));
                    yield break;
                case MathFunction.Sqrt:
                    yield return (0, seed => Code.Divide(seed, Code.Multiply(Code.Atom("2.0"), Code.Math("Sqrt", a))));
                    yield break;
                case MathFunction.Cbrt:
                    yield return (0, seed => Code.Divide(seed, Code.Multiply(Code.Atom("3.0"), Code.Multiply(Code.Math("Cbrt", a), Code.Math("Cbrt", a)))));
                    yield break;
                case MathFunction.Pow:
                    // PyTorch's and JAX's conventions where the textbook partials give 0 times infinity: x^0 is the
                    // constant 1, so d/dx is 0 even at x = 0; and d/dy 0^y is 0 for y >= 0.
                    var zero = Code.Atom("0.0");
                    var power = Code.Multiply(b, Code.Math("Pow", a, Code.Subtract(b, one)));
                    yield return (0, seed => Code.Multiply(seed, IsNonZeroLiteral(call.Arguments[1]) ? power : Choose(Code.Binary(b, "==", zero, Code.Equality), zero, power)));
                    var zeroBase = Code.Binary(Code.Binary(a, "==", zero, Code.Equality), "&&", Code.Binary(b, ">=", zero, Code.Relational), Code.And);
                    yield return (1, seed => Code.Multiply(seed, Choose(zeroBase, zero, Code.Multiply(Code.Math("Pow", a, b), Code.Math("Log", a)))));
                    yield break;
                case MathFunction.Abs:
                    yield return (0, seed => new Code(a.At(Code.Relational + 1) + " < 0 ? " + Code.Negate(seed).At(Code.Conditional + 1) + " : " + seed.At(Code.Conditional + 1), Code.Conditional));
                    yield break;
            }
        }
    }
}
