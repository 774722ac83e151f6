using System;

namespace GradGen.Benchmarks.Accuracy
{
    /// <summary>One-dimensional functions whose derivatives have closed forms.</summary>
    public static partial class AccuracyFunctions
    {
        [Differentiable]
        public static double Squared(double x) => x * x;

        [Differentiable]
        public static double Sine(double x) => Math.Sin(x);

        [Differentiable]
        public static double Exponential(double x) => Math.Exp(x);

        [Differentiable]
        public static double Cube(double x) => x * x * x;

        [Differentiable]
        public static double Logarithm(double x) => Math.Log(x);

        [Differentiable]
        public static double FastSine(double x) => Math.Sin(50 * x);
    }
}
