using System;
using System.Linq;
using GradGen.Tests.Functions;
using Xunit;
using static GradGen.Tests.Exact.Precision;

namespace GradGen.Tests.Jagged
{
    /// <summary>
    /// Arrays of arrays (issue 14, item 3), compiled by the real compiler: each exact gradient against its closed form
    /// to 1e-12, against forward mode along every unit direction, and against the centered difference and Richardson's
    /// estimate; the differences put every element back bit for bit.
    /// </summary>
    public class JaggedRuntimeTests
    {
        private const double ClosedForm = 1e-12;

        /// <summary>Rows of lengths 3, 0, 1 and 4: ragged, with an empty row.</summary>
        private static double[][] Ragged() => new[]
        {
            new[] { 0.5, -1.25, 2.0 },
            Array.Empty<double>(),
            new[] { 0.75 },
            new[] { -0.3, 1.1, 0.45, -2.2 },
        };

        [Fact]
        public void RaggedSumOfSquaresHasItsClosedFormInEveryMode()
        {
            var x = Ragged();
            var expected = x.Select((row, i) => row.Select(v => 2 * (i + 1) * v).ToArray()).ToArray();
            var exact = JaggedFunctions.RaggedSumOfSquaresGradient(x);
            AssertSameShape(x, exact);
            Close(Flat(expected), Flat(exact), ClosedForm);
            Close(Flat(expected), Flat(ForwardMode(x, JaggedFunctions.RaggedSumOfSquaresDirectionalDerivative)), ClosedForm);
            Close(Flat(expected), Flat(JaggedFunctions.RaggedSumOfSquaresRichardsonDiff(x)), 1e-9);
            Close(Flat(expected), Flat(JaggedFunctions.RaggedSumOfSquaresCenteredDiff(x, 1e-5)), 1e-8);
            Assert.True(JaggedFunctions.RaggedSumOfSquaresCheckGradient(x) < 1e-10);
            var (value, gradient) = JaggedFunctions.RaggedSumOfSquaresValueAndGradient(x);
            Close(JaggedFunctions.RaggedSumOfSquares(x), value);
            Close(Flat(expected), Flat(gradient), ClosedForm);
        }

        [Fact]
        public void TheDestinationOverloadFillsARaggedDestinationAndChecksItsShape()
        {
            var x = Ragged();
            var destination = x.Select(row => new double[row.Length]).ToArray();
            destination[0][0] = 99;
            JaggedFunctions.RaggedSumOfSquaresGradient(x, destination);
            Close(2 * 0.5, destination[0][0], ClosedForm);
            Close(2 * 4 * -2.2, destination[3][3], ClosedForm);

            var shortRow = x.Select(row => new double[row.Length]).ToArray();
            shortRow[3] = new double[3];
            Assert.Throws<ArgumentException>(() => JaggedFunctions.RaggedSumOfSquaresGradient(x, shortRow));
            var sharedRow = x.Select(row => new double[row.Length]).ToArray();
            sharedRow[2] = x[2];
            Assert.Throws<ArgumentException>(() => JaggedFunctions.RaggedSumOfSquaresGradient(x, sharedRow));
            Assert.Throws<ArgumentException>(() => JaggedFunctions.RaggedSumOfSquaresCenteredDiff(x, new double[3][]));
        }

        [Fact]
        public void TheDifferencesPutEveryElementBackBitForBit()
        {
            // Values whose perturbations x + h - h round away from x: only a restore of the original bits gives them back.
            var x = new[] { new[] { 0.1, 1e-300, -7.3e12 }, new[] { Math.PI }, Array.Empty<double>() };
            var before = x.Select(row => row.Select(BitConverter.DoubleToInt64Bits).ToArray()).ToArray();
            JaggedFunctions.RaggedSumOfSquaresForwardDiff(x);
            JaggedFunctions.RaggedSumOfSquaresCenteredDiff(x, 0.3);
            JaggedFunctions.RaggedSumOfSquaresRichardsonDiff(x);
            JaggedFunctions.RaggedSumOfSquaresCheckGradient(x);
            JaggedFunctions.ForEachRowsCenteredDiff(x);
            JaggedFunctions.ForEachRowsRichardsonDiff(x, x.Select(row => new double[row.Length]).ToArray(), x.Select(row => new double[row.Length]).ToArray());
            Assert.Equal(before, x.Select(row => row.Select(BitConverter.DoubleToInt64Bits).ToArray()).ToArray());
        }

        [Fact]
        public void ForEachOverRowsAndOverEachRow()
        {
            var x = Ragged();
            var expected = x.Select(row => row.Select(v => Math.Cos(v) * v + Math.Sin(v)).ToArray()).ToArray();
            Close(Flat(expected), Flat(JaggedFunctions.ForEachRowsGradient(x)), ClosedForm);
            Close(Flat(expected), Flat(ForwardMode(x, JaggedFunctions.ForEachRowsDirectionalDerivative)), ClosedForm);
            Close(Flat(expected), Flat(JaggedFunctions.ForEachRowsRichardsonDiff(x)), 1e-9);
        }

