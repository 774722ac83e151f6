using System;

namespace GradGen.Tests.Functions
{
    /// <summary>Spans (issue 14, item 2): differentiable inputs, [NoDerivative] data, calls, slices.</summary>
    public static partial class SpanFunctions
    {
        /// <summary>The dot product of two read-only spans, both differentiated.</summary>
        [Differentiable]
        public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
        {
            double s = 0;
            for (int i = 0; i < a.Length; i++)
            {
                s += a[i] * b[i];
            }

            return s;
        }

        /// <summary>Σ w_i sin(x_i) over a writable span, with read-only data by foreach: the data's sum times x_0.</summary>
        [Differentiable]
        public static double Weighted(Span<double> x, [NoDerivative] ReadOnlySpan<double> w)
        {
            double s = 0;
            for (int i = 0; i < x.Length; i++)
            {
                s += w[i] * Math.Sin(x[i]);
            }

            double total = 0;
            foreach (var v in w)
            {
                total += v;
            }

            return s + total * x[0];
        }

        /// <summary>float spans: Σ x_i² y (y a float scalar).</summary>
        [Differentiable]
        public static float FloatSquares(ReadOnlySpan<float> x, float y)
        {
            float s = 0;
            foreach (var v in x)
            {
                s += v * v * y;
            }

            return s;
        }

        /// <summary>Calls <see cref="Dot"/> with a span, a local array and [NoDerivative] data: exp(0.1 x·x) + 2 x·c.</summary>
        [Differentiable]
        public static double CallsDot(ReadOnlySpan<double> x, [NoDerivative] double[] c)
        {
            var twice = new double[x.Length];
            for (int i = 0; i < x.Length; i++)
            {
                twice[i] = 2 * x[i];
            }

            return Math.Exp(0.1 * Dot(x, x)) + Dot(twice, c);
        }

        /// <summary>
        /// Slices: the dot product of x's first half with its second (a local slice each, by <c>Slice</c> and by a
        /// range), a foreach over a slice of a slice, and slices passed to <see cref="Dot"/>.
        /// </summary>
        [Differentiable]
        public static double Halves(ReadOnlySpan<double> x, [NoDerivative] ReadOnlySpan<double> c)
        {
            int h = x.Length / 2;
            var first = x.Slice(0, h);
            var second = x[h..];
            double s = 0;
            for (int i = 0; i < first.Length; i++)
            {
                s += first[i] * second[i];
            }

            var tail = second[1..^0];
            foreach (var v in tail)
            {
                s += Math.Sin(v);
            }

            return s + Dot(x.Slice(1, 2), c[..2]) + Dot(first, first);
        }
    }
}
