using System;
using Xunit;

namespace GradGen.Tests.Exact
{
    /// <summary>Compares an exact gradient with a sixth-order centered finite difference, which is accurate to about 1e-10 here.</summary>
    internal static class FiniteDifferenceCheck
    {
        private const double Step = 1e-3;

        public static void AssertAgrees(string name, Func<double[], double> function, double[] x, double[] exact)
        {
            var value = function(x);
            for (var k = 0; k < x.Length; k++)
            {
                var numeric = SixthOrderDifference(function, x, k);
                var scale = Math.Max(1, Math.Max(Math.Abs(value), Math.Abs(numeric)));
                Assert.True(
                    Math.Abs(exact[k] - numeric) <= 1e-7 * scale,
                    name + ": d/dx" + k + " exact " + exact[k].ToString("R") + " vs finite difference " + numeric.ToString("R"));
            }
        }

        /// <summary>
        /// Like <see cref="AssertAgrees"/>, but for programs whose higher derivatives may be large (values that grow
        /// through loops): the difference at half the step must agree with the exact value within 1e-7 of scale
        /// plus twice its own error estimate, the change between the two steps.
        /// </summary>
        public static void AssertAgreesWithinItsOwnError(string name, Func<double[], double> function, double[] x, double[] exact)
        {
            var value = function(x);
            for (var k = 0; k < x.Length; k++)
            {
                var coarse = SixthOrderDifference(function, x, k);
                var fine = SixthOrderDifference(function, x, k, Step / 2);
                var scale = Math.Max(1, Math.Max(Math.Abs(value), Math.Abs(fine)));
                Assert.True(
                    Math.Abs(exact[k] - fine) <= 1e-7 * scale + 2 * Math.Abs(coarse - fine),
                    name + ": d/dx" + k + " exact " + exact[k].ToString("R") + " vs finite difference " + fine.ToString("R") + " (at twice the step " + coarse.ToString("R") + ")");
            }
        }

        private static double SixthOrderDifference(Func<double[], double> function, double[] x, int k, double step = Step)
        {
            double At(int steps)
            {
                var shifted = (double[])x.Clone();
                shifted[k] += steps * step;
                return function(shifted);
            }

            return (At(3) - 9 * At(2) + 45 * At(1) - 45 * At(-1) + 9 * At(-2) - At(-3)) / (60 * step);
        }
    }
}
