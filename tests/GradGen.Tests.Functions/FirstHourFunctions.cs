using System;

namespace GradGen.Tests.Functions
{
    /// <summary>
    /// What a newcomer writes in the first hour (issue 18): generic-math calls on double and float, tuple
    /// deconstruction, the inverse hyperbolic functions, and array fields read as constants.
    /// </summary>
    public static partial class FirstHourFunctions
    {
        /// <summary>exp(xy) + sqrt(x² + 1) + log(y² + 2) + sin(x) y² + atan2(y, x), through double's static methods.</summary>
        [Differentiable]
        public static double GenericMath(double x, double y) =>
            double.Exp(x * y) + double.Sqrt(x * x + 1) + double.Log(y * y + 2) + double.Sin(x) * double.Pow(y, 2) + double.Atan2(y, x);

        /// <summary>exp(x) cos(y) + |x y| + max(x, y), through float's static methods.</summary>
        [Differentiable]
        public static float GenericMathF(float x, float y) => float.Exp(x) * float.Cos(y) + float.Abs(x * y) + float.Max(x, y);

        /// <summary>asinh(2x) + acosh(x² + 1.5) + atanh(x / 3), through Math and double.</summary>
        [Differentiable]
        public static double InverseHyperbolic(double x) => Math.Asinh(2 * x) + double.Acosh(x * x + 1.5) + Math.Atanh(x / 3);

        /// <summary>asinh(x) acosh(y) + atanh(x / 4), through MathF.</summary>
        [Differentiable]
        public static float InverseHyperbolicF(float x, float y) => MathF.Asinh(x) * MathF.Acosh(y) + MathF.Atanh(x / 4);

        /// <summary>
        /// a = xy, b = x + y, then c = a - b, d = ab swapped by a deconstructing assignment: a c + b d + c with
        /// c = ab and d = a - b, that is a²b + 2ab - b².
        /// </summary>
        [Differentiable]
        public static double Deconstruct(double x, double y)
        {
            var (a, b) = (x * y, x + y);
            (double c, var d) = (a - b, a * b);
            (c, d) = (d, c);
            return a * c + b * d + c;
        }

        /// <summary>A deconstruction inside a loop, with a discard: the running pair (s, p) = (s + x[i], p * x[i]).</summary>
        [Differentiable]
        public static double DeconstructInALoop(double[] x)
        {
            double s = 0, p = 1;
            for (int i = 0; i < x.Length; i++)
            {
                (s, p, _) = (s + x[i], p * x[i], i);
            }

            return s * p;
        }
    }

    /// <summary>Weights held in fields and properties, read as constants by the exact gradient.</summary>
    public partial class FieldWeights
    {
        private readonly double[] _w;

        /// <summary>Holds <paramref name="w"/> as the instance weights.</summary>
        /// <param name="w">The weights.</param>
        public FieldWeights(double[] w) => _w = w;

        /// <summary>Scales, a static property.</summary>
        public static double[] Scales { get; } = { 0.25, -2.0, 1.5 };

        /// <summary>A symmetric matrix, a static field of rank 2.</summary>
        public static readonly double[,] Coupling = { { 1.0, 0.5, 0.0 }, { 0.5, -1.0, 2.0 }, { 0.0, 2.0, 3.0 } };

        /// <summary>sum_i (w_i x_i² + s_i x_i) + sum_ij C_ij x_i x_j, with w the instance field and s, C static.</summary>
        [Differentiable]
        public double Energy(double[] x)
        {
            double e = 0;
            for (int i = 0; i < _w.Length; i++)
            {
                e += this._w[i] * x[i] * x[i] + FieldWeights.Scales[i] * x[i];
                for (int j = 0; j < Scales.Length; j++)
                {
                    e += Coupling[i, j] * x[i] * x[j];
                }
            }

            return e;
        }
    }
}
