using System;
using GradGen;

namespace NullableOff
{
    /// <summary>Runs a derivative whose method takes a reference-type parameter, with nullable off.</summary>
    public static partial class Program
    {
        /// <summary>x² scaled by the length of a name; numeric gradient by choice, since it reads a string.</summary>
        /// <param name="x">The variable.</param>
        /// <param name="name">A name, not differentiated; may be null.</param>
        /// <returns>The scaled square.</returns>
        [Differentiable(Gradient = GradientMethod.Numeric)]
        public static double Scaled(double x, [NoDerivative] string name) => x * x * (name == null ? 1 : name.Length);

        /// <summary>A weighted sum of squares, with weights held constant.</summary>
        /// <param name="x">The variables.</param>
        /// <param name="weights">The weights, not differentiated.</param>
        /// <returns>The weighted sum.</returns>
        [Differentiable]
        public static double Weighted(double[] x, [NoDerivative] double[] weights)
        {
            double sum = 0;
            for (int i = 0; i < x.Length; i++)
            {
                sum += weights[i] * x[i] * x[i];
            }

            return sum;
        }

        /// <summary>Checks the numeric and the exact derivatives.</summary>
        /// <returns>0 when they are right.</returns>
        public static int Main()
        {
            var failures = Check("ScaledCenteredDiff(3, \"ab\")", ScaledCenteredDiff(3, "ab"), 12)
                + Check("WeightedGradient([1, 2], [3, 4])[1]", WeightedGradient(new[] { 1.0, 2.0 }, new[] { 3.0, 4.0 })[1], 16);
            return failures == 0 ? 0 : 1;
        }

        private static int Check(string what, double actual, double expected)
        {
            var ok = Math.Abs(actual - expected) < 1e-6;
            Console.WriteLine((ok ? "ok   " : "FAIL ") + what + " = " + actual.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + " (expected " + expected + ")");
            return ok ? 0 : 1;
        }
    }
}
