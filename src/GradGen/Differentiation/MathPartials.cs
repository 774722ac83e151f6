using System;
using System.Collections.Generic;
using System.Linq;
using GradGen.Model.Body;
using static GradGen.Differentiation.ExpressionBuilder;

namespace GradGen.Differentiation
{
    /// <summary>How a <c>System.Math</c> function passes derivatives on.</summary>
    internal enum DerivativeKind
    {
        /// <summary>Differentiable where defined: each argument has a partial derivative.</summary>
        Smooth,

        /// <summary>Picks one of its branches by a comparison (Max, Min, Clamp, and Abs between -x and x): the derivative follows the branch taken.</summary>
        Selecting,

        /// <summary>Constant between jumps (Floor, Ceiling, Round, Truncate, Sign): the derivative is zero where it exists.</summary>
        PiecewiseConstant,
    }

    /// <summary>
    /// How to multiply something by one partial derivative of a Math function, given the call's arguments: linear in
    /// what it multiplies (<paramref name="factor"/>, an adjoint in reverse mode or a tangent in forward mode).
    /// </summary>
    internal delegate BodyExpression PartialTimes(IReadOnlyList<BodyExpression> arguments, BodyExpression factor);

    /// <summary>
    /// One row of <see cref="MathPartials"/>: a function at one arity, its kind, and its derivatives.
    /// </summary>
    /// <param name="Partials">One entry per argument, null for an argument without a partial derivative.</param>
    /// <param name="FirstChosenWhen">
    /// For a function that returns one of its two arguments (Max, Min): the condition under which it returns the
    /// first. The derivative then flows into the chosen argument only.
    /// </param>
    /// <param name="SecondPartials">
    /// Room for the second partial derivatives: entry [i][j] is d2f/(dai daj). The exact Hessian (issue 12) does not
    /// need them: it is the reverse mode of the forward-mode program, which differentiates the first partials
    /// themselves, so every partial must be in the supported subset (its guards differentiable where the function
    /// is, as Pow's are). Null everywhere so far.
    /// </param>
    internal sealed record MathRule(
        MathFunction Function,
        int? Arity,
        DerivativeKind Kind,
        IReadOnlyList<PartialTimes?> Partials,
        Func<IReadOnlyList<BodyExpression>, BodyExpression>? FirstChosenWhen = null,
        IReadOnlyList<IReadOnlyList<Func<IReadOnlyList<BodyExpression>, BodyExpression>>>? SecondPartials = null);

    /// <summary>
    /// The derivative rules of the <c>System.Math</c> and <c>System.MathF</c> functions: the one table both modes
    /// read, forward mode (times a tangent) and reverse mode (times an adjoint). Adding a function is one row here
    /// (and its member in <see cref="MathFunction"/>, and its runtime test); a function or an arity without a row
    /// throws, so that no derivative is ever silently zero.
    /// </summary>
    internal static class MathPartials
    {
        private static readonly BodyExpression Two = Literal("2.0");
        private static readonly BodyExpression Three = Literal("3.0");
        private static readonly BodyExpression Ten = Literal("10.0");

