using System;
using System.Linq;
using GradGen.Tests.Functions;
using Xunit;
using static GradGen.Tests.Exact.Precision;

namespace GradGen.Tests.GenericMath
{
    /// <summary>
    /// Generic math (issue 14, item 6), compiled by the real compiler and run with T = double and T = float: each
    /// exact gradient against its closed form (1e-12 in double, float's rounding in float), against forward mode
    /// along every unit direction and against the Richardson and centered estimates.
    /// </summary>
    public class GenericMathRuntimeTests
    {
        private const double ClosedForm = 1e-12;

        /// <summary>A few float roundings of the result: what a float gradient of these short bodies keeps.</summary>
        private const double FloatClosedForm = 2e-6;

        private static readonly double[] X = { 0.5, -0.3, 1.2, -0.7 };

        [Theory]
        [InlineData(0.7, -0.4)]
        [InlineData(-2.5, 1.3)]
        public void ScalarsHaveTheirClosedFormInEveryMode(double x, double y)
        {
            var expected = new[] { Math.Cos(x) * Math.Exp(y) + x, Math.Sin(x) * Math.Exp(y) };
            var (gx, gy) = GenericMathFunctions.WaveGradient(x, y);
            Close(expected, new[] { gx, gy }, ClosedForm);

            var (value, gradient) = GenericMathFunctions.WaveValueAndGradient(x, y);
            Assert.Equal(GenericMathFunctions.Wave(x, y), value);
            Close(expected, new[] { gradient.x, gradient.y }, ClosedForm);

            Close(expected[0], GenericMathFunctions.WaveDirectionalDerivative(x, y, 1.0, 0.0), ClosedForm);
            Close(expected[1], GenericMathFunctions.WaveDirectionalDerivative(x, y, 0.0, 1.0), ClosedForm);

            var richardson = GenericMathFunctions.WaveRichardsonDiff(x, y);
            Close(expected, new[] { richardson.x, richardson.y }, 1e-10);
            var centered = GenericMathFunctions.WaveCenteredDiff(x, y, 1e-5);
            Close(expected, new[] { centered.x, centered.y }, 1e-8);
            var forward = GenericMathFunctions.WaveForwardDiff(x, y, 1e-7);
            Close(expected, new[] { forward.x, forward.y }, 1e-5);
            Assert.InRange(GenericMathFunctions.WaveCheckGradient(x, y), 0.0, 1e-10);
        }

        [Fact]
        public void ScalarsInFloat()
        {
            const float x = 0.7f, y = -0.4f;
            var expected = new[] { Math.Cos(x) * Math.Exp(y) + x, Math.Sin(x) * Math.Exp(y) };
            (float gx, float gy) = GenericMathFunctions.WaveGradient(x, y);
            Close(expected, new double[] { gx, gy }, FloatClosedForm);
            Close(expected[0], GenericMathFunctions.WaveDirectionalDerivative(x, y, 1f, 0f), FloatClosedForm);
            // Float's own accuracy (measured about 1e-7 for Richardson, 1e-5 for the centered difference at 1e-2 and
            // for the check of a correct gradient): the differences and the check work in T, not in double.
            var richardson = GenericMathFunctions.WaveRichardsonDiff(x, y);
            Close(expected, new double[] { richardson.x, richardson.y }, 1e-5);
            var centered = GenericMathFunctions.WaveCenteredDiff(x, y, 1e-2);
            Close(expected, new double[] { centered.x, centered.y }, 1e-4);
            Assert.InRange(GenericMathFunctions.WaveCheckGradient(x, y), 0f, 1e-4f);
        }

        /// <summary>The gradient of Norm by hand: the chain rule through the four steps of the loop at <see cref="X"/>.</summary>
        private static double[] NormGradient()
        {
            var s1 = X[0] * X[0];
            var s2 = s1 * Math.Cos(X[1]);
            var s3 = s2 + X[2] * X[2];
            var s4 = s3 * Math.Cos(X[3]);
            var d = 1 / (2 * Math.Sqrt(s4));
            return new[]
            {
                d * Math.Cos(X[3]) * Math.Cos(X[1]) * 2 * X[0],
                d * Math.Cos(X[3]) * -s1 * Math.Sin(X[1]),
                d * Math.Cos(X[3]) * 2 * X[2],
                d * -s3 * Math.Sin(X[3]),
            };
        }

