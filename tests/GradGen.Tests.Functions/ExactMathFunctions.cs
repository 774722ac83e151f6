using System;

namespace GradGen.Tests.Functions
{
    /// <summary>One function per supported Math function, each applied to a non-trivial argument so the chain rule is exercised.</summary>
    public static partial class ExactMathFunctions
    {
        /// <summary>sin(2x).</summary>
        [Differentiable] public static double Sin(double x) => Math.Sin(2 * x);

        /// <summary>cos(2x).</summary>
        [Differentiable] public static double Cos(double x) => Math.Cos(2 * x);

        /// <summary>tan(x / 2).</summary>
        [Differentiable] public static double Tan(double x) => Math.Tan(x / 2);

        /// <summary>asin(x / 2).</summary>
        [Differentiable] public static double Asin(double x) => Math.Asin(x / 2);

        /// <summary>acos(x / 2).</summary>
        [Differentiable] public static double Acos(double x) => Math.Acos(x / 2);

        /// <summary>atan(3x).</summary>
        [Differentiable] public static double Atan(double x) => Math.Atan(3 * x);

        /// <summary>atan2(y, x).</summary>
        [Differentiable] public static double Atan2(double y, double x) => Math.Atan2(y, x);

        /// <summary>sinh(x).</summary>
        [Differentiable] public static double Sinh(double x) => Math.Sinh(x);

        /// <summary>cosh(x).</summary>
        [Differentiable] public static double Cosh(double x) => Math.Cosh(x);

        /// <summary>tanh(x).</summary>
        [Differentiable] public static double Tanh(double x) => Math.Tanh(x);

        /// <summary>asinh(x).</summary>
        [Differentiable] public static double Asinh(double x) => Math.Asinh(x);

        /// <summary>acosh(x^2 + 2), defined for every x.</summary>
        [Differentiable] public static double Acosh(double x) => Math.Acosh(x * x + 2);

        /// <summary>atanh(x / 2).</summary>
        [Differentiable] public static double Atanh(double x) => Math.Atanh(x / 2);

        /// <summary>exp(x^2).</summary>
        [Differentiable] public static double Exp(double x) => Math.Exp(x * x);

        /// <summary>log(x^2 + 1).</summary>
        [Differentiable] public static double Log(double x) => Math.Log(x * x + 1);

        /// <summary>log base b of a.</summary>
        [Differentiable] public static double LogBase(double a, double b) => Math.Log(a, b);

        /// <summary>log10(x).</summary>
        [Differentiable] public static double Log10(double x) => Math.Log10(x);

        /// <summary>sqrt(x).</summary>
        [Differentiable] public static double Sqrt(double x) => Math.Sqrt(x);

        /// <summary>cbrt(x).</summary>
        [Differentiable] public static double Cbrt(double x) => Math.Cbrt(x);

        /// <summary>a^b.</summary>
        [Differentiable] public static double Pow(double a, double b) => Math.Pow(a, b);

        /// <summary>|x| times y.</summary>
        [Differentiable] public static double Abs(double x, double y) => Math.Abs(x) * y;

        /// <summary>max(x, y^2).</summary>
        [Differentiable] public static double Max(double x, double y) => Math.Max(x, y * y);

        /// <summary>min(x, y^2).</summary>
        [Differentiable] public static double Min(double x, double y) => Math.Min(x, y * y);

        /// <summary>Floor, Ceiling, Round, Sign and Truncate have derivative 0; x is added so the gradient is 1.</summary>
        [Differentiable] public static double Steps(double x) => Math.Floor(x) + Math.Ceiling(x) + Math.Round(x) + Math.Sign(x) + Math.Truncate(x) + x;

        /// <summary>pi x + e.</summary>
        [Differentiable] public static double Constants(double x) => Math.PI * x + Math.E;
    }
}
