using System;
using System.Collections.Generic;
using System.Linq;
using GradGen.Differentiation;
using GradGen.Model;
using GradGen.Model.Body;
using Xunit;

namespace GradGen.Tests.Differentiation
{
    /// <summary>
    /// The one table of Math derivative rules: it covers every function GradGen parses, its partial derivatives
    /// match a centered difference of the function itself, and a function without a row fails loudly in both
    /// modes instead of getting a zero derivative.
    /// </summary>
    public class MathPartialsTests
    {
        private static readonly BodyExpression A = new VariableExpression("a", BodyType.Double);
        private static readonly BodyExpression B = new VariableExpression("b", BodyType.Double);
        private static readonly BodyExpression Factor = new VariableExpression("s", BodyType.Double);

        public static IEnumerable<object[]> Functions => Enum.GetValues(typeof(MathFunction)).Cast<MathFunction>().Select(f => new object[] { f.ToString() });

        [Theory]
        [MemberData(nameof(Functions))]
        public void EveryMathFunctionHasARule(string function) =>
            Assert.Contains(MathPartials.All, rule => rule.Function.ToString() == function);

        [Theory]
        [InlineData("Sin", 1, 0.7, 0)]
        [InlineData("Cos", 1, 0.7, 0)]
        [InlineData("Tan", 1, 0.7, 0)]
        [InlineData("Asin", 1, 0.3, 0)]
        [InlineData("Acos", 1, 0.3, 0)]
        [InlineData("Atan", 1, 0.7, 0)]
        [InlineData("Atan2", 2, 0.7, -1.3)]
        [InlineData("Sinh", 1, 0.7, 0)]
        [InlineData("Cosh", 1, 0.7, 0)]
        [InlineData("Tanh", 1, 0.7, 0)]
        [InlineData("Asinh", 1, 0.7, 0)]
        [InlineData("Acosh", 1, 1.7, 0)]
        [InlineData("Atanh", 1, 0.3, 0)]
        [InlineData("Exp", 1, 0.7, 0)]
        [InlineData("Log", 1, 0.7, 0)]
        [InlineData("Log", 2, 0.7, 3.1)]
        [InlineData("Log10", 1, 0.7, 0)]
        [InlineData("Sqrt", 1, 0.7, 0)]
        [InlineData("Cbrt", 1, 0.7, 0)]
        [InlineData("Pow", 2, 0.7, 2.3)]
        [InlineData("Abs", 1, -0.7, 0)]
        [InlineData("Abs", 1, 0.7, 0)]
        [InlineData("Log2", 1, 0.7, 0)]
        [InlineData("BitIncrement", 1, 0.7, 0)]
        [InlineData("BitDecrement", 1, -0.7, 0)]
        public void PartialsMatchACenteredDifference(string name, int arity, double a, double b)
        {
            var function = (MathFunction)Enum.Parse(typeof(MathFunction), name);
            var arguments = new[] { A, B }.Take(arity).ToArray();
            var call = new CallExpression(function, false, arguments.ToEquatableArray(), BodyType.Double);
            var point = new[] { a, b }.Take(arity).ToArray();
            var variables = new Dictionary<string, double> { ["a"] = a, ["b"] = b, ["s"] = 2.0 };
            var terms = MathPartials.Times(call, Factor).ToList();
            Assert.Equal(arity, terms.Count);
            foreach (var (argument, term) in terms)
            {
                const double h = 1e-6;
                var up = (double[])point.Clone();
                var down = (double[])point.Clone();
                up[argument] += h;
                down[argument] -= h;
                var difference = (BodyEvaluator.Call(function, up) - BodyEvaluator.Call(function, down)) / (2 * h);
                Assert.Equal(2.0 * difference, BodyEvaluator.Value(term, variables), 6);
            }
        }

