using System;
using System.Linq;
using GradGen.Tests.Functions;
using Xunit;
using Xunit.Sdk;

namespace GradGen.Tests.SecondOrder
{
    /// <summary>
    /// The generated second-order members (issue 12) against closed forms, to 1e-12 relative to the matrix's scale;
    /// symmetry; H v against MHessian times v; the numeric Hessian; inputs never written.
    /// </summary>
    public class HessianRuntimeTests
    {
        private static void Close(double expected, double actual, double scale, double tolerance, string what)
        {
            if (Math.Abs(actual - expected) <= tolerance * Math.Max(Math.Abs(expected), scale))
            {
                return;
            }

            throw new XunitException(what + ": expected " + expected.ToString("R") + " but got " + actual.ToString("R"));
        }

        private static void Close(double[,] expected, double[,] actual, double tolerance = 1e-12)
        {
            Assert.Equal(expected.GetLength(0), actual.GetLength(0));
            Assert.Equal(expected.GetLength(1), actual.GetLength(1));
            var scale = expected.Cast<double>().Max(Math.Abs);
            for (var i = 0; i < expected.GetLength(0); i++)
            {
                for (var j = 0; j < expected.GetLength(1); j++)
                {
                    Close(expected[i, j], actual[i, j], scale, tolerance, "[" + i + ", " + j + "]");
                }
            }
        }

        /// <summary>Equal to a tolerance relative to the larger magnitude (at least 1).</summary>
        private sealed class ToleranceComparer : System.Collections.Generic.IEqualityComparer<double>
        {
            private readonly double _tolerance;

            public ToleranceComparer(double tolerance) => _tolerance = tolerance;

            public bool Equals(double x, double y) => Math.Abs(x - y) <= _tolerance * Math.Max(1, Math.Max(Math.Abs(x), Math.Abs(y)));

            public int GetHashCode(double obj) => 0;
        }

        private static double[] Times(double[,] matrix, double[] v)
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

        private static double[] Random(int n, int seed, double low = -1.5, double high = 1.5)
        {
            var random = new Random(seed);
            return Enumerable.Range(0, n).Select(_ => low + (high - low) * random.NextDouble()).ToArray();
        }

        private static double[,] RosenbrockHessian(double[] x)
        {
            var n = x.Length;
            var h = new double[n, n];
            for (var i = 0; i < n; i++)
            {
                h[i, i] = (i < n - 1 ? 2 + 1200 * x[i] * x[i] - 400 * x[i + 1] : 0) + (i > 0 ? 200 : 0);
                if (i < n - 1)
                {
                    h[i, i + 1] = h[i + 1, i] = -400 * x[i];
                }
            }

            return h;
        }

        [Theory]
        [InlineData(10)]
        [InlineData(1000)]
        public void ChainedRosenbrockHasItsTridiagonalHessian(int n)
        {
            var x = Random(n, n);
            var copy = (double[])x.Clone();
            var expected = RosenbrockHessian(x);
            Close(expected, HessianFunctions.RosenbrockHessian(x));

            var v = Random(n, n + 1);
            var product = HessianFunctions.RosenbrockHessianVectorProduct(x, v);
            var scale = product.Max(Math.Abs);
            var reference = Times(expected, v);
            for (var i = 0; i < n; i++)
            {
                Close(reference[i], product[i], scale, 1e-12, "Hv[" + i + "]");
            }

            Assert.Equal(copy, x);
        }

        [Fact]
        public void SoftmaxCrossEntropyHessianIsTheKroneckerClosedForm()
        {
            const int classes = 4;
            const int inputs = 3;
            var flat = Random(classes * inputs, 7);
            var w = new double[classes, inputs];
            Buffer.BlockCopy(flat, 0, w, 0, flat.Length * sizeof(double));
            var x = new[] { 0.5, -1.2, 2.0 };
            var z = Enumerable.Range(0, classes).Select(c => Enumerable.Range(0, inputs).Sum(k => w[c, k] * x[k])).ToArray();
            var max = z.Max();
            var total = z.Sum(value => Math.Exp(value - max));
            var p = z.Select(value => Math.Exp(value - max) / total).ToArray();

            // (diag(p) - p p^T) (x) x x^T, rows and columns (c, k) in row-major order.
            var expected = new double[classes * inputs, classes * inputs];
            for (var c = 0; c < classes; c++)
            {
                for (var k = 0; k < inputs; k++)
                {
                    for (var d = 0; d < classes; d++)
                    {
                        for (var l = 0; l < inputs; l++)
                        {
                            expected[c * inputs + k, d * inputs + l] = ((c == d ? p[c] : 0) - p[c] * p[d]) * x[k] * x[l];
                        }
                    }
                }
            }

            var actual = HessianFunctions.LossHessian(w, x, 2);
            Close(expected, actual);

            var destination = new double[classes * inputs, classes * inputs];
            HessianFunctions.LossHessian(w, x, 2, destination);
            Assert.Equal(actual, destination);

            var (value, gradient, hessian) = HessianFunctions.LossValueGradientAndHessian(w, x, 2);
            Assert.Equal(HessianFunctions.Loss(w, x, 2), value, 12);
            Assert.Equal(HessianFunctions.LossGradient(w, x, 2), gradient);
            Assert.Equal(actual, hessian);
        }

