using System;
using GradGen;

namespace GradGen.Tests.Functions
{
    /// <summary>Methods with <c>[Differentiable(Hessian = true)]</c> whose second derivatives the tests check (issue 12).</summary>
    public static partial class HessianFunctions
    {
        /// <summary>The chained Rosenbrock sum: its Hessian is tridiagonal.</summary>
        [Differentiable(Hessian = true)]
        public static double Rosenbrock(double[] x)
        {
            double sum = 0.0;
            for (int i = 0; i + 1 < x.Length; i++)
            {
                double a = 1.0 - x[i];
                double b = x[i + 1] - x[i] * x[i];
                sum += a * a + 100.0 * b * b;
            }

            return sum;
        }

        /// <summary>The notebook's softmax / cross-entropy loss of a linear layer, with respect to its weights.</summary>
        [Differentiable(Hessian = true)]
        public static double Loss(double[,] w, [NoDerivative] double[] x, [NoDerivative] int label)
        {
            int classes = w.GetLength(0);
            double[] z = new double[classes];
            double max = double.NegativeInfinity;
            for (int c = 0; c < classes; c++)
            {
                double s = 0.0;
                for (int k = 0; k < x.Length; k++)
                {
                    s += w[c, k] * x[k];
                }

                z[c] = s;
                max = Math.Max(max, s);
            }

            double total = 0.0;
            for (int c = 0; c < classes; c++)
            {
                total += Math.Exp(z[c] - max);
            }

            return Math.Log(total) + max - z[label];
        }

        /// <summary>
        /// Black-Scholes call price: gamma, vanna and volga are its second derivatives. The normal CDF is
        /// 0.5 (1 + erf(d / sqrt 2)), erf by its Taylor series (80 terms: double precision for |d| below 3).
        /// </summary>
        [Differentiable(Hessian = true)]
        public static double Call(double spot, double volatility, [NoDerivative] double strike, [NoDerivative] double rate, [NoDerivative] double time)
        {
            double sqrtT = Math.Sqrt(time);
            double d1 = (Math.Log(spot / strike) + (rate + 0.5 * volatility * volatility) * time) / (volatility * sqrtT);
            double d2 = d1 - volatility * sqrtT;
            double z1 = d1 / Math.Sqrt(2.0);
            double z2 = d2 / Math.Sqrt(2.0);
            double sum1 = 0.0;
            double sum2 = 0.0;
            double term1 = z1;
            double term2 = z2;
            for (int n = 0; n < 80; n++)
            {
                sum1 += term1 / (2 * n + 1);
                sum2 += term2 / (2 * n + 1);
                term1 = term1 * (-z1 * z1 / (n + 1));
                term2 = term2 * (-z2 * z2 / (n + 1));
            }

            double cdf1 = 0.5 * (1.0 + 2.0 / Math.Sqrt(Math.PI) * sum1);
            double cdf2 = 0.5 * (1.0 + 2.0 / Math.Sqrt(Math.PI) * sum2);
            return spot * cdf1 - strike * Math.Exp(-rate * time) * cdf2;
        }

        /// <summary>x^y in both arguments.</summary>
        [Differentiable(Hessian = true)]
        public static double Power(double x, double y) => Math.Pow(x, y);

        /// <summary>The square root of a by Newton's iteration, times b: a loop whose second derivatives have a closed form.</summary>
        [Differentiable(Hessian = true)]
        public static double NewtonSqrt(double a, double b)
        {
            double r = a;
            for (int i = 0; i < 60; i++)
            {
                r = 0.5 * (r + a / r);
            }

            return r * b;
        }

        /// <summary>One scalar: MHessian returns a double.</summary>
        [Differentiable(Hessian = true)]
        public static double Quartic(double x) => x * x * x * x + Math.Sin(x);

        /// <summary>Branches, Abs, local arrays, a matrix and a scalar: row-major, the scalar last.</summary>
        [Differentiable(Hessian = true)]
        public static double Mixed(double[,] w, double b)
        {
            double[] t = new double[w.GetLength(0)];
            double s = 0.0;
            for (int i = 0; i < w.GetLength(0); i++)
            {
                double r = 0.0;
                for (int j = 0; j < w.GetLength(1); j++)
                {
                    r += w[i, j] * w[i, j] * (j + 1);
                }

                t[i] = r > 1.0 ? Math.Sqrt(r) * b : Math.Abs(b) * r;
                s += t[i] * Math.Tanh(w[i, 0] + b);
            }

            return s + Math.Exp(b * w[0, 0]) + Math.Pow(Math.Abs(w[0, 1]) + 1.0, b);
        }

        /// <summary>A float method: the products are float, the Hessian double.</summary>
        [Differentiable(Hessian = true)]
        public static float Single(float[] x, float y) => x[0] * x[0] * y + MathF.Sin(x[1] * y);
    }
}

namespace GradGen.Tests.Functions
{
    /// <summary>Second-order members where the exact path is not available: a numeric gradient and a call.</summary>
    public static partial class HessianFallbackFunctions
    {
        /// <summary>Numeric gradient: H v is its centered difference.</summary>
        [Differentiable(Hessian = true, Gradient = GradientMethod.Numeric)]
        public static double NumericSum(double[] x, double y) => x[0] * x[1] * y + Math.Exp(y * x[1]);

        /// <summary>A callee without Hessian = true.</summary>
        [Differentiable]
        public static double Square(double v) => v * v * v;

        /// <summary>Calls another [Differentiable] method.</summary>
        [Differentiable(Hessian = true)]
        public static double Caller(double x, double y) => Square(x * y) + x;
    }
}
