using System;
using System.Linq;
using GradGen.Tests.Functions;
using Xunit;
using Xunit.Sdk;

namespace GradGen.Tests.SecondOrder
{
    /// <summary>
    /// Hessians through calls of other [Differentiable] methods (issue 12), which go through the callees' hidden
    /// <c>MAccumulateHessianVectorProduct</c>: against the same function written without calls, against closed forms,
    /// and against the centered difference of the exact gradient.
    /// </summary>
    public class HessianThroughCallsTests
    {
        private static void Close(double[,] expected, double[,] actual, double tolerance)
        {
            Assert.Equal(expected.GetLength(0), actual.GetLength(0));
            Assert.Equal(expected.GetLength(1), actual.GetLength(1));
            var scale = Math.Max(expected.Cast<double>().Max(Math.Abs), 1e-300);
            for (var i = 0; i < expected.GetLength(0); i++)
            {
                for (var j = 0; j < expected.GetLength(1); j++)
                {
                    if (!(Math.Abs(actual[i, j] - expected[i, j]) <= tolerance * scale))
                    {
                        throw new XunitException("[" + i + ", " + j + "]: expected " + expected[i, j].ToString("R") + " but got " + actual[i, j].ToString("R"));
                    }
                }
            }
        }

        private static double[] Random(int n, int seed)
        {
            var random = new Random(seed);
            return Enumerable.Range(0, n).Select(_ => -1.5 + 3 * random.NextDouble()).ToArray();
        }

        [Theory]
        [InlineData(0.8, -1.1)]
        [InlineData(0.0, 2.0)]
        [InlineData(-1.3, 0.4)]
        public void ScalarCalleeGivesTheClosedForm(double x, double y)
        {
            var u = x * y;
            var expected = new double[,] { { 6 * u * y * y, 9 * u * u }, { 9 * u * u, 6 * u * x * x } };
            Close(expected, HessianCallFunctions.CubeCallerHessian(x, y), 1e-14);
        }

        [Theory]
        [InlineData(3, 1)]
        [InlineData(12, 2)]
        public void ArrayCalleeWithTheSameArrayTwiceGivesTheClosedForm(int n, int seed)
        {
            var x = Random(n, seed);
            var c = Random(n, seed + 100);
            var xx = x.Sum(v => v * v);
            var cx = x.Zip(c, (a, b) => a * b).Sum();
            var expected = new double[n, n];
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    // d2/dxi dxj (x.x)(c.x) = 2 (c.x) I + 2 x c^T + 2 c x^T.
                    expected[i, j] = (i == j ? 2 * cx : 0) + 2 * x[i] * c[j] + 2 * c[i] * x[j];
                }
            }

            Close(expected, HessianCallFunctions.QuadraticHessian(x, c), 1e-13);
            Assert.Equal(Random(n, seed), x);
        }

        [Theory]
        [InlineData(2, 0.7)]
        [InlineData(7, -1.2)]
        public void NestedCallsEqualTheSameFunctionWithoutCalls(int n, double scale)
        {
            var x = Random(n, n);
            var viaCalls = HessianCallFunctions.NestedHessian(x, scale);
            var inline = HessianCallFunctions.NestedInlineHessian(x, scale);
            Close(inline, viaCalls, 1e-13);

            var v = Random(n, n + 50);
            var (hx, hs) = HessianCallFunctions.NestedHessianVectorProduct(x, scale, v, 0.3);
            var (ix, @is) = HessianCallFunctions.NestedInlineHessianVectorProduct(x, scale, v, 0.3);
            var size = ix.Max(Math.Abs) + Math.Abs(@is);
            for (var i = 0; i < n; i++)
            {
                Assert.True(Math.Abs(hx[i] - ix[i]) <= 1e-13 * size, "H v [" + i + "]: " + hx[i] + " vs " + ix[i]);
            }

            Assert.True(Math.Abs(hs - @is) <= 1e-13 * size);
        }

        [Theory]
        [InlineData(0.9, 0.6)]
        [InlineData(-0.4, 1.7)]
        [InlineData(0.5, -0.5)]
        public void BranchesAndRepeatedCallsEqualTheFunctionWithoutCalls(double x, double y)
        {
            Close(HessianCallFunctions.BranchesInlineHessian(x, y), HessianCallFunctions.BranchesHessian(x, y), 1e-14);
        }

        [Fact]
        public void FloatCalleeOfADoubleCaller()
        {
            // f = g(float(x y)) y with g(v) = v^2 sin v, in float inside g: compare with the closed form in double,
            // to float's rounding.
            var (x, y) = (0.7, 1.3);
            var u = x * y;
            double G1(double v) => 2 * v * Math.Sin(v) + v * v * Math.Cos(v);
            double G2(double v) => 2 * Math.Sin(v) + 4 * v * Math.Cos(v) - v * v * Math.Sin(v);
            var expected = new double[,]
            {
                { G2(u) * y * y * y, G2(u) * u * y + 2 * G1(u) * y },
                { G2(u) * u * y + 2 * G1(u) * y, G2(u) * x * x * y + 2 * G1(u) * x },
            };
            Close(expected, HessianCallFunctions.FloatCallerHessian(x, y), 1e-6);
        }

        [Fact]
        public void NumericCalleeContributesADifference()
        {
            // f = x e^(x y).
            var (x, y) = (0.6, -0.8);
            var e = Math.Exp(x * y);
            var expected = new double[,]
            {
                { 2 * y * e + x * y * y * e, 2 * x * e + x * x * y * e },
                { 2 * x * e + x * x * y * e, x * x * x * e },
            };
            Close(expected, HessianCallFunctions.NumericCallerHessian(x, y), 1e-6);
        }
    }
}
