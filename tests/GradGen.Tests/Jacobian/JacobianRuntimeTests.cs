using System;
using System.Linq;
using GradGen.Tests.Functions;
using Xunit;
using Xunit.Sdk;

namespace GradGen.Tests.Jacobian
{
    /// <summary>
    /// The generated Jacobian members of vector-valued methods (issue 13) against closed forms to 1e-12; J v and
    /// u^T J against the Jacobian and each other; the numeric Jacobian within its error; inputs never written.
    /// </summary>
    public class JacobianRuntimeTests
    {
        internal static void Close(double[,] expected, double[,] actual, double tolerance = 1e-12)
        {
            Assert.Equal(expected.GetLength(0), actual.GetLength(0));
            Assert.Equal(expected.GetLength(1), actual.GetLength(1));
            var scale = Math.Max(expected.Cast<double>().Max(Math.Abs), 1e-300);
            for (var i = 0; i < expected.GetLength(0); i++)
            {
                for (var j = 0; j < expected.GetLength(1); j++)
                {
                    if (!(Math.Abs(actual[i, j] - expected[i, j]) <= tolerance * Math.Max(Math.Abs(expected[i, j]), scale)))
                    {
                        throw new XunitException("[" + i + ", " + j + "]: expected " + expected[i, j].ToString("R") + " but got " + actual[i, j].ToString("R"));
                    }
                }
            }
        }

        internal static double[] Random(int n, int seed, double low = -1.5, double high = 1.5)
        {
            var random = new Random(seed);
            return Enumerable.Range(0, n).Select(_ => low + (high - low) * random.NextDouble()).ToArray();
        }

        internal static double[] Times(double[,] matrix, double[] v)
        {
            var result = new double[matrix.GetLength(0)];
            for (var i = 0; i < result.Length; i++)
            {
                for (var j = 0; j < v.Length; j++)
                {
                    result[i] += matrix[i, j] * v[j];
                }
            }

            return result;
        }

        internal static double[] TransposeTimes(double[,] matrix, double[] u)
        {
            var result = new double[matrix.GetLength(1)];
            for (var j = 0; j < result.Length; j++)
            {
                for (var i = 0; i < u.Length; i++)
                {
                    result[j] += matrix[i, j] * u[i];
                }
            }

            return result;
        }

        private static double Dot(double[] a, double[] b) => a.Zip(b, (x, y) => x * y).Sum();

        [Theory]
        [InlineData(2.0, 0.3)]
        [InlineData(0.5, -2.0)]
        public void PolarToCartesianTupleHasItsClosedForm(double r, double theta)
        {
            var expected = new[,] { { Math.Cos(theta), -r * Math.Sin(theta) }, { Math.Sin(theta), r * Math.Cos(theta) } };

            Close(expected, JacobianFunctions.ToCartesianJacobian(r, theta));
            var (value, jacobian) = JacobianFunctions.ToCartesianValueAndJacobian(r, theta);
            Assert.Equal(JacobianFunctions.ToCartesian(r, theta), value);
            Close(expected, jacobian);

            var jv = JacobianFunctions.ToCartesianJacobianVectorProduct(r, theta, 0.7, -1.1);
            var expectedJv = Times(expected, new[] { 0.7, -1.1 });
            Assert.Equal(expectedJv[0], jv.x, 12);
            Assert.Equal(expectedJv[1], jv.y, 12);

            var (dr, dtheta) = JacobianFunctions.ToCartesianVectorJacobianProduct(r, theta, (0.4, 2.5));
            var expectedVjp = TransposeTimes(expected, new[] { 0.4, 2.5 });
            Assert.Equal(expectedVjp[0], dr, 12);
            Assert.Equal(expectedVjp[1], dtheta, 12);

            var destination = new double[2, 2];
            JacobianFunctions.ToCartesianJacobian(r, theta, destination);
            Close(expected, destination);
        }

        [Fact]
        public void SphericalToCartesianHasItsClosedFormByForwardMode()
        {
            double r = 1.7, theta = 0.9, phi = -0.4;
            double st = Math.Sin(theta), ct = Math.Cos(theta), sp = Math.Sin(phi), cp = Math.Cos(phi);
            var expected = new[,]
            {
                { st * cp, r * ct * cp, -r * st * sp },
                { st * sp, r * ct * sp, r * st * cp },
                { ct, -r * st, 0.0 },
            };

            Close(expected, JacobianFunctions.SphericalToCartesianJacobian(r, theta, phi));
            Close(expected, JacobianFunctions.SphericalToCartesianCenteredDiff(r, theta, phi), 1e-7);
            Close(expected, JacobianFunctions.SphericalToCartesianForwardDiff(r, theta, phi), 1e-3);
        }