        private static readonly MathRule[] Rules =
        {
            Unary(MathFunction.Sin, (a, s) => Multiply(s, Math(MathFunction.Cos, a))),
            Unary(MathFunction.Cos, (a, s) => Negate(Multiply(s, Math(MathFunction.Sin, a)))),
            Unary(MathFunction.Tan, (a, s) => Divide(s, Multiply(Math(MathFunction.Cos, a), Math(MathFunction.Cos, a)))),
            Unary(MathFunction.Asin, (a, s) => Divide(s, Math(MathFunction.Sqrt, Subtract(One, Multiply(a, a))))),
            Unary(MathFunction.Acos, (a, s) => Negate(Divide(s, Math(MathFunction.Sqrt, Subtract(One, Multiply(a, a)))))),
            Unary(MathFunction.Atan, (a, s) => Divide(s, Add(One, Multiply(a, a)))),
            Binary(
                MathFunction.Atan2,
                (a, b, s) => Divide(Multiply(s, b), Add(Multiply(b, b), Multiply(a, a))),
                (a, b, s) => Negate(Divide(Multiply(s, a), Add(Multiply(b, b), Multiply(a, a))))),
            Unary(MathFunction.Sinh, (a, s) => Multiply(s, Math(MathFunction.Cosh, a))),
            Unary(MathFunction.Cosh, (a, s) => Multiply(s, Math(MathFunction.Sinh, a))),
            Unary(MathFunction.Tanh, (a, s) => Multiply(s, Subtract(One, Multiply(Math(MathFunction.Tanh, a), Math(MathFunction.Tanh, a))))),
            Unary(MathFunction.Asinh, (a, s) => Divide(s, Math(MathFunction.Sqrt, Add(Multiply(a, a), One)))),
            Unary(MathFunction.Acosh, (a, s) => Divide(s, Math(MathFunction.Sqrt, Subtract(Multiply(a, a), One)))),
            Unary(MathFunction.Atanh, (a, s) => Divide(s, Subtract(One, Multiply(a, a)))),
            Unary(MathFunction.Exp, (a, s) => Multiply(s, Math(MathFunction.Exp, a))),
            Unary(MathFunction.Log, (a, s) => Divide(s, a)),
            Binary(
                MathFunction.Log,
                (a, b, s) => Divide(s, Multiply(a, Math(MathFunction.Log, b))),
                (a, b, s) => Negate(Divide(Multiply(s, Math(MathFunction.Log, a)), Multiply(b, Multiply(Math(MathFunction.Log, b), Math(MathFunction.Log, b)))))),
            Unary(MathFunction.Log10, (a, s) => Divide(s, Multiply(a, Math(MathFunction.Log, Ten)))),
            Unary(MathFunction.Sqrt, (a, s) => Divide(s, Multiply(Two, Math(MathFunction.Sqrt, a)))),
            Unary(MathFunction.Cbrt, (a, s) => Divide(s, Multiply(Three, Multiply(Math(MathFunction.Cbrt, a), Math(MathFunction.Cbrt, a))))),

            // PyTorch's and JAX's conventions where the textbook partials give 0 times infinity: x^0 is the constant 1,
            // so d/dx is 0 even at x = 0; and d/dy 0^y is 0 for y >= 0. The first guard tests x too: b a^(b-1) is
            // already 0 at b = 0 for any other a, and the guard must not hide its derivative in b there (a^(b-1) at
            // b = 0, which the Hessian's reverse-over-forward pass takes of this partial).
            Binary(
                MathFunction.Pow,
                (a, b, s) => Multiply(s, IsNonZeroLiteral(b) ? PowerRule(a, b) : Choose(
                    new BinaryExpression(BinaryOperator.And, Compare(BinaryOperator.Equal, b, Zero), Compare(BinaryOperator.Equal, a, Zero), BodyType.Bool),
                    Zero,
                    PowerRule(a, b))),
                (a, b, s) => Multiply(s, Choose(
                    new BinaryExpression(BinaryOperator.And, Compare(BinaryOperator.Equal, a, Zero), Compare(BinaryOperator.GreaterOrEqual, b, Zero), BodyType.Bool),
                    Zero,
                    Multiply(Math(MathFunction.Pow, a, b), Math(MathFunction.Log, a))))),

            // |a| is -a below zero, else a: the factor changes sign with the branch.
            new(MathFunction.Abs, 1, DerivativeKind.Selecting, new PartialTimes?[]
            {
                (x, s) => Choose(Compare(BinaryOperator.Less, x[0], new LiteralExpression("0", BodyType.Int)), Negate(s), s),
            }),
            new(MathFunction.Max, 2, DerivativeKind.Selecting, new PartialTimes?[] { null, null }, x => Compare(BinaryOperator.GreaterOrEqual, x[0], x[1])),
            new(MathFunction.Min, 2, DerivativeKind.Selecting, new PartialTimes?[] { null, null }, x => Compare(BinaryOperator.LessOrEqual, x[0], x[1])),

            PiecewiseConstant(MathFunction.Floor),
            PiecewiseConstant(MathFunction.Ceiling),
            PiecewiseConstant(MathFunction.Round),
            PiecewiseConstant(MathFunction.Sign),
            PiecewiseConstant(MathFunction.Truncate),

            // Math.Clamp(v, lo, hi) is "v < lo ? lo : v > hi ? hi : v": the derivative flows into the argument returned.
            // Each partial is the factor or zero behind comparisons, so that the Hessian (which differentiates these)
            // sees a zero second derivative away from the kinks.
            new(MathFunction.Clamp, 3, DerivativeKind.Selecting, new PartialTimes?[]
            {
                (x, s) => Choose(Below(x), Zero, Choose(Above(x), Zero, s)),
                (x, s) => Choose(Below(x), s, Zero),
                (x, s) => Choose(Below(x), Zero, Choose(Above(x), s, Zero)),
            }),
            new(MathFunction.FusedMultiplyAdd, 3, DerivativeKind.Smooth, new PartialTimes?[]
            {
                (x, s) => Multiply(s, x[1]),
                (x, s) => Multiply(s, x[0]),
                (x, s) => s,
            }),
            Unary(MathFunction.Log2, (a, s) => Divide(s, Multiply(a, Math(MathFunction.Log, Two)))),

            // x 2^n: the integer n has no derivative; 2^n is ScaleB(1, n), exact, and constant to the Hessian.
            new(MathFunction.ScaleB, 2, DerivativeKind.Smooth, new PartialTimes?[] { (x, s) => Multiply(s, Math(MathFunction.ScaleB, One, x[1])), null }),

            // |a| with b's sign: d/da is sign(a) sign(b) by sign bits (CopySign(1, .), so -0.0 counts as negative, as
            // CopySign does); constant in b between its sign changes. The factors have no derivative, so the Hessian's is 0.
            new(MathFunction.CopySign, 2, DerivativeKind.Smooth, new PartialTimes?[]
            {
                (x, s) => Multiply(s, Multiply(Math(MathFunction.CopySign, One, x[0]), Math(MathFunction.CopySign, One, x[1]))),
                null,
            }),

            // The next representable value: x plus a step too small to have a derivative.
            Unary(MathFunction.BitDecrement, (a, s) => s),
            Unary(MathFunction.BitIncrement, (a, s) => s),

            PiecewiseConstant(MathFunction.IsNaN),
            PiecewiseConstant(MathFunction.IsFinite),
            PiecewiseConstant(MathFunction.IsInfinity),
        };