        [Fact]
        public void ASmallMlpWithJaggedWeightsAndALocalArrayOfArrays()
        {
            var w1 = new[] { new[] { 0.3, -0.7, 0.2 }, new[] { -0.4, 0.9, 0.6 } };
            var b1 = new[] { 0.05, -0.1 };
            var w2 = new[] { 1.3, -0.8 };
            var x = new[] { 0.5, -1.5, 2.0 };
            const double target = 0.25;

            // Closed form: y = Σ w2_k tanh(a_k), L = (y - t)²; dL/dw1[k][i] = 2 (y - t) w2_k (1 - h_k²) x_i.
            var h = w1.Select((row, k) => Math.Tanh(b1[k] + row.Select((w, i) => w * x[i]).Sum())).ToArray();
            var y = h.Select((v, k) => w2[k] * v).Sum();
            var expectedW1 = w1.Select((row, k) => row.Select((_, i) => 2 * (y - target) * w2[k] * (1 - h[k] * h[k]) * x[i]).ToArray()).ToArray();
            var expectedB1 = h.Select((v, k) => 2 * (y - target) * w2[k] * (1 - v * v)).ToArray();
            var expectedW2 = h.Select(v => 2 * (y - target) * v).ToArray();

            var gradient = JaggedFunctions.MlpLossGradient(w1, b1, w2, x, target);
            Close(Flat(expectedW1), Flat(gradient.w1), ClosedForm);
            Close(expectedB1, gradient.b1, ClosedForm);
            Close(expectedW2, gradient.w2, ClosedForm);

            var forward = ForwardMode(w1, (p, v) => JaggedFunctions.MlpLossDirectionalDerivative(p, b1, w2, x, target, v, new double[2], new double[2]));
            Close(Flat(expectedW1), Flat(forward), ClosedForm);
            Close(Flat(expectedW1), Flat(JaggedFunctions.MlpLossRichardsonDiff(w1, b1, w2, x, target).w1), 1e-9);
        }

        [Fact]
        public void RowsOfGrowingLengthsInALocalArrayOfArrays()
        {
            var x = new[] { 0.7, -0.4, 1.3, 0.25 };
            var exact = JaggedFunctions.TriangleGradient(x);
            var forward = Enumerable.Range(0, x.Length).Select(i => JaggedFunctions.TriangleDirectionalDerivative(x, Unit(x.Length, i))).ToArray();
            Close(forward, exact, ClosedForm);
            Close(exact, JaggedFunctions.TriangleRichardsonDiff(x), 1e-9);
            Close(Triangle(x), JaggedFunctions.Triangle(x));
        }

        [Fact]
        public void FloatRowsBesideDoubleDataMarkedNoDerivative()
        {
            var w = new[] { new[] { 0.5f, -1.5f }, new[] { 2.0f } };
            var d = new[] { new[] { 1.25, 0.5 }, new[] { -3.0 } };
            float[][] gradient = JaggedFunctions.FloatWeightedGradient(w, d);
            var expected = w.Select((row, i) => row.Select((v, j) => (double)(float)(d[i][j] * d[i][j]) + 2.0 * v).ToArray()).ToArray();
            Close(Flat(expected), gradient.SelectMany(row => row.Select(v => (double)v)).ToArray(), 1e-6);
        }

        [Fact]
        public void CallsPassArraysOfArraysThroughBothModes()
        {
            var x = Ragged();
            var c = x.Select((row, i) => row.Select((_, j) => Math.Sin(i + 2.0 * j)).ToArray()).ToArray();
            var dot = x.SelectMany(row => row).Sum(v => v * v);
            var expected = x.Select((row, i) => row.Select((v, j) => Math.Exp(0.1 * dot) * 0.2 * v + 2 * c[i][j]).ToArray()).ToArray();
            Close(Flat(expected), Flat(JaggedFunctions.CallsDotGradient(x, c)), ClosedForm);
            Close(Flat(expected), Flat(ForwardMode(x, (p, v) => JaggedFunctions.CallsDotDirectionalDerivative(p, c, v))), ClosedForm);
            Close(Flat(expected), Flat(JaggedFunctions.CallsDotRichardsonDiff(x, c)), 1e-9);
        }

        /// <summary>The triangle's value, written out: t[i][0] = x_i, t[i][j] = t[i][j-1] x_{j-1} + t[i-1][j-1].</summary>
        private static double Triangle(double[] x)
        {
            var t = new double[x.Length][];
            double s = 0;
            for (var i = 0; i < x.Length; i++)
            {
                t[i] = new double[i + 1];
                for (var j = 0; j <= i; j++)
                {
                    t[i][j] = j == 0 ? x[i] : t[i][j - 1] * x[j - 1] + t[i - 1][j - 1];
                }

                s += t[i][i] * t[i][0];
            }

            return s;
        }

        /// <summary>Forward mode along each unit direction, element by element in row-major order over the rows.</summary>
        private static double[][] ForwardMode(double[][] x, Func<double[][], double[][], double> directional) =>
            x.Select((row, i) => row.Select((_, j) =>
            {
                var direction = x.Select(r => new double[r.Length]).ToArray();
                direction[i][j] = 1;
                return directional(x, direction);
            }).ToArray()).ToArray();

        private static double[] Unit(int length, int i)
        {
            var unit = new double[length];
            unit[i] = 1;
            return unit;
        }

        private static double[] Flat(double[][] x) => x.SelectMany(row => row).ToArray();

        private static void AssertSameShape(double[][] expected, double[][] actual) =>
            Assert.Equal(expected.Select(row => row.Length), actual.Select(row => row.Length));
    }
}
