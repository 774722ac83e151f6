using System;
using System.Linq;
using GradGen.Tests.Functions;
using Xunit;
using static GradGen.Tests.Exact.Precision;

namespace GradGen.Tests.Spans
{
    /// <summary>
    /// Spans (issue 14, item 2), compiled by the real compiler: each exact gradient against its closed form to 1e-12,
    /// against forward mode along every unit direction and against Richardson's estimate; the differences leave a
    /// span's memory bit for bit as it was.
    /// </summary>
    public class SpanRuntimeTests
    {
        private const double ClosedForm = 1e-12;

        private static readonly double[] A = { 0.5, -1.25, 2.0, 0.75 };
        private static readonly double[] B = { -0.3, 1.1, 0.45, -2.2 };

        [Fact]
        public void ASpanDotProductHasItsClosedFormInEveryMode()
        {
            var (a, b) = SpanFunctions.DotGradient(A, B);
            Assert.IsType<double[]>(a);
            Close(B, a, ClosedForm);
            Close(A, b, ClosedForm);
            var forward = Enumerable.Range(0, A.Length).Select(i => SpanFunctions.DotDirectionalDerivative(A, B, Unit(A.Length, i), new double[A.Length])).ToArray();
            Close(B, forward, ClosedForm);
            Close(B, SpanFunctions.DotRichardsonDiff(A, B).a, 1e-9);
            Close(A, SpanFunctions.DotCenteredDiff(A, B, 1e-5).b, 1e-8);
            Assert.True(SpanFunctions.DotCheckGradient(A, B) < 1e-10);

            // The destination overload takes spans: here slices of one buffer.
            var buffer = new double[2 * A.Length];
            var value = SpanFunctions.DotValueAndGradient(A, B, buffer.AsSpan(0, A.Length), buffer.AsSpan(A.Length));
            Close(A.Zip(B, (p, q) => p * q).Sum(), value);
            Close(B.Concat(A).ToArray(), buffer, ClosedForm);
        }

        [Fact]
        public void ADestinationThatOverlapsItsInputIsRefused()
        {
            var a = (double[])A.Clone();
            Assert.Throws<ArgumentException>(() => SpanFunctions.DotGradient(a, B, a.AsSpan(), new double[B.Length]));
            Assert.Throws<ArgumentException>(() => SpanFunctions.DotGradient(A, B, new double[3], new double[B.Length]));
        }

        [Fact]
        public void AWritableSpanAndReadOnlyDataByForeach()
        {
            var w = new[] { 0.25, -1.5, 2.0, 0.5 };
            var expected = A.Select((v, i) => w[i] * Math.Cos(v) + (i == 0 ? w.Sum() : 0)).ToArray();
            Close(expected, SpanFunctions.WeightedGradient(A.ToArray(), w), ClosedForm);
            var forward = Enumerable.Range(0, A.Length).Select(i => SpanFunctions.WeightedDirectionalDerivative(A.ToArray(), w, Unit(A.Length, i))).ToArray();
            Close(expected, forward, ClosedForm);
            Close(expected, SpanFunctions.WeightedRichardsonDiff(A.ToArray(), w), 1e-9);
        }

        [Fact]
        public void TheDifferencesLeaveTheSpansMemoryBitForBit()
        {
            var x = new[] { 0.1, 1e-300, -7.3e12, Math.PI };
            var w = new[] { 0.25, -1.5, 2.0, 0.5 };
            var before = x.Select(BitConverter.DoubleToInt64Bits).ToArray();
            SpanFunctions.WeightedForwardDiff(x, w, 0.3);
            SpanFunctions.WeightedCenteredDiff(x, w, 0.3);
            SpanFunctions.WeightedRichardsonDiff(x, w);
            SpanFunctions.WeightedCheckGradient(x, w);
            SpanFunctions.DotCenteredDiff(x, w, 0.3);
            SpanFunctions.DotRichardsonDiff(x, x);
            Assert.Equal(before, x.Select(BitConverter.DoubleToInt64Bits).ToArray());
        }

        [Fact]
        public void FloatSpans()
        {
            var x = new[] { 0.5f, -1.5f, 2.0f };
            var (gx, gy) = SpanFunctions.FloatSquaresGradient(x, 1.25f);
            Close(x.Select(v => 2.0 * v * 1.25).ToArray(), gx.Select(v => (double)v).ToArray(), 1e-6);
            Close(x.Sum(v => (double)v * v), gy, 1e-6);
        }

        [Fact]
        public void CallsPassSpansAndArraysThroughBothModes()
        {
            var c = new[] { 0.3, -0.2, 0.9, 1.4 };
            var dot = A.Sum(v => v * v);
            var expected = A.Select((v, i) => Math.Exp(0.1 * dot) * 0.2 * v + 2 * c[i]).ToArray();
            Close(expected, SpanFunctions.CallsDotGradient(A, c), ClosedForm);
            var forward = Enumerable.Range(0, A.Length).Select(i => SpanFunctions.CallsDotDirectionalDerivative(A, c, Unit(A.Length, i))).ToArray();
            Close(expected, forward, ClosedForm);
            Close(expected, SpanFunctions.CallsDotRichardsonDiff(A, c), 1e-9);
        }

        [Fact]
        public void SlicesInTheBodyAndAsArguments()
        {
            var x = new[] { 0.5, -1.25, 2.0, 0.75, 1.5, -0.4 };
            var c = new[] { 0.3, -0.2, 0.9 };
            const int h = 3;
            var expected = new double[x.Length];
            for (var i = 0; i < h; i++)
            {
                expected[i] += x[h + i] + 2 * x[i];
                expected[h + i] += x[i];
            }

            for (var i = h + 1; i < x.Length; i++)
            {
                expected[i] += Math.Cos(x[i]);
            }

            expected[1] += c[0];
            expected[2] += c[1];
            Close(expected, SpanFunctions.HalvesGradient(x, c), ClosedForm);
            var forward = Enumerable.Range(0, x.Length).Select(i => SpanFunctions.HalvesDirectionalDerivative(x, c, Unit(x.Length, i))).ToArray();
            Close(expected, forward, ClosedForm);
            Close(expected, SpanFunctions.HalvesRichardsonDiff(x, c), 1e-9);
            Assert.True(SpanFunctions.HalvesCheckGradient(x, c) < 1e-10);
        }

        private static double[] Unit(int length, int i)
        {
            var unit = new double[length];
            unit[i] = 1;
            return unit;
        }
    }
}
