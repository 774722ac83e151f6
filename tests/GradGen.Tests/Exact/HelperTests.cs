using System;
using System.Linq;
using GradGen.Tests.Functions;
using Xunit;
using static GradGen.Tests.Exact.Precision;

namespace GradGen.Tests.Exact
{
    /// <summary>
    /// Helpers without [Differentiable] (issue 14, items 4 and 5), compiled by the real compiler: each exact gradient
    /// against its closed form to 1e-12, and against forward mode and Richardson's estimate (DifferentialOracle). The
    /// functions project builds with warnings as errors, so a fallback (GG0100) would already fail the build.
    /// </summary>
    public class HelperTests
    {
        private const double ClosedForm = 1e-12;

        private static readonly double[][] Points =
        {
            new[] { 0.3, -1.2, 0.8, 2.0 },
            new[] { -0.7, 0.4, 1.9, -2.5, 0.05 },
        };

        private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

        [Fact]
        public void APrivateSigmoid()
        {
            foreach (var x in Points)
            {
                var expected = x.Select(v => Sigmoid(v) + v * Sigmoid(v) * (1 - Sigmoid(v))).ToArray();
                Close(expected, HelperFunctions.SigmoidSumGradient(x), ClosedForm);
                DifferentialOracle.AssertAgrees(typeof(HelperFunctions), nameof(HelperFunctions.SigmoidSum), x);
            }
        }

        [Fact]
        public void ADotOfAStaticUtilityClassInAnotherFile()
        {
            var data = new[] { 1.5, -0.5, 0.25, 2.0 };
            foreach (var w in Points.Where(p => p.Length == data.Length))
            {
                var d = w.Zip(data, (a, b) => a * b).Sum();
                var expected = w.Select((v, i) => 2 * d * data[i] + 2 * v).ToArray();
                Close(expected, HelperFunctions.QuadraticGradient(w, data), ClosedForm);
                DifferentialOracle.AssertAgrees(typeof(HelperFunctions), nameof(HelperFunctions.Quadratic), w, data);
            }
        }

        [Fact]
        public void AHelperCallingAHelperAndAPrivateHelperOfItsClass()
        {
            foreach (var w in Points)
            {
                var r = Math.Sqrt(w.Sum(v => v * v) + 0.01);
                var expected = w.Select((v, i) => v / r * w[0] + (i == 0 ? r : 0)).ToArray();
                Close(expected, HelperFunctions.ScaledNormGradient(w), ClosedForm);
                DifferentialOracle.AssertAgrees(typeof(HelperFunctions), nameof(HelperFunctions.ScaledNorm), w);
            }
        }

        [Fact]
        public void AHelperThatFillsALocalArray()
        {
            foreach (var w in Points)
            {
                var expected = new double[w.Length];
                for (var i = 1; i < w.Length; i++)
                {
                    var d = w[i] * w[i] - w[i - 1];
                    expected[i] += 2 * d * 2 * w[i];
                    expected[i - 1] -= 2 * d;
                }

                expected[1] += 1;
                Close(expected, HelperFunctions.RoughGradient(w), ClosedForm);
                DifferentialOracle.AssertAgrees(typeof(HelperFunctions), nameof(HelperFunctions.Rough), w);
            }
        }

        [Theory]
        [InlineData(0.5)]
        [InlineData(1.0)]
        [InlineData(10.0)]
        public void AHelperThatReturnsFromInsideItsLoop(double threshold)
        {
            foreach (var w in Points)
            {
                var expected = new double[w.Length];
                var first = Array.FindIndex(w, v => v > threshold);
                if (first >= 0)
                {
                    expected[first] = 2 * w[first] * (first + 1);
                }
                else
                {
                    expected[0] = 0.5;
                }

                expected[0] += w[1];
                expected[1] += w[0];
                Close(expected, HelperFunctions.ThresholdGradient(w, threshold), ClosedForm);
                DifferentialOracle.AssertAgrees(typeof(HelperFunctions), nameof(HelperFunctions.Threshold), w, threshold);
            }
        }

        [Fact]
        public void InstanceHelpersOnThis()
        {
            var model = new HelperModel { Gain = 0.8 };
            foreach (var x in Points)
            {
                double Squash(double z) => Math.Tanh(model.Gain * z) / model.Gain;
                double Slope(double z) => 1 - Math.Tanh(model.Gain * z) * Math.Tanh(model.Gain * z);
                var expected = new double[x.Length];
                for (var i = 0; i + 1 < x.Length; i++)
                {
                    expected[i] += Slope(x[i]) * x[i + 1];
                    expected[i + 1] += Squash(x[i]);
                }

                expected[0] += 2 * Squash(x[0]) * Slope(x[0]);
                Close(expected, model.EnergyGradient(x), ClosedForm);
                var direction = x.Select((_, i) => 0.5 - i).ToArray();
                Close(expected.Zip(direction, (g, v) => g * v).Sum(), model.EnergyDirectionalDerivative(x, direction), ClosedForm);
                FiniteDifferenceCheck.AssertAgrees("Energy", p => model.Energy(p), x, expected);
            }
        }

