using System;
using GradGen;

namespace NullableOff
{
    /// <summary>Runs a derivative whose method takes a reference-type parameter, with nullable off.</summary>
    public static partial class Program
    {
        /// <summary>x² scaled by the length of a name.</summary>
        /// <param name="x">The variable.</param>
        /// <param name="name">A name, not differentiated; may be null.</param>
        /// <returns>The scaled square.</returns>
        [Differentiable]
        public static double Scaled(double x, [NoDerivative] string name) => x * x * (name == null ? 1 : name.Length);

        /// <summary>Checks one derivative.</summary>
        /// <returns>0 when it is right.</returns>
        public static int Main()
        {
            var derivative = ScaledCenteredDiff(3, "ab");
            var ok = Math.Abs(derivative - 12) < 1e-6;
            Console.WriteLine((ok ? "ok   " : "FAIL ") + "ScaledCenteredDiff(3, \"ab\") = " + derivative.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + " (expected 12)");
            return ok ? 0 : 1;
        }
    }
}
