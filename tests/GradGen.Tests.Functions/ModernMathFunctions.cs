using System;

namespace GradGen.Tests.Functions
{
    /// <summary>
    /// The Math functions of modern .NET (issue 14, item 5): Clamp, FusedMultiplyAdd, Log2, ScaleB, CopySign,
    /// BitIncrement / BitDecrement, the NaN and infinity tests in conditions, and their MathF and float counterparts.
    /// </summary>
    public static partial class ModernMathFunctions
    {
        /// <summary>3 clamp(x², lo, hi).</summary>
        [Differentiable]
        public static double Clamp(double x, double lo, double hi) => 3 * Math.Clamp(x * x, lo, hi);

        /// <summary>clamp(x y, 0.25, 4) through float's generic-math Clamp.</summary>
        [Differentiable]
        public static float ClampF(float x, float y) => float.Clamp(x * y, 0.25f, 4f);

        /// <summary>a² b + sin c, fused.</summary>
        [Differentiable]
        public static double Fma(double a, double b, double c) => Math.FusedMultiplyAdd(a * a, b, Math.Sin(c));

        /// <summary>a b + c², fused in float.</summary>
        [Differentiable]
        public static float FmaF(float a, float b, float c) => MathF.FusedMultiplyAdd(a, b, c * c);

        /// <summary>log2(x² + 1).</summary>
        [Differentiable]
        public static double Log2(double x) => Math.Log2(x * x + 1);

        /// <summary>log2(x² + 1) in float.</summary>
        [Differentiable]
        public static float Log2F(float x) => MathF.Log2(x * x + 1);

        /// <summary>x² 2^n + x 2^-n.</summary>
        [Differentiable]
        public static double ScaleB(double x, [NoDerivative] int n) => Math.ScaleB(x * x, n) + double.ScaleB(x, -n);

        /// <summary>|x² - 1| with y's sign, times y.</summary>
        [Differentiable]
        public static double CopySign(double x, double y) => Math.CopySign(x * x - 1, y) * y;

        /// <summary>|x| with y's sign, in float.</summary>
        [Differentiable]
        public static float CopySignF(float x, float y) => MathF.CopySign(x, y) * x;

        /// <summary>The neighbours of x² and 3x: derivative 2x + 3.</summary>
        [Differentiable]
        public static double Bits(double x) => Math.BitIncrement(x * x) + Math.BitDecrement(3 * x);

        /// <summary>The same in float.</summary>
        [Differentiable]
        public static float BitsF(float x) => MathF.BitIncrement(x * x) + MathF.BitDecrement(3 * x);

        /// <summary>(ln x)², or 0 where the logarithm is NaN or infinite.</summary>
        [Differentiable]
        public static double GuardedLog(double x)
        {
            double y = Math.Log(x);
            if (double.IsNaN(y) || !double.IsFinite(y) || double.IsInfinity(y))
            {
                return 0;
            }

            return y * y;
        }

        /// <summary>(ln x)² in float, or x where the logarithm is NaN.</summary>
        [Differentiable]
        public static float GuardedLogF(float x)
        {
            float y = MathF.Log(x);
            return float.IsNaN(y) || !float.IsFinite(y) ? x : y * y;
        }

        /// <summary>Every function at once, for the Hessian: x y + log2(x² + y²) + clamp(x y, -1, 1) + copysign(x², y) + 8 y² + (x y)⁺.</summary>
        [Differentiable(Hessian = true)]
        public static double Modern(double x, double y) =>
            Math.FusedMultiplyAdd(x, y, Math.Log2(x * x + y * y)) + Math.Clamp(x * y, -1, 1) + Math.CopySign(x * x, y) + Math.ScaleB(y * y, 3) + Math.BitIncrement(x * y);
    }
}