        [Fact]
        public void LocalFunctionsOfSeveralStatements()
        {
            foreach (var x in Points)
            {
                var expected = x.Select(v => 3 * v * v - 2).ToArray();
                expected[0] += 3 * x[0] * x[0];
                Close(expected, HelperFunctions.LocalPolynomialGradient(x), ClosedForm);
                DifferentialOracle.AssertAgrees(typeof(HelperFunctions), nameof(HelperFunctions.LocalPolynomial), x);
            }
        }

        [Fact]
        public void LocalFunctionsOfOneNameInSiblingBlocksAreTwoHelpers()
        {
            foreach (var x in Points)
            {
                var expected = new double[x.Length];
                expected[0] = 2 * x[0];
                expected[1] = 3 * x[1] * x[1];
                Close(expected, HelperFunctions.SiblingLocalsGradient(x), ClosedForm);
                DifferentialOracle.AssertAgrees(typeof(HelperFunctions), nameof(HelperFunctions.SiblingLocals), x);
            }
        }

        [Theory]
        [InlineData(0.8, -1.1)]
        [InlineData(0.0, 2.0)]
        [InlineData(-1.3, 0.4)]
        public void TheHessianThroughAHelperIsTheClosedForm(double x, double y)
        {
            var s = Sigmoid(x * y);
            var s1 = s * (1 - s);
            var s2 = s1 * (1 - 2 * s);
            var u = Sigmoid(x - y);
            var u1 = u * (1 - u);
            var u2 = u1 * (1 - 2 * u);
            var square = 2 * (u1 * u1 + u * u2);
            var expected = new[,] { { s2 * y * y + square, s2 * x * y + s1 - square }, { s2 * x * y + s1 - square, s2 * x * x + square } };
            var hessian = HelperFunctions.SigmoidPairHessian(x, y);
            for (var i = 0; i < 2; i++)
            {
                for (var j = 0; j < 2; j++)
                {
                    Close(expected[i, j], hessian[i, j], ClosedForm, "[" + i + ", " + j + "]");
                }
            }

            var (gx, gy) = HelperFunctions.SigmoidPairGradient(x, y);
            Close(s1 * y + 2 * u * u1, gx, ClosedForm);
            Close(s1 * x - 2 * u * u1, gy, ClosedForm);
        }

        [Theory]
        [InlineData(0.8, -1.1)]
        [InlineData(-1.3, 0.4)]
        public void TheJacobianOfAVectorValuedMethodThroughAHelperIsTheClosedForm(double x, double y)
        {
            var s = Sigmoid(x * y);
            var t = Sigmoid(y);
            var expected = new[,] { { s * (1 - s) * y, s * (1 - s) * x }, { t, x * t * (1 - t) } };
            var jacobian = HelperFunctions.SigmoidPairVectorJacobian(x, y);
            var (va, vb) = HelperFunctions.SigmoidPairVectorVectorJacobianProduct(x, y, (0.7, -1.9));
            var (ja, jb) = HelperFunctions.SigmoidPairVectorJacobianVectorProduct(x, y, 0.3, 1.1);
            for (var i = 0; i < 2; i++)
            {
                for (var j = 0; j < 2; j++)
                {
                    Close(expected[i, j], jacobian[i, j], ClosedForm, "[" + i + ", " + j + "]");
                }
            }

            Close(0.7 * expected[0, 0] - 1.9 * expected[1, 0], va, ClosedForm);
            Close(0.7 * expected[0, 1] - 1.9 * expected[1, 1], vb, ClosedForm);
            Close(0.3 * expected[0, 0] + 1.1 * expected[0, 1], ja, ClosedForm);
            Close(0.3 * expected[1, 0] + 1.1 * expected[1, 1], jb, ClosedForm);
        }

        [Fact]
        public void TheHessianThroughHelpersCallingHelpersIsTheClosedForm()
        {
            foreach (var w in Points)
            {
                var r = Math.Sqrt(w.Sum(v => v * v) + 0.01);
                var hessian = HelperFunctions.ScaledNormHessian(w);
                for (var i = 0; i < w.Length; i++)
                {
                    for (var j = 0; j < w.Length; j++)
                    {
                        var expected = w[0] * ((i == j ? 1 / r : 0) - w[i] * w[j] / (r * r * r)) + (i == 0 ? w[j] / r : 0) + (j == 0 ? w[i] / r : 0);
                        Close(expected, hessian[i, j], ClosedForm, "[" + i + ", " + j + "]");
                    }
                }
            }
        }
    }
}
