using System;
using System.Linq;
using GradGen.Tests.Functions;
using Xunit;
using static GradGen.Tests.Exact.Precision;

namespace GradGen.Tests.Exact
{
    /// <summary>
    /// Issue 18's constructs, compiled by the real compiler: each exact gradient against its closed form, against
    /// forward mode (<c>MDirectionalDerivative</c> along each axis) and against a sixth-order finite difference.
    /// </summary>
    public class FirstHourConstructTests
    {
        [Theory]
        [InlineData(0.7, -1.3)]
        [InlineData(-0.4, 2.1)]
        public void GenericMathOnDouble(double x, double y)
        {
            var (dx, dy) = FirstHourFunctions.GenericMathGradient(x, y);
            var r2 = x * x + y * y;
            Close(y * Math.Exp(x * y) + x / Math.Sqrt(x * x + 1) + Math.Cos(x) * y * y - y / r2, dx);
            Close(x * Math.Exp(x * y) + 2 * y / (y * y + 2) + 2 * y * Math.Sin(x) + x / r2, dy);
            Close(dx, FirstHourFunctions.GenericMathDirectionalDerivative(x, y, 1, 0));
            Close(dy, FirstHourFunctions.GenericMathDirectionalDerivative(x, y, 0, 1));
            FiniteDifferenceCheck.AssertAgrees("GenericMath", p => FirstHourFunctions.GenericMath(p[0], p[1]), new[] { x, y }, new[] { dx, dy });
        }

        [Theory]
        [InlineData(0.7f, -1.3f)]
        [InlineData(-0.4f, 0.25f)]
        public void GenericMathOnFloat(float x, float y)
        {
            var (dx, dy) = FirstHourFunctions.GenericMathFGradient(x, y);
            double sign = Math.Sign(x * y);
            Close(Math.Exp(x) * Math.Cos(y) + sign * y + (x >= y ? 1 : 0), dx, 1e-6);
            Close(-Math.Exp(x) * Math.Sin(y) + sign * x + (x >= y ? 0 : 1), dy, 1e-6);
            Close(dx, FirstHourFunctions.GenericMathFDirectionalDerivative(x, y, 1, 0), 1e-6);
            Close(dy, FirstHourFunctions.GenericMathFDirectionalDerivative(x, y, 0, 1), 1e-6);
        }

        [Theory]
        [InlineData(0.3)]
        [InlineData(-1.7)]
        public void InverseHyperbolicFunctions(double x)
        {
            var u = x * x + 1.5;
            var expected = 2 / Math.Sqrt(4 * x * x + 1) + 2 * x / Math.Sqrt(u * u - 1) + (1.0 / 3) / (1 - x * x / 9);
            var exact = FirstHourFunctions.InverseHyperbolicGradient(x);
            Close(expected, exact);
            Close(exact, FirstHourFunctions.InverseHyperbolicDirectionalDerivative(x, 1));
            FiniteDifferenceCheck.AssertAgrees("InverseHyperbolic", p => FirstHourFunctions.InverseHyperbolic(p[0]), new[] { x }, new[] { exact });
        }

        [Theory]
        [InlineData(0.5f, 1.25f)]
        [InlineData(-2.0f, 3.0f)]
        public void InverseHyperbolicFunctionsOnFloat(float x, float y)
        {
            var (dx, dy) = FirstHourFunctions.InverseHyperbolicFGradient(x, y);
            Close(Math.Acosh(y) / Math.Sqrt(x * x + 1) + 0.25 / (1 - x * x / 16.0), dx, 1e-6);
            Close(Math.Asinh(x) / Math.Sqrt(y * y - 1), dy, 1e-6);
            Close(dx, FirstHourFunctions.InverseHyperbolicFDirectionalDerivative(x, y, 1, 0), 1e-6);
            Close(dy, FirstHourFunctions.InverseHyperbolicFDirectionalDerivative(x, y, 0, 1), 1e-6);
        }

        [Theory]
        [InlineData(0.7, -1.3)]
        [InlineData(2.0, 0.5)]
        public void TupleDeconstruction(double x, double y)
        {
            var (dx, dy) = FirstHourFunctions.DeconstructGradient(x, y);
            double a = x * y, b = x + y;
            Close(a * a * b + 2 * a * b - b * b, FirstHourFunctions.Deconstruct(x, y));
            double dfda = 2 * a * b + 2 * b, dfdb = a * a + 2 * a - 2 * b;
            Close(dfda * y + dfdb, dx);
            Close(dfda * x + dfdb, dy);
            Close(dx, FirstHourFunctions.DeconstructDirectionalDerivative(x, y, 1, 0));
            Close(dy, FirstHourFunctions.DeconstructDirectionalDerivative(x, y, 0, 1));
            FiniteDifferenceCheck.AssertAgrees("Deconstruct", p => FirstHourFunctions.Deconstruct(p[0], p[1]), new[] { x, y }, new[] { dx, dy });
        }

        [Fact]
        public void TupleDeconstructionInALoop()
        {
            var x = new[] { 0.5, -1.5, 2.0, 0.75 };
            var gradient = FirstHourFunctions.DeconstructInALoopGradient(x);
            double s = x.Sum(), p = x.Aggregate(1.0, (acc, v) => acc * v);
            Close(x.Select(v => p + s * p / v).ToArray(), gradient);
            for (var k = 0; k < x.Length; k++)
            {
                var direction = new double[x.Length];
                direction[k] = 1;
                Close(gradient[k], FirstHourFunctions.DeconstructInALoopDirectionalDerivative(x, direction));
            }

            FiniteDifferenceCheck.AssertAgrees("DeconstructInALoop", FirstHourFunctions.DeconstructInALoop, x, gradient);
        }

        [Fact]
        public void ArrayFieldsAndPropertiesAreConstants()
        {
            var w = new[] { 0.5, -1.5, 2.0 };
            var weights = new FieldWeights(w);
            var x = new[] { 0.3, -0.8, 1.1 };
            var gradient = weights.EnergyGradient(x);
            var expected = Enumerable.Range(0, 3)
                .Select(i => 2 * w[i] * x[i] + FieldWeights.Scales[i] + Enumerable.Range(0, 3).Sum(j => (FieldWeights.Coupling[i, j] + FieldWeights.Coupling[j, i]) * x[j]))
                .ToArray();
            Close(expected, gradient);
            for (var k = 0; k < x.Length; k++)
            {
                var direction = new double[x.Length];
                direction[k] = 1;
                Close(gradient[k], weights.EnergyDirectionalDerivative(x, direction));
            }

            FiniteDifferenceCheck.AssertAgrees("Energy", weights.Energy, x, gradient);
            Assert.Equal(new[] { 0.5, -1.5, 2.0 }, w);
        }
    }
}
