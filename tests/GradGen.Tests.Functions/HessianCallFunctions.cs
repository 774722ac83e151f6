using System;
using GradGen;

namespace GradGen.Tests.Functions
{
    /// <summary>
    /// Hessians through calls (issue 12): each caller beside the same function written without calls, whose Hessian
    /// the tests compare it with to rounding. Callees do not ask for a Hessian: they get the hidden entry point anyway.
    /// </summary>
    public static partial class HessianCallFunctions
    {
        /// <summary>v^3.</summary>
        [Differentiable]
        public static double Cube(double v) => v * v * v;

        /// <summary>(x y)^3 + x through a scalar callee.</summary>
        [Differentiable(Hessian = true)]
        public static double CubeCaller(double x, double y) => Cube(x * y) + x;

        /// <summary>a . b.</summary>
        [Differentiable]
        public static double Dot(double[] a, double[] b)
        {
            double s = 0;
            for (int i = 0; i < a.Length; i++)
            {
                s += a[i] * b[i];
            }

            return s;
        }

        /// <summary>(x . x)(c . x) through an array callee, once with both arguments the same array, once with a constant.</summary>
        [Differentiable(Hessian = true)]
        public static double Quadratic(double[] x, [NoDerivative] double[] c) => Dot(x, x) * Dot(c, x);

        /// <summary>t sin t.</summary>
        [Differentiable]
        public static double Inner(double t) => Math.Sin(t) * t;

        /// <summary>Sum of Inner(x_i scale) x_(i+1), cyclic.</summary>
        [Differentiable]
        public static double Middle(double[] x, double scale)
        {
            double s = 0;
            for (int i = 0; i < x.Length; i++)
            {
                double u = Inner(x[i] * scale);
                s += u * x[(i + 1) % x.Length];
            }

            return s;
        }

        /// <summary>Two levels of calls, a loop, a scalar and an array argument.</summary>
        [Differentiable(Hessian = true)]
        public static double Nested(double[] x, double scale) => Math.Exp(0.1 * Middle(x, scale)) + scale * Middle(x, 1.0);

        /// <summary><see cref="Nested"/> written without calls.</summary>
        [Differentiable(Hessian = true)]
        public static double NestedInline(double[] x, double scale)
        {
            double m = 0;
            double m1 = 0;
            for (int i = 0; i < x.Length; i++)
            {
                double t = x[i] * scale;
                m += Math.Sin(t) * t * x[(i + 1) % x.Length];
                m1 += Math.Sin(x[i]) * x[i] * x[(i + 1) % x.Length];
            }

            return Math.Exp(0.1 * m) + scale * m1;
        }

        /// <summary>v^2 sin v in float.</summary>
        [Differentiable]
        public static float FloatSquare(float v) => v * v * MathF.Sin(v);

        /// <summary>A float callee of a double caller.</summary>
        [Differentiable(Hessian = true)]
        public static double FloatCaller(double x, double y) => FloatSquare((float)(x * y)) * y;

        /// <summary>A callee whose gradient is numeric: its part of a caller's Hessian is a difference.</summary>
        [Differentiable(Gradient = GradientMethod.Numeric)]
        public static double NumericCallee(double a, double b) => Math.Exp(a * b);

        /// <summary>x e^(x y) through a callee with a numeric gradient.</summary>
        [Differentiable(Hessian = true)]
        public static double NumericCaller(double x, double y) => NumericCallee(x, y) * x;

        /// <summary>The same callee called twice with one argument in both, in a branch.</summary>
        [Differentiable(Hessian = true)]
        public static double Branches(double x, double y)
        {
            double r = Cube(x) * y;
            if (x > 0)
            {
                r += Cube(x + y) / (1 + y * y);
            }

            return r;
        }

        /// <summary><see cref="Branches"/> written without calls.</summary>
        [Differentiable(Hessian = true)]
        public static double BranchesInline(double x, double y)
        {
            double r = x * x * x * y;
            if (x > 0)
            {
                double s = x + y;
                r += s * s * s / (1 + y * y);
            }

            return r;
        }
    }
}
