using System;

namespace GradGen.Tests.Functions
{
    /// <summary>
    /// Local functions called in the body (issue 14, item 5): those whose body is one expression are inlined at each
    /// call, with captured locals and parameters, conversions of their arguments, and calls between them.
    /// </summary>
    public static partial class LocalFunctionFunctions
    {
        /// <summary>Σ softplus(x_i) (1 + i/2) + w x_0 with w = 2 x_1, through local functions declared after their use.</summary>
        [Differentiable]
        public static double Softplus(double[] x)
        {
            double w = 2 * x[1];
            double s = 0;
            for (int i = 0; i < x.Length; i++)
            {
                s += Sp(x[i]) * Scale(i);
            }

            return s + Weighted(x[0]);

            static double Sp(double v) => Math.Log(1 + Math.Exp(v));
            double Scale(int i) => 1 + 0.5 * i;
            double Weighted(double v) => w * v;
        }

        /// <summary>x³ + k/2 x through a block-bodied local function, an int argument to a double parameter, and a local function that calls another.</summary>
        [Differentiable]
        public static double Nested(double x, [NoDerivative] int k)
        {
            double Cube(double v)
            {
                return v * v * v;
            }

            double Half(double v) => v / 2;
            double Both(double v) => Cube(v) + Half(k) * v;
            return Both(x);
        }

        /// <summary>exp(x y) sin y through a local function with two parameters; with its Hessian.</summary>
        [Differentiable(Hessian = true)]
        public static double Product(double x, double y)
        {
            return Term(x * y, y);

            static double Term(double a, double b) => Math.Exp(a) * Math.Sin(b);
        }
    }
}