        private static double[,] SoftmaxJacobian(double[] p)
        {
            var j = new double[p.Length, p.Length];
            for (var a = 0; a < p.Length; a++)
            {
                for (var b = 0; b < p.Length; b++)
                {
                    j[a, b] = (a == b ? p[a] : 0.0) - p[a] * p[b];
                }
            }

            return j;
        }

        [Theory]
        [InlineData(5)]
        [InlineData(40)]
        public void SoftmaxIsDiagPMinusPPTransposed(int n)
        {
            var z = Random(n, n, -3, 3);
            var copy = (double[])z.Clone();
            var p = JacobianFunctions.Softmax(z);

            Close(SoftmaxJacobian(p), JacobianFunctions.SoftmaxJacobian(z));
            Assert.Equal(copy, z);
        }

        [Fact]
        public void LinearMapHasJacobianA()
        {
            // 3 x 5 (N > m: reverse mode) and 5 x 3 (N <= m: forward mode).
            foreach (var (m, n) in new[] { (3, 5), (5, 3) })
            {
                var a = new double[m, n];
                var entries = Random(m * n, 7 * m + n);
                for (var i = 0; i < m; i++)
                {
                    for (var j = 0; j < n; j++)
                    {
                        a[i, j] = entries[i * n + j];
                    }
                }

                var x = Random(n, 3);
                Close(a, JacobianFunctions.LinearMapJacobian(a, x));
            }
        }

        [Fact]
        public void RunningSumsAreLowerTriangular()
        {
            var x = Random(6, 11);
            var expected = new double[6, 6];
            for (var i = 0; i < 6; i++)
            {
                for (var j = 0; j <= i; j++)
                {
                    expected[i, j] = 1.0;
                }
            }

            Close(expected, JacobianFunctions.RunningSumsJacobian(x));
        }

        [Theory]
        [InlineData(3, 1)]
        [InlineData(12, 2)]
        public void JvpAndVjpAgreeWithTheJacobianAndEachOther(int n, int seed)
        {
            var z = Random(n, seed, -2, 2);
            var v = Random(n, seed + 100);
            var u = Random(n, seed + 200);
            var jacobian = JacobianFunctions.SoftmaxJacobian(z);
            var jv = JacobianFunctions.SoftmaxJacobianVectorProduct(z, v);
            var jtu = JacobianFunctions.SoftmaxVectorJacobianProduct(z, u);

            Assert.Equal(Dot(u, jv), Dot(jtu, v), 12);
            var expectedJv = Times(jacobian, v);
            var expectedJtu = TransposeTimes(jacobian, u);
            for (var i = 0; i < n; i++)
            {
                Assert.Equal(expectedJv[i], jv[i], 12);
                Assert.Equal(expectedJtu[i], jtu[i], 12);
            }
        }

        [Fact]
        public void NumericJacobianIsWithinItsErrorAndRestoresTheInputs()
        {
            var z = Random(8, 5, -2, 2);
            var copy = (double[])z.Clone();
            var exact = JacobianFunctions.SoftmaxJacobian(z);

            Close(exact, JacobianFunctions.SoftmaxCenteredDiff(z), 1e-7);
            Close(exact, JacobianFunctions.SoftmaxForwardDiff(z, 1e-7), 1e-5);
            Assert.Equal(copy.Select(BitConverter.DoubleToInt64Bits), z.Select(BitConverter.DoubleToInt64Bits));
        }

        [Fact]
        public void CheckJacobianIsSmallForAnExactJacobian()
        {
            Assert.InRange(JacobianFunctions.SoftmaxCheckJacobian(Random(9, 4, -2, 2)), 0.0, 1e-8);
            Assert.InRange(JacobianFunctions.ToCartesianCheckJacobian(1.3, 0.4), 0.0, 1e-8);
            Assert.InRange(JacobianFunctions.SphericalToCartesianCheckJacobian(1.3, 0.4, 2.0), 0.0, 1e-8);
        }