        [Fact]
        public void BlackScholesGammaVannaVolga()
        {
            double spot = 100, volatility = 0.2, strike = 95, rate = 0.03, time = 1.0;
            var sqrtT = Math.Sqrt(time);
            var d1 = (Math.Log(spot / strike) + (rate + 0.5 * volatility * volatility) * time) / (volatility * sqrtT);
            var d2 = d1 - volatility * sqrtT;
            var phi = Math.Exp(-0.5 * d1 * d1) / Math.Sqrt(2 * Math.PI);
            var gamma = phi / (spot * volatility * sqrtT);
            var vanna = -phi * d2 / volatility;
            var volga = spot * phi * sqrtT * d1 * d2 / volatility;

            var h = HessianFunctions.CallHessian(spot, volatility, strike, rate, time);
            Close(new[,] { { gamma, vanna }, { vanna, volga } }, h);

            var (hs, hv) = HessianFunctions.CallHessianVectorProduct(spot, volatility, strike, rate, time, 1.0, 0.0);
            Assert.Equal(h[0, 0], hs);
            Assert.Equal(h[0, 1], hv);
        }

        [Theory]
        [InlineData(1.7, 2.5)]
        [InlineData(0.4, -1.3)]
        [InlineData(1.7, 0.0)] // the guard of d/dx x^y at y = 0 must not hide d2/dxdy = 1/x
        [InlineData(0.6, 0.0)]
        public void PowerInBothArguments(double x, double y)
        {
            var lx = Math.Log(x);
            var expected = new[,]
            {
                { y * (y - 1) * Math.Pow(x, y - 2), Math.Pow(x, y - 1) * (1 + y * lx) },
                { Math.Pow(x, y - 1) * (1 + y * lx), Math.Pow(x, y) * lx * lx },
            };
            Close(expected, HessianFunctions.PowerHessian(x, y));
        }

        [Theory]
        [InlineData(2.0, 3.0)]
        [InlineData(0.3, -1.5)]
        public void NewtonIterationConvergesToTheSecondDerivativesOfTheSquareRoot(double a, double b)
        {
            var expected = new[,]
            {
                { -b / (4 * a * Math.Sqrt(a)), 1 / (2 * Math.Sqrt(a)) },
                { 1 / (2 * Math.Sqrt(a)), 0 },
            };
            Close(expected, HessianFunctions.NewtonSqrtHessian(a, b));
        }

        [Theory]
        [InlineData(0.3)]
        [InlineData(-2.1)]
        public void OneScalarGivesADouble(double x)
        {
            Precision(12 * x * x - Math.Sin(x), HessianFunctions.QuarticHessian(x), 1e-13);
            Precision(12 * x * x - Math.Sin(x), HessianFunctions.QuarticHessianCenteredDiff(x, 1e-3), 1e-5);
            var (value, gradient, hessian) = HessianFunctions.QuarticValueGradientAndHessian(x);
            Assert.Equal(HessianFunctions.Quartic(x), value);
            Assert.Equal(HessianFunctions.QuarticGradient(x), gradient);
            Assert.Equal(HessianFunctions.QuarticHessian(x), hessian);
        }

        private static void Precision(double expected, double actual, double relative) =>
            Close(expected, actual, Math.Abs(expected), relative, "value");

