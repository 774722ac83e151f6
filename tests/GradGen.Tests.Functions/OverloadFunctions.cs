using System;

namespace GradGen.Tests.Functions
{
    /// <summary>
    /// Overloads that differ in arity (issue 14, item 1), each with every generated member. Where an overload's
    /// optional step would take calls meant for another's, its finite differences take the attribute's step only.
    /// </summary>
    public static partial class OverloadFunctions
    {
        /// <summary>ln x.</summary>
        [Differentiable(Step = 1e-6)]
        public static double Log(double x) => Math.Log(x);

        /// <summary>log_b x = ln x / ln b.</summary>
        [Differentiable]
        public static double Log(double x, double b) => Math.Log(x) / Math.Log(b);

        /// <summary>ln(x²) + log_3 x, through both overloads of <c>Log</c>.</summary>
        [Differentiable]
        public static double LogCaller(double x) => Log(x * x) + Log(x, 3.0);

        /// <summary>The sum of the squares.</summary>
        [Differentiable]
        public static double Energy(double[] x)
        {
            double s = 0;
            foreach (var v in x)
            {
                s += v * v;
            }

            return s;
        }

        /// <summary>s times the sum of the cubes.</summary>
        [Differentiable]
        public static double Energy(double[] x, double s)
        {
            double e = 0;
            for (int i = 0; i < x.Length; i++)
            {
                e += x[i] * x[i] * x[i];
            }

            return s * e;
        }

        /// <summary>x³, with the second-order members.</summary>
        [Differentiable(Hessian = true, Step = 1e-3)]
        public static double Cube(double x) => x * x * x;

        /// <summary>x² y³, with the second-order members.</summary>
        [Differentiable(Hessian = true)]
        public static double Cube(double x, double y) => x * x * y * y * y;
    }
}