        [Theory]
        [InlineData("Clamp", 0.7, 0.25, 2.0)]
        [InlineData("Clamp", 0.1, 0.25, 2.0)]
        [InlineData("Clamp", 3.0, 0.25, 2.0)]
        [InlineData("FusedMultiplyAdd", 0.7, -1.3, 2.0)]
        [InlineData("CopySign", 0.7, -1.3, 0)]
        [InlineData("CopySign", -0.7, 1.3, 0)]
        [InlineData("CopySign", -0.7, -1.3, 0)]
        public void PartialsOfTheFunctionsOfModernDotNetMatchACenteredDifference(string name, double a, double b, double c)
        {
            var function = (MathFunction)Enum.Parse(typeof(MathFunction), name);
            var arity = function == MathFunction.CopySign ? 2 : 3;
            var arguments = new[] { A, B, new VariableExpression("c", BodyType.Double) }.Take(arity).ToArray();
            var call = new CallExpression(function, false, arguments.ToEquatableArray(), BodyType.Double);
            var point = new[] { a, b, c }.Take(arity).ToArray();
            var variables = new Dictionary<string, double> { ["a"] = a, ["b"] = b, ["c"] = c, ["s"] = 2.0 };
            var partials = MathPartials.Times(call, Factor).ToDictionary(t => t.Argument, t => BodyEvaluator.Value(t.Term, variables));
            for (var argument = 0; argument < arity; argument++)
            {
                const double h = 1e-6;
                var up = (double[])point.Clone();
                var down = (double[])point.Clone();
                up[argument] += h;
                down[argument] -= h;
                var difference = (BodyEvaluator.Call(function, up) - BodyEvaluator.Call(function, down)) / (2 * h);

                // An argument without a partial (CopySign's sign source) must be one the function is flat in.
                Assert.Equal(2.0 * difference, partials.TryGetValue(argument, out var partial) ? partial : 0.0, 6);
            }
        }

        [Theory]
        [InlineData(0.0, 0.0, 0.0, 0.0)]
        [InlineData(0.0, 2.5, 0.0, 0.0)]
        [InlineData(1.5, 0.0, 0.0, 0.40546510810816438)]
        public void PowFollowsPyTorchsConventionsAtZero(double a, double b, double expectedDx, double expectedDy)
        {
            var call = new CallExpression(MathFunction.Pow, false, new[] { A, B }.ToEquatableArray(), BodyType.Double);
            var variables = new Dictionary<string, double> { ["a"] = a, ["b"] = b, ["s"] = 1.0 };
            var terms = MathPartials.Times(call, Factor).ToDictionary(t => t.Argument, t => BodyEvaluator.Value(t.Term, variables));

            Assert.Equal(expectedDx, terms[0], 12);
            Assert.Equal(expectedDy, terms[1], 12);
        }

        [Fact]
        public void SelectingAndPiecewiseConstantFunctionsSayWhatTheyAre()
        {
            Assert.Equal(DerivativeKind.Selecting, MathPartials.For(MathFunction.Max, 2).Kind);
            Assert.NotNull(MathPartials.For(MathFunction.Min, 2).FirstChosenWhen);
            Assert.Equal(DerivativeKind.Selecting, MathPartials.For(MathFunction.Abs, 1).Kind);
            Assert.Equal(DerivativeKind.PiecewiseConstant, MathPartials.For(MathFunction.Round, 2).Kind);
            Assert.Equal(DerivativeKind.Selecting, MathPartials.For(MathFunction.Clamp, 3).Kind);
            Assert.Equal(DerivativeKind.PiecewiseConstant, MathPartials.For(MathFunction.IsNaN, 1).Kind);
            Assert.Equal(DerivativeKind.PiecewiseConstant, MathPartials.For(MathFunction.IsFinite, 1).Kind);
            Assert.Empty(MathPartials.Times(new CallExpression(MathFunction.Floor, false, new[] { A }.ToEquatableArray(), BodyType.Double), Factor));
        }

        [Fact]
        public void AFunctionWithoutARowThrowsInsteadOfGivingZero()
        {
            var exception = Assert.Throws<NotSupportedException>(() => MathPartials.For(MathFunction.Sin, 2));
            Assert.Contains("Math.Sin with 2 arguments", exception.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void ForwardModeFailsLoudlyOnACallWithoutARule()
        {
            var body = new ExactBody(
                new[] { new BodyVariable("a", BodyType.Double, 0, VariableKind.DifferentiableParameter) }.ToEquatableArray(),
                new BodyStatement[] { new ReturnStatement(new CallExpression(MathFunction.Sin, false, new[] { A, A }.ToEquatableArray(), BodyType.Double)) }.ToEquatableArray());

            Assert.Throws<NotSupportedException>(() => TangentTransform.Apply(body, new Dictionary<string, string> { ["a"] = "aTangent" }));
        }

        [Fact]
        public void ReverseModeFailsLoudlyOnACallWithoutARule()
        {
            var call = new CallExpression(MathFunction.Cosh, false, new[] { A, A }.ToEquatableArray(), BodyType.Double);
            Assert.Throws<NotSupportedException>(() => Activity.Carries(call, name => name == "a"));
            Assert.Throws<NotSupportedException>(() => MathPartials.Times(call, Factor).ToList());
        }
    }
}