        /// <summary>Branches, Abs, Pow, Tanh, a local array, a matrix and a scalar: against the numeric Hessian and the centered difference of the exact gradient.</summary>
        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        public void MixedConstructsAgreeWithDifferencesOfTheExactGradient(int seed)
        {
            var flat = Random(6, seed, -0.9, 0.9);
            var w = new double[3, 2];
            Buffer.BlockCopy(flat, 0, w, 0, flat.Length * sizeof(double));
            var b = 0.3 * seed - 0.5;
            var copy = (double[,])w.Clone();

            var h = HessianFunctions.MixedHessian(w, b);
            Assert.Equal(7, h.GetLength(0));
            for (var i = 0; i < 7; i++)
            {
                for (var j = 0; j < 7; j++)
                {
                    Assert.Equal(h[i, j], h[j, i], 12);
                }
            }

            // Column k by the Richardson-extrapolated centered difference of the exact gradient along e_k.
            double[] Gradient(double[] point)
            {
                var matrix = new double[3, 2];
                Buffer.BlockCopy(point, 0, matrix, 0, 6 * sizeof(double));
                var (gw, gb) = HessianFunctions.MixedGradient(matrix, point[6]);
                return gw.Cast<double>().Append(gb).ToArray();
            }

            var point = flat.Append(b).ToArray();
            var scale = h.Cast<double>().Max(Math.Abs);
            for (var k = 0; k < 7; k++)
            {
                double[] Difference(double step)
                {
                    var up = (double[])point.Clone();
                    var down = (double[])point.Clone();
                    up[k] += step;
                    down[k] -= step;
                    return Gradient(up).Zip(Gradient(down), (u, d) => (u - d) / (2 * step)).ToArray();
                }

                var coarse = Difference(1e-3);
                var fine = Difference(5e-4);
                for (var i = 0; i < 7; i++)
                {
                    var richardson = (4 * fine[i] - coarse[i]) / 3;
                    Close(richardson, h[i, k], scale, 1e-7, "H[" + i + ", " + k + "]");
                }
            }

            Close(h, HessianFunctions.MixedHessianCenteredDiff(w, b, 1e-4), 1e-5);

            var vw = new double[3, 2] { { 0.3, -1.0 }, { 0.7, 0.2 }, { -0.4, 1.1 } };
            var vb = -0.6;
            var (pw, pb) = HessianFunctions.MixedHessianVectorProduct(w, b, vw, vb);
            var reference = Times(h, vw.Cast<double>().Append(vb).ToArray());
            var product = pw.Cast<double>().Append(pb).ToArray();
            for (var i = 0; i < 7; i++)
            {
                Close(reference[i], product[i], scale, 1e-12, "Hv[" + i + "]");
            }

            Assert.Equal(copy, w);
        }

        [Fact]
        public void NumericHessianRestoresTheInputsBitForBit()
        {
            var x = Random(8, 3).Select(v => v + 1e-17 * v).ToArray();
            var copy = (double[])x.Clone();
            var numeric = HessianFunctions.RosenbrockHessianCenteredDiff(x);
            Assert.Equal(copy, x);
            Close(RosenbrockHessian(x), numeric, 1e-4);
        }

        [Fact]
        public void FloatMethodsGiveFloatProductsAndADoubleHessian()
        {
            var x = new[] { 0.5f, -0.8f };
            var y = 1.3f;
            float[] px;
            float py;
            (px, py) = HessianFunctions.SingleHessianVectorProduct(x, y, new[] { 1f, 0f }, 0f);
            double s = Math.Cos(x[1] * (double)y);
            double sn = Math.Sin(x[1] * (double)y);

            // f = x0^2 y + sin(x1 y)
            var expected = new double[,]
            {
                { 2 * y, 0, 2 * x[0] },
                { 0, -y * y * sn, s - x[1] * y * sn },
                { 2 * x[0], s - x[1] * y * sn, -x[1] * x[1] * sn },
            };
            Close(expected, HessianFunctions.SingleHessian(x, y), 1e-6);
            Assert.Equal(2 * y, px[0], 5);
            Assert.Equal(2 * x[0], py, 5);
        }

        [Fact]
        public void DestinationOverloadsAllocateNothingOnceWarm()
        {
            var x = Random(100, 5);
            var v = Random(100, 6);
            var destination = new double[100];
            HessianFunctions.RosenbrockHessianVectorProduct(x, v, destination);
            var before = GC.GetAllocatedBytesForCurrentThread();
            HessianFunctions.RosenbrockHessianVectorProduct(x, v, destination);
            Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());

            // MHessian's destination overload keeps its direction and product arrays per thread.
            var hessian = new double[100, 100];
            HessianFunctions.RosenbrockHessian(x, hessian);
            before = GC.GetAllocatedBytesForCurrentThread();
            HessianFunctions.RosenbrockHessian(x, hessian);
            Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
            Assert.Equal(HessianFunctions.RosenbrockHessian(x).Cast<double>(), hessian.Cast<double>());

            // Another size replaces the kept arrays; the result is still right.
            var small = Random(7, 8);
            Assert.Equal(RosenbrockHessian(small).Cast<double>(), HessianFunctions.RosenbrockHessian(small).Cast<double>(), new ToleranceComparer(1e-12));
        }

        [Fact]
        public void FallbacksDifferenceTheGradient()
        {
            var x = new[] { 0.4, -0.7 };
            var y = 0.9;
            var h = HessianFallbackFunctions.NumericSumHessian(x, y);
            var e = Math.Exp(y * x[1]);
            var expected = new double[,]
            {
                { 0, y, x[1] },
                { y, y * y * e, x[0] + e + y * x[1] * e },
                { x[1], x[0] + e + y * x[1] * e, x[1] * x[1] * e },
            };
            Close(expected, h, 1e-5);

            // Caller: (x y)^3 + x.
            var (a, b) = (0.8, -1.1);
            var caller = HessianFallbackFunctions.CallerHessian(a, b);
            var u = a * b;
            Close(new double[,] { { 6 * u * b * b, 9 * u * u }, { 9 * u * u, 6 * u * a * a } }, caller, 1e-6);
        }
    }
}