        [Fact]
        public void AnArrayThroughALoopWithABranchAndATape()
        {
            var expected = NormGradient();
            var x = (double[])X.Clone();
            double[] gradient = GenericMathFunctions.NormGradient(x);
            Close(expected, gradient, ClosedForm);

            var destination = new double[x.Length];
            var value = GenericMathFunctions.NormValueAndGradient(x, destination);
            Assert.Equal(GenericMathFunctions.Norm(x), value);
            Close(expected, destination, ClosedForm);

            var forward = Enumerable.Range(0, x.Length).Select(i => GenericMathFunctions.NormDirectionalDerivative(x, Unit(x.Length, i))).ToArray();
            Close(expected, forward, ClosedForm);
            Close(expected, GenericMathFunctions.NormRichardsonDiff(x), 1e-10);
            Close(expected, GenericMathFunctions.NormCenteredDiff(x, 1e-5), 1e-8);
            Assert.InRange(GenericMathFunctions.NormCheckGradient(x), 0.0, 1e-10);
            Assert.Equal(X, x);
        }

        [Fact]
        public void AnArrayInFloat()
        {
            var expected = NormGradient();
            var x = X.Select(v => (float)v).ToArray();
            float[] gradient = GenericMathFunctions.NormGradient(x);
            Close(expected, gradient.Select(v => (double)v).ToArray(), 1e-5);
            var forward = Enumerable.Range(0, x.Length).Select(i => (double)GenericMathFunctions.NormDirectionalDerivative(x, Unit(x.Length, i).Select(v => (float)v).ToArray())).ToArray();
            Close(expected, forward, 1e-5);
            Close(expected, GenericMathFunctions.NormRichardsonDiff(x).Select(v => (double)v).ToArray(), 1e-4); // element 1 is 40 times smaller than the others
            Assert.Equal(X.Select(v => (float)v), x);
        }

        [Fact]
        public void ConstantsConversionsAndDataAgreeWithForwardModeAndRichardson()
        {
            const double a = 0.8;
            var w = new[] { 0.3, -1.1, 0.6 };
            var data = new[] { 2.0, 0.5, -1.5 };
            var (ga, gw) = GenericMathFunctions.MixedGradient(a, w, data, 3);
            var exact = new[] { ga }.Concat(gw).ToArray();

            var forward = Enumerable.Range(0, 4).Select(i =>
            {
                var direction = Unit(4, i);
                return GenericMathFunctions.MixedDirectionalDerivative(a, w, data, 3, direction[0], direction.Skip(1).ToArray());
            }).ToArray();
            Close(exact, forward, ClosedForm);

            var (ra, rw) = GenericMathFunctions.MixedRichardsonDiff(a, w, data, 3);
            Close(exact, new[] { ra }.Concat(rw).ToArray(), 1e-9);
            Assert.InRange(GenericMathFunctions.MixedCheckGradient(a, w, data, 3), 0.0, 1e-10);

            // Against the same body over double, written out: the constants are the same numbers.
            Close(MixedByHand(a, w, data, 3), GenericMathFunctions.Mixed(a, w, data, 3), 1e-15);
            Close(ra, (MixedByHand(a + 1e-6, w, data, 3) - MixedByHand(a - 1e-6, w, data, 3)) / 2e-6, 1e-7);
        }

        private static double MixedByHand(double a, double[] w, double[] data, int n)
        {
            double total = 1;
            for (var k = 0; k < n; k++)
            {
                var term = w[k] * data[k] + k * a;
                total += term > 0 ? Math.Pow(term, 1.5) : Math.Tanh(term);
            }

            var angle = Math.Atan2(a, Math.PI) + Math.Log(Math.E + a * a);
            return total * angle + Math.Max(Math.Abs(a), w[0]) / 4;
        }

