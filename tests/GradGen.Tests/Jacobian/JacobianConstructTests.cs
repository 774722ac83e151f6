using System;
using System.Linq;
using GradGen.Tests.Functions;
using Xunit;
using static GradGen.Tests.Jacobian.JacobianRuntimeTests;

namespace GradGen.Tests.Jacobian
{
    /// <summary>
    /// Each construct of a vector-valued body (returns in branches and loops, tuples of floats, matrices beside
    /// scalars, calls, float arrays) against the closed form or the centered difference, in both modes: forward
    /// (J v per column) and reverse (u^T J per row) must agree.
    /// </summary>
    public class JacobianConstructTests
    {
        /// <summary>Column j from J e_j (forward mode) and row i from e_i^T J (reverse mode), for a method of one array.</summary>
        private static (double[,] Forward, double[,] Reverse) BothModes(int m, int n, Func<double[], double[]> jvp, Func<double[], double[]> vjp)
        {
            var forward = new double[m, n];
            var reverse = new double[m, n];
            for (var j = 0; j < n; j++)
            {
                var e = new double[n];
                e[j] = 1;
                var column = jvp(e);
                for (var i = 0; i < m; i++)
                {
                    forward[i, j] = column[i];
                }
            }

            for (var i = 0; i < m; i++)
            {
                var e = new double[m];
                e[i] = 1;
                var row = vjp(e);
                for (var j = 0; j < n; j++)
                {
                    reverse[i, j] = row[j];
                }
            }

            return (forward, reverse);
        }

        [Theory]
        [InlineData(new[] { 0.5, 1.5, 2.0 }, 1.3)]
        [InlineData(new[] { -0.5, 1.5, 2.0 }, 0.7)]
        [InlineData(new[] { 0.5, 11.5, 2.0 }, 0.7)]
        public void ReturnsInBranchesAndLoopsFollowThePathTaken(double[] x, double a)
        {
            var copy = (double[])x.Clone();
            var jacobian = JacobianFunctions.BranchyJacobian(x, a);
            var numeric = JacobianFunctions.BranchyCenteredDiff(x, a);
            Close(numeric, jacobian, 1e-7);

            // N = 4 > m = 2: MJacobian went through reverse mode; forward mode must agree.
            var (forward, reverse) = BothModes(
                2,
                4,
                e => JacobianFunctions.BranchyJacobianVectorProduct(x, a, e.Take(3).ToArray(), e[3]),
                u =>
                {
                    var (dx, da) = JacobianFunctions.BranchyVectorJacobianProduct(x, a, u);
                    return dx.Append(da).ToArray();
                });
            Close(jacobian, forward);
            Close(jacobian, reverse);
            Assert.Equal(copy, x);
        }

        [Fact]
        public void FloatTupleIsDifferentiatedInDouble()
        {
            float r = 1.7f, theta = 0.3f;
            var expected = new[,] { { Math.Cos(theta), -r * Math.Sin(theta) }, { Math.Sin(theta), r * Math.Cos(theta) } };
            Close(expected, JacobianFunctions.ToCartesianFJacobian(r, theta), 1e-6);
            var (dr, dtheta) = JacobianFunctions.ToCartesianFVectorJacobianProduct(r, theta, (1.0, 0.0));
            // The float program's derivatives: cos and sin rounded to float.
            Assert.InRange(Math.Abs(dr - Math.Cos(theta)), 0.0, 1e-6);
            Assert.InRange(Math.Abs(dtheta + r * Math.Sin(theta)), 0.0, 1e-6);
        }

        [Fact]
        public void MatrixBesideAScalarCountsRowMajorThenTheScalar()
        {
            var w = new[,] { { 0.5, -1.2 }, { 0.8, 1.1 }, { -0.3, 0.4 } };
            double b = 0.6, c = 2.5;
            var jacobian = JacobianFunctions.MixedJacobian(w, b, c);
            Assert.Equal(3, jacobian.GetLength(0));
            Assert.Equal(7, jacobian.GetLength(1));

            // sum * c: c per element of w, 0 for b.
            var sum = w.Cast<double>().Sum();
            for (var k = 0; k < 6; k++)
            {
                Assert.Equal(c, jacobian[0, k], 12);
                Assert.Equal(b * b, jacobian[2, k], 12);
            }

            Assert.Equal(0.0, jacobian[0, 6]);
            Assert.Equal(2 * sum * b, jacobian[2, 6], 12);

            // product of (w_ij + b): d/dw_ij = product / (w_ij + b), d/db = sum over ij of the same.
            var product = w.Cast<double>().Aggregate(1.0, (p, v) => p * (v + b));
            var elements = w.Cast<double>().ToArray();
            for (var k = 0; k < 6; k++)
            {
                Assert.Equal(product / (elements[k] + b), jacobian[1, k], 12);
            }

            Assert.Equal(elements.Sum(v => product / (v + b)), jacobian[1, 6], 12);
            Close(JacobianFunctions.MixedCenteredDiff(w, b, c), jacobian, 1e-7);
        }

        [Fact]
        public void CallsToScalarMethodsGoThroughTheirDerivatives()
        {
            var x = Random(5, 21);
            var length = Math.Sqrt(x.Sum(v => v * v));
            var expected = new double[5, 5];
            for (var i = 0; i < 5; i++)
            {
                for (var j = 0; j < 5; j++)
                {
                    expected[i, j] = ((i == j ? 1.0 : 0.0) - x[i] * x[j] / (length * length)) / length;
                }
            }

            Close(expected, JacobianFunctions.NormalizeJacobian(x));
            var (forward, reverse) = BothModes(5, 5, e => JacobianFunctions.NormalizeJacobianVectorProduct(x, e), u => JacobianFunctions.NormalizeVectorJacobianProduct(x, u));
            Close(expected, forward);
            Close(expected, reverse);
        }

        [Fact]
        public void NumericJacobianAskedForIsTheCenteredDifference()
        {
            var x = Random(4, 8);
            var expected = new double[4, 4];
            for (var i = 0; i < 4; i++)
            {
                expected[i, i] = 2 * x[i];
            }

            Close(expected, JacobianFunctions.NumericSquaresJacobian(x), 1e-7);
            var jv = JacobianFunctions.NumericSquaresJacobianVectorProduct(x, new[] { 1.0, 2.0, 3.0, 4.0 });
            var jtu = JacobianFunctions.NumericSquaresVectorJacobianProduct(x, new[] { 1.0, 2.0, 3.0, 4.0 });
            for (var i = 0; i < 4; i++)
            {
                Assert.Equal(2 * x[i] * (i + 1), jv[i], 6);
                Assert.Equal(2 * x[i] * (i + 1), jtu[i], 6);
            }

            Assert.InRange(JacobianFunctions.NumericSquaresCheckJacobian(x), 0.0, 1e-6);
        }

        [Fact]
        public void FloatArrayOutputGivesADoubleJacobian()
        {
            var x = new[] { 1.5f, -2.0f, 0.25f };
            var jacobian = JacobianFunctions.ScaleJacobian(x, 3.0f);
            for (var i = 0; i < 3; i++)
            {
                for (var j = 0; j < 3; j++)
                {
                    Assert.Equal(i == j ? 3.0 : 0.0, jacobian[i, j]);
                }

                Assert.Equal(x[i], jacobian[i, 3]);
            }

            var (dx, dk) = JacobianFunctions.ScaleVectorJacobianProduct(x, 3.0f, new[] { 1.0, 1.0, 1.0 });
            Assert.Equal(new[] { 3.0f, 3.0f, 3.0f }, dx);
            Assert.Equal(x.Sum(), dk, 5);
        }
    }
}
