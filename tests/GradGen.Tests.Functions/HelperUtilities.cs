using System;

namespace GradGen.Tests.Functions.Utilities
{
    /// <summary>
    /// A static utility class without [Differentiable], not partial, in a file and namespace of its own: GradGen
    /// differentiates its methods where a [Differentiable] method calls them (issue 14, item 4).
    /// </summary>
    public static class VectorMath
    {
        /// <summary>Σ a_i b_i.</summary>
        public static double Dot(double[] a, double[] b)
        {
            double s = 0;
            for (int i = 0; i < a.Length; i++)
            {
                s += a[i] * b[i];
            }

            return s;
        }

        /// <summary>sqrt(a . a + eps²), through <see cref="Dot"/> and a private helper: helpers calling helpers.</summary>
        public static double SoftNorm(double[] a, double eps) => Root(Dot(a, a) + eps * eps);

        /// <summary>Private: only its hidden copy in the caller's type calls it there.</summary>
        private static double Root(double v)
        {
            double r = Math.Sqrt(v);
            return r;
        }

        /// <summary>Σ (a_i² - a_{i-1})² through a local array the helper fills: the parameter itself is only read.</summary>
        public static double Roughness(double[] a)
        {
            var squares = new double[a.Length];
            for (int i = 0; i < a.Length; i++)
            {
                squares[i] = a[i] * a[i];
            }

            double s = 0;
            for (int i = 1; i < a.Length; i++)
            {
                double d = squares[i] - a[i - 1];
                s += d * d;
            }

            return s;
        }

        /// <summary>The square of the first element above the threshold, times its position plus one; returned from inside the loop.</summary>
        public static double FirstAbove(double[] a, double threshold)
        {
            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] > threshold)
                {
                    return a[i] * a[i] * (i + 1);
                }
            }

            return 0.5 * a[0];
        }
    }
}