        [Theory]
        [InlineData(0.7)]
        [InlineData(-0.7)]
        public void AnOutputArrayWrittenInPartHoldsWhatTheMethodLeavesAfterEveryMember(double x0)
        {
            // du[1] is written only where x0 > 0, du[3] never, du[0] twice: the untouched elements keep their sentinel.
            var x = new[] { x0, 0.4 };
            double[] Fresh() => new[] { -1.5, -2.5, -3.5, -4.5 };
            var expectedValue = Fresh();
            JacobianFunctions.PartialWriter(x, expectedValue);
            var expected = new double[4, 2];
            expected[0, 0] = 1;
            expected[0, 1] = 3;
            expected[2, 1] = Math.Cos(0.4);
            expected[1, 0] = x0 > 0 ? 2 * x0 : 0;

            var du = Fresh();
            Close(expected, JacobianFunctions.PartialWriterJacobian(x, du));
            Assert.Equal(expectedValue, du);

            du = Fresh();
            var jv = JacobianFunctions.PartialWriterJacobianVectorProduct(x, du, new[] { 0.3, -1.0 });
            Assert.Equal(Times(expected, new[] { 0.3, -1.0 }), jv, new Tolerance(1e-12));
            Assert.Equal(expectedValue, du);

            du = Fresh();
            var u = new[] { 0.5, 0.25, -2.0, 4.0 };
            Assert.Equal(TransposeTimes(expected, u), JacobianFunctions.PartialWriterVectorJacobianProduct(x, du, u), new Tolerance(1e-12));
            Assert.Equal(expectedValue, du);

            du = Fresh();
            var (value, jacobian) = JacobianFunctions.PartialWriterValueAndJacobian(x, du);
            Assert.Equal(expectedValue, value);
            Close(expected, jacobian);
            Assert.Equal(expectedValue, du);
        }

        [Fact]
        public void ACotangentOfAnotherLengthThanTheOutputsIsRefused()
        {
            // u . f stops at the shorter of the two arrays; the check after the forward sweep names the cotangent.
            var x = new[] { 0.7, 0.4 };
            foreach (var length in new[] { 3, 5 })
            {
                var e = Assert.Throws<ArgumentException>(() => JacobianFunctions.PartialWriterVectorJacobianProduct(x, new double[4], new double[length]));
                Assert.Equal("cotangent", e.ParamName);
            }
        }

        [Fact]
        public void LorenzWithAnOutputArrayHasItsClosedFormAndLeavesTheValueInIt()
        {
            double sigma = 10, rho = 28, beta = 8.0 / 3;
            var u = new[] { 1.2, -0.7, 20.5 };
            var copy = (double[])u.Clone();
            var expectedValue = new double[3];
            JacobianFunctions.Lorenz(u, sigma, rho, beta, expectedValue);
            var expected = new[,] { { -sigma, sigma, 0 }, { rho - u[2], -1, -u[0] }, { u[1], u[0], -beta } };

            var du = new double[3];
            Close(expected, JacobianFunctions.LorenzJacobian(u, sigma, rho, beta, du));
            Assert.Equal(expectedValue, du);

            du = new double[3];
            var destination = new double[3, 3];
            JacobianFunctions.LorenzJacobian(u, sigma, rho, beta, du, destination);
            Close(expected, destination);
            Assert.Equal(expectedValue, du);

            du = new double[3];
            var jv = JacobianFunctions.LorenzJacobianVectorProduct(u, sigma, rho, beta, du, new[] { 0.3, -1.0, 2.0 });
            Assert.Equal(Times(expected, new[] { 0.3, -1.0, 2.0 }), jv, new Tolerance(1e-12));
            Assert.Equal(expectedValue, du);

            du = new double[3];
            var jtu = JacobianFunctions.LorenzVectorJacobianProduct(u, sigma, rho, beta, du, new[] { 0.5, 0.25, -2.0 });
            Assert.Equal(TransposeTimes(expected, new[] { 0.5, 0.25, -2.0 }), jtu, new Tolerance(1e-12));
            Assert.Equal(expectedValue, du);

            du = new double[3];
            Close(expected, JacobianFunctions.LorenzCenteredDiff(u, sigma, rho, beta, du), 1e-7);
            Assert.Equal(expectedValue, du);

            du = new double[3];
            var (value, jacobian) = JacobianFunctions.LorenzValueAndJacobian(u, sigma, rho, beta, du);
            Assert.Equal(expectedValue, value);
            Close(expected, jacobian);
            Assert.InRange(JacobianFunctions.LorenzCheckJacobian(u, sigma, rho, beta, du), 0.0, 1e-8);
            Assert.Equal(expectedValue, du);
            Assert.Equal(copy, u);
        }

        /// <summary>Compares doubles to an absolute tolerance.</summary>
        private sealed class Tolerance : System.Collections.Generic.IEqualityComparer<double>
        {
            private readonly double _tolerance;

            public Tolerance(double tolerance) => _tolerance = tolerance;

            public bool Equals(double x, double y) => Math.Abs(x - y) <= _tolerance * Math.Max(1.0, Math.Abs(x));

            public int GetHashCode(double obj) => 0;
        }
    }
}