        /// <summary>Every row, for the tests that check the table covers every function.</summary>
        public static IReadOnlyList<MathRule> All => Rules;

        /// <summary>The rule for a call; throws when the table has none for its function and number of arguments.</summary>
        public static MathRule For(CallExpression call) => For(call.Function, call.Arguments.Count);

        public static MathRule For(MathFunction function, int arity) =>
            Rules.FirstOrDefault(rule => rule.Function == function && (rule.Arity is null || rule.Arity == arity))
            ?? throw new NotSupportedException("GradGen has no derivative rule for Math." + function + " with " + arity + " arguments; add a row to MathPartials.");

        /// <summary>
        /// For each argument with a partial derivative, its index and that partial times <paramref name="factor"/>.
        /// A selecting function that returns one of its arguments, and a piecewise-constant one, give none here.
        /// </summary>
        public static IEnumerable<(int Argument, BodyExpression Term)> Times(CallExpression call, BodyExpression factor)
        {
            var rule = For(call);
            for (var i = 0; i < rule.Partials.Count; i++)
            {
                if (rule.Partials[i] is { } partial)
                {
                    yield return (i, partial(call.Arguments, factor));
                }
            }
        }

        /// <summary>Clamp's first branch, <c>v &lt; lo</c>.</summary>
        private static BodyExpression Below(IReadOnlyList<BodyExpression> x) => Compare(BinaryOperator.Less, x[0], x[1]);

        /// <summary>Clamp's second branch, <c>v &gt; hi</c>.</summary>
        private static BodyExpression Above(IReadOnlyList<BodyExpression> x) => Compare(BinaryOperator.Greater, x[0], x[2]);

        /// <summary>b a^(b - 1).</summary>
        private static BodyExpression PowerRule(BodyExpression a, BodyExpression b) => Multiply(b, Math(MathFunction.Pow, a, Subtract(b, One)));

        /// <summary>A constant exponent such as the 2 of <c>Pow(x, 2)</c> needs no guard against 0.</summary>
        private static bool IsNonZeroLiteral(BodyExpression expression) =>
            expression is LiteralExpression literal
            && double.TryParse(literal.Text.TrimEnd('f', 'F', 'd', 'D'), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && value != 0;

        private static MathRule Unary(MathFunction function, Func<BodyExpression, BodyExpression, BodyExpression> times) =>
            new(function, 1, DerivativeKind.Smooth, new PartialTimes?[] { (x, s) => times(x[0], s) });

        private static MathRule Binary(MathFunction function, Func<BodyExpression, BodyExpression, BodyExpression, BodyExpression> first, Func<BodyExpression, BodyExpression, BodyExpression, BodyExpression> second) =>
            new(function, 2, DerivativeKind.Smooth, new PartialTimes?[] { (x, s) => first(x[0], x[1], s), (x, s) => second(x[0], x[1], s) });

        /// <summary>Any arity: <c>Math.Round(x, digits)</c> is as flat in <c>x</c> as <c>Math.Round(x)</c>.</summary>
        private static MathRule PiecewiseConstant(MathFunction function) => new(function, null, DerivativeKind.PiecewiseConstant, Array.Empty<PartialTimes?>());
    }
}