        [Fact]
        public void AnInstanceMethodOfAGenericType()
        {
            var scaled = new GenericMathFunctions.Scaled<string> { K = 2.5 };
            Close(2.5 * 3 * 1.5 * 1.5, scaled.CubeGradient(1.5), ClosedForm);
            Close(2.5 * 3 * 1.5 * 1.5, scaled.CubeDirectionalDerivative(1.5, 1.0), ClosedForm);
            Close(2.5 * 3 * 1.5 * 1.5, scaled.CubeGradient(1.5f), FloatClosedForm);
            Close(2.5 * 3 * 1.5 * 1.5, scaled.CubeRichardsonDiff(1.5), 1e-10);
        }

        [Fact]
        public void CallsBetweenGenericMethodsInEveryMode()
        {
            const double a = 0.6;
            var x = new[] { 0.4, -1.2, 0.9 };
            var s = x.Sum(v => v * v);
            var expected = new[] { 2 * a * s + Math.Cos(a) * Math.Exp(x[0]) + a }
                .Concat(x.Select((v, i) => a * a * 2 * v + (i == 0 ? Math.Sin(a) * Math.Exp(x[0]) : 0))).ToArray();

            var (ga, gx) = GenericMathFunctions.CallsGradient(a, x);
            Close(expected, new[] { ga }.Concat(gx).ToArray(), ClosedForm);
            var forward = Enumerable.Range(0, 4).Select(i =>
            {
                var direction = Unit(4, i);
                return GenericMathFunctions.CallsDirectionalDerivative(a, x, direction[0], direction.Skip(1).ToArray());
            }).ToArray();
            Close(expected, forward, ClosedForm);
            var (ra, rx) = GenericMathFunctions.CallsRichardsonDiff(a, x);
            Close(expected, new[] { ra }.Concat(rx).ToArray(), 1e-9);
            Assert.InRange(GenericMathFunctions.CallsCheckGradient(a, x), 0.0, 1e-10);

            var (fa, fx) = GenericMathFunctions.CallsGradient((float)a, x.Select(v => (float)v).ToArray());
            Close(expected, new double[] { fa }.Concat(fx.Select(v => (double)v)).ToArray(), 1e-5);
        }

        [Theory]
        [InlineData(0.3, 1.7, 0)]
        [InlineData(-0.6, 0.4, 2)]
        [InlineData(1.4, -2.1, 5)]
        public void SwitchLocalFunctionsAndModernFunctionsMatchTheirDoubleTwin(double x, double y, int mode)
        {
            // The same derivative program over T = double as over double: bit for bit.
            var (gx, gy) = GenericMathFunctions.ConstructsGradient(x, y, mode);
            var (tx, ty) = GenericMathFunctions.ConstructsOverDoubleGradient(x, y, mode);
            Assert.Equal(tx, gx);
            Assert.Equal(ty, gy);
            Assert.Equal(GenericMathFunctions.ConstructsOverDouble(x, y, mode), GenericMathFunctions.Constructs(x, y, mode));

            Close(gx, GenericMathFunctions.ConstructsDirectionalDerivative(x, y, mode, 1.0, 0.0), ClosedForm);
            Close(gy, GenericMathFunctions.ConstructsDirectionalDerivative(x, y, mode, 0.0, 1.0), ClosedForm);
            var richardson = GenericMathFunctions.ConstructsRichardsonDiff(x, y, mode);
            Close(new[] { gx, gy }, new[] { richardson.x, richardson.y }, 1e-9);

            var (fx, fy) = GenericMathFunctions.ConstructsGradient((float)x, (float)y, mode);
            Close(new[] { gx, gy }, new double[] { fx, fy }, 1e-5);
        }

        private static double[] Unit(int length, int index)
        {
            var unit = new double[length];
            unit[index] = 1;
            return unit;
        }
    }
}
